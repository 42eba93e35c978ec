/** The approvals planner as table tests: what changed, who must approve, who did, and the words; and the CODEOWNERS block. */

import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { loadRegister } from '../src/load.js';
import { MemorySource } from '../src/source.js';
import type { Register } from '../src/register.js';
import {
  approvalRules,
  approvingLogins,
  describeNeed,
  entryChanges,
  judgeApprovals,
  neededApprovals,
  readyLine,
  renderApprovals,
  replaceReadyLine,
  READY_MARKER,
  type ApprovalRules,
  type Membership,
  type PullReview,
} from '../src/review/approvals.js';
import { BrokenBlockError, CODEOWNERS_BEGIN, CODEOWNERS_END, codeownersRules, parseOwner, updateCodeowners } from '../src/codeowners.js';
import { readTree } from './support/git.js';
import { ROOT } from './support/cli.js';

// Read before the tables below are built from it.
const clean = await readTree(path.join(ROOT, 'test/registers/schoon'));
let base: Register;

async function load(files: Record<string, string | null>): Promise<Register> {
  const entries = Object.entries({ ...clean, ...files }).filter((e): e is [string, string] => e[1] !== null);
  return loadRegister(new MemorySource(new Map(entries.map(([p, text]) => [p, { type: 'file' as const, bytes: Buffer.from(text) }]))), {});
}

const RIEC = 'partnerships/riec-kustregio.yml';
const JEUGDHULP = 'processing/jeugdhulp.yml';
const WIJKTEAM = 'partnerships/sociaal-wijkteam.yml';
const edit = (file: string, from: string | RegExp, to: string) => ({ [file]: clean[file].replace(from, to) });

beforeAll(async () => {
  base = await load({});
});

const RULES: ApprovalRules = {
  owner: true,
  privacyOfficer: [parseOwner('schoonhovenaanzee/privacy')!, parseOwner('fg-login')!],
  privacyFields: ['legal_basis', 'data_flows', 'participants', 'agreements', 'dpia', 'personal_data', 'recipients'],
  reviewedNeedsOwner: true,
};

describe('entryChanges', () => {
  it.each([
    ['a legal basis', edit(RIEC, 'provision: Wet gegevensverwerking door samenwerkingsverbanden', 'provision: Wet politiegegevens, art. 20'), [[RIEC, 'changed', ['legal_basis'], 'schoonhovenaanzee/team-veiligheid']]],
    ['a reviewed date', edit(JEUGDHULP, /reviewed: .*/, 'reviewed: 2026-11-01'), [[JEUGDHULP, 'changed', ['reviewed'], 'mvandijk']]],
    // A hand-over: the owner before the change decides.
    ['the owner', edit(JEUGDHULP, 'owner: mvandijk', 'owner: jdevries'), [[JEUGDHULP, 'changed', ['owner'], 'mvandijk']]],
    ['a notice kept as Markdown', { 'notices/sociaal-wijkteam.md': `${clean['notices/sociaal-wijkteam.md']}\nEen extra zin.\n` }, [[WIJKTEAM, 'changed', ['notice'], 'schoonhovenaanzee/team-sociaal-domein']]],
    ['only a comment and the key order', edit(JEUGDHULP, 'owner: mvandijk', '# wie\nowner: mvandijk'), []],
    ['a removed entry', { [JEUGDHULP]: null }, [[JEUGDHULP, 'removed', expect.arrayContaining(['owner', 'reviewed', 'legal_basis']), 'mvandijk']]],
    ['a new entry (its own owner)', { 'processing/nieuw.yml': clean[JEUGDHULP].replace('id: jeugdhulp', 'id: nieuw').replace('owner: mvandijk', 'owner: jdevries') }, [['processing/nieuw.yml', 'added', expect.arrayContaining(['owner', 'legal_basis']), 'jdevries']]],
  ])('%s', async (_, change, expected) => {
    const head = await load(change as Record<string, string | null>);
    expect(entryChanges(base, head).map((c) => [c.file, c.change, c.fields, c.owner])).toEqual(expected);
  });

  it('prefixes the register folder to the file', async () => {
    const head = await load(edit(JEUGDHULP, /reviewed: .*/, 'reviewed: 2026-11-01'));
    expect(entryChanges(base, head, 'register/')[0].file).toBe(`register/${JEUGDHULP}`);
  });
});

