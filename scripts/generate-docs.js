#!/usr/bin/env node
// Regenerates docs/rules/<id>.md and the rule table in README.md from the rule
// metadata (built into lib/) and the rule fixtures. Never edit the output by hand:
// CI runs this and fails when the committed files differ.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { RULES } from '../lib/src/rules/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const fixtures = path.join(root, 'test/fixtures');
const MARK = /\s*(?:#|<!--)\s*expect:.*$/;
const CONTEXT = 3;
const MAX_LINES = 60;

const SEVERITY = {
  nl: { error: 'fout', warning: 'waarschuwing', notice: 'opmerking' },
  en: { error: 'error', warning: 'warning', notice: 'notice' },
};
const QUESTION = {
  nl: { Q1: 'Vraag 1: staat het samenwerkingsverband in het register?', Q2: 'Vraag 2: zijn grondslag en verantwoordelijkheden vooraf vastgelegd?', Q3: 'Vraag 3: worden burgers in begrijpelijke taal geïnformeerd?', null: 'Geen vraag: de vorm van het register' },
  en: { Q1: 'Question 1: is the partnership in the register?', Q2: 'Question 2: were legal basis and responsibilities settled in advance?', Q3: 'Question 3: are citizens informed in plain language?', null: 'No question: the form of the register' },
};

const placeholder = (text) => text.replace(/\{\{\s*(\w+)\s*\}\}/g, '‹$1›');

async function files(dir, prefix = '') {
  const out = [];
  for (const d of (await fs.readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
    const rel = prefix ? `${prefix}/${d.name}` : d.name;
    if (d.isDirectory()) {
      // A case's base version is context for the harness, not the example.
      if (d.name !== '_base-version') out.push(...(await files(path.join(dir, d.name), rel)));
    }
    else if (d.isFile() && d.name !== 'case.json' && /\.(ya?ml|md)$/.test(d.name)) out.push(rel);
  }
  return out;
}

/** Lines around the marked ones, marks removed; or the file's start when nothing is marked. */
function excerpt(text, wantMarked) {
  const lines = text.replace(/\n$/, '').split('\n');
  const marked = lines.flatMap((line, i) => (MARK.test(line) ? [i] : []));
  const clean = lines.map((line) => line.replace(MARK, ''));
  if (!wantMarked || marked.length === 0) {
    const shown = clean.slice(0, MAX_LINES);
    return lines.length > MAX_LINES ? [...shown, '# …'].join('\n') : shown.join('\n');
  }
  const keep = new Set();
  for (const i of marked) for (let j = Math.max(0, i - CONTEXT); j <= Math.min(lines.length - 1, i + CONTEXT); j++) keep.add(j);
  const out = [];
  let previous = -2;
  for (const i of [...keep].sort((a, b) => a - b)) {
    if (i !== previous + 1 && out.length > 0) out.push('# …');
    out.push(clean[i]);
    previous = i;
  }
  return out.join('\n');
}

async function example(ruleId, kind) {
  const ruleDir = path.join(fixtures, ruleId);
  const cases = (await fs.readdir(ruleDir).catch(() => [])).filter((n) => n.startsWith(`${kind}-`)).sort();
  for (const name of cases) {
    for (const rel of await files(path.join(ruleDir, name))) {
      const text = await fs.readFile(path.join(ruleDir, name, rel), 'utf8').catch(() => undefined);
      // eslint-disable-next-line no-control-regex -- binary fixtures are not shown
      if (text === undefined || /[\u0000-\u0008]/.test(text)) continue;
      if (kind === 'invalid' && !MARK.test(text.split('\n').find((l) => MARK.test(l)) ?? '')) continue;
      const lang = rel.endsWith('.md') ? 'markdown' : 'yaml';
      return { rel, source: `test/fixtures/${ruleId}/${name}/${rel}`, code: excerpt(text, kind === 'invalid'), lang };
    }
  }
  return undefined;
}

function section(rule, language, wrong, right) {
  const nl = language === 'nl';
  const parts = [
    `## ${nl ? 'Nederlands' : 'English'}`,
    '',
    `**${nl ? 'Wat de regel controleert' : 'What it checks'}:** ${rule.description[language]}`,
    '',
    `**${nl ? 'Waarom' : 'Why'}:** ${rule.basis[language]}`,
    '',
    `**${nl ? 'Standaardernst' : 'Default severity'}:** ${SEVERITY[language][rule.severity]} · **${nl ? 'Vraag' : 'Question'}:** ${QUESTION[language][String(rule.question)]}`,
    '',
    `**${nl ? 'Meldingen' : 'Messages'}:**`,
    '',
    ...Object.values(rule.messages).map((m) => `- ${placeholder(m[language])}`),
    '',
    `**${nl ? 'Wat te doen' : 'What to do'}:** ${placeholder(rule.fix[language])}`,
    '',
  ];
  if (wrong) parts.push(`**${nl ? 'Fout' : 'Wrong'}** (\`${wrong.rel}\`, ${nl ? 'uit' : 'from'} \`${wrong.source}\`):`, '', `\`\`\`${wrong.lang}`, wrong.code, '```', '');
  if (right) parts.push(`**${nl ? 'Goed' : 'Right'}** (\`${right.rel}\`, ${nl ? 'uit' : 'from'} \`${right.source}\`):`, '', `\`\`\`${right.lang}`, right.code, '```', '');
  parts.push(
    `${nl ? 'Uitzetten of de ernst wijzigen' : 'Turn off or change the severity'} (\`.github/register-check.yml\`):`,
    '',
    '```yaml',
    'rules:',
    `  ${rule.id}: ${rule.severity === 'error' ? 'warning' : 'off'}`,
    '```',
    '',
  );
  return parts.join('\n');
}

async function main() {
  await fs.mkdir(path.join(root, 'docs/rules'), { recursive: true });
  for (const rule of RULES) {
    const wrong = await example(rule.id, 'invalid');
    const right = await example(rule.id, 'valid');
    const page = [
      `<!-- Generated by scripts/generate-docs.js from src/rules/${rule.id}.ts and test/fixtures/${rule.id}/. Do not edit. -->`,
      `# \`${rule.id}\``,
      '',
      section(rule, 'nl', wrong, right),
      section(rule, 'en', wrong, right),
    ].join('\n');
    await fs.writeFile(path.join(root, 'docs/rules', `${rule.id}.md`), page);
  }
  const table = [
    '| Rule | Question | Default | What it checks | Wat het controleert |',
    '|---|---|---|---|---|',
    ...RULES.map((r) => `| [\`${r.id}\`](docs/rules/${r.id}.md) | ${r.question ?? '–'} | ${r.severity} | ${r.description.en.replace(/\|/g, '\\|')} | ${r.description.nl.replace(/\|/g, '\\|')} |`),
  ].join('\n');
  const readmePath = path.join(root, 'README.md');
  const readme = await fs.readFile(readmePath, 'utf8');
  const start = '<!-- rules:start (generated by npm run generate; do not edit) -->';
  const end = '<!-- rules:end -->';
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from === -1 || to === -1) throw new Error('README.md lacks the rule table markers');
  await fs.writeFile(readmePath, `${readme.slice(0, from + start.length)}\n${table}\n${readme.slice(to)}`);
}

await main();
