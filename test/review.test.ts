/** The forge-neutral planners as table tests: where review comments go, the summary comment, the stale-issue writes. No API, no server. */

import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import type { Finding } from '../src/types.js';
import type { Register } from '../src/register.js';
import { loadRegister } from '../src/load.js';
import { FileSystemSource } from '../src/source.js';
import { checkRegister } from '../src/check.js';
import { planReview, resolvedBody, type ReviewComment } from '../src/review/review.js';
import { planSummaryComment, renderSummary } from '../src/review/summary.js';
import { concernOf, opensIssue, planStaleIssues, type StaleIssue } from '../src/review/stale.js';
import { MemorySource } from '../src/source.js';
import { readTree } from './support/git.js';
import { NEW_PARTNERSHIP } from './support/scenario.js';
import { findingMarker, issueMarker, readFindingMarker, readIssueMarker, SUMMARY_MARKER, staleMarker } from '../src/review/markers.js';
import { ROOT } from './support/cli.js';

function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    rule: 'vague-recipient', severity: 'warning', file: 'processing/x.yml', line: 3, column: 5, endLine: 3, endColumn: 9,
    entity: { kind: 'processing', id: 'x' }, question: 'Q1', messageId: 'recipient', data: { entity: 'x', term: 'derden' }, fingerprint: '0123456789abcdef0123', path: [], related: [],
    ...overrides,
  } as Finding;
}

/** A patch whose right side holds lines 1–5 of the file, line 3 added. */
const PATCH = '@@ -1,4 +1,5 @@\n a\n b\n+c\n d\n e';
const changed = [{ filename: 'processing/x.yml', status: 'modified', patch: PATCH }];
const fp = (n: number) => n.toString(16).padStart(20, '0');
const base = { changedFiles: changed, existing: [] as ReviewComment[], botLogin: 'bot', maxComments: 30, language: 'nl' as const, pathPrefix: '' };

