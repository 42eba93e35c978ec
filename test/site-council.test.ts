/** The council report: the facts and statuses per partnership, its words in Markdown and HTML, hostile text, the `report` command. */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadRegister } from '../src/load.js';
import { FileSystemSource, MemorySource, type MemoryFile } from '../src/source.js';
import { checkRegister } from '../src/check.js';
import { partnershipFacts, type PartnershipFacts } from '../src/site/facts.js';
import { SITE_CSS } from '../src/site/layout.js';
import { buildReport } from '../src/site/index.js';
import { councilReport } from '../src/site/council.js';
import { writeSite, SiteWriteError } from '../src/site/write.js';
import type { SiteInput } from '../src/site/input.js';
import { describeFinding } from '../src/report/describe.js';
import { escapeHtml, escapeMarkdown } from '../src/report/escape.js';
import { questionTitle, say } from '../src/report/vocabulary.js';
import { ruleDocsUrl } from '../src/meta.js';
import { LANGUAGES, type Language, type Question } from '../src/types.js';
import { main } from '../src/cli.js';
import { readTree } from './support/git.js';
import { cli, ROOT } from './support/cli.js';

const EXAMPLE = path.join(ROOT, 'examples/gemeente-voorbeeld');
const EXAMPLE_TODAY = '2026-11-29';
const CLEAN_TODAY = '2026-06-01';
const QUESTIONS: Question[] = ['Q1', 'Q2', 'Q3'];

let example: SiteInput;
let clean: Record<string, string>;
const temporary: string[] = [];

async function inputFrom(source: FileSystemSource | MemorySource, today: string, language: Language = 'nl'): Promise<SiteInput> {
  const register = await loadRegister(source, {});
  return { register, result: checkRegister(register, { today }), config: {}, today, language };
}

/** The clean register with `edit` applied to its files (null removes a file). */
function cleanWith(edit: Record<string, (text: string) => string | null> = {}): MemorySource {
  const files = new Map<string, MemoryFile>();
  for (const [name, text] of Object.entries(clean)) {
    const edited = edit[name] ? edit[name](text) : text;
    if (edited !== null) files.set(name, { type: 'file', bytes: new TextEncoder().encode(edited) });
  }
  return new MemorySource(files);
}

/** Replaces one exact piece of text, failing loudly when it is not there (so a changed fixture cannot make a test pass vacuously). */
const replace = (from: string, to: string) => (text: string) => {
  if (!text.includes(from)) throw new Error(`fixture lacks ${JSON.stringify(from)}`);
  return text.replace(from, to);
};

async function tempDir(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'council-'));
  temporary.push(dir);
  return dir;
}

beforeAll(async () => {
  example = await inputFrom(new FileSystemSource(EXAMPLE), EXAMPLE_TODAY);
  clean = await readTree(path.join(ROOT, 'test/registers/schoon'));
});

afterAll(async () => {
  await Promise.all(temporary.map((dir) => fs.rm(dir, { recursive: true, force: true })));
});

const byId = (facts: PartnershipFacts[], id: string) => {
  const found = facts.find((f) => f.id === id);
  if (!found) throw new Error(`no partnership ${id}`);
  return found;
};

