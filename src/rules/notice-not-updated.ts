import { defineRule } from '../rule.js';
import { isCurrent, label, noticeFilePath, noticeOf, partnershipsById, type Register } from '../register.js';
import { isRecord, type Notice } from '../model.js';

// Keys that justify or administer the sharing in the register but that a notice does not
// repeat to citizens. Fixing a Q2 finding (adding a `necessity`, an Art. 9 `exception`, the
// `self` marker) must not raise "your notice is out of date".
const PARTICIPANT_KEYS_IGNORED: ReadonlySet<string> = new Set(['self']);
const FLOW_KEYS_IGNORED: ReadonlySet<string> = new Set(['necessity', 'exception']);
const NONE: ReadonlySet<string> = new Set();

/**
 * A canonical text of YAML data: keys sorted, `x-` extension keys and ignored keys left out,
 * and lists sorted, because every list here (participants, flows, `to`, `data`) is a set and
 * reordering one changes nothing a citizen reads.
 */
function canonical(value: unknown, ignored: ReadonlySet<string> = NONE): string {
  if (Array.isArray(value)) return `[${value.map((item) => canonical(item, ignored)).sort().join(',')}]`;
  if (isRecord(value)) {
    const keys = Object.keys(value).filter((key) => !ignored.has(key) && !key.startsWith('x-')).sort();
    // Ignored keys apply to the items of the list itself, not to nested values such as `legal_basis`.
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

/** The notice's text in the repository, when it names a file that was read. */
function noticeText(register: Register, notice: Notice | undefined): string | undefined {
  const file = noticeFilePath(notice);
  return file === undefined ? undefined : register.notices.get(file)?.content;
}

export default defineRule({
  id: 'notice-not-updated',
  question: 'Q3',
  severity: 'warning',
  duty: 'controller',
  description: {
    nl: 'In een wijziging (pull request) veranderen de deelnemers of gegevensstromen van een samenwerkingsverband, maar de privacyverklaring niet.',
    en: 'In a change (pull request), participants or data flows of a partnership changed but its notice did not.',
  },
  basis: {
    nl: 'AVG art. 12 lid 1, art. 13 lid 1 onder e en art. 14 lid 1 onder d en e: inwoners horen te lezen wie hun gegevens krijgt en welke gegevens dat zijn. AP-observatie: inwoners worden over samenwerkingsverbanden over het algemeen niet goed geïnformeerd (vraag 3).',
    en: 'GDPR Art. 12(1), 13(1)(e) and 14(1)(d) and (e): citizens must be able to read who receives their data and which data that is. AP observation: citizens are generally not well informed about partnerships (question 3).',
  },
  messages: {
    participants: {
      nl: 'De deelnemers van samenwerkingsverband "{{name}}" zijn in deze wijziging aangepast, maar de privacyverklaring niet; inwoners lezen dan nog de oude situatie.',
      en: 'The participants of partnership "{{name}}" changed in this change, but its notice did not; citizens still read about the old situation.',
    },
    flows: {
      nl: 'De gegevensstromen van samenwerkingsverband "{{name}}" zijn in deze wijziging aangepast, maar de privacyverklaring niet; inwoners lezen dan nog de oude situatie.',
      en: 'The data flows of partnership "{{name}}" changed in this change, but its notice did not; citizens still read about the old situation.',
    },
    both: {
      nl: 'De deelnemers en de gegevensstromen van samenwerkingsverband "{{name}}" zijn in deze wijziging aangepast, maar de privacyverklaring niet; inwoners lezen dan nog de oude situatie.',
      en: 'The participants and the data flows of partnership "{{name}}" changed in this change, but its notice did not; citizens still read about the old situation.',
    },
  },
  relatedMessages: {
    changedParticipants: { nl: 'Gewijzigde deelnemers.', en: 'Changed participants.' },
    changedFlows: { nl: 'Gewijzigde gegevensstromen.', en: 'Changed data flows.' },
  },
  fix: {
    nl: 'Pas de privacyverklaring aan (de tekst in het bestand bij "file" of de pagina bij "url") zodat die beschrijft wie nu meedoen en welke gegevens zij delen, en zet onder "notice" bij "updated" de datum van die aanpassing. Verandert er voor inwoners niets, zet dan na controle alleen "updated" op de datum van vandaag.',
    en: 'Update the notice (the text in the file named by "file" or the page at "url") so that it describes who takes part now and which data they share, and set "updated" under "notice" to the date of that update. If nothing changes for citizens, check it and only set "updated" to today’s date.',
  },
  check({ register, base, today, report }) {
    if (!base) return;
    const before = partnershipsById(base);
    for (const partnership of register.partnerships) {
      if (!isCurrent(partnership, today)) continue;
      // A partnership new in this change has no old notice to lag behind.
      const old = before.get(partnership.id);
      if (!old) continue;
      const notice = noticeOf(partnership);
      // A partnership without a notice is notice-missing's finding.
      if (!notice) continue;
      const participants =
        canonical(partnership.data.participants, PARTICIPANT_KEYS_IGNORED) !== canonical(old.data.participants, PARTICIPANT_KEYS_IGNORED);
      const flows = canonical(partnership.data.data_flows, FLOW_KEYS_IGNORED) !== canonical(old.data.data_flows, FLOW_KEYS_IGNORED);
      if (!participants && !flows) continue;
      const oldNotice = noticeOf(old);
      if (canonical(notice) !== canonical(oldNotice)) continue;
      if (noticeText(register, notice) !== noticeText(base, oldNotice)) continue;
      const related = [
        ...(participants ? [{ entity: partnership, path: ['participants'], messageId: 'changedParticipants' as const }] : []),
        ...(flows ? [{ entity: partnership, path: ['data_flows'], messageId: 'changedFlows' as const }] : []),
      ];
      report({
        messageId: participants && flows ? 'both' : participants ? 'participants' : 'flows',
        entity: partnership,
        path: ['notice'],
        data: { name: label(partnership) },
        related,
      });
    }
  },
});
