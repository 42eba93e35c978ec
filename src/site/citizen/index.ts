/**
 * The citizen site: "Met wie deelt de gemeente mijn gegevens?" as static HTML, from the register alone. The root
 * language (Dutch by default) is at the site's root and the other language in a folder named after it (`en/`); each
 * page links to its counterpart. One page per current partnership and per current processing activity that passes
 * data on, an overview that lists them all, a search index with a small script, and the style sheet.
 */

import type { Language } from '../../types.js';
import { LANGUAGES } from '../../types.js';
import { isCurrent, label, type Entity, type PartnershipEntity, type ProcessingEntity } from '../../register.js';
import { isRecord, list, readString } from '../../model.js';
import { participantsOf } from '../../rules/flows.js';
import { say } from '../../report/vocabulary.js';
import { htmlPage, SITE_CSS, STYLESHEET_PATH } from '../layout.js';
import type { SiteFiles, SiteInput } from '../input.js';
import {
  entryPath,
  contactSection,
  htmlList,
  languageFolder,
  longDate,
  SEARCH_INDEX_PATH,
  SEARCH_SCRIPT_PATH,
  text,
  words,
  type SiteContext,
} from './common.js';
import { partnershipBody } from './partnership.js';
import { processingBody } from './processing.js';
import { partnershipTerms, processingTerms, SEARCH_SCRIPT, searchIndexJson, type SearchEntry } from './search.js';

// Ids that are safe as a file name on every system as they stand: the schema's id characters, not a reserved name.
const PLAIN_ID = /^[a-z0-9][a-z0-9-]{0,99}$/;
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/;

/** Each entry's file name: its id where that is a plain id not taken before, else `entry.<n>` (a dot no id has). */
function slugs(entries: readonly Entity[]): Map<Entity, string> {
  const out = new Map<Entity, string>();
  const taken = new Set<string>();
  entries.forEach((entity, index) => {
    const id = entity.id;
    const slug = PLAIN_ID.test(id) && !RESERVED.test(id) && !taken.has(id) ? id : `entry.${index + 1}`;
    taken.add(slug);
    out.set(entity, slug);
  });
  return out;
}

/** The partnerships and processing activities the site publishes: current ones, and activities only when they pass data on. */
function publishedEntries(input: SiteInput): { partnerships: PartnershipEntity[]; processing: ProcessingEntity[] } {
  const byName = (a: Entity, b: Entity) => label(a).localeCompare(label(b), say('locale', input.language)) || a.id.localeCompare(b.id);
  return {
    partnerships: input.register.partnerships.filter((p) => isCurrent(p, input.today)).sort(byName),
    processing: input.register.processing.filter((p) => isCurrent(p, input.today) && list(p.data.recipients).length > 0).sort(byName),
  };
}

/** The header: a way back to the overview and the same page in the other language(s). */
function header(context: SiteContext, root: string, relative: string): string {
  const home = `<li><a href="${root}${languageFolder(context, context.language)}index.html">${words(context, 'citizen.home')}</a></li>`;
  const others = context.languages
    .filter((language) => language !== context.language)
    .map((language) => {
      const href = `${root}${languageFolder(context, language)}${relative}`;
      return `<li><a href="${href}" hreflang="${language}" lang="${language}">${words({ language }, 'citizen.languageName')}</a></li>`;
    });
  return `<nav aria-label="${words(context, 'citizen.navigation')}">\n<ul>\n${[home, ...others].join('\n')}\n</ul>\n</nav>`;
}

/** One page of the site in the context's language. */
function page(context: SiteContext, relative: string, title: string, body: string, scripts: readonly string[] = []): string {
  const depth = languageFolder(context, context.language).split('/').length - 1 + relative.split('/').length - 1;
  const root = '../'.repeat(depth);
  return htmlPage({
    language: context.language,
    title,
    body,
    root,
    header: header(context, root, relative),
    footer: `<p>${words(context, 'citizen.footer', { organisation: context.organisation, date: longDate(context, context.today) ?? text(context.today) })}</p>`,
    scripts,
    skipLink: words(context, 'citizen.skipLink'),
    alternates: context.languages
      .filter((language) => language !== context.language)
      .map((language) => ({ language, href: `${root}${languageFolder(context, language)}${relative}` })),
  });
}

/** The search form: hidden until the script has loaded the index, its words in data attributes. */
function searchForm(context: SiteContext, root: string): string {
  const attributes = {
    'data-index': `${root}${SEARCH_INDEX_PATH}`,
    'data-none': words(context, 'citizen.search.none'),
    'data-one': words(context, 'citizen.search.one'),
    'data-other': words(context, 'citizen.search.other'),
    'data-kind-partnership': words(context, 'citizen.search.kind.partnership'),
    'data-kind-processing': words(context, 'citizen.search.kind.processing'),
  };
  const data = Object.entries(attributes)
    .map(([name, value]) => `${name}="${text(value)}"`)
    .join(' ');
  return [
    `<form id="zoeken" class="search" role="search" hidden ${data}>`,
    `<h2>${words(context, 'citizen.search.heading')}</h2>`,
    `<label for="zoekterm">${words(context, 'citizen.search.label')}</label>`,
    `<input type="search" id="zoekterm" name="q" autocomplete="off">`,
    `<p id="zoekstatus" role="status" aria-live="polite"></p>`,
    `<ul id="zoekresultaten"></ul>`,
    `</form>`,
  ].join('\n');
}