describe('planReview: where each new finding goes', () => {
  it.each([
    ['a line inside the hunks: inline', finding({ line: 3 }), { inline: 1, fileLevel: 0, summaryOnly: 0 }],
    ['a context line inside the hunks: inline', finding({ line: 5 }), { inline: 1, fileLevel: 0, summaryOnly: 0 }],
    ['a line of the changed file outside the hunks: file-level', finding({ line: 40 }), { inline: 0, fileLevel: 1, summaryOnly: 0 }],
    ['a file the pull request does not change: the summary only', finding({ file: 'processing/y.yml' }), { inline: 0, fileLevel: 0, summaryOnly: 1 }],
    ['an existing finding (present at the base): nowhere', finding({ new: false }), { inline: 0, fileLevel: 0, summaryOnly: 0 }],
  ])('%s', (_name, f, expected) => {
    const plan = planReview({ ...base, findings: [f] });
    expect({ inline: plan.inline.length, fileLevel: plan.fileLevel.length, summaryOnly: plan.summaryOnly.length }).toEqual(expected);
    for (const c of plan.inline) expect(readFindingMarker(c.body)).toBe(f.fingerprint);
  });

  it('the file in a folder: paths carry the register folder as prefix', () => {
    const plan = planReview({ ...base, changedFiles: [{ ...changed[0], filename: 'register/processing/x.yml' }], pathPrefix: 'register/', findings: [finding()] });
    expect(plan.inline.map((c) => [c.path, c.line])).toEqual([['register/processing/x.yml', 3]]);
  });

  it('a removed file takes no comments', () => {
    expect(planReview({ ...base, changedFiles: [{ ...changed[0], status: 'removed' }], findings: [finding()] }).summaryOnly).toHaveLength(1);
  });

  it('keeps to maxComments; the rest overflows to the summary', () => {
    const findings = [1, 2, 3, 4].map((n) => finding({ fingerprint: fp(n) }));
    const plan = planReview({ ...base, maxComments: 2, findings });
    expect([plan.inline.length, plan.overflow.map((f) => f.fingerprint)]).toEqual([2, [fp(3), fp(4)]]);
  });

  it.each([
    ['inside the hunks: a suggestion block on its range', { startLine: 2, endLine: 3 }, { line: 3, startLine: 2, suggestion: true }],
    ['one line: no start_line', { startLine: 3, endLine: 3 }, { line: 3, startLine: undefined, suggestion: true }],
    ['reaching outside the hunks: a plain comment on the finding’s line', { startLine: 5, endLine: 6 }, { line: 3, startLine: undefined, suggestion: false }],
  ])('a suggestion %s', (_name, range, expected) => {
    const [c] = planReview({ ...base, findings: [finding({ suggestion: { ...range, replacement: 'reviewed: 2026-06-01' } })] }).inline;
    expect({ line: c.line, startLine: c.startLine, suggestion: c.body.includes('```suggestion') }).toEqual(expected);
  });

  it.each([
    ['ours, finding gone, nobody answered: deleted', 'bot', false, { toDelete: 1, toResolve: 0 }],
    ['ours, finding gone, someone answered: resolved', 'bot', true, { toDelete: 0, toResolve: 1 }],
    ['someone else’s with our marker: left alone', 'mallory', false, { toDelete: 0, toResolve: 0 }],
  ])('an old comment %s', (_name, author, replied, expected) => {
    const existing: ReviewComment[] = [{ id: 7, body: `oud\n\n${findingMarker(fp(9))}`, path: 'processing/x.yml', user: { login: author } }];
    if (replied) existing.push({ id: 8, body: 'Klopt niet', path: 'processing/x.yml', user: { login: 'jdevries' }, in_reply_to_id: 7 });
    const plan = planReview({ ...base, existing, findings: [] });
    expect({ toDelete: plan.toDelete.length, toResolve: plan.toResolve.length }).toEqual(expected);
  });

  it('a comment already resolved is not resolved again, and still reads back as its finding', () => {
    const body = resolvedBody(`oud\n\n${findingMarker(fp(9))}`, 'nl');
    expect(readFindingMarker(body)).toBe(fp(9));
    const existing: ReviewComment[] = [
      { id: 7, body, path: 'processing/x.yml', user: { login: 'bot' } },
      { id: 8, body: 'Klopt niet', path: 'processing/x.yml', user: { login: 'jdevries' }, in_reply_to_id: 7 },
    ];
    expect(planReview({ ...base, existing, findings: [] }).toResolve).toEqual([]);
  });

  it('a finding commented on before (inline or in a review body) is not commented again', () => {
    const f = finding({ line: 40 });
    const first = planReview({ ...base, findings: [f, finding({ fingerprint: fp(2) })] });
    const reviews = [{ id: 1, body: first.fileLevel.map((c) => c.body).join('\n'), user: { login: 'bot' } }];
    const existing = first.inline.map((c, i) => ({ id: i + 1, body: c.body, path: c.path, user: { login: 'bot' } }));
    const again = planReview({ ...base, existing, reviews, findings: [f, finding({ fingerprint: fp(2) })] });
    expect([again.inline, again.fileLevel, again.summaryOnly, again.toDelete]).toEqual([[], [], [], []]);
  });
});

describe('planSummaryComment: one summary, ours, updated in place', () => {
  const body = `${SUMMARY_MARKER}\n## register-check`;
  it.each([
    ['none yet: created', [], { action: 'create', body }],
    ['ours, the same: kept', [{ id: 3, body, user: { login: 'bot' } }], { action: 'keep', id: 3 }],
    ['ours, changed: updated', [{ id: 3, body: `${SUMMARY_MARKER}\nold`, user: { login: 'bot' } }], { action: 'update', id: 3, body }],
    ['the marker in someone else’s comment: ours created', [{ id: 4, body, user: { login: 'mallory' } }], { action: 'create', body }],
    ['the marker not on the first line: not a summary', [{ id: 5, body: `quote\n${SUMMARY_MARKER}`, user: { login: 'bot' } }], { action: 'create', body }],
  ])('%s', (_name, comments, expected) => {
    expect(planSummaryComment(comments, 'bot', body)).toEqual(expected);
  });
});