describe('neededApprovals', () => {
  const change = (fields: string[], owner = 'mvandijk', kind: 'changed' | 'added' | 'removed' = 'changed') => ({ kind: 'processing' as const, id: 'x', file: 'processing/x.yml', change: kind, fields, owner });
  it.each([
    ['owner and officer for a legal basis', RULES, change(['legal_basis']), [['owner', ['legal_basis'], ['mvandijk']], ['privacyOfficer', ['legal_basis'], ['schoonhovenaanzee/privacy', 'fg-login']]]],
    ['the owner alone for a notice', RULES, change(['notice']), [['owner', ['notice'], ['mvandijk']]]],
    ['the officer only for privacy fields', RULES, change(['notice', 'recipients', 'retention']), [['owner', ['notice', 'recipients', 'retention'], ['mvandijk']], ['privacyOfficer', ['recipients'], ['schoonhovenaanzee/privacy', 'fg-login']]]],
    ['no owner rule: reviewed still needs the owner', { ...RULES, owner: false }, change(['reviewed', 'retention']), [['owner', ['reviewed'], ['mvandijk']]]],
    ['no owner rule, no reviewed rule', { ...RULES, owner: false, reviewedNeedsOwner: false }, change(['reviewed']), []],
    ['no officer configured', { ...RULES, privacyOfficer: [] }, change(['legal_basis']), [['owner', ['legal_basis'], ['mvandijk']]]],
    ['an owner no one can be (an e-mail address)', RULES, change(['retention'], 'privacy@gemeente.nl'), [['owner', ['retention'], []]]],
  ])('%s', (_, rules, c, expected) => {
    expect(neededApprovals([c], rules as ApprovalRules).map((n) => [n.role, n.fields, n.principals.map((p) => (p.kind === 'user' ? p.login : `${p.org}/${p.slug}`))])).toEqual(expected);
  });
});

describe('approvingLogins', () => {
  const HEAD = 'h'.repeat(40);
  const OLD = 'o'.repeat(40);
  const r = (login: string, state: string, commit = HEAD): PullReview => ({ user: { login }, state, commit_id: commit });
  it.each([
    ['an approval on the head', [r('fg', 'APPROVED')], ['fg']],
    ['an approval on an older commit', [r('fg', 'APPROVED', OLD)], []],
    ['a dismissed approval', [r('fg', 'DISMISSED')], []],
    ['changes requested after approving', [r('fg', 'APPROVED'), r('fg', 'CHANGES_REQUESTED')], []],
    ['a comment after approving leaves the approval standing, as on GitHub', [r('fg', 'APPROVED'), r('fg', 'COMMENTED')], ['fg']],
    ['approving after requesting changes', [r('fg', 'CHANGES_REQUESTED'), r('fg', 'APPROVED')], ['fg']],
    ['a comment alone', [r('fg', 'COMMENTED')], []],
    ['a deleted account', [{ user: null, state: 'APPROVED', commit_id: HEAD }], []],
  ])('%s', (_, reviews, expected) => {
    expect(approvingLogins(reviews, HEAD)).toEqual(expected);
  });
});

describe('judgeApprovals', () => {
  const HEAD = 'a'.repeat(40);
  const change = { kind: 'partnership' as const, id: 'riec', file: 'partnerships/riec.yml', change: 'changed' as const, fields: ['legal_basis'], owner: 'gemeente/team-veiligheid' };
  const needs = neededApprovals([change], { ...RULES, privacyOfficer: [parseOwner('gemeente/privacy')!] });
  const members = (table: Record<string, string[]>): Membership => (team, login) => table[`${team.org}/${team.slug}`]?.includes(login);
  const known = (table: Record<string, string[]>): Membership => (team, login) => table[`${team.org}/${team.slug}`]?.includes(login) ?? false;
  it.each([
    ['nobody approved', [], known({}), 'failure', ['missing', 'missing']],
    ['the officer team approved, the owner team not', ['fg'], known({ 'gemeente/privacy': ['fg'] }), 'failure', ['missing', 'given']],
    ['both teams approved', ['fg', 'piet'], known({ 'gemeente/privacy': ['fg'], 'gemeente/team-veiligheid': ['piet'] }), 'success', ['given', 'given']],
    ['one person in both teams', ['fg'], known({ 'gemeente/privacy': ['fg'], 'gemeente/team-veiligheid': ['fg'] }), 'success', ['given', 'given']],
    ['someone outside both teams', ['kees'], known({ 'gemeente/privacy': ['fg'] }), 'failure', ['missing', 'missing']],
    // The Action: membership cannot be read, so an approval cannot be matched to a team.
    ['an approval whose membership cannot be read', ['fg'], members({}), 'neutral', ['unverifiable', 'unverifiable']],
  ])('%s', (_, approvers, membership, conclusion, statuses) => {
    const outcome = judgeApprovals(needs, { approvers: approvers as string[], membership: membership as Membership, headSha: HEAD, author: 'jdevries' });
    expect(outcome.conclusion).toBe(conclusion);
    expect(outcome.needs.map((n) => n.status)).toEqual(statuses);
  });

  it('counts the author as the approval of a personal owner, never of a team', () => {
    const personal = neededApprovals([{ ...change, owner: 'jdevries' }], RULES);
    const outcome = judgeApprovals(personal, { approvers: [], membership: known({ 'gemeente/team-veiligheid': ['jdevries'] }), headSha: HEAD, author: 'JDevries' });
    expect(outcome.needs.map((n) => [n.role, n.status, n.byAuthor])).toEqual([
      ['owner', 'given', true],
      ['privacyOfficer', 'missing', undefined],
    ]);
    const team = judgeApprovals(needs, { approvers: [], membership: known({ 'gemeente/team-veiligheid': ['jdevries'] }), headSha: HEAD, author: 'jdevries' });
    expect(team.needs[0].status).toBe('missing');
  });
});