describe('the facts of the example register', () => {
  // The deliberate defects of examples/gemeente-voorbeeld/README.md, per partnership and question.
  it.each([
    ['riec', { Q1: 'missing', Q2: 'attention', Q3: 'ok' }],
    ['wijkteam', { Q1: 'ok', Q2: 'attention', Q3: 'ok' }],
    ['vroegsignalering-schulden', { Q1: 'ok', Q2: 'attention', Q3: 'ok' }],
    ['regionale-inkoop-wmo', { Q1: 'ok', Q2: 'attention', Q3: 'ok' }],
    ['zorg-en-veiligheidshuis', { Q1: 'ok', Q2: 'attention', Q3: 'attention' }],
    ['veilig-thuis', { Q1: 'ok', Q2: 'ok', Q3: 'ok' }],
  ])('%s: %o', (id, status) => {
    expect(byId(partnershipFacts(example), id).status).toEqual(status);
  });

  it('gives every finding about a partnership or its notice to that partnership, under the rule’s question', () => {
    const facts = partnershipFacts(example);
    const given = facts.flatMap((f) => QUESTIONS.flatMap((q) => f.findings[q].map((finding) => ({ q, finding }))));
    for (const { q, finding } of given) expect(finding.question).toBe(q);
    const aboutPartnerships = example.result.findings.filter((f) => f.entity.kind === 'partnership' || f.file === 'notices/zorg-en-veiligheidshuis.md');
    expect(given.map((g) => g.finding.fingerprint).sort()).toEqual(aboutPartnerships.map((f) => f.fingerprint).sort());
  });

  it('reads the answers to the questions from the register', () => {
    const facts = partnershipFacts(example);
    const riec = byId(facts, 'riec');
    expect(riec.q1.listedIn).toEqual([]);
    expect(riec.q2.flows[0]).toMatchObject({ basisKind: 'agreement', basisValid: false, internal: true });
    expect(riec.q2.flows.slice(1).every((f) => f.basisValid && f.basisKind === 'statute')).toBe(true);
    const wijkteam = byId(facts, 'wijkteam');
    expect(wijkteam.q1).toMatchObject({ reviewed: '2026-05-11', interval: 12, due: '2027-05-11', overdue: false });
    expect(wijkteam.q1.listedIn.length).toBeGreaterThan(0);
    expect(wijkteam.q2.agreements.map((a) => a.late)).toEqual([false, true]);
    expect(wijkteam.q2.flows[0]).toMatchObject({ basisValid: false, decisions: true, special: ['health'] });
    expect(wijkteam.q2.flows[2]).toMatchObject({ necessity: undefined, basisKind: 'ground', basisValid: true });
    expect(wijkteam.q2.ownRole).toBe('joint-controller');
    expect(wijkteam.q3.notice?.readability).toEqual({ kind: 'measured', plain: true });
    expect(byId(facts, 'zorg-en-veiligheidshuis').q3.notice).toMatchObject({ explainsDecisions: false, objection: undefined, readability: { kind: 'measured', plain: false } });
    expect(byId(facts, 'regionale-inkoop-wmo').q2.dpia).toEqual({ kind: 'none' });
    expect(byId(facts, 'riec').q2.dpia).toMatchObject({ kind: 'done', beforeStart: true });
  });
});

describe('the facts of small registers', () => {
  it('a clean register is in order on every question', async () => {
    const facts = partnershipFacts(await inputFrom(cleanWith(), CLEAN_TODAY));
    expect(facts.length).toBe(4);
    for (const f of facts) expect(f.status).toEqual({ Q1: 'ok', Q2: 'ok', Q3: 'ok' });
  });

  it.each([
    ['no notice: question 3 missing', { 'partnerships/sociaal-wijkteam.yml': (t: string) => t.slice(0, t.indexOf('notice:')) + t.slice(t.indexOf('dpia:')) }, { Q1: 'ok', Q2: 'ok', Q3: 'missing' }],
    [
      'no processing activity lists it: question 1 missing',
      Object.fromEntries(['bijstandsverlening', 'wmo-ondersteuning', 'jeugdhulp'].map((name) => [`processing/${name}.yml`, replace('partnership: sociaal-wijkteam', 'organisation: Stichting Sociaal Wijkteam')])),
      { Q1: 'missing' },
    ],
    ['a covenant as basis: question 2 needs attention', { 'partnerships/sociaal-wijkteam.yml': replace('provision: Wet maatschappelijke ondersteuning 2015', 'provision: Convenant Sociaal Wijkteam 2019; Wet maatschappelijke ondersteuning 2015') }, {}],
    ['overdue review: question 1 needs attention', { 'partnerships/sociaal-wijkteam.yml': replace('reviewed: ', 'reviewed: 2020-01-01\nx-old-reviewed: ') }, { Q1: 'attention' }],
  ])('%s', async (_name, edit, expected) => {
    const facts = byId(partnershipFacts(await inputFrom(cleanWith(edit), CLEAN_TODAY)), 'sociaal-wijkteam');
    expect(facts.status).toMatchObject(expected);
  });

  it('a flow without a basis: question 2 missing, the flow marked', async () => {
    const input = await inputFrom(
      cleanWith({
        'partnerships/regionale-inkoop-jeugd.yml': (t) => {
          const start = t.indexOf('    legal_basis:\n      - ground: legal-obligation');
          return t.slice(0, start) + t.slice(t.indexOf('    necessity:', start));
        },
      }),
      CLEAN_TODAY,
    );
    const facts = byId(partnershipFacts(input), 'regionale-inkoop-jeugd');
    expect(facts.status.Q2).toBe('missing');
    expect(facts.q2.flows[1]).toMatchObject({ basisKind: 'missing', basisValid: false });
    expect(facts.q2.flows[0].basisValid).toBe(true);
    const { markdown, html } = councilReport(input);
    expect(markdown).toContain(say('council.basis.missing', 'nl'));
    expect(html).toContain(escapeHtml(say('council.diagram.invalid', 'nl')));
    expect(html).toContain('stroke-dasharray');
  });
});

