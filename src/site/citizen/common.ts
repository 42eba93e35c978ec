/**
 * What every page of the citizen site shares: the language context, page paths, dates, the legal basis in words and
 * the "questions, access, complaint" section. Register text is escaped here with escapeHtmlText before it is placed
 * in a phrase; phrases come from the vocabulary (src/report/words/citizen.ts).
 */

import type { Language } from '../../types.js';
import type { Register, Entity, PartnershipEntity, ProcessingEntity } from '../../register.js';
import { noticeOf } from '../../register.js';
import { isIsoDate, readString, type LegalBasis } from '../../model.js';
import { classifyProvision } from '../../rules/statute.js';
import { escapeHtmlText } from '../../report/escape.js';
import { say, sayKnown, type Phrase } from '../../report/vocabulary.js';
import { httpsLink } from '../layout.js';

/** The Dutch data protection authority's public website, where a citizen files a complaint (GDPR Art. 77). */
export const AP_WEBSITE = 'https://autoriteitpersoonsgegevens.nl';

/** Where the search index and the script go, relative to the site's root. */
export const SEARCH_INDEX_PATH = 'assets/search-index.json';
export const SEARCH_SCRIPT_PATH = 'assets/search.js';

/** The folders of the entry pages inside a language's root, named as the register's own folders. */
export const PARTNERSHIP_FOLDER = 'partnerships';
export const PROCESSING_FOLDER = 'processing';

/** Everything a page needs to know besides its own entry. */
export interface SiteContext {
  register: Register;
  language: Language;
  /** The site's root language (at the root) and the other one (in a folder named after it). */
  rootLanguage: Language;
  languages: readonly Language[];
  /** The organisation's name, escaped HTML. */
  organisation: string;
  today: string;
  /** Each published entry's file name (without folder and `.html`). */
  slugs: Map<Entity, string>;
  /** Published partnerships by id (the first of duplicates), for links from processing activities. */
  partnershipsById: Map<string, PartnershipEntity>;
}

/** The folder a language's pages live in, relative to the site's root: '' for the root language, 'en/' for another. */
export function languageFolder(context: Pick<SiteContext, 'rootLanguage'>, language: Language): string {
  return language === context.rootLanguage ? '' : `${language}/`;
}

/** A phrase in the page's language; `data` holds HTML (register text already escaped). */
export function words(context: Pick<SiteContext, 'language'>, phrase: Phrase, data?: Record<string, string | number>): string {
  return say(phrase, context.language, data);
}

/** A phrase whose id is built from register data (a role, a ground), or undefined when the vocabulary has none. */
export function knownWords(context: Pick<SiteContext, 'language'>, prefix: `${string}.`, key: unknown, data?: Record<string, string | number>): string | undefined {
  return typeof key === 'string' ? sayKnown(prefix, key, context.language, data) : undefined;
}

/** Register text as HTML. */
export function text(value: string): string {
  return escapeHtmlText(value);
}

const DATE_FORMATS = new Map<Language, Intl.DateTimeFormat>();

/** The long date format of a language, made once: a formatter is costly to build and a site formats thousands of dates. */
function dateFormat(language: Language): Intl.DateTimeFormat {
  let format = DATE_FORMATS.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(say('locale', language), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    DATE_FORMATS.set(language, format);
  }
  return format;
}

/** A date from the register in words ("1 april 2019"), or undefined when it is no real date. */
export function longDate(context: Pick<SiteContext, 'language'>, value: unknown): string | undefined {
  if (!isIsoDate(value)) return undefined;
  return dateFormat(context.language).format(new Date(`${value}T00:00:00Z`));
}

/** The non-empty strings of a list field, as written. */
export function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.map(readString).filter((v): v is string => v !== undefined) : [];
}

/** A list of register texts as an HTML list, or nothing. */
export function htmlList(items: readonly string[], className?: string): string {
  if (items.length === 0) return '';
  return `<ul${className ? ` class="${className}"` : ''}>\n${items.map((item) => `<li>${item}</li>`).join('\n')}\n</ul>`;
}