describe('words', () => {
  const HEAD = 'b'.repeat(40);
  const change = { kind: 'partnership' as const, id: 'riec', file: 'partnerships/riec.yml', change: 'changed' as const, fields: ['legal_basis'], owner: 'org/veiligheid' };
  const needs = neededApprovals([change], { ...RULES, privacyOfficer: [parseOwner('org/privacy')!] });
  const outcome = judgeApprovals(needs, { approvers: ['piet'], membership: (t, l) => t.slug === 'veiligheid' && l === 'piet', headSha: HEAD });

  it('names the field, the file and the approver, as the issue asks', () => {
    expect(describeNeed(outcome.needs[1], 'nl')).toBe('Wijziging van de grondslag in `partnerships/riec.yml` wacht op goedkeuring van de functionaris gegevensbescherming (`@org/privacy`).');
    expect(describeNeed(outcome.needs[1], 'en')).toBe('The change to the legal basis in `partnerships/riec.yml` awaits approval by the data protection officer (`@org/privacy`).');
    expect(describeNeed(outcome.needs[0], 'nl')).toBe('Wijziging van de grondslag in `partnerships/riec.yml`: goedgekeurd door `@piet` (de eigenaar).');
  });

  it('names a field the vocabulary does not know by its key', () => {
    const odd = judgeApprovals(neededApprovals([{ ...change, fields: ['x-intern', 'purpose'] }], RULES), { approvers: [], membership: () => false, headSha: HEAD });
    expect(describeNeed(odd.needs[0], 'nl')).toContain('Wijziging van het veld `x-intern` en het doel in');
  });

  it('escapes register text: a hostile file name or owner stays a code span and mentions no one', () => {
    const hostile = { ...change, file: 'partnerships/`@everyone` [x](https://evil).yml', owner: 'ceo@gemeente.nl' };
    const judged = judgeApprovals(neededApprovals([hostile], RULES), { approvers: [], membership: () => false, headSha: HEAD });
    const text = describeNeed(judged.needs[0], 'nl');
    expect(text).toContain('geen GitHub-gebruikersnaam');
    expect(text).not.toMatch(/(^|[^`])@everyone/);
    expect(text).toContain('``');
  });

  it('renders the check: missing first, then given, and the rule about the head commit', () => {
    const md = renderApprovals(outcome, 'nl', '.github/register-check.yml');
    expect(md.indexOf('### Nog nodig')).toBeLessThan(md.indexOf('### Gegeven'));
    expect(md).toContain('`bbbbbbb`');
  });

  it.each([
    [0, undefined, 'nl', '**Klaar om samen te voegen?** Ja, wat register-check betreft: geen nieuwe bevindingen die de controle laten mislukken.'],
    [2, undefined, 'nl', '**Klaar om samen te voegen?** Nee, nog nodig: de nieuwe bevindingen oplossen (2).'],
    [0, 'outcome', 'en', '**Ready to merge?** No, still needed: approval by the data protection officer (`@org/privacy`) for `partnerships/riec.yml`.'],
  ])('the ready line: %i new findings, approvals %s', (failing, approvals, language, expected) => {
    expect(readyLine(failing, approvals ? outcome : undefined, language as 'nl' | 'en')).toBe(`${expected} ${READY_MARKER}`);
  });

  it('replaces only the ready line of a summary', () => {
    const body = ['<!-- register-check:summary -->', '## ✅ register-check', readyLine(0, outcome, 'nl'), 'rest'].join('\n');
    const next = replaceReadyLine(body, readyLine(0, undefined, 'nl'))!;
    expect(next.split('\n')).toEqual([...body.split('\n').slice(0, 2), readyLine(0, undefined, 'nl'), 'rest']);
    expect(replaceReadyLine('no line here', 'x')).toBeUndefined();
  });
});

describe('approvalRules', () => {
  it('is absent without approvals, and fills the schema defaults with them', () => {
    expect(approvalRules({})).toBeUndefined();
    const rules = approvalRules({ approvals: { privacy_officer: ['gemeente/privacy'] } })!;
    expect(rules.owner).toBe(true);
    expect(rules.reviewedNeedsOwner).toBe(true);
    expect(rules.privacyFields).toContain('legal_basis');
    expect(rules.privacyOfficer).toEqual([{ kind: 'team', org: 'gemeente', slug: 'privacy' }]);
  });
});

describe('parseOwner', () => {
  it.each([
    ['jdevries', { kind: 'user', login: 'jdevries' }],
    ['gemeente-voorbeeld/team-sociaal-domein', { kind: 'team', org: 'gemeente-voorbeeld', slug: 'team-sociaal-domein' }],
    ['privacy@gemeente.nl', undefined],
    ['@jdevries', undefined],
    ['Afdeling Sociaal Domein', undefined],
    ['-jdevries', undefined],
    ['j--devries', undefined],
    ['a'.repeat(40), undefined],
    ['org/team/sub', undefined],
    [42, undefined],
  ])('%j', (value, expected) => {
    expect(parseOwner(value)).toEqual(expected);
  });
});

describe('CODEOWNERS block', () => {
  const block = ['# note', '/processing/a.yml @jdevries'];
  it.each([
    ['no file', undefined, `${CODEOWNERS_BEGIN}\n# note\n/processing/a.yml @jdevries\n${CODEOWNERS_END}\n`],
    ['a file of its own: the block goes last, the rest stays', '* @org/beheer\n\n', `* @org/beheer\n\n${CODEOWNERS_BEGIN}\n# note\n/processing/a.yml @jdevries\n${CODEOWNERS_END}\n`],
    ['an old block in place', `* @org/beheer\n${CODEOWNERS_BEGIN}\n/processing/a.yml @piet\n${CODEOWNERS_END}\n`, `* @org/beheer\n${CODEOWNERS_BEGIN}\n# note\n/processing/a.yml @jdevries\n${CODEOWNERS_END}\n`],
    ['a block with rules after it moves last', `${CODEOWNERS_BEGIN}\n${CODEOWNERS_END}\n*.yml @org/x\n`, `*.yml @org/x\n\n${CODEOWNERS_BEGIN}\n# note\n/processing/a.yml @jdevries\n${CODEOWNERS_END}\n`],
    ['Windows line endings are kept', '* @org/beheer\r\n', `* @org/beheer\r\n\r\n${CODEOWNERS_BEGIN}\r\n# note\r\n/processing/a.yml @jdevries\r\n${CODEOWNERS_END}\r\n`],
  ])('%s', (_, existing, expected) => {
    const { text, changed } = updateCodeowners(existing, block);
    expect(text).toBe(expected);
    expect(changed).toBe(true);
    expect(updateCodeowners(text, block).changed).toBe(false);
  });

  it('says what drifted', () => {
    const { drift } = updateCodeowners(`${CODEOWNERS_BEGIN}\n/processing/a.yml @piet\n/processing/b.yml @kees\n${CODEOWNERS_END}\n*.yml @org/x\n`, block);
    expect(drift).toEqual({ missing: false, notLast: true, added: ['/processing/a.yml @jdevries'], removed: ['/processing/a.yml @piet', '/processing/b.yml @kees'] });
  });

  it.each([
    ['a begin without an end', `${CODEOWNERS_BEGIN}\n/x @y\n`],
    ['two blocks', `${CODEOWNERS_BEGIN}\n${CODEOWNERS_END}\n${CODEOWNERS_BEGIN}\n${CODEOWNERS_END}\n`],
    ['an end before the begin', `${CODEOWNERS_END}\n${CODEOWNERS_BEGIN}\n`],
  ])('refuses %s', (_, existing) => {
    expect(() => updateCodeowners(existing, block)).toThrow(BrokenBlockError);
  });

  it('writes every entry with a login or team, sorted, and reports the rest', async () => {
    const register = await load({ [JEUGDHULP]: clean[JEUGDHULP].replace('owner: mvandijk', 'owner: privacy@gemeente.nl'), 'processing/met spatie.yml': clean[JEUGDHULP].replace('id: jeugdhulp', 'id: met spatie') });
    const { rules, skipped } = codeownersRules(register, 'register/');
    expect(rules).toContain('/register/partnerships/riec-kustregio.yml @schoonhovenaanzee/team-veiligheid');
    expect(rules).toEqual([...rules].sort());
    expect(rules.some((r) => r.includes('jeugdhulp'))).toBe(false);
    expect(skipped).toEqual([
      { file: 'register/processing/jeugdhulp.yml', owner: 'privacy@gemeente.nl', reason: 'owner' },
      { file: 'register/processing/met spatie.yml', owner: 'mvandijk', reason: 'path' },
    ]);
  });
});