describe('renderSummary', () => {
  const summary = { files: 3, entities: 2 } as Parameters<typeof renderSummary>[1];
  it.each([
    ['nl', [], '✅', 'Geen bevindingen'],
    ['en', [finding({ severity: 'error' })], '❌', '### question 1'],
  ] as const)('%s: starts with the marker, says pass or fail', (language, findings, mark, words) => {
    const body = renderSummary([...findings], summary, { language, failed: mark === '❌', notCommented: 0, overflow: 0, changedPartnerships: [] });
    expect(body.split('\n')[0]).toBe(SUMMARY_MARKER);
    expect(body).toContain(`## ${mark} register-check`);
    expect(body.toLowerCase()).toContain(words.toLowerCase());
  });

  it('puts existing findings in a collapsed section, and counts the findings without a comment', () => {
    const body = renderSummary([finding(), finding({ new: false, fingerprint: fp(2) })], summary, { language: 'en', failed: false, notCommented: 2, overflow: 1, changedPartnerships: [] });
    expect(body).toMatch(/<details><summary>[^<]*1[^<]*<\/summary>/);
    expect(body).toContain('3');
  });
});

describe('planStaleIssues: the writes that bring the issues in step', () => {
  let register: Register;
  let findings: Finding[];
  beforeAll(async () => {
    register = await loadRegister(new FileSystemSource(path.join(ROOT, 'test/registers/schoon')));
    // Far enough ahead that every entry's review is overdue.
    findings = checkRegister(register, { today: '2030-01-01' }).findings.filter((f) => f.rule === 'review-overdue');
  });
  const input = () => ({ issues: [] as StaleIssue[], register, findings, label: 'register-stale', maxWrites: 100, language: 'nl' as const });
  const stale = () => [...new Set(findings.map((f) => `${f.entity.kind}:${f.entity.id}`))].sort();

  it('no issues yet: one create per stale entry, sorted, the label checked before the first', () => {
    const plan = planStaleIssues(input());
    expect(stale().length).toBeGreaterThan(1);
    expect(plan.writes.map((w) => [w.action, w.entry])).toEqual(stale().map((e) => ['create', e]));
    expect([plan.labelCheckAt, plan.pending]).toEqual([0, 0]);
    const jeugdhulp = plan.writes.find((w) => w.entry === 'processing:jeugdhulp');
    expect(jeugdhulp).toMatchObject({ labels: ['register-stale'], assignees: ['mvandijk'] });
    // A team is named in the body, never assigned.
    const team = plan.writes.find((w) => w.entry === 'processing:bijstandsverlening');
    expect(team && 'assignees' in team).toBe(false);
    expect(team && 'body' in team && team.body).toContain('`schoonhovenaanzee/team-werk-en-inkomen`');
  });

  it('a missing label: created first, from the same budget', () => {
    const plan = planStaleIssues({ ...input(), labelMissing: true, maxWrites: 2 });
    expect(plan.writes.map((w) => w.action)).toEqual(['create-label', 'create']);
    expect(plan.pending).toBe(stale().length - 1);
  });

  it.each([
    ['the budget: the rest pending', 1, 1],
    ['no budget: all pending', 0, 0],
  ])('keeps to %s', (_name, maxWrites, writes) => {
    const plan = planStaleIssues({ ...input(), maxWrites });
    expect([plan.writes.length, plan.pending]).toEqual([writes, stale().length - writes]);
  });

  it('issues that match need no write; a closed one is reopened, a changed one updated, a duplicate closed', () => {
    const first = planStaleIssues(input()).writes;
    const issues: StaleIssue[] = first.map((w, i) => ({ number: i + 1, state: 'open', title: 'title' in w ? w.title! : '', body: 'body' in w ? w.body : '' }));
    expect(planStaleIssues({ ...input(), issues }).writes).toEqual([]);
    issues[0] = { ...issues[0], state: 'closed' };
    issues[1] = { ...issues[1], body: `${issues[1].body}\nedited` };
    issues.push({ ...issues[2], number: 99 });
    const plan = planStaleIssues({ ...input(), issues });
    // Duplicates are closed first, before the entries' own issues.
    expect(plan.writes.map((w) => [w.action, 'issue' in w ? w.issue : undefined])).toEqual([
      ['close-duplicate', 99],
      ['reopen', 1],
      ['update', 2],
    ]);
    expect(plan.labelCheckAt).toBeUndefined();
  });

  it('an entry in order again is closed with a comment (two writes: both or neither fit); a deleted entry says so', () => {
    const issues: StaleIssue[] = [
      { number: 1, state: 'open', title: 't', body: staleMarker('processing', 'jeugdhulp') },
      { number: 2, state: 'open', title: 't', body: staleMarker('processing', 'verdwenen') },
    ];
    const plan = planStaleIssues({ ...input(), findings: [], issues });
    expect(plan.writes.map((w) => [w.action, w.entry, 'comment' in w ? w.comment : ''])).toEqual([
      ['close', 'processing:jeugdhulp', expect.stringMatching(/orde|bijgewerkt|actueel/i)],
      ['close', 'processing:verdwenen', expect.any(String)],
    ]);
    const [current, gone] = plan.writes.map((w) => ('comment' in w ? w.comment : ''));
    expect(current).not.toBe(gone);
    expect(planStaleIssues({ ...input(), findings: [], issues, maxWrites: 3 })).toMatchObject({ writes: [{ action: 'close' }], pending: 1 });
  });
});