/** The overview: every published entry, with whom it shares, and where to go with questions. */
function overviewBody(context: SiteContext, entries: { partnerships: PartnershipEntity[]; processing: ProcessingEntity[] }, root: string): string {
  const partnerships = entries.partnerships.map((entity) => {
    const others = participantsOf(entity)
      .filter(({ participant }) => participant.self !== true)
      .map(({ participant }) => readString(participant.name) ?? readString(participant.id) ?? '')
      .filter((name) => name !== '');
    const withWhom = others.length > 0 ? `<p>${words(context, 'citizen.overview.with', { names: others.map(text).join(', ') })}</p>` : '';
    return `<a href="${entryPath(context, entity)}">${text(label(entity))}</a>${withWhom}`;
  });
  const processing = entries.processing.map((entity) => {
    const to = list(entity.data.recipients)
      .filter(isRecord)
      .map((recipient) => {
        const id = readString(recipient.partnership);
        const partnership = id ? context.partnershipsById.get(id) : undefined;
        return readString(recipient.organisation) ?? (partnership ? label(partnership) : id) ?? '';
      })
      .filter((name) => name !== '');
    const toWhom = to.length > 0 ? `<p>${words(context, 'citizen.overview.to', { names: to.map(text).join(', ') })}</p>` : '';
    return `<a href="${entryPath(context, entity)}">${text(label(entity))}</a>${toWhom}`;
  });
  const none = `<p>${words(context, 'citizen.overview.none')}</p>`;
  return [
    `<h1>${words(context, 'citizen.title', { organisation: context.organisation })}</h1>`,
    `<p>${words(context, 'citizen.intro', { organisation: context.organisation })}</p>`,
    searchForm(context, root),
    `<h2 id="samenwerkingsverbanden">${words(context, 'citizen.overview.partnerships')}</h2>`,
    `<p>${words(context, 'citizen.overview.partnershipsIntro')}</p>`,
    htmlList(partnerships, 'entries') || none,
    `<h2 id="verwerkingen">${words(context, 'citizen.overview.processing')}</h2>`,
    `<p>${words(context, 'citizen.overview.processingIntro')}</p>`,
    htmlList(processing, 'entries') || none,
    contactSection(context, undefined),
  ].join('\n');
}

/**
 * The citizen site of a register: file paths relative to the output folder and their contents. The site's root
 * speaks `input.language` (Dutch by default); every other language gets a folder of its own (`en/`).
 */
export function renderCitizenSite(input: SiteInput): SiteFiles {
  const files: SiteFiles = new Map();
  const entries = publishedEntries(input);
  const all: Entity[] = [...entries.partnerships, ...entries.processing];
  const slugOf = slugs(all);
  const partnershipsById = new Map<string, PartnershipEntity>();
  for (const p of entries.partnerships) if (!partnershipsById.has(p.id)) partnershipsById.set(p.id, p);
  const languages: Language[] = [input.language, ...LANGUAGES.filter((language) => language !== input.language)];
  const organisationName = readString(input.register.settings.organisation?.name);

  for (const language of languages) {
    const context: SiteContext = {
      register: input.register,
      language,
      rootLanguage: input.language,
      languages,
      organisation: organisationName ? text(organisationName) : words({ language }, 'citizen.organisationUnknown'),
      today: input.today,
      slugs: slugOf,
      partnershipsById,
    };
    const folder = languageFolder(context, language);
    const rootFromOverview = '../'.repeat(folder.split('/').length - 1);
    const title = words(context, 'citizen.title', { organisation: organisationName ?? words(context, 'citizen.organisationUnknown') });
    files.set(`${folder}index.html`, page(context, 'index.html', title, overviewBody(context, entries, rootFromOverview), [SEARCH_SCRIPT_PATH]));
    for (const entity of entries.partnerships) {
      const relative = entryPath(context, entity);
      files.set(`${folder}${relative}`, page(context, relative, label(entity), partnershipBody(context, entity, label(entity))));
    }
    for (const entity of entries.processing) {
      const relative = entryPath(context, entity);
      files.set(`${folder}${relative}`, page(context, relative, label(entity), processingBody(context, entity, label(entity))));
    }
  }

  const index: SearchEntry[] = [
    ...entries.partnerships.map((entity): SearchEntry => ({ n: label(entity), u: entryPath({ slugs: slugOf }, entity), k: 'partnership', w: partnershipTerms(entity) })),
    ...entries.processing.map((entity): SearchEntry => ({ n: label(entity), u: entryPath({ slugs: slugOf }, entity), k: 'processing', w: processingTerms(entity) })),
  ];
  files.set(SEARCH_INDEX_PATH, searchIndexJson(index));
  files.set(SEARCH_SCRIPT_PATH, SEARCH_SCRIPT);
  files.set(STYLESHEET_PATH, SITE_CSS);
  return files;
}
