/**
 * A hostile register run through the bundled Action against the GitHub API simulator: ids, names,
 * file names and owners carry HTML, mentions, backticks, `-->`, newlines, terminal escapes and
 * bidirectional overrides. Nothing the bot posts or logs may render, link, notify or forge a command.
 */

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { startGitHubSimulator, type GitHubSimulator } from './github-sim/index.js';
import { pullRequestPayload, repositoryPayload, runAction, type ActionRun } from './support/action.js';
import { commit, createRepo, git, readTree, type Changes, type RegisterRepo } from './support/git.js';
import { ROOT } from './support/cli.js';
import { readFindingMarker, readFindingMarkers, readStaleMarker, staleMarker } from '../src/review/markers.js';
import { PROJECT_URL } from '../src/meta.js';

const OWNER = 'gemeente-schoonhoven';
const REPO = 'verwerkingsregister';
const FULL = `${OWNER}/${REPO}`;
const TOKEN = 'ghs_actions_token';

const BIDI = '\u202e';
const ESC = '\u001b[2J\u001b[31m';
/** What an attacker would put in any text field: HTML, a comment left open, mentions, references, links. */
const PAYLOAD = `<img src=x onerror=alert(1)> <a href="https://evil.example/">klik</a> @jdevries @${OWNER}/team #1 GH-1 [link](https://evil.example) www.evil.example <!-- open`;
/** Lines a runner would read as workflow commands if they reached the start of a log line. */
const COMMANDS = '\n::error::forged\n::set-output name=errors::0\n::stop-commands::pwned\n##[error]forged\n';
/** Closes the stale issue's marker and forges the marker of another entry. */
const SPOOF = ' -->\n<!-- register-check:stale:processing:jeugdhulp -->';
/** A marker-shaped YAML comment on an id line: the id-mismatch suggestion copies it. */
const FORGED_FINDING = '<!-- register-check:finding:0123456789abcdef0123 -->';

const HOSTILE_ID = `x\`\`${SPOOF} ${PAYLOAD}${COMMANDS}${BIDI}evil${ESC}`;
const HOSTILE_NAME = `\u2067${PAYLOAD} \`\`\` ${BIDI}gnp.exe${COMMANDS}`;
const HOSTILE_OWNER = `@jdevries ${PAYLOAD}`;
/** File names are made by the test (a newline or escape in a committed name would trouble every checkout). */
const HOSTILE_FILE = `\`evil\`<img src=x onerror=alert(1)>@jdevries -->${COMMANDS}${ESC}${BIDI}lmy.yml`;
/** Markup and a mention but no control character: the id-mismatch suggestion (which copies it) is still offered. */
const HTML_FILE = `\`x\`<img src=x onerror=alert(1)>@jdevries -->.yml`;
const HOSTILE_PARTNERSHIP_FILE = `p\`<a href=x>klik<!-- @jdevries #1 -->${COMMANDS}${BIDI}.yml`;

/** A YAML double-quoted scalar (JSON strings are valid YAML). */
const q = (value: string) => JSON.stringify(value);

function hostilePartnership(): string {
  return [
    `id: ${q(HOSTILE_ID)}`,
    `name: ${q(HOSTILE_NAME)}`,
    `owner: ${q(HOSTILE_OWNER)}`,
    `purpose: ${q(PAYLOAD)}`,
    'started: 2026-03-01',
    'participants:',
    '  - id: gemeente',
    `    name: ${q(`Gemeente ${PAYLOAD}`)}`,
    '    kind: municipality',
    '    role: controller',
    '    self: true',
    `  - id: ${q(`politie"] --> X[${PAYLOAD}`)}`,
    `    name: ${q(`Politie"] click X "https://evil.example" ${PAYLOAD}`)}`,
    '    kind: police',
    '    role: recipient',
    'agreements:',
    '  - kind: covenant',
    `    reference: ${q(PAYLOAD)}`,
    '    signed: 2026-02-01',
    'data_flows:',
    '  - from: gemeente',
    `    to: ${q(`politie"] --> X[${PAYLOAD}`)}`,
    `    data: [${q(PAYLOAD)}, ${q(`\`\`\`\n${COMMANDS}`)}]`,
    `    necessity: ${q(PAYLOAD)}`,
    'reviewed: 2026-03-01',
    '',
  ].join('\n');
}

/** A processing activity under a hostile file name whose id line carries a marker-shaped comment. */
function hostileProcessing(base: string, id: string, extra: (text: string) => string = (t) => t): string {
  return extra(
    base
      .replace(/^id: .*$/m, `id: ${q(id)} # ${FORGED_FINDING}`)
      .replace(/^name: .*$/m, `name: ${q(HOSTILE_NAME)}`)
      .replace(/^owner: .*$/m, `owner: ${q(HOSTILE_OWNER)}`),
  );
}