describe('planStaleIssues: one issue per entry per concern (staleness, AP questions 2 and 3)', () => {
  let register: Register;
  let findings: Finding[];
  const SHA = 'c'.repeat(40);
  beforeAll(async () => {
    // A partnership whose flow has no legal basis (Q2, owner a user), a partnership without a notice (Q3, owner a team),
    // and, two years on, every review overdue (staleness: warnings).
    const clean = await readTree(path.join(ROOT, 'test/registers/schoon'));
    const files: Record<string, string> = {
      ...clean,
      'partnerships/veiligheidshuis.yml': NEW_PARTNERSHIP.replace(/^owner: .*$/m, 'owner: jdevries'),
      'partnerships/riec-kustregio.yml': clean['partnerships/riec-kustregio.yml']!.replace(/^notice:\n(?: {2}.*\n)*/m, ''),
    };
    register = await loadRegister(new MemorySource(new Map(Object.entries(files).map(([p, t]) => [p, { type: 'file' as const, bytes: new TextEncoder().encode(t) }]))));
    findings = checkRegister(register, { today: '2028-06-01' }).findings;
  });
  const input = () => ({
    issues: [] as StaleIssue[], register, findings, label: 'register-stale', maxWrites: 100, language: 'nl' as const, labelPerQuestion: true,
    permalink: { serverUrl: 'https://github.com', owner: 'gemeente', repo: 'register', sha: SHA },
  });
  const creates = (plan: ReturnType<typeof planStaleIssues>) => plan.writes.filter((w) => w.action === 'create');

  it.each([
    ['legal-basis-missing', 'Q2', 'error', {}, 'q2', true],
    ['notice-missing', 'Q3', 'error', {}, 'q3', true],
    ['review-overdue', 'Q1', 'warning', {}, 'stale', true],
    ['notice-outdated', 'Q3', 'warning', {}, 'stale', true],
    ['partnership-not-registered', 'Q1', 'error', {}, 'q1', false],
    ['vague-recipient', 'Q2', 'warning', {}, 'q2', false],
    ['vague-recipient', 'Q2', 'warning', { 'vague-recipient': true }, 'q2', true],
    ['legal-basis-missing', 'Q2', 'error', { 'legal-basis-missing': false }, 'q2', false],
    ['review-overdue', 'Q1', 'warning', { 'review-overdue': false }, 'stale', false],
  ] as const)('%s (%s, %s) with %j: concern %s, opens an issue: %s', (rule, question, severity, rules, concern, opens) => {
    expect(concernOf({ rule, question })).toBe(concern);
    expect(opensIssue({ rule, question, severity }, rules)).toBe(opens);
  });

  it('opens an issue per entry and concern: errors first, labelled per question, the owner assigned, lines linked to the commit', () => {
    const plan = planStaleIssues(input());
    const made = creates(plan);
    const keys = made.map((w) => ('key' in w ? w.key : ''));
    expect(keys.slice(0, 2)).toEqual(['q2:partnership:veiligheidshuis', 'q3:partnership:riec-kustregio']);
    // After the errors, the stale entries (warnings); a Q1 error opens none by default.
    expect(keys.slice(2).every((k) => k.startsWith('stale:'))).toBe(true);
    expect(keys.some((k) => k.startsWith('q1:'))).toBe(false);
    const [q2, q3] = made;
    expect(q2).toMatchObject({ labels: ['register-stale', 'register: vraag 2'], assignees: ['jdevries'], entry: 'partnership:veiligheidshuis (Vraag 2)' });
    expect(q3).toMatchObject({ labels: ['register-stale', 'register: vraag 3'] });
    expect(q3 && 'assignees' in q3).toBe(false);
    const q2Body = 'body' in q2 ? q2.body : '';
    expect(readIssueMarker(q2Body)).toEqual({ concern: 'q2', kind: 'partnership', id: 'veiligheidshuis' });
    expect(q2Body).toContain('Vraag 2 — Is vooraf vastgelegd welke gegevens mogen worden gedeeld?');
    expect(q2Body).toContain(`\`partnerships/veiligheidshuis.yml\`, [regel 21](https://github.com/gemeente/register/blob/${SHA}/partnerships/veiligheidshuis.yml#L21)`);
    expect(q2Body).toContain('Wat te doen:');
    expect('body' in q3 ? q3.body : '').toContain('`schoonhovenaanzee/team-veiligheid`');
    expect(plan.labels).toEqual(['register-stale', 'register: vraag 2', 'register: vraag 3']);
    // Without label_per_question, only the listing label.
    expect(creates(planStaleIssues({ ...input(), labelPerQuestion: false }))[0]).toMatchObject({ labels: ['register-stale'] });
  });

  it('missing labels are created just before the first issue that carries each, from the same budget', () => {
    const plan = planStaleIssues({ ...input(), missingLabels: ['register-stale', 'register: vraag 2', 'register: vraag 3'], maxWrites: 5 });
    expect(plan.writes.map((w) => [w.action, w.action === 'create-label' ? w.entry : 'key' in w ? w.key : ''])).toEqual([
      ['create-label', 'register-stale'],
      ['create-label', 'register: vraag 2'],
      ['create', 'q2:partnership:veiligheidshuis'],
      ['create-label', 'register: vraag 3'],
      ['create', 'q3:partnership:riec-kustregio'],
    ]);
    expect(plan.pending).toBe(creates(planStaleIssues(input())).length - 2);
  });

  it('an issue with the marker earlier versions wrote is kept as the stale concern\'s: updated, not duplicated', () => {
    const plan = planStaleIssues(input());
    const stale = creates(plan).find((w) => 'key' in w && w.key === 'stale:processing:jeugdhulp')!;
    const old: StaleIssue = { number: 7, state: 'open', title: 'oud', body: '<!-- register-check:stale:processing:jeugdhulp -->\nHet register meldt …' };
    const again = planStaleIssues({ ...input(), issues: [old] });
    expect(again.writes.filter((w) => w.entry === stale.entry).map((w) => [w.action, 'issue' in w ? w.issue : undefined])).toEqual([['update', 7]]);
    expect(again.writes.find((w) => w.action === 'update')).toMatchObject({ body: expect.stringMatching(/^<!-- register-check:issue:stale:processing:jeugdhulp -->/) });
  });

  it('a rule switched off: its findings leave the issue, and an issue left empty is closed with a comment', () => {
    const first = planStaleIssues(input()).writes;
    const issues: StaleIssue[] = first.flatMap((w, i) => (w.action === 'create' ? [{ number: i + 1, state: 'open' as const, title: w.title, body: w.body }] : []));
    expect(planStaleIssues({ ...input(), issues }).writes).toEqual([]);
    const plan = planStaleIssues({ ...input(), issues, issueRules: { 'legal-basis-missing': false } });
    const q2 = issues.find((i) => readIssueMarker(i.body)?.concern === 'q2')!;
    expect(plan.writes).toEqual([
      { action: 'close', entry: 'partnership:veiligheidshuis (Vraag 2)', issue: q2.number, comment: expect.stringContaining('staat nu in het register') },
    ]);
    // A closed issue whose findings come back is reopened.
    const reopened = planStaleIssues({ ...input(), issues: issues.map((i) => (i === q2 ? { ...i, state: 'closed' as const } : i)) });
    expect(reopened.writes).toMatchObject([{ action: 'reopen', issue: q2.number }]);
    expect(issueMarker('q2', 'partnership', 'veiligheidshuis')).toBe(q2.body!.split('\n')[0]);
  });
});
