/** The citizen site as pure output: its pages, only public fields, hostile register text, both languages, plain Dutch. */

import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MemorySource, type MemoryFile } from '../src/source.js';
import { loadRegister } from '../src/load.js';
import { checkRegister } from '../src/check.js';
import { resolveConfig } from '../src/config.js';
import { isCurrent, type Register } from '../src/register.js';
import { list } from '../src/model.js';
import { measureReadability } from '../src/readability.js';
import { escapeHtmlText } from '../src/report/escape.js';
import { httpsLink } from '../src/site/layout.js';
import { renderCitizenSite } from '../src/site/citizen/index.js';
import type { SiteFiles } from '../src/site/input.js';
import { CITIZEN_WORDS } from '../src/report/words/citizen.js';
import type { Language } from '../src/types.js';

const EXAMPLE = fileURLToPath(new URL('../examples/gemeente-voorbeeld', import.meta.url));
const TODAY = '2026-11-29';

/** Every file of the example register, as text by repository path, so a test can change one before loading. */
function exampleTexts(): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string, prefix: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(path.join(dir, entry.name), rel);
      else out.set(rel, readFileSync(path.join(dir, entry.name), 'utf8'));
    }
  };
  walk(EXAMPLE, '');
  return out;
}

/** Replaces one exact text in one file; fails loudly when the text is not there, so an edit cannot silently miss. */
function edit(texts: Map<string, string>, file: string, from: string, to: string): void {
  const before = texts.get(file);
  if (before === undefined || !before.includes(from)) throw new Error(`${file} has no ${JSON.stringify(from)}`);
  texts.set(file, before.replace(from, to));
}

async function build(texts: Map<string, string>, language: Language = 'nl'): Promise<{ register: Register; files: SiteFiles }> {
  const memory = new Map<string, MemoryFile>([...texts].map(([p, t]) => [p, { type: 'file', bytes: new TextEncoder().encode(t) }]));
  const config = resolveConfig({});
  const register = await loadRegister(new MemorySource(memory), config);
  const result = checkRegister(register, { config, today: TODAY });
  return { register, files: renderCitizenSite({ register, result, config, today: TODAY, language }) };
}

const htmlOf = (files: SiteFiles) => [...files].filter(([p]) => p.endsWith('.html'));
const everything = (files: SiteFiles) => [...files.values()].join('\n');

