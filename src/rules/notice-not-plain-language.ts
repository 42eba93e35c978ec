import { defineRule, type Report } from '../rule.js';
import { entities, type FileEntity, noticeFilePath, noticeOf, type Register } from '../register.js';
import { measureReadability, type JargonHit, type SentenceMeasure } from '../readability.js';
import type { LanguageCheck } from '../model.js';
import { lineRange } from '../locate.js';

// Enough of a long sentence to recognise it in the message; the position points at the rest.
const EXCERPT_WORDS = 12;
// An average over a handful of words says nothing: a stub that only links to the website
// ("# Privacyverklaring Jeugdhulp", one sentence) scores below zero. Long sentences are still
// reported in short texts; only the overall score waits for enough text to average.
const MIN_WORDS_FOR_SCORE = 50;
const README = /(?:^|\/)readme\.md$/i;
// Enough jargon to show what is meant; the count and the related locations give the rest.
const MAX_TERMS_SHOWN = 6;
// CEFR levels above B1 that an outside measurement may record ("B2", "C1 (Klinkende Taal)").
const ABOVE_B1 = /^\s*(B2|C1|C2)\b/i;

/** The first words of a sentence, so a message names it without quoting a whole paragraph. */
function excerpt(sentence: string): string {
  const words = sentence.split(' ');
  return words.length <= EXCERPT_WORDS ? sentence : `${words.slice(0, EXCERPT_WORDS).join(' ')} …`;
}

type Related = NonNullable<Report<string, 'refersToNotice'>['related']>;

/** For each notice file, the entries that refer to it and an outside measurement one of them records. */
function referrers(register: Register): Map<string, { related: Related; check?: LanguageCheck }> {
  const byFile = new Map<string, { related: Related; check?: LanguageCheck }>();
  for (const entity of entities(register)) {
    const notice = noticeOf(entity);
    const file = noticeFilePath(notice);
    if (file === undefined || !register.notices.has(file)) continue;
    const entry = byFile.get(file) ?? { related: [] };
    entry.related.push({ entity, path: ['notice', 'file'], messageId: 'refersToNotice' as const });
    const check = notice?.language_check;
    if (entry.check === undefined && check !== undefined && typeof check.tool === 'string' && check.level !== undefined) entry.check = check;
    byFile.set(file, entry);
  }
  return byFile;
}

/** The distinct terms in reading order, at most MAX_TERMS_SHOWN, quoted for the message. */
function termList(hits: JargonHit[]): string {
  const terms = [...new Set(hits.map((hit) => hit.term))];
  const shown = terms.slice(0, MAX_TERMS_SHOWN).map((term) => `"${term}"`).join(', ');
  return terms.length > MAX_TERMS_SHOWN ? `${shown} …` : shown;
}

/** One line per location: a second hit on a line already named adds nothing for the reader. */
function otherLines(first: number, lines: number[]): number[] {
  return [...new Set(lines)].filter((line) => line !== first);
}