describe('the report of the example register', () => {
  const sections = (markdown: string) => markdown.split(/<a id="samenwerkingsverband-\d+"><\/a>/).slice(1);

  it.each(LANGUAGES)('answers each question for each partnership, with its status, open points and follow-up questions (%s)', (language) => {
    const input = { ...example, language };
    const { markdown } = councilReport(input);
    const facts = partnershipFacts(input);
    const parts = sections(markdown);
    expect(parts.length).toBe(facts.length);
    facts.forEach((f, i) => {
      const part = parts[i];
      expect(part).toContain(`## ${escapeMarkdown(f.name)}`);
      const questions = QUESTIONS.map((q) => part.indexOf(`### ${escapeMarkdown(questionTitle(q, language))}`));
      expect(questions.every((at) => at > 0)).toBe(true);
      expect([...questions].sort((a, b) => a - b)).toEqual(questions);
      QUESTIONS.forEach((q, k) => {
        const body = part.slice(questions[k], questions[k + 1] ?? part.length);
        expect(body).toContain(`**${escapeMarkdown(say(`council.status.${f.status[q]}`, language))}**`);
        for (const finding of f.findings[q]) {
          expect(body).toContain(escapeMarkdown(describeFinding(finding, language).message));
          expect(body).toContain(`(<${ruleDocsUrl(finding.rule)}>)`);
        }
        expect(body.includes(`**${escapeMarkdown(say('council.askFurther', language))}**`)).toBe(f.status[q] !== 'ok');
      });
      expect(part).toContain('```mermaid');
    });
  });

  it('is one HTML page in the report’s language, with an accessible diagram per partnership and no script', () => {
    const { html } = councilReport(example);
    expect(html.startsWith('<!doctype html>\n<html lang="nl">')).toBe(true);
    expect(html).not.toMatch(/<script/i);
    const facts = partnershipFacts(example);
    expect(html.match(/<svg [^>]*role="img"/g)?.length).toBe(facts.length);
    expect(html.match(/<title id="diagram-\d+-title">/g)?.length).toBe(facts.length);
    // The flow without a valid basis is said in words beside the colour.
    expect(html).toContain(`<strong>(${escapeHtml(say('council.diagram.invalid', 'nl'))})</strong>`);
  });

  it('buildReport writes the council report beside the citizen site, one style sheet for both', () => {
    const files = buildReport(example);
    for (const file of ['assets/site.css', 'raadsrapportage.html', 'raadsrapportage.md', 'index.html', 'en/index.html', 'partnerships/riec.html']) expect(files.has(file), file).toBe(true);
    expect(files.get('raadsrapportage.html')).toContain('href="assets/site.css"');
    expect(files.get('index.html')).toContain('href="assets/site.css"');
    // The style sheet holds the council report's own rules as well as the site's.
    expect(files.get('assets/site.css')!.length).toBeGreaterThan(SITE_CSS.length);
  });
});

