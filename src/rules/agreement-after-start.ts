import { defineRule } from '../rule.js';
import { isIsoDate, isRecord, list, readString } from '../model.js';
import { label } from '../register.js';

interface Signed {
  index: number;
  kind: string;
  signed: string;
  /** Undefined when the agreement names no parties and so binds everyone. */
  parties?: Set<string>;
}

/** Whether `earlier` binds at least everyone `later` binds. */
function bindsAll(earlier: Signed, later: Signed): boolean {
  if (!earlier.parties) return true;
  if (!later.parties) return false;
  for (const party of later.parties) if (!earlier.parties.has(party)) return false;
  return true;
}

export default defineRule({
  id: 'agreement-after-start',
  question: 'Q2',
  severity: 'error',
  description: {
    nl: 'Een afspraak is ondertekend nadat het delen van gegevens al was begonnen.',
    en: 'An agreement was signed after data sharing had already started.',
  },
  basis: {
    nl: 'AVG art. 24, 26 en 28: verantwoordelijkheden worden vastgelegd vóórdat er gegevens worden gedeeld. AP, vraag 2: de gemeente moet aantoonbaar vooraf hebben vastgesteld wie waarvoor verantwoordelijk is.',
    en: 'GDPR Art. 24, 26 and 28: responsibilities are set down before any data are shared. AP, question 2: the municipality must be able to show it established in advance who is responsible for what.',
  },
  messages: {
    late: {
      nl: 'Afspraak "{{agreement}}" in "{{entry}}" is ondertekend op {{signed}}, maar het delen van gegevens begon al op {{started}}: de verantwoordelijkheden lagen niet vooraf vast.',
      en: 'Agreement "{{agreement}}" in "{{entry}}" was signed on {{signed}}, but data sharing began on {{started}}: responsibilities were not set down in advance.',
    },
  },
  relatedMessages: {
    sharingStarted: { nl: 'Hier begon het delen van gegevens.', en: 'Data sharing began here.' },
  },
  fix: {
    nl: 'Controleer "signed" en "started". Vervangt deze afspraak een eerdere die al vóór de start gold, neem die eerdere afspraak dan ook op onder "agreements". Begon het delen echt zonder afspraak, meld dat dan aan de functionaris gegevensbescherming en leg vast wat er in de tussentijd is gedeeld.',
    en: 'Check "signed" and "started". If this agreement replaces an earlier one that was in force before the start, list that earlier agreement under "agreements" too. If sharing really began without an agreement, tell the data protection officer and record what was shared in the meantime.',
  },
  check({ register, report }) {
    for (const entity of register.partnerships) {
      const started = entity.data.started;
      if (!isIsoDate(started)) continue;
      const agreements: Signed[] = [];
      list(entity.data.agreements).forEach((agreement, index) => {
        if (!isRecord(agreement) || !isIsoDate(agreement.signed)) return;
        const parties = list(agreement.parties).filter((p): p is string => typeof p === 'string');
        agreements.push({ index, kind: readString(agreement.kind) ?? '', signed: agreement.signed, parties: parties.length > 0 ? new Set(parties) : undefined });
      });
      // A renewal is no late start: an agreement of the same kind, binding the same parties, was in place when sharing began.
      const inPlace = agreements.filter((a) => a.signed <= started);
      for (const late of agreements) {
        if (late.signed <= started) continue;
        if (inPlace.some((earlier) => earlier.kind === late.kind && bindsAll(earlier, late))) continue;
        const agreement = list(entity.data.agreements)[late.index] as Record<string, unknown>;
        report({
          messageId: 'late',
          entity,
          path: ['agreements', late.index, 'signed'],
          data: { entry: label(entity), agreement: readString(agreement.reference)?.trim() ?? late.kind, signed: late.signed, started },
          related: [{ entity, path: ['started'], messageId: 'sharingStarted' }],
        });
      }
    }
  },
});