export default defineRule({
  id: 'notice-not-plain-language',
  question: 'Q3',
  severity: 'warning',
  duty: 'controller',
  description: {
    nl: 'Een privacyverklaring in de repository bevat te lange zinnen of ambtelijk jargon, of is volgens de Flesch-Douma-leesbaarheidsscore (zonder de onvermijdelijke privacywoorden) moeilijker dan begrijpelijke taal; een vastgelegde meting met een ander hulpmiddel vervangt die score.',
    en: 'A notice kept in the repository has overlong sentences or official jargon, or reads above plain language by the Flesch–Douma score (without the unavoidable privacy terms); a recorded measurement with another tool replaces that score.',
  },
  basis: {
    nl: 'AVG art. 12 lid 1: informatie aan inwoners is beknopt, transparant, begrijpelijk en in duidelijke en eenvoudige taal. AP, vraag 3: informeer inwoners over samenwerkingsverbanden in begrijpelijke taal. Taalniveau B1 is rijksbeleid, geen wettelijke eis; de score is een aanwijzing, geen B1-toets.',
    en: 'GDPR Art. 12(1): information to citizens is concise, transparent, intelligible and in clear and plain language. AP, question 3: inform citizens about partnerships in plain language. Level B1 is Dutch government policy, not law; the score is an indication, not a B1 test.',
  },
  messages: {
    hardToRead: {
      nl: 'De privacyverklaring {{file}} heeft een leesbaarheidsscore van {{score}} (Flesch-Douma, zonder woorden als "persoonsgegevens" en "Autoriteit Persoonsgegevens" die een verklaring niet kan vermijden); voor begrijpelijke taal is minimaal {{min}} nodig. De zinnen tellen gemiddeld {{sentenceWords}} woorden en de tekst heeft {{syllables}} lettergrepen per 100 woorden; lange zinnen en lange woorden maken een tekst moeilijk.',
      en: 'The notice {{file}} has a readability score of {{score}} (Flesch–Douma, without words such as "persoonsgegevens" and "Autoriteit Persoonsgegevens" that a notice cannot avoid); plain language needs at least {{min}}. Its sentences average {{sentenceWords}} words and it has {{syllables}} syllables per 100 words; long sentences and long words make a text hard to read.',
    },
    longSentences: {
      nl: 'De privacyverklaring {{file}} heeft {{count}} zin(nen) van meer dan {{max}} woorden; deze telt er {{words}}: "{{sentence}}"',
      en: 'The notice {{file}} has {{count}} sentence(s) of more than {{max}} words; this one has {{words}}: "{{sentence}}"',
    },
    jargon: {
      nl: 'De privacyverklaring {{file}} gebruikt {{count}} keer ambtelijke of juridische taal die een inwoner niet dagelijks leest: {{terms}}.',
      en: 'The notice {{file}} uses official or legal language that a citizen does not read every day {{count}} time(s): {{terms}}.',
    },
    outsideLevel: {
      nl: 'Volgens de vastgelegde meting met {{tool}} ({{date}}) heeft de privacyverklaring {{file}} taalniveau {{level}}, boven begrijpelijke taal (B1).',
      en: 'By the recorded measurement with {{tool}} ({{date}}), the notice {{file}} is at language level {{level}}, above plain language (B1).',
    },
  },
  relatedMessages: {
    refersToNotice: { nl: 'Dit onderdeel verwijst naar deze verklaring.', en: 'This entry refers to this notice.' },
    alsoLong: { nl: 'Ook deze zin is te lang.', en: 'This sentence, too, is too long.' },
    alsoJargon: { nl: 'Ook hier staat ambtelijke of juridische taal.', en: 'Official or legal language here, too.' },
  },
  fix: {
    nl: 'Herschrijf de tekst van {{file}} in korte zinnen (hooguit {{max}} woorden, één boodschap per zin) en met gewone woorden: "u mag uw gegevens bekijken" in plaats van "betrokkene heeft het recht op inzage". Spreek de lezer aan met "u" en zet de belangrijkste informatie bovenaan.',
    en: 'Rewrite the text of {{file}} in short sentences (at most {{max}} words, one message per sentence) and in everyday words: "you may see your data" rather than "the data subject has the right of access". Address the reader directly and put the most important information first.',
  },
  fixes: {
    jargon: {
      nl: 'Vervang in {{file}} de ambtelijke woorden door gewone: "gebeurt" voor "geschiedt", "voor" voor "ten behoeve van", "u" voor "betrokkene", "de gemeente" voor "verwerkingsverantwoordelijke", "dat" voor "zulks", en schrijf wetsartikelen en afkortingen (o.g.v., t.b.v., sub) uit of laat ze weg waar de lezer ze niet nodig heeft.',
      en: 'In {{file}}, replace the official words with everyday ones: "gebeurt" for "geschiedt", "voor" for "ten behoeve van", "u" for "betrokkene", "de gemeente" for "verwerkingsverantwoordelijke", "dat" for "zulks", and spell out citations and abbreviations (o.g.v., t.b.v., sub) or drop them where the reader does not need them.',
    },
    outsideLevel: {
      nl: 'Herschrijf {{file}} tot begrijpelijke taal (B1), meet de tekst opnieuw en leg de nieuwe uitkomst vast onder `notice.language_check` (`tool`, `level`, `date`).',
      en: 'Rewrite {{file}} in plain language (B1), measure the text again and record the new result under `notice.language_check` (`tool`, `level`, `date`).',
    },
  },
  check({ register, options, report }) {
    const min = options.readabilityMinScore;
    const max = options.maxSentenceWords;
    const byFile = referrers(register);
    // `notices` holds each file once, so a text several entries share is measured once;
    // files nobody refers to are measured too, because they are published as well.
    for (const [path, file] of register.notices) {
      const referred = byFile.get(path);
      // A README in notices/ explains the folder to the people who keep it; citizens never see it.
      if (referred === undefined && README.test(path)) continue;
      const entity: FileEntity = { kind: 'notice', id: path, file };
      const measure = measureReadability(file.content, { maxSentenceWords: max });
      const check = referred?.check;
      if (check !== undefined) {
        // An outside tool measured the text as a whole (LiNT, Klinkende Taal): its verdict replaces our score. Only a
        // CEFR level above B1 is judged; a tool's own scale (LiNT 1–4) is the reader's to weigh, not ours to translate.
        const level = String(check.level);
        if (ABOVE_B1.test(level)) {
          report({
            messageId: 'outsideLevel',
            entity,
            position: lineRange(file, 1),
            data: { file: path, tool: check.tool, level, date: check.date ?? '?', max },
            related: referred?.related,
          });
        }
      } else if (measure.scoredWords >= MIN_WORDS_FOR_SCORE && measure.score < min) {
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
            syllables: Math.round(measure.averageSyllablesPerWord * 100),
          },
          related: referred?.related,
        });
      }
      // Sentence length and jargon are what a reader meets line by line; an outside score does not answer them.
      const long: SentenceMeasure[] = measure.longSentences;
      if (long.length > 0) {
        const first = long[0];
        report({
          messageId: 'longSentences',
          entity,
          position: lineRange(file, first.line),
          data: { file: path, count: long.length, words: first.words, max, sentence: excerpt(first.text) },
          related: otherLines(first.line, long.map((s) => s.line)).map((line) => ({ entity, messageId: 'alsoLong' as const, position: lineRange(file, line) })),
        });
      }
      if (measure.jargon.length > 0) {
        const first = measure.jargon[0];
        report({
          messageId: 'jargon',
          entity,
          position: lineRange(file, first.line),
          data: { file: path, count: measure.jargon.length, terms: termList(measure.jargon), max },
          related: otherLines(first.line, measure.jargon.map((hit) => hit.line)).map((line) => ({ entity, messageId: 'alsoJargon' as const, position: lineRange(file, line) })),
        });
      }
    }
  },
});