describe('the citizen site of the example register', async () => {
  const { register, files } = await build(exampleTexts());

  it.each([
    ['index.html'],
    ['partnerships/riec.html'],
    ['partnerships/wijkteam.html'],
    ['partnerships/zorg-en-veiligheidshuis.html'],
    ['partnerships/regionale-inkoop-wmo.html'],
    ['partnerships/vroegsignalering-schulden.html'],
    ['partnerships/veilig-thuis.html'],
    ['processing/bijstand.html'],
    ['processing/riec-bureau.html'],
    ['processing/leerplicht.html'],
    ['assets/site.css'],
    ['assets/search.js'],
    ['assets/search-index.json'],
  ])('has %s, and in English en/ beside it', (page) => {
    expect(files.has(page)).toBe(true);
    if (page.endsWith('.html')) expect(files.has(`en/${page}`)).toBe(true);
  });

  it('has one page per current partnership and per current processing activity with recipients, and no other', () => {
    const expected = [
      ...register.partnerships.filter((p) => isCurrent(p, TODAY)).map((p) => `partnerships/${p.id}.html`),
      ...register.processing.filter((p) => isCurrent(p, TODAY) && list(p.data.recipients).length > 0).map((p) => `processing/${p.id}.html`),
      'index.html',
    ].sort();
    expect(expected.length).toBe(17);
    const pages = htmlOf(files).map(([p]) => p);
    expect(pages.filter((p) => !p.startsWith('en/')).sort()).toEqual(expected);
    expect(pages.filter((p) => p.startsWith('en/')).sort()).toEqual(expected.map((p) => `en/${p}`));
  });

  it('shows only public fields: no owner, internal note, review date, security measure, DPIA or finding', async () => {
    const texts = exampleTexts();
    edit(texts, 'partnerships/riec.yml', 'reviewed: 2026-06-30', 'reviewed: 2026-06-30\nx-interne-notitie: Wethouder wil dit dossier eerst zelf bespreken');
    const site = await build(texts);
    const all = everything(site.files);
    expect(all).toContain('Regionaal Informatie- en Expertisecentrum');
    expect(all).not.toContain('Wethouder wil dit dossier');
    expect(all).not.toContain('x-interne-notitie');
    for (const entity of [...site.register.partnerships, ...site.register.processing]) {
      const data = entity.data as Record<string, unknown>;
      expect(all, entity.id).not.toContain(String(data.owner));
      expect(all, entity.id).not.toContain(String(data.reviewed));
      if (typeof data.security === 'string') expect(all, entity.id).not.toContain(data.security);
      const dpia = data.dpia as { reference?: string } | undefined;
      if (dpia?.reference) expect(all, entity.id).not.toContain(dpia.reference);
    }
    // A review date in words, as a date the site does show would be written.
    expect(all).not.toContain('30 juni 2026');
    const result = checkRegister(site.register, { config: resolveConfig({}), today: TODAY });
    expect(result.findings.length).toBeGreaterThan(0);
    for (const finding of result.findings) expect(all).not.toContain(finding.rule);
  });

  it('says plainly when the register gives only an agreement, or no reason, for sharing', () => {
    // The RIEC's first flow cites only "Convenant RIEC 2021" (defect 5 of the example).
    expect(files.get('partnerships/riec.html')).toContain('Het register noemt alleen een afspraak tussen de organisaties: Convenant RIEC 2021. Een wet noemt het register niet.');
    expect(files.get('en/partnerships/riec.html')).toContain('The register names only an agreement between the organisations: Convenant RIEC 2021. It names no law.');
    // The flow from the housing corporation to the neighbourhood teams has no `necessity` (defect 6).
    expect(files.get('partnerships/wijkteam.html')).toContain('Het register zegt niet waarom dit nodig is.');
    // A recipient without a basis of its own ("Bureau Halt") says so instead of borrowing one.
    expect(files.get('processing/leerplicht.html')).toMatch(/<h3>Bureau Halt<\/h3>\n<dl>\n<dt>Waarom mag dit\?<\/dt>\n<dd><p>Het register noemt voor deze organisatie geen eigen reden/);
  });

  it('names who is responsible in words, and where to go: the contact, the DPO and the Autoriteit Persoonsgegevens', () => {
    const riec = files.get('partnerships/riec.html')!;
    expect(riec).toContain('<strong>Gemeente Voorbeeld (dat zijn wij)</strong><p>Is samen met andere deelnemers verantwoordelijk.</p>');
    expect(riec).toContain('Werkt in opdracht van Gemeente Voorbeeld, Gemeente Beekveld');
    expect(riec).toContain('In deze samenwerking worden besluiten over mensen voorbereid of genomen.');
    expect(riec).toContain('<a href="https://www.voorbeeld.nl/bezwaar">');
    expect(riec).toContain('Neem dan contact op met: privacy@voorbeeld.nl');
    expect(riec).toContain('(AVG artikel 38 lid 4): fg@voorbeeld.nl');
    expect(riec).toContain('<a href="https://autoriteitpersoonsgegevens.nl/">');
    // The ZVH notice names no objection route and does not explain decisions (defect 10): said, not hidden.
    const zvh = files.get('partnerships/zorg-en-veiligheidshuis.html')!;
    expect(zvh).toContain('Het register meldt niet dat de privacyverklaring uitlegt hoe die besluiten worden genomen.');
    expect(zvh).toContain('Het register noemt geen adres voor bezwaar.');
  });

  it('names the right to object (Art. 21) only beside public task or legitimate interest, and withdrawal (Art. 7(3)) only beside consent', () => {
    let objectable = 0;
    let consent = 0;
    for (const [page, html] of htmlOf(files)) {
      const english = page.startsWith('en/');
      // Each flow, recipient and the activity's own basis is one block; a right follows the ground of its own block.
      for (const block of html.split(/<section class="flow">|<h2>/)) {
        const e = english ? /GDPR Article 6\(1\)\((e|f)\)/.test(block) : /AVG artikel 6 lid 1 onder (e|f)\b/.test(block);
        const a = english ? block.includes('GDPR Article 6(1)(a)') : block.includes('AVG artikel 6 lid 1 onder a');
        expect(block.includes(english ? 'GDPR Article 21' : 'AVG artikel 21'), page).toBe(e);
        expect(block.includes(english ? 'GDPR Article 7(3)' : 'AVG artikel 7 lid 3'), page).toBe(a);
        if (e) objectable++;
        if (a) consent++;
      }
    }
    // The example has both, and flows on a legal obligation (riec) that must not get the right to object.
    expect(objectable).toBeGreaterThan(0);
    expect(consent).toBeGreaterThan(0);
    expect(files.get('partnerships/riec.html')).toContain('AVG artikel 6 lid 1 onder c');
  });

  it('cites Art. 26 only where at least two participants are joint controllers', () => {
    for (const [page, html] of htmlOf(files)) {
      if (page.startsWith('en/') || !page.startsWith('partnerships/')) continue;
      const joint = html.split('Is samen met andere deelnemers verantwoordelijk.').length - 1;
      expect(html.includes('AVG artikel 26 lid 3'), page).toBe(joint >= 2);
      if (joint < 2) expect(html, page).not.toContain('AVG artikel 26');
    }
    expect(files.get('partnerships/riec.html')).toContain('(AVG artikel 26 lid 2): <a href="https://www.voorbeeld.nl/privacy/riec#gezamenlijke-verantwoordelijkheid">');
  });

  it('misses an objection route only where decisions are taken, and says the decision letter names it', async () => {
    const texts = exampleTexts();
    edit(texts, 'partnerships/regionale-inkoop-wmo.yml', '  objection: https://www.voorbeeld.nl/bezwaar\n', '');
    const site = await build(texts);
    const wmo = site.files.get('partnerships/regionale-inkoop-wmo.html')!;
    expect(wmo).toContain('Het register meldt niet dat deze samenwerking besluiten over mensen neemt.');
    expect(wmo).not.toContain('Het register noemt geen adres voor bezwaar.');
    expect(wmo).not.toContain('Krijgt u een besluit');
    expect(wmo).not.toContain('Hier leest u hoe u bezwaar maakt');
    const zvh = files.get('partnerships/zorg-en-veiligheidshuis.html')!;
    expect(zvh).toContain('Dan staat in de brief of u bezwaar kunt maken, waar en binnen welke tijd.');
  });

  it('sends a resident to the DPO only when the register names one', async () => {
    const texts = exampleTexts();
    edit(texts, 'register.yml', '  dpo: fg@voorbeeld.nl\n', '');
    edit(texts, 'partnerships/regionale-inkoop-wmo.yml', '  contact: privacy@voorbeeld.nl\n', '');
    const site = await build(texts);
    const wmo = site.files.get('partnerships/regionale-inkoop-wmo.html')!;
    expect(wmo).toContain('Het register noemt hier geen contact. Stel uw vraag dan aan Gemeente Voorbeeld.');
    expect(everything(site.files)).not.toContain('functionaris gegevensbescherming');
  });

  it('links every page to its counterpart in the other language, and every internal link resolves', () => {
    for (const [page, html] of htmlOf(files)) {
      const english = page.startsWith('en/');
      expect(html, page).toContain(`<html lang="${english ? 'en' : 'nl'}">`);
      const counterpart = english ? page.slice(3) : `en/${page}`;
      const other = english ? 'nl' : 'en';
      const switchLink = new RegExp(`<a href="([^"]+)" hreflang="${other}" lang="${other}">`).exec(html);
      expect(switchLink, page).not.toBeNull();
      expect(path.posix.normalize(path.posix.join(path.posix.dirname(page), switchLink![1])), page).toBe(counterpart);
      for (const [, href] of html.matchAll(/(?:href|src)="([^"]+)"/g)) {
        if (href.startsWith('https:') || href.startsWith('#')) continue;
        const target = path.posix.normalize(path.posix.join(path.posix.dirname(page), href.replace(/#.*$/, '')));
        expect(files.has(target), `${page} → ${href}`).toBe(true);
      }
    }
  });

  it('puts the chosen language at the root and the other in its own folder', async () => {
    const english = await build(exampleTexts(), 'en');
    expect(english.files.get('index.html')).toContain('<html lang="en">');
    expect(english.files.get('nl/index.html')).toContain('<html lang="nl">');
    expect(english.files.get('nl/partnerships/riec.html')).toContain('<a href="../../partnerships/riec.html" hreflang="en" lang="en">English</a>');
  });

  it('leaves out a partnership that ended before today', async () => {
    const texts = exampleTexts();
    edit(texts, 'partnerships/veilig-thuis.yml', 'started: 2020-01-01', 'started: 2020-01-01\nended: 2025-12-31');
    const site = await build(texts);
    expect(site.files.has('partnerships/veilig-thuis.html')).toBe(false);
    expect(site.files.get('index.html')).not.toContain('partnerships/veilig-thuis.html');
    expect(site.files.has('partnerships/riec.html')).toBe(true);
  });

  it('indexes names, participants, data categories and purposes for the search', () => {
    const index = JSON.parse(files.get('assets/search-index.json')!) as { n: string; u: string; k: string; w: string[] }[];
    const wijkteam = index.find((entry) => entry.u === 'partnerships/wijkteam.html')!;
    expect(wijkteam).toMatchObject({ n: 'Buurtteams Voorbeeld', k: 'partnership' });
    expect(wijkteam.w).toContain('Stadsbank Voorbeeld (schuldhulpverlening)');
    expect(wijkteam.w).toContain('NAW-gegevens en geboortedatum');
    expect(index.find((entry) => entry.u === 'processing/bijstand.html')?.w).toContain('Beoordelen van aanvragen om algemene en bijzondere bijstand');
    expect(index).toHaveLength(16);
  });
});

describe('hostile register text', async () => {
  const texts = exampleTexts();
  const name = '<script>alert(1)</script> & "RIEC" \'x\'';
  const participant = '<img src=x onerror=alert(2)>';
  edit(texts, 'partnerships/riec.yml', 'name: Regionaal Informatie- en Expertisecentrum (RIEC) Voorbeeld', `name: '${name.replace(/'/g, "''")}'`);
  edit(texts, 'partnerships/riec.yml', 'name: Belastingdienst\n', `name: '${participant}'\n`);
  edit(texts, 'partnerships/riec.yml', 'url: https://www.voorbeeld.nl/privacy/riec', "url: 'javascript:alert(3)'");
  edit(texts, 'partnerships/riec.yml', 'objection: https://www.voorbeeld.nl/bezwaar', 'objection: http://www.voorbeeld.nl/bezwaar');
  edit(texts, 'partnerships/riec.yml', 'essence_published: https://www.voorbeeld.nl/privacy/riec#gezamenlijke-verantwoordelijkheid', 'essence_published: "https://x.nl/a\\" onmouseover=\\"alert(4)"');
  const { files } = await build(texts);
  const page = files.get('partnerships/riec.html')!;

  it('stays text in every page', () => {
    for (const [file, html] of htmlOf(files)) {
      expect(html, file).not.toContain('<script>alert');
      expect(html, file).not.toContain('<img src=x');
      expect(html, file).not.toMatch(/href="(?:javascript|http):/);
      expect(html, file).not.toMatch(/" onmouseover=/);
    }
    expect(page).toContain('<title>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;RIEC&quot; &#39;x&#39;</title>');
    expect(page).toContain('<h1>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;RIEC&quot; &#39;x&#39;</h1>');
    expect(page).toContain('&lt;img src=x onerror=alert(2)&gt;');
  });

  it('shows a register address as a link only when it is https', () => {
    expect(page).toContain('Lees de privacyverklaring: javascript:alert(3)');
    expect(page).toContain('hoe u bezwaar maakt: http://www.voorbeeld.nl/bezwaar');
    expect(page).toContain('<a href="https://x.nl/a%22%20onmouseover=%22alert(4)">https://x.nl/a&quot; onmouseover=&quot;alert(4)</a>');
  });

  it('is data in the search index, which reads back as written and holds no markup', () => {
    const json = files.get('assets/search-index.json')!;
    expect(json).not.toMatch(/[<>]/);
    const index = JSON.parse(json) as { n: string; w: string[] }[];
    const riec = index.find((entry) => entry.n === name);
    expect(riec?.w).toContain(participant);
  });
});

describe('escapeHtmlText and httpsLink', () => {
  it.each([
    ['privacy@voorbeeld.nl', 'privacy@voorbeeld.nl'],
    ['https://www.voorbeeld.nl/#a', 'https://www.voorbeeld.nl/#a'],
    ['<b>"a" & \'b\'</b>', '&lt;b&gt;&quot;a&quot; &amp; &#39;b&#39;&lt;/b&gt;'],
    ['regel\neen\u202etwee', 'regel een twee'],
  ])('escapeHtmlText(%j)', (input, expected) => {
    expect(escapeHtmlText(input)).toBe(expected);
  });

  it.each([
    ['https://www.voorbeeld.nl/bezwaar', '<a href="https://www.voorbeeld.nl/bezwaar">https://www.voorbeeld.nl/bezwaar</a>'],
    [' https://a.nl/x?y=1&z=2 ', '<a href="https://a.nl/x?y=1&amp;z=2">https://a.nl/x?y=1&amp;z=2</a>'],
    ['http://a.nl', 'http://a.nl'],
    ['javascript:alert(1)', 'javascript:alert(1)'],
    ['JAVASCRIPT:alert(1)', 'JAVASCRIPT:alert(1)'],
    ['data:text/html,<b>', 'data:text/html,&lt;b&gt;'],
    ['https://user:pw@a.nl', 'https://user:pw@a.nl'],
    ['privacy@voorbeeld.nl', 'privacy@voorbeeld.nl'],
    ['www.voorbeeld.nl', 'www.voorbeeld.nl'],
  ])('httpsLink(%j)', (input, expected) => {
    expect(httpsLink(input)).toBe(expected);
  });
});

describe("the site's own Dutch text", () => {
  it('scores as plain language by the notice rule’s measure and thresholds, with no long sentence and no jargon', () => {
    const { readability } = resolveConfig({});
    // Each phrase is a paragraph; a placeholder stands for one short word, as register text is not the site's own.
    const text = Object.values(CITIZEN_WORDS)
      .map((phrase) => phrase.nl.replace(/\{\{\s*\w+\s*\}\}/g, 'dit'))
      .join('\n\n');
    const measure = measureReadability(text, { maxSentenceWords: readability.max_sentence_words });
    expect(measure.scoredWords).toBeGreaterThan(200);
    expect(measure.score).toBeGreaterThanOrEqual(readability.min_score);
    expect(measure.longSentences.map((s) => s.text)).toEqual([]);
    expect(measure.jargon).toEqual([]);
  });

  it('holds no markup, so phrases can be filled with HTML the caller escaped', () => {
    for (const [id, phrase] of Object.entries(CITIZEN_WORDS)) {
      expect(phrase.nl, id).not.toMatch(/[<>&"]/);
      expect(phrase.en, id).not.toMatch(/[<>&"]/);
    }
  });
});