// --- What "inert" means on GitHub -------------------------------------------------------------

/** Our own links: a rule's documentation page, with the rule id (maybe as code) as the text. */
const RULE_LINK = new RegExp(`\\[\`?[a-z0-9-]+\`?\\]\\(${PROJECT_URL.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}/blob/main/docs/rules/[a-z0-9-]+\\.md\\)`, 'g');
/** The HTML the bot writes itself. */
const OWN_TAG = /^<(?:details(?: open)?|\/details|summary|\/summary|code|\/code)>$/;
/** The bot's hidden markers, exactly. */
const OWN_MARKER = /^<!-- register-check:(?:summary|resolved|ready|finding:[0-9a-f]{1,64}|(?:stale|issue:[a-z0-9]+):[a-z]+:(?:[a-z0-9-]+|sha256=[0-9a-f]{64})) -->$/;
/** Our links to a finding's line: fixed words as the text, a commit and a percent-encoded path as the address. */
const LINE_LINK = /\[(?:regel|line) \d+\]\(https:\/\/github\.com\/[\w.-]+\/[\w.-]+\/blob\/[0-9a-f]{40}\/[A-Za-z0-9._~%/-]+#L\d+\)/g;

/** Things in live (rendered, not code) text that GitHub turns into markup, links or notifications. */
function liveTextHazards(text: string, where: string): string[] {
  const found: string[] = [];
  const checks: [RegExp, string][] = [
    [/@[A-Za-z0-9]/, 'mention or e-mail link'],
    [/(?:^|[^\w&])#\d/, 'issue reference'],
    [/\bGH-\d/i, 'issue reference'],
    [/\]\(|\]\[/, 'link'],
    [/:\/\/|\bwww\./i, 'autolink'],
    [/&#|&[a-z]+;/i, 'entity that decodes to markup'],
    // eslint-disable-next-line no-control-regex
    [/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/, 'control or bidi character'],
  ];
  for (const [pattern, what] of checks) {
    const m = pattern.exec(text);
    if (m) found.push(`${where}: ${what} at ${JSON.stringify(text.slice(Math.max(0, m.index - 20), m.index + 30))}`);
  }
  return found;
}

/** Raw HTML (an HTML block, or a tag in a paragraph): only our own tags and markers, and inert text. */
function rawHtmlHazards(html: string, where: string): string[] {
  const found: string[] = [];
  let text = '';
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt === -1) {
      text += html.slice(i);
      break;
    }
    text += html.slice(i, lt);
    const comment = html.startsWith('<!--', lt);
    const end = comment ? html.indexOf('-->', lt + 4) : html.indexOf('>', lt);
    const tag = end === -1 ? html.slice(lt) : html.slice(lt, end + (comment ? 3 : 1));
    if (!(comment ? OWN_MARKER : OWN_TAG).test(tag)) found.push(`${where}: live HTML ${JSON.stringify(tag.slice(0, 60))}`);
    i = end === -1 ? html.length : lt + tag.length;
  }
  // Entities in raw HTML are decoded to text; the text must still be inert.
  const decoded = text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  // Markdown links are not parsed inside raw HTML; GitHub's mention and autolink filters still run on its text.
  return [...found, ...liveTextHazards(decoded.replace(/&[a-z0-9#]+;/gi, ''), where).filter((h) => !h.includes(': entity') && !h.includes(': link'))];
}

/** One inline line (paragraph, list item, table row, heading): code spans and escapes are inert, the rest is checked. */
function inlineHazards(line: string, where: string): string[] {
  const withoutLinks = line.replace(RULE_LINK, 'LINK').replace(LINE_LINK, 'LINK');
  let live = '';
  const html: string[] = [];
  let i = 0;
  while (i < withoutLinks.length) {
    const c = withoutLinks[i];
    if (c === '\\' && /[!-/:-@[-`{-~]/.test(withoutLinks[i + 1] ?? '')) {
      live += ' ';
      i += 2;
    } else if (c === '`') {
      let n = 0;
      while (withoutLinks[i + n] === '`') n++;
      // A code span closes at the next backtick run of exactly the same length (CommonMark).
      let close = -1;
      for (let j = i + n; j < withoutLinks.length; ) {
        if (withoutLinks[j] !== '`') {
          j++;
          continue;
        }
        let m = 0;
        while (withoutLinks[j + m] === '`') m++;
        if (m === n) {
          close = j;
          break;
        }
        j += m;
      }
      if (close === -1) {
        live += withoutLinks.slice(i, i + n);
        i += n;
      } else {
        live += ' ';
        i = close + n;
      }
    } else if (c === '<' && /[A-Za-z/!?]/.test(withoutLinks[i + 1] ?? '')) {
      const comment = withoutLinks.startsWith('<!--', i);
      const end = comment ? withoutLinks.indexOf('-->', i) : withoutLinks.indexOf('>', i);
      const stop = end === -1 ? withoutLinks.length : end + (comment ? 3 : 1);
      html.push(withoutLinks.slice(i, stop));
      i = stop;
    } else {
      live += c;
      i++;
    }
  }
  return [...liveTextHazards(live.replace(/&(?:lt|gt|amp|quot);/g, ' '), where), ...html.flatMap((h) => rawHtmlHazards(h, where))];
}

/** A Mermaid line must be one of the shapes we draw, with labels that hold no quote, bracket or markup. */
function mermaidHazards(line: string, where: string): string[] {
  const label = '"[^"<>`[\\]{}()|@]*"';
  const shapes = [
    /^flowchart LR$/,
    new RegExp(`^  [PU]\\d+\\[${label}\\]$`),
    new RegExp(`^  [PU]\\d+ -->\\|${label}\\| [PU]\\d+$`),
    /^ {2}style P\d+ stroke-width:3px$/,
    /^ {2}linkStyle [\d,]+ stroke:#d73a49,stroke-width:2px,color:#d73a49$/,
  ];
  return shapes.some((s) => s.test(line)) ? [] : [`${where}: unexpected Mermaid line ${JSON.stringify(line)}`];
}

/**
 * What in a Markdown body GitHub would render as HTML, a link or a mention, following CommonMark's
 * block structure closely enough for the bot's bodies: fenced code is inert (a Mermaid fence is
 * checked line by line), an HTML block is raw HTML until a blank line, everything else is inline.
 */
function markdownHazards(body: string, where: string): string[] {
  const found: string[] = [];
  const lines = body.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const at = `${where}, line ${i + 1}`;
    const fence = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line);
    if (fence && !(fence[1][0] === '`' && fence[2].includes('`'))) {
      const info = fence[2].trim();
      for (i++; i < lines.length; i++) {
        const close = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(lines[i]);
        if (close && close[1][0] === fence[1][0] && close[1].length >= fence[1].length) break;
        if (info === 'mermaid') found.push(...mermaidHazards(lines[i], `${where}, line ${i + 1}`));
        // eslint-disable-next-line no-control-regex
        if (/[\u001b\u202a-\u202e\u2066-\u2069]/.test(lines[i])) found.push(`${where}, line ${i + 1}: escape or bidi character in code`);
      }
      continue;
    }
    if (/^ {0,3}<[A-Za-z/!?]/.test(line)) {
      // An HTML block: raw until a blank line (or, for a comment, until its end).
      const block = [line];
      const isComment = /^ {0,3}<!--/.test(line);
      while (i + 1 < lines.length && (isComment ? !block.join('\n').includes('-->') : lines[i + 1].trim() !== '')) block.push(lines[++i]);
      found.push(...rawHtmlHazards(block.join('\n'), at));
      continue;
    }
    found.push(...inlineHazards(line, at));
  }
  return found;
}

/** Log lines the runner would take as workflow commands, and escapes or bidi characters a log viewer would act on. */
function logHazards(stdout: string): string[] {
  const found: string[] = [];
  for (const line of stdout.split(/\r\n|\r|\n/)) {
    const trimmed = line.trimStart();
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069\u2028\u2029]/.test(line)) found.push(`control or bidi character in log line ${JSON.stringify(line.slice(0, 80))}`);
    if (trimmed.startsWith('##[')) found.push(`legacy command ${JSON.stringify(line.slice(0, 80))}`);
    if (!trimmed.startsWith('::')) continue;
    // Only our annotations, with every property value and the data escaped by @actions/core.
    const m = /^::(error|warning|notice)( [^:]*)?::(.*)$/.exec(trimmed);
    if (!m || (m[2] && !/^ (?:[a-zA-Z]+=[^,:]*)(?:,[a-zA-Z]+=[^,:]*)*$/.test(m[2]))) found.push(`workflow command ${JSON.stringify(line.slice(0, 80))}`);
  }
  return found;
}

function titleHazards(title: string, where: string): string[] {
  // eslint-disable-next-line no-control-regex
  return /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069\u2028\u2029]/.test(title) ? [`${where}: control or bidi character in title`] : [];
}

// --- The checker itself -----------------------------------------------------------------------

describe('the inertness check', () => {
  it('finds what GitHub would render, link or notify', () => {
    expect(markdownHazards('a <img src=x> b', 'x')).not.toEqual([]);
    expect(markdownHazards('<details><summary>`<img src=x>`</summary>', 'x')).not.toEqual([]);
    expect(markdownHazards('<details><summary>@jdevries</summary>', 'x')).not.toEqual([]);
    expect(markdownHazards('`a`b` @jdevries', 'x')).not.toEqual([]);
    expect(markdownHazards('<!-- register-check:stale:processing:x --> <img src=x> -->', 'x')).not.toEqual([]);
    expect(markdownHazards('zie [hier](https://evil.example)', 'x')).not.toEqual([]);
    expect(markdownHazards('```mermaid\n  P0["a"] --> X["b"]\n```', 'x')).not.toEqual([]);
    expect(logHazards('ok\n::set-output name=a::b\n')).not.toEqual([]);
    expect(logHazards('  ::stop-commands::x\n')).not.toEqual([]);
  });

  it('passes what is inert', () => {
    expect(markdownHazards('`` a`<img>@x ``, \\<b\\> &lt;i&gt; @\u200bjdevries', 'x')).toEqual([]);
    expect(markdownHazards('<details open><summary>&lt;img&gt; @\u200bx (<code>a</code>)</summary>\n\n| a |\n| - |', 'x')).toEqual([]);
    expect(markdownHazards(`[\`schema\`](${PROJECT_URL}/blob/main/docs/rules/schema.md)\n<!-- register-check:finding:abc -->`, 'x')).toEqual([]);
    expect(logHazards('::error title=schema,file=a%0Ab%3A::x%0A::y\nnothing\n')).toEqual([]);
  });
});

// --- The runs ---------------------------------------------------------------------------------

let sim: GitHubSimulator;
let clean: Changes;
let nextPull = 1;
const temporary: string[] = [];

beforeAll(async () => {
  sim = await startGitHubSimulator();
  sim.addRepo({ owner: OWNER, repo: REPO, defaultBranch: 'main', collaborators: ['jdevries'] });
  sim.addToken(TOKEN, { login: 'github-actions[bot]', repos: [FULL] });
  clean = await readTree(path.join(ROOT, 'test/registers/schoon'));
});

afterEach(async () => {
  for (const dir of temporary.splice(0)) await fs.rm(dir, { recursive: true, force: true });
});

afterAll(async () => {
  await sim?.close();
});

async function repoOf(files: Changes): Promise<RegisterRepo> {
  const repo = await createRepo(files);
  temporary.push(repo.dir);
  return repo;
}

/** The pull request's files as GitHub lists them; -z keeps names with newlines whole. */
function pullFiles(repo: RegisterRepo): { filename: string; status: 'added' | 'modified' | 'removed'; patch?: string }[] {
  const fields = git(repo.dir, 'diff', '-z', '--name-status', '--no-renames', repo.baseSha, repo.headSha).split('\0').filter(Boolean);
  const files = [];
  for (let i = 0; i < fields.length; i += 2) {
    const [code, filename] = [fields[i], fields[i + 1]];
    const diff = git(repo.dir, '--literal-pathspecs', 'diff', '--no-renames', '-U3', repo.baseSha, repo.headSha, '--', filename);
    const at = diff.indexOf('\n@@');
    files.push({ filename, status: code === 'A' ? ('added' as const) : code === 'D' ? ('removed' as const) : ('modified' as const), ...(at === -1 ? {} : { patch: diff.slice(at + 1) }) });
  }
  return files;
}

/** The runner's temp folder (SARIF, step summary) goes too. */
async function forget(run: ActionRun): Promise<void> {
  if (run.outputs['sarif-file']) temporary.push(path.dirname(run.outputs['sarif-file']));
}

/** Every body and title the simulator stored, with where it came from. */
function storedTexts(): { markdown: [string, string][]; titles: [string, string][] } {
  const s = sim.state;
  return {
    markdown: [
      ...s.reviews.map((r) => [`review ${r.id}`, r.body] as [string, string]),
      ...s.reviewComments.map((c) => [`review comment ${c.id}`, c.body] as [string, string]),
      ...s.issueComments.map((c) => [`issue comment ${c.id}`, c.body] as [string, string]),
      ...s.issues.map((i) => [`issue ${i.number}`, i.body ?? ''] as [string, string]),
      ...s.checkRuns.flatMap((c) => [[`check run ${c.id}`, c.output.summary ?? ''] as [string, string]]),
    ],
    titles: s.issues.map((i) => [`issue ${i.number}`, i.title] as [string, string]),
  };
}

function assertInert(runs: ActionRun[]): void {
  const { markdown, titles } = storedTexts();
  const hazards = [
    ...markdown.flatMap(([where, body]) => markdownHazards(body, where)),
    ...titles.flatMap(([where, title]) => titleHazards(title, where)),
    ...runs.flatMap((run, n) => [...markdownHazards(run.summary, `job summary ${n + 1}`), ...logHazards(run.stdout)]),
  ];
  expect(hazards).toEqual([]);
}

describe('a hostile pull request', () => {
  it('posts reviews, comments and summaries in which nothing renders, links or notifies, and logs no command', async () => {
    // The base has the hostile-named processing activity already; the change gives it another id,
    // so its findings further down the file are new but outside the changed lines (the review body).
    const processingBase = clean['processing/jeugdhulp.yml']!.replace('    exception: UAVG art. 30 lid 3 onder a\n', '');
    const base: Changes = { ...clean, [`processing/${HOSTILE_FILE}`]: processingBase.replace(/^id: .*$/m, 'id: kopie') };
    const repo = await repoOf(base);
    await commit(repo, {
      // A schema-valid id that differs from the file name: id-mismatch suggests the file name, copying the line's comment.
      [`processing/${HOSTILE_FILE}`]: hostileProcessing(processingBase, 'kopie-2'),
      [`processing/${HTML_FILE}`]: hostileProcessing(clean['processing/jeugdhulp.yml']!, 'kopie-3'),
      [`partnerships/${HOSTILE_PARTNERSHIP_FILE}`]: hostilePartnership(),
    });
    const number = nextPull++;
    sim.addPullRequest(OWNER, REPO, { number, user: 'jdevries', head: { sha: repo.headSha, ref: 'aanval' }, base: { sha: repo.baseSha, ref: 'main' }, files: pullFiles(repo) });
    const run = () =>
      runAction({
        apiUrl: sim.url, workspace: repo.dir, eventName: 'pull_request', repository: FULL, token: TOKEN, ref: `refs/pull/${number}/merge`,
        payload: pullRequestPayload({ owner: OWNER, repo: REPO, number, headSha: repo.headSha, baseSha: repo.baseSha }),
      });

    const first = await run();
    await forget(first);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(1);
    const reviews = sim.state.reviews.filter((r) => r.pull_number === number);
    const comments = sim.state.reviewComments.filter((c) => c.pull_number === number);
    expect(reviews).toHaveLength(1);
    // The hostile file's name reached the review body (file-level findings) and the id-mismatch suggestion.
    expect(reviews[0].body).toContain('onerror');
    const mismatch = comments.find((c) => c.path === `processing/${HTML_FILE}` && c.body.includes('id-mismatch'))!;
    expect(mismatch.body).toContain('```suggestion');
    expect(mismatch.body).toContain(FORGED_FINDING);
    // A suggestion that would commit terminal escapes and bidi characters is not offered.
    const hidden = comments.find((c) => c.path === `processing/${HOSTILE_FILE}` && c.body.includes('id-mismatch'))!;
    expect(hidden.body).not.toContain('```suggestion');
    // The summary shows the hostile partnership's diagram.
    const summary = sim.state.issueComments.find((c) => c.issue_number === number)!;
    expect(summary.body).toContain('```mermaid');
    expect(summary.body).toContain('onerror');

    // Every marker reads back as the fingerprint the SARIF gives the same finding.
    const results = JSON.parse(first.sarif!).runs[0].results as { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[]; partialFingerprints: { primaryLocationLineHash: string } }[];
    const fingerprints = new Set(results.map((r) => r.partialFingerprints.primaryLocationLineHash.replace(/:1$/, '')));
    for (const comment of comments) {
      const marker = readFindingMarker(comment.body);
      expect(marker).toBeDefined();
      expect(fingerprints.has(marker!)).toBe(true);
      const match = results.filter((r) => comment.body.includes(`docs/rules/${r.ruleId}.md`) && r.locations[0].physicalLocation.region.startLine === comment.line && r.partialFingerprints.primaryLocationLineHash === `${marker}:1`);
      expect(match.length).toBeGreaterThan(0);
    }
    expect(readFindingMarker(mismatch.body)).not.toBe('0123456789abcdef0123');
    const listed = readFindingMarkers(reviews[0].body);
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.every((m) => fingerprints.has(m))).toBe(true);

    // A second run finds its own comments again: nothing is posted or deleted twice.
    sim.clearLog();
    const second = await run();
    await forget(second);
    expect(sim.requests.filter((r) => r.method !== 'GET' && !/\/issues\/comments\//.test(r.path))).toEqual([]);
    assertInert([first, second]);
    expect(sim.violations).toEqual([]);
  });
});

describe('a hostile register in stale-issues mode', () => {
  it('opens issues in which nothing renders, keeps one issue per entry across runs, and logs no command', async () => {
    const files: Changes = {
      ...clean,
      'processing/jeugdhulp.yml': clean['processing/jeugdhulp.yml']!.replace(/reviewed: .*/, 'reviewed: 2023-01-01'),
      [`processing/${HOSTILE_FILE}`]: hostileProcessing(clean['processing/wmo-ondersteuning.yml']!, HOSTILE_ID, (t) => t.replace(/reviewed: .*/, 'reviewed: 2020-01-01')),
    };
    const repo = await repoOf(files);
    const schedule = (inputs: Record<string, string> = {}) =>
      runAction({
        apiUrl: sim.url, workspace: repo.dir, eventName: 'schedule', repository: FULL, token: TOKEN, inputs,
        payload: { schedule: '0 6 * * 1', ...repositoryPayload('workflow_dispatch', { owner: OWNER, repo: REPO }) },
      });

    const dry = await schedule({ 'dry-run': 'true' });
    await forget(dry);
    expect(dry.stdout).toContain('onerror');
    const first = await schedule();
    await forget(first);
    expect(first.stderr).toBe('');
    const open = sim.state.issues.filter((i) => i.state === 'open');
    expect(open).toHaveLength(2);
    const hostile = open.find((i) => i.title.includes('onerror'))!;
    const jeugdhulp = open.find((i) => i !== hostile)!;
    expect(readStaleMarker(hostile.body)).toEqual(readStaleMarker(staleMarker('processing', HOSTILE_ID)));
    expect(readStaleMarker(hostile.body)).not.toEqual({ kind: 'processing', id: 'jeugdhulp' });
    expect(readStaleMarker(jeugdhulp.body)).toEqual({ kind: 'processing', id: 'jeugdhulp' });
    // The hostile owner is not a login: not assigned, named inertly.
    expect(hostile.assignees).toEqual([]);

    // The second run finds both issues again: no write at all.
    sim.clearLog();
    const second = await schedule();
    await forget(second);
    expect(sim.requests.filter((r) => r.method !== 'GET')).toEqual([]);
    expect(sim.state.issues.filter((i) => i.state === 'open')).toHaveLength(2);
    assertInert([dry, first, second]);
    expect(sim.violations).toEqual([]);
  });
});
