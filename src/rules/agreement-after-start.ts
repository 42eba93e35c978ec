import { defineRule } from '../rule.js';
import { isIsoDate, isRecord, list, readString } from '../model.js';
import { label } from '../register.js';
import { participantsOf } from './flows.js';

interface Dated {
  index: number;
  kind: string;
  /** `signed`, else `effective`: the date the agreement bound its parties. */
  date: string;
  /** Whether `date` is the `effective` date because `signed` is absent. */
  effective: boolean;
  /** Undefined when the agreement names no parties and so binds everyone. */
  parties?: Set<string>;
}

/** Whether `earlier` binds at least everyone `later` binds. */
function bindsAll(earlier: Dated, later: Dated): boolean {
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
    nl: 'Een afspraak is ondertekend of in werking getreden nadat haar partijen al gegevens deelden: na de start van het samenwerkingsverband, of voor een later toegetreden partij na diens toetreding ("joined").',
    en: 'An agreement was signed or took effect after its parties had begun sharing data: after the partnership started or, for a party that joined later, after it joined ("joined").',
  },
  basis: {
    nl: 'AVG art. 24, 26 en 28: verantwoordelijkheden worden vastgelegd vóórdat er gegevens worden gedeeld. AP, vraag 2: de gemeente moet aantoonbaar vooraf hebben vastgesteld wie waarvoor verantwoordelijk is. Een afspraak wordt gemeten aan de laatste van "started" en de "joined"-datums van haar partijen; een toedeling bij wet ("statutory-allocation") zonder datum wordt niet beoordeeld.',
    en: 'GDPR Art. 24, 26 and 28: responsibilities are set down before any data are shared. AP, question 2: the municipality must be able to show it established in advance who is responsible for what. An agreement is measured against the latest of "started" and the "joined" dates of its parties; an allocation by law ("statutory-allocation") without a date is not judged.',
  },
  messages: {
    late: {
      nl: 'Afspraak "{{agreement}}" in "{{entry}}" is ondertekend op {{signed}}, maar het delen van gegevens begon al op {{started}}: de verantwoordelijkheden lagen niet vooraf vast.',
      en: 'Agreement "{{agreement}}" in "{{entry}}" was signed on {{signed}}, but data sharing began on {{started}}: responsibilities were not set down in advance.',
    },
    lateEffective: {
      nl: 'Afspraak "{{agreement}}" in "{{entry}}" is op {{signed}} in werking getreden, maar het delen van gegevens begon al op {{started}}: de verantwoordelijkheden lagen niet vooraf vast.',
      en: 'Agreement "{{agreement}}" in "{{entry}}" took effect on {{signed}}, but data sharing began on {{started}}: responsibilities were not set down in advance.',
    },
    lateJoined: {
      nl: 'Afspraak "{{agreement}}" in "{{entry}}" geldt pas sinds {{signed}}, maar "{{party}}" deelt al gegevens sinds zijn toetreding op {{started}}: de verantwoordelijkheden lagen niet vooraf vast.',
      en: 'Agreement "{{agreement}}" in "{{entry}}" applies only from {{signed}}, but "{{party}}" has shared data since it joined on {{started}}: responsibilities were not set down in advance.',
    },
  },
  relatedMessages: {
    sharingStarted: { nl: 'Hier begon het delen van gegevens.', en: 'Data sharing began here.' },
    partyJoined: { nl: 'Hier trad deze partij toe.', en: 'This party joined here.' },
  },
  fix: {
    nl: 'Controleer "signed" (of "effective") en "started", en bij een partij die later toetrad haar "joined". Vervangt deze afspraak een eerdere die al vóór de start gold, neem die eerdere afspraak dan ook op onder "agreements". Trad een partij later toe met een eigen afspraak, vermeld dan haar toetreding als "joined" en alleen de partijen van die afspraak onder "parties". Begon het delen echt zonder afspraak, meld dat dan aan de functionaris gegevensbescherming en leg vast wat er in de tussentijd is gedeeld.',
    en: 'Check "signed" (or "effective") and "started", and for a party that joined later its "joined". If this agreement replaces an earlier one that was in force before the start, list that earlier agreement under "agreements" too. If a party joined later with an agreement of its own, record when it joined as "joined" and only that agreement\'s parties under "parties". If sharing really began without an agreement, tell the data protection officer and record what was shared in the meantime.',
  },
  check({ register, report }) {
    for (const entity of register.partnerships) {
      const started = entity.data.started;
      if (!isIsoDate(started)) continue;
      // When each participant began sharing: its own `joined`, never before the partnership started.
      const joined = new Map<string, { date: string; index: number; name: string }>();
      for (const { participant, index } of participantsOf(entity)) {
        const id = readString(participant.id);
        if (!id || joined.has(id)) continue;
        const date = isIsoDate(participant.joined) && participant.joined > started ? participant.joined : started;
        joined.set(id, { date, index, name: readString(participant.name) ?? id });
      }
      const agreements: Dated[] = [];
      list(entity.data.agreements).forEach((agreement, index) => {
        if (!isRecord(agreement)) return;
        // Without `signed` the date it took effect counts; a law without either date is not judged.
        const signed = isIsoDate(agreement.signed) ? agreement.signed : undefined;
        const date = signed ?? (isIsoDate(agreement.effective) ? agreement.effective : undefined);
        if (!date) return;
        const parties = list(agreement.parties).filter((p): p is string => typeof p === 'string');
        agreements.push({ index, kind: readString(agreement.kind) ?? '', date, effective: !signed, parties: parties.length > 0 ? new Set(parties) : undefined });
      });
      for (const late of agreements) {
        // Sharing under this agreement began once its last party was in: the later of `started` and its parties' `joined`.
        let begun: { date: string; index: number; name: string } | undefined;
        for (const party of late.parties ?? joined.keys()) {
          const entry = joined.get(party);
          if (entry && entry.date > started && (!begun || entry.date > begun.date)) begun = entry;
        }
        const reference = begun?.date ?? started;
        if (late.date <= reference) continue;
        // A renewal is no late start: an agreement of the same kind, binding the same parties, was in place when sharing began.
        if (agreements.some((earlier) => earlier !== late && earlier.date <= reference && earlier.kind === late.kind && bindsAll(earlier, late))) continue;
        const agreement = list(entity.data.agreements)[late.index] as Record<string, unknown>;
        const data = { entry: label(entity), agreement: readString(agreement.reference)?.trim() ?? late.kind, signed: late.date, started: reference };
        const path = ['agreements', late.index, late.effective ? 'effective' : 'signed'];
        if (begun) {
          report({
            messageId: 'lateJoined',
            entity,
            path,
            data: { ...data, party: begun.name },
            related: [{ entity, path: ['participants', begun.index, 'joined'], messageId: 'partyJoined' }],
          });
        } else {
          report({ messageId: late.effective ? 'lateEffective' : 'late', entity, path, data, related: [{ entity, path: ['started'], messageId: 'sharingStarted' }] });
        }
      }
    }
  },
});