/** The grounds of GDPR Art. 6(1) against which a data subject may object (Art. 21(1)): points (e) and (f), no other. */
const OBJECTABLE_GROUNDS: ReadonlySet<unknown> = new Set(['public-task', 'legitimate-interest']);

/**
 * Why sharing is allowed, in words: each basis' ground (GDPR Art. 6(1)) and what the register cites for it, never more.
 * With a ground follows the right it gives: withdrawing consent (Art. 7(3)) after consent, and once the right to object
 * (Art. 21(1)) after public task or legitimate interest, the only grounds that right applies to.
 */
export function basisInWords(context: SiteContext, bases: readonly LegalBasis[]): string {
  const parts: string[] = [];
  let objectionSaid = false;
  for (const basis of bases) {
    if (typeof basis !== 'object' || basis === null) continue;
    const ground = knownWords(context, 'citizen.ground.', basis.ground);
    if (ground) parts.push(`<p>${ground}</p>`);
    const provision = readString(basis.provision);
    if (provision) {
      const verdict = classifyProvision(provision);
      const phrase: Phrase = verdict.kind === 'statute' ? 'citizen.provision.statute' : verdict.kind === 'agreement' ? 'citizen.provision.agreement' : 'citizen.provision.other';
      parts.push(`<p>${words(context, phrase, { provision: text(provision.trim()) })}</p>`);
    }
    const link = readString(basis.link);
    if (link) parts.push(`<p>${words(context, 'citizen.provision.link', { link: httpsLink(link) })}</p>`);
    if (basis.ground === 'consent') parts.push(`<p>${words(context, 'citizen.ground.consentWithdraw')}</p>`);
    if (OBJECTABLE_GROUNDS.has(basis.ground) && !objectionSaid) {
      parts.push(`<p>${words(context, 'citizen.ground.object')}</p>`);
      objectionSaid = true;
    }
  }
  return parts.length > 0 ? parts.join('\n') : `<p>${words(context, 'citizen.basis.none')}</p>`;
}

/** The "questions, access, complaint" section: the notice, its contact, the DPO and the Autoriteit Persoonsgegevens. */
export function contactSection(context: SiteContext, entity: Entity | undefined, extra: readonly string[] = []): string {
  const notice = entity ? noticeOf(entity) : undefined;
  const lines: string[] = [];
  const url = readString(notice?.url);
  if (url) lines.push(words(context, 'citizen.contact.notice', { link: httpsLink(url) }));
  lines.push(...extra);
  const contact = readString(notice?.contact);
  const dpo = readString(context.register.settings.organisation?.dpo);
  if (contact) lines.push(words(context, 'citizen.contact.ask', { contact: httpsLink(contact) }));
  // Send a resident to the DPO only when the register says how to reach one.
  else if (entity) lines.push(dpo ? words(context, 'citizen.contact.missing') : words(context, 'citizen.contact.missingNoDpo', { organisation: context.organisation }));
  else lines.push(words(context, 'citizen.contact.general'));
  if (dpo) lines.push(words(context, 'citizen.contact.dpo', { organisation: context.organisation, dpo: httpsLink(dpo) }));
  lines.push(words(context, 'citizen.contact.ap', { link: httpsLink(AP_WEBSITE) }));
  return `<h2 id="contact">${words(context, 'citizen.contact.heading')}</h2>\n${lines.map((line) => `<p>${line}</p>`).join('\n')}`;
}

/** The path of an entry's page inside a language's root. */
export function entryPath(context: Pick<SiteContext, 'slugs'>, entity: PartnershipEntity | ProcessingEntity): string {
  return `${entity.kind === 'partnership' ? PARTNERSHIP_FOLDER : PROCESSING_FOLDER}/${context.slugs.get(entity)}.html`;
}
