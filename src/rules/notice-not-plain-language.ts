import { defineRule, type Report } from '../rule.js';
import { entities, type FileEntity, noticeFilePath, noticeOf, type Register } from '../register.js';
import { measureReadability } from '../readability.js';
import { lineRange } from '../locate.js';

// Enough of a long sentence to recognise it in the message; the position points at the rest.
const EXCERPT_WORDS = 12;
// An average over a handful of words says nothing: a stub that only links to the website
// ("# Privacyverklaring Jeugdhulp", one sentence) scores below zero. Long sentences are still
// reported in short texts; only the overall score waits for enough text to average.
const MIN_WORDS_FOR_SCORE = 50;
const README = /(?:^|\/)readme\.md$/i;

/** The first words of a sentence, so a message names it without quoting a whole paragraph. */
function excerpt(sentence: string): string {
  const words = sentence.split(' ');
  return words.length <= EXCERPT_WORDS ? sentence : `${words.slice(0, EXCERPT_WORDS).join(' ')} …`;
}

/** For each notice file, the entries that refer to it, so a finding can point back at them. */
function referrers(register: Register): Map<string, Report<string, 'refersToNotice'>['related']> {
  const byFile = new Map<string, NonNullable<Report<string, 'refersToNotice'>['related']>>();
  for (const entity of entities(register)) {
    const file = noticeFilePath(noticeOf(entity));
    if (file === undefined || !register.notices.has(file)) continue;
    const related = byFile.get(file) ?? [];
    related.push({ entity, path: ['notice', 'file'], messageId: 'refersToNotice' as const });
    byFile.set(file, related);
  }
  return byFile;
}

export default defineRule({
  id: 'notice-not-plain-language',
  question: 'Q3',
  severity: 'warning',
  duty: 'controller',
  description: {
    nl: 'Een privacyverklaring in de repository is volgens de Flesch-Douma-leesbaarheidsscore moeilijker dan begrijpelijke taal (B1), of bevat te lange zinnen.',
    en: 'A notice kept in the repository reads above plain-language (B1) level by the Flesch–Douma readability score, or has overlong sentences.',
  },
  basis: {
    nl: 'AVG art. 12 lid 1: informatie aan inwoners is beknopt, transparant, begrijpelijk en in duidelijke en eenvoudige taal. AP, vraag 3: informeer inwoners over samenwerkingsverbanden in begrijpelijke taal.',
    en: 'GDPR Art. 12(1): information to citizens is concise, transparent, intelligible and in clear and plain language. AP, question 3: inform citizens about partnerships in plain language.',
  },
  messages: {
    hardToRead: {
      nl: 'De privacyverklaring {{file}} heeft een leesbaarheidsscore van {{score}} (Flesch-Douma); voor begrijpelijke taal (B1) is minimaal {{min}} nodig. De zinnen tellen gemiddeld {{sentenceWords}} woorden en de tekst heeft {{syllables}} lettergrepen per 100 woorden; lange zinnen en lange woorden maken een tekst moeilijk.',
      en: 'The notice {{file}} has a readability score of {{score}} (Flesch–Douma); plain language (B1) needs at least {{min}}. Its sentences average {{sentenceWords}} words and it has {{syllables}} syllables per 100 words; long sentences and long words make a text hard to read.',
    },
    longSentence: {
      nl: 'Deze zin in de privacyverklaring {{file}} telt {{words}} woorden, meer dan {{max}}: "{{sentence}}"',
      en: 'This sentence in the notice {{file}} has {{words}} words, more than {{max}}: "{{sentence}}"',
    },
  },
  relatedMessages: {
    refersToNotice: { nl: 'Dit onderdeel verwijst naar deze verklaring.', en: 'This entry refers to this notice.' },
  },
  fix: {
    nl: 'Herschrijf de tekst van {{file}} in korte zinnen (hooguit {{max}} woorden, één boodschap per zin) en met gewone woorden: "u mag uw gegevens bekijken" in plaats van "betrokkene heeft het recht op inzage". Spreek de lezer aan met "u" en zet de belangrijkste informatie bovenaan.',
    en: 'Rewrite the text of {{file}} in short sentences (at most {{max}} words, one message per sentence) and in everyday words: "you may see your data" rather than "the data subject has the right of access". Address the reader directly and put the most important information first.',
  },
  check({ register, options, report }) {
    const min = options.readabilityMinScore;
    const max = options.maxSentenceWords;
    const related = referrers(register);
    // `notices` holds each file once, so a text several entries share is measured once;
    // files nobody refers to are measured too, because they are published as well.
    for (const [path, file] of register.notices) {
      // A README in notices/ explains the folder to the people who keep it; citizens never see it.
      if (!related.has(path) && README.test(path)) continue;
      const entity: FileEntity = { kind: 'notice', id: path, file };
      const measure = measureReadability(file.content, { maxSentenceWords: max });
      if (measure.words >= MIN_WORDS_FOR_SCORE && measure.score < min) {
        report({
          messageId: 'hardToRead',
          entity,
          position: lineRange(file, 1),
          data: {
            file: path,
            // Whole numbers read the same in Dutch and English; rounding down never shows a failing score as the minimum.
            score: Math.floor(measure.score),
            min,
            max,
            sentenceWords: Math.round(measure.averageSentenceWords),
            syllables: Math.round((measure.syllables / measure.words) * 100),
          },
          related: related.get(path),
        });
      }
      // The same sentence may occur twice; the count keeps both fingerprints apart and stable when lines move.
      const seen = new Map<string, number>();
      for (const sentence of measure.longSentences) {
        const occurrence = (seen.get(sentence.text) ?? 0) + 1;
        seen.set(sentence.text, occurrence);
        report({
          messageId: 'longSentence',
          entity,
          position: lineRange(file, sentence.line),
          data: { file: path, words: sentence.words, max, sentence: excerpt(sentence.text) },
          discriminator: `${sentence.text}\u0000${occurrence}`,
        });
      }
    }
  },
});