describe('hostile register text', () => {
  const SCRIPT = '<script>alert(1)</script>';

  async function hostile() {
    return inputFrom(
      cleanWith({
        'partnerships/sociaal-wijkteam.yml': (t) =>
          replace('name: ', `name: "${SCRIPT} [x](javascript:alert(2)) | @team"\nx-name: `)(
            replace('url: https://www.schoonhovenaanzee.nl/privacy/wijkteam', 'url: "javascript:alert(3)"')(
              replace('objection: https://www.schoonhovenaanzee.nl/bezwaar', 'objection: http://bezwaar.example/"onmouseover="x')(t),
            ),
          ),
      }),
      CLEAN_TODAY,
    );
  }

  it('a <script> in a partnership name stays text in HTML, Markdown and Mermaid', async () => {
    const { markdown, html } = councilReport(await hostile());
    expect(html).not.toContain(SCRIPT);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(markdown).not.toContain(SCRIPT);
    expect(markdown).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    const mermaid = markdown.slice(markdown.indexOf('```mermaid'));
    expect(mermaid.slice(0, mermaid.indexOf('```', 3))).not.toMatch(/<script|\[x\]\(/);
    // The name never becomes a Markdown link or a table column of its own.
    expect(markdown).not.toContain('[x](javascript');
    expect(markdown).toContain('\\[x\\](javascript:alert(2)) \\| @');
  });

  it('links from the register are links only when they are https:', async () => {
    const { markdown, html } = councilReport(await hostile());
    expect(html).not.toMatch(/href="(javascript|http:)/);
    expect(markdown).not.toMatch(/(?<!\\)\]\(<?(javascript|http:)/);
    expect(html).toContain(escapeHtml('javascript:alert(3)'));
    expect(html).not.toContain('"onmouseover="');
    // An https: link is still a link.
    expect(html).toContain('<a href="https://www.schoonhovenaanzee.nl/');
  });
});

describe('writing the report', () => {
  it('refuses a file that would leave the output folder or go through a symbolic link', async () => {
    const out = await tempDir();
    const outside = await tempDir();
    await expect(writeSite(out, new Map([['../escape.html', 'x']]))).rejects.toBeInstanceOf(SiteWriteError);
    await fs.symlink(path.join(outside, 'target.html'), path.join(out, 'link.html'));
    await expect(writeSite(out, new Map([['link.html', 'x']]))).rejects.toBeInstanceOf(SiteWriteError);
    await fs.symlink(outside, path.join(out, 'assets'));
    await expect(writeSite(out, new Map([['assets/site.css', 'x']]))).rejects.toBeInstanceOf(SiteWriteError);
    expect(await fs.readdir(outside)).toEqual([]);
    expect(await writeSite(out, new Map([['deeper/page.html', 'ok']]))).toEqual([path.join(await fs.realpath(out), 'deeper/page.html')]);
  });

  it.each([
    ['the register folder itself', (dir: string) => dir],
    ['a folder inside the register', (dir: string) => path.join(dir, 'site')],
  ])('the command refuses --out in %s, in both languages, and writes nothing', async (_name, outOf) => {
    const dir = await tempDir();
    for (const [name, text] of Object.entries(clean)) {
      await fs.mkdir(path.dirname(path.join(dir, name)), { recursive: true });
      await fs.writeFile(path.join(dir, name), text);
    }
    const before = (await readTree(dir)) as Record<string, string>;
    for (const language of LANGUAGES) {
      let stderr = '';
      const code = await main(['report', dir, '--out', outOf(dir), '--language', language, '--today', CLEAN_TODAY], { stdout: () => undefined, stderr: (s) => (stderr += s), cwd: ROOT });
      expect(code).toBe(2);
      expect(stderr).toContain(say('cli.report.outInRegister', language, { out: outOf(dir), dir }));
    }
    expect(await readTree(dir)).toEqual(before);
  });

  it('the command needs --out', async () => {
    let stderr = '';
    expect(await main(['report', EXAMPLE], { stdout: () => undefined, stderr: (s) => (stderr += s), cwd: ROOT })).toBe(2);
    expect(stderr).toContain(say('cli.report.outNeeded', 'nl'));
  });

  it('node bin/register-check.js report writes both council files and exits 0 despite findings', async () => {
    const out = path.join(await tempDir(), 'site');
    const { code, stdout, stderr } = cli(['report', 'examples/gemeente-voorbeeld', '--out', out, '--today', EXAMPLE_TODAY]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain(out);
    const markdown = await fs.readFile(path.join(out, 'raadsrapportage.md'), 'utf8');
    const html = await fs.readFile(path.join(out, 'raadsrapportage.html'), 'utf8');
    expect(markdown).toBe(councilReport(example).markdown);
    expect(html).toBe(councilReport(example).html);
    expect(await fs.readFile(path.join(out, 'assets/site.css'), 'utf8')).toContain('.status-missing');
  });
});
