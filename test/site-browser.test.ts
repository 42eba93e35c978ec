/// <reference lib="dom" />
/**
 * The citizen site in a real browser: Debian's chromium driven through playwright-core (never a downloaded browser),
 * the site served from a loopback static server. It renders, the search finds a partnership by a participant's name,
 * axe-core reports no WCAG 2.0/2.1 A/AA violations, headings are in order and the keyboard reaches the search and links.
 */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { FileSystemSource } from '../src/source.js';
import { loadRegister } from '../src/load.js';
import { checkRegister } from '../src/check.js';
import { resolveConfig } from '../src/config.js';
import { buildReport } from '../src/site/index.js';
import { say } from '../src/report/vocabulary.js';
// @ts-expect-error -- a plain JavaScript script without type declarations; its table and helpers are shared with this test.
import { CHROMIUM, EXAMPLE, SHOTS, serveFolder, writeSite } from '../scripts/screenshots.js';

const SCREENSHOTS = SHOTS as { name: string; page: string }[];
const AXE = fileURLToPath(new URL('../node_modules/axe-core/axe.min.js', import.meta.url));
const HOSTILE_NAME = '<img src=x onerror="window.__pwned=1">RIEC <b>vet</b>';
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * The pages that must be accessible, with the language they speak: the citizen site's and the council report, generated
 * into one output as `register-check report` writes it.
 */
const ACCESSIBLE_PAGES: { name: string; page: string; language: 'nl' | 'en' }[] = [
  { name: 'the overview', page: 'index.html', language: 'nl' },
  { name: 'a partnership page', page: 'partnerships/riec.html', language: 'nl' },
  { name: 'a processing activity page', page: 'processing/bijstand.html', language: 'nl' },
  { name: 'the English overview', page: 'en/index.html', language: 'en' },
  { name: 'an English partnership page', page: 'en/partnerships/zorg-en-veiligheidshuis.html', language: 'en' },
  { name: 'the council report', page: 'raadsrapportage.html', language: 'nl' },
];

let folder: string;
let server: Server;
let base: string;
let browser: Browser;

beforeAll(async () => {
  const config = resolveConfig({});
  const register = await loadRegister(new FileSystemSource(EXAMPLE.folder), config);
  const result = checkRegister(register, { config, today: EXAMPLE.today });
  folder = await fs.mkdtemp(path.join(os.tmpdir(), 'register-check-browser-'));
  await writeSite(folder, buildReport({ register, result, config, today: EXAMPLE.today, language: 'nl' }));
  // The same register with markup in a partnership's name, in a folder of its own: the search must show it as text.
  const riec = register.partnerships.find((p) => p.id === 'riec')!;
  riec.data = { ...riec.data, name: HOSTILE_NAME };
  await writeSite(path.join(folder, 'hostile'), buildReport({ register, result, config, today: EXAMPLE.today, language: 'nl' }));
  ({ server, url: base } = await serveFolder(folder));
  browser = await chromium.launch(CHROMIUM);
});

afterAll(async () => {
  await browser?.close();
  server?.close();
  if (folder) await fs.rm(folder, { recursive: true, force: true });
});

/** Opens a page of the site; on the overview, waits until the search has loaded its index and shows itself. */
async function open(relative: string): Promise<Page> {
  const page = await browser.newPage();
  // A wait that fails should fail as itself, well before the test's own timeout.
  page.setDefaultTimeout(10_000);
  const response = await page.goto(new URL(relative, base).href);
  expect(response?.status(), relative).toBe(200);
  if ((await page.locator('#zoeken').count()) > 0) await page.locator('#zoeken').waitFor({ state: 'visible' });
  return page;
}

