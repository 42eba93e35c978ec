/** Words the reports use around findings, in both languages. */

import type { Language, Question, Severity, Summary } from '../types.js';

/** Severity words as a privacy officer reads them. */
export const SEVERITY_LABEL: Record<Language, Record<Severity, string>> = {
  nl: { error: 'fout', warning: 'waarschuwing', notice: 'opmerking' },
  en: { error: 'error', warning: 'warning', notice: 'notice' },
};

/** Severity words in the plural, for counts. */
export const SEVERITY_PLURAL: Record<Language, Record<Severity, string>> = {
  nl: { error: 'fouten', warning: 'waarschuwingen', notice: 'opmerkingen' },
  en: { error: 'errors', warning: 'warnings', notice: 'notices' },
};

/** "3 fouten", "1 waarschuwing": a count with its severity word. */
export function severityCount(n: number, severity: Severity, language: Language): string {
  return `${n} ${n === 1 ? SEVERITY_LABEL[language][severity] : SEVERITY_PLURAL[language][severity]}`;
}

/** The three questions of the AP leaflet, as headings; `none` heads the rules on the register's form (readable files, YAML, schema, ids). */
export const QUESTION_TITLE: Record<Language, Record<Question | 'none', string>> = {
  nl: {
    Q1: 'Vraag 1 — Aan welke samenwerkingsverbanden neemt de gemeente deel?',
    Q2: 'Vraag 2 — Is vooraf vastgelegd welke gegevens mogen worden gedeeld?',
    Q3: 'Vraag 3 — Worden burgers geïnformeerd?',
    none: 'Vorm van het register',
  },
  en: {
    Q1: 'Question 1 — Which partnerships does the municipality take part in?',
    Q2: 'Question 2 — Was it established in advance what may be shared?',
    Q3: 'Question 3 — Are citizens informed?',
    none: 'Form of the register',
  },
};

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** One line with the totals of a check. */
export function summaryLine(summary: Summary, language: Language): string {
  const total = summary.errors + summary.warnings + summary.notices;
  if (language === 'nl') {
    if (total === 0) return `Geen bevindingen in ${plural(summary.files, 'bestand', 'bestanden')} (${plural(summary.entities, 'onderdeel', 'onderdelen')}).`;
    return `${plural(total, 'bevinding', 'bevindingen')} in ${plural(summary.files, 'bestand', 'bestanden')}: ${plural(summary.errors, 'fout', 'fouten')}, ${plural(summary.warnings, 'waarschuwing', 'waarschuwingen')}, ${plural(summary.notices, 'opmerking', 'opmerkingen')}.`;
  }
  if (total === 0) return `No findings in ${plural(summary.files, 'file', 'files')} (${plural(summary.entities, 'entry', 'entries')}).`;
  return `${plural(total, 'finding', 'findings')} in ${plural(summary.files, 'file', 'files')}: ${plural(summary.errors, 'error', 'errors')}, ${plural(summary.warnings, 'warning', 'warnings')}, ${plural(summary.notices, 'notice', 'notices')}.`;
}