describe('the citizen site in chromium', () => {
  it('renders the overview with its title and every entry as a link', async () => {
    const page = await open('index.html');
    await expect(page.locator('h1').textContent()).resolves.toBe(say('citizen.title', 'nl', { organisation: 'Gemeente Voorbeeld' }));
    await expect(page.locator('main ul.entries a').count()).resolves.toBe(16);
    await page.close();
  });

  it("finds a partnership by a participant's name, announces the count, and leads to its page", async () => {
    const page = await open('index.html');
    await page.locator('#zoekterm').fill('stadsbank');
    const result = page.locator('#zoekresultaten a', { hasText: 'Buurtteams Voorbeeld' });
    await result.waitFor();
    // The Stadsbank takes part in the neighbourhood teams and receives data from debt counselling.
    await expect(page.locator('#zoekresultaten li').count()).resolves.toBe(2);
    await expect(page.locator('#zoekstatus').textContent()).resolves.toBe(say('citizen.search.other', 'nl', { n: 2 }));
    await expect(page.locator('#zoekstatus').getAttribute('aria-live')).resolves.toBe('polite');
    await result.click();
    await page.waitForURL(/partnerships\/wijkteam\.html$/);
    await expect(page.locator('h1').textContent()).resolves.toBe('Buurtteams Voorbeeld');
    await page.close();
  });

  it('says so when the search finds nothing, and folds accents and case', async () => {
    const page = await open('index.html');
    await page.locator('#zoekterm').fill('xyzzy');
    await page.locator('#zoekstatus', { hasText: say('citizen.search.none', 'nl') }).waitFor();
    await expect(page.locator('#zoekresultaten li').count()).resolves.toBe(0);
    // "cliënt" in a data category of the regional Wmo purchasing; typed without the diaeresis and in capitals.
    await page.locator('#zoekterm').fill('CLIENT');
    await page.locator('#zoekresultaten a', { hasText: 'Regionale inkoop Wmo Regio Voorbeeld' }).waitFor();
    await page.close();
  });

  it('shows register text in search results as text, never as markup', async () => {
    const page = await open('hostile/index.html');
    await page.locator('#zoekterm').fill('politie eenheid');
    await page.locator('#zoekresultaten a', { hasText: HOSTILE_NAME }).waitFor();
    await expect(page.locator('#zoekresultaten img, #zoekresultaten b').count()).resolves.toBe(0);
    await expect(page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).resolves.toBeUndefined();
    await page.close();
  });

  it.each(ACCESSIBLE_PAGES)('$name has no axe violations (WCAG 2.0/2.1 A and AA), headings in order and its language set', async ({ page: relative, language }) => {
    const page = await open(relative);
    await page.addScriptTag({ path: AXE });
    const violations = await page.evaluate(async (tags) => {
      const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
      const results = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
      return results.violations.map((v) => ({ id: v.id, targets: v.nodes.map((n) => n.target.join(' ')) }));
    }, WCAG_TAGS);
    expect(violations).toEqual([]);
    const levels = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((headings) => headings.map((h) => Number(h.tagName[1])));
    expect(levels[0]).toBe(1);
    expect(levels.filter((level) => level === 1)).toHaveLength(1);
    levels.forEach((level, i) => {
      if (i > 0) expect(level, `heading ${i + 1}`).toBeLessThanOrEqual(levels[i - 1] + 1);
    });
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe(language);
    await page.close();
  });

  it('lets the keyboard reach the skip link, the search and the links, in that order', async () => {
    const page = await open('index.html');
    const focusable = await page.locator('a[href], input, button').count();
    const reached: string[] = [];
    for (let i = 0; i < focusable; i++) {
      await page.keyboard.press('Tab');
      reached.push(await page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        return element?.id ? `#${element.id}` : (element?.getAttribute('href') ?? element?.tagName ?? '');
      }));
    }
    expect(reached[0]).toBe('#inhoud');
    const search = reached.indexOf('#zoekterm');
    const partnership = reached.indexOf('partnerships/riec.html');
    expect(search).toBeGreaterThan(0);
    expect(partnership).toBeGreaterThan(search);
    expect(reached).toContain('processing/bijstand.html');
    expect(reached).toContain('https://autoriteitpersoonsgegevens.nl/');
    await page.close();
  });

  it('shows the focus: a focused link has a visible outline', async () => {
    const page = await open('partnerships/riec.html');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    expect(outline).toBe('solid');
    await page.close();
  });

  it.each(SCREENSHOTS)('has the page the screenshot $name is taken of, and it renders', async ({ page: relative }) => {
    const page = await open(relative);
    await expect(page.locator('main h1').count()).resolves.toBe(1);
    await page.close();
  });
});
