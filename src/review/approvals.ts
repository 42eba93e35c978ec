/**
 * Who must approve a pull request, and who has: the field-level changes per entry between the base and the head
 * register, the approvals they need under the configuration's `approvals`, and the reviews that give them. Pure: data in,
 * an outcome and its words out; team membership comes in as an answer the transport looked up.
 *
 * Decisions, documented in the README:
 * - An entry is known by its file. A changed or removed entry needs its owner *before* the change (the one
 *   responsible agrees, also to handing the entry over); a new entry needs the owner it names.
 * - Only a review whose latest state is APPROVED and that was given on the head commit counts. A comment after an
 *   approval leaves it standing, as on GitHub; a dismissal or a request for changes takes it away.
 * - GitHub does not let the author approve their own pull request. When the author *is* the principal named (a
 *   personal owner or a privacy officer by login), proposing the change counts as their approval: otherwise a
 *   personal owner could never change their own entry. A team is never satisfied by its member's own pull request:
 *   another member can approve.
 */

import { isDeepStrictEqual } from 'node:util';
import type { CheckConfig } from '../model.js';
import { resolveConfig } from '../config.js';
import { noticeFilePath, noticeOf, type Entity, type Register } from '../register.js';
import { mention, parseOwner, type Principal } from '../codeowners.js';
import type { Language } from '../types.js';
import { inlineCode } from '../report/escape.js';
import { say, sayKnown } from '../report/vocabulary.js';

/** The configuration's approval rules, principals parsed. */
export interface ApprovalRules {
  owner: boolean;
  privacyOfficer: Principal[];
  privacyFields: string[];
  reviewedNeedsOwner: boolean;
}

/** The rules of a configuration, or undefined when it has no `approvals` (then there is no approvals check). */
export function approvalRules(config: CheckConfig): ApprovalRules | undefined {
  if (config.approvals === undefined) return undefined;
  const rules = resolveConfig(config).approvals;
  return {
    owner: rules.owner,
    // The schema admits only logins and org/team, so every one parses.
    privacyOfficer: rules.privacy_officer.map(parseOwner).filter((p): p is Principal => p !== undefined),
    privacyFields: rules.privacy_fields,
    reviewedNeedsOwner: rules.reviewed_needs_owner,
  };
}

/** How an entry changed between base and head, field by field (top-level keys). */
export interface EntryChange {
  kind: Entity['kind'];
  id: string;
  /** Repository-relative path of the entry's file. */
  file: string;
  change: 'added' | 'changed' | 'removed';
  /** The top-level fields that differ (every field of an added or removed entry), sorted. */
  fields: string[];
  /** The owner value that decides: the base's for a changed or removed entry, the head's for a new one. */
  owner: string;
}

function ownerText(entity: Entity): string {
  const owner = (entity.data as { owner?: unknown }).owner;
  return typeof owner === 'string' ? owner : owner === undefined ? '' : JSON.stringify(owner);
}

function fieldsOf(entity: Entity): string[] {
  const data = entity.data as Record<string, unknown> | undefined;
  return data && typeof data === 'object' ? Object.keys(data).sort() : [];
}

/** The entries a pull request adds, changes or removes, by file; a change to a notice's Markdown file counts as a change of `notice`. */
export function entryChanges(base: Pick<Register, 'processing' | 'partnerships' | 'notices'>, head: Pick<Register, 'processing' | 'partnerships' | 'notices'>, pathPrefix = ''): EntryChange[] {
  const byFile = (register: typeof base) => new Map([...register.processing, ...register.partnerships].map((e) => [`${e.kind}:${e.file.path}`, e] as const));
  const before = byFile(base);
  const after = byFile(head);
  const changes: EntryChange[] = [];
  const noticeChanged = (entity: Entity) => {
    const file = noticeFilePath(noticeOf(entity));
    return file !== undefined && base.notices.get(file)?.content !== head.notices.get(file)?.content;
  };
  for (const [key, entity] of after) {
    const old = before.get(key);
    const file = `${pathPrefix}${entity.file.path}`;
    if (!old) {
      changes.push({ kind: entity.kind, id: entity.id, file, change: 'added', fields: fieldsOf(entity), owner: ownerText(entity) });
      continue;
    }
    const oldData = (old.data ?? {}) as Record<string, unknown>;
    const newData = (entity.data ?? {}) as Record<string, unknown>;
    const fields = new Set([...Object.keys(oldData), ...Object.keys(newData)].filter((k) => !isDeepStrictEqual(oldData[k], newData[k])));
    if (noticeChanged(entity)) fields.add('notice');
    if (fields.size > 0) changes.push({ kind: entity.kind, id: entity.id, file, change: 'changed', fields: [...fields].sort(), owner: ownerText(old) });
  }
  for (const [key, entity] of before) {
    if (!after.has(key)) changes.push({ kind: entity.kind, id: entity.id, file: `${pathPrefix}${entity.file.path}`, change: 'removed', fields: fieldsOf(entity), owner: ownerText(entity) });
  }
  return changes.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** Whose approval a change needs. */
export type ApprovalRole = 'owner' | 'privacyOfficer';

/** One approval a change needs: of the owner, or of the privacy officer, for some of its fields. */
export interface ApprovalNeed {
  change: EntryChange;
  role: ApprovalRole;
  /** The fields this approval is for. */
  fields: string[];
  /** Any one of them can give it; empty when the owner is no login or team. */
  principals: Principal[];
}

/** The approvals the changes need under the rules, in the changes' order, the owner's first. */
export function neededApprovals(changes: EntryChange[], rules: ApprovalRules): ApprovalNeed[] {
  const needs: ApprovalNeed[] = [];
  for (const change of changes) {
    const owner = parseOwner(change.owner);
    const principals = owner ? [owner] : [];
    if (rules.owner) needs.push({ change, role: 'owner', fields: change.fields, principals });
    else if (rules.reviewedNeedsOwner && change.fields.includes('reviewed')) needs.push({ change, role: 'owner', fields: ['reviewed'], principals });
    const privacy = change.fields.filter((f) => rules.privacyFields.includes(f));
    if (rules.privacyOfficer.length > 0 && privacy.length > 0) needs.push({ change, role: 'privacyOfficer', fields: privacy, principals: rules.privacyOfficer });
  }
  return needs;
}

/** A review as GitHub lists it (the fields read here). */
export interface PullReview {
  user: { login: string } | null;
  state: string;
  commit_id: string | null;
}

/**
 * The logins whose approval stands on the head commit: each reviewer's latest state that is not a comment, kept when it
 * is APPROVED and was given on `headSha`. GitHub lists reviews oldest first.
 */
export function approvingLogins(reviews: PullReview[], headSha: string): string[] {
  const latest = new Map<string, PullReview>();
  for (const review of reviews) {
    if (!review.user || review.state === 'COMMENTED' || review.state === 'PENDING') continue;
    latest.set(review.user.login.toLowerCase(), review);
  }
  return [...latest.values()].filter((r) => r.state === 'APPROVED' && r.commit_id === headSha).map((r) => r.user!.login);
}

/** Whether a login is an active member of a team: true, false, or undefined when it could not be read. */
export type Membership = (team: { org: string; slug: string }, login: string) => boolean | undefined;

/** A need, judged. */
export interface JudgedNeed extends ApprovalNeed {
  status: 'given' | 'missing' | 'unverifiable';
  /** Who gave it, or (unverifiable) whose approval could not be matched to a team. */
  by?: string[];
  /** Given by proposing the change (the author is the principal). */
  byAuthor?: boolean;
}

/** What the approvals check concludes. */
export interface ApprovalOutcome {
  needs: JudgedNeed[];
  conclusion: 'success' | 'failure' | 'neutral';
  headSha: string;
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** Judges every need against the approvals on the head commit, the author, and team membership as looked up. */
export function judgeApprovals(needs: ApprovalNeed[], given: { approvers: string[]; author?: string; membership: Membership; headSha: string }): ApprovalOutcome {
  const judged = needs.map((need): JudgedNeed => {
    const users = need.principals.filter((p): p is Extract<Principal, { kind: 'user' }> => p.kind === 'user');
    const teams = need.principals.filter((p): p is Extract<Principal, { kind: 'team' }> => p.kind === 'team');
    const direct = given.approvers.filter((login) => users.some((u) => same(u.login, login)));
    const members = given.approvers.filter((login) => teams.some((t) => given.membership(t, login) === true));
    const by = [...new Set([...direct, ...members])];
    if (by.length > 0) return { ...need, status: 'given', by };
    if (given.author !== undefined && users.some((u) => same(u.login, given.author!))) return { ...need, status: 'given', by: [given.author], byAuthor: true };
    const unknown = given.approvers.filter((login) => teams.some((t) => given.membership(t, login) === undefined));
    if (unknown.length > 0) return { ...need, status: 'unverifiable', by: unknown };
    return { ...need, status: 'missing' };
  });
  const conclusion = judged.some((n) => n.status === 'missing') ? 'failure' : judged.some((n) => n.status === 'unverifiable') ? 'neutral' : 'success';
  return { needs: judged, conclusion, headSha: given.headSha };
}

/** The teams whose membership matters: every team principal of an unmet need, with every approver. */
export function membershipQuestions(needs: ApprovalNeed[], approvers: string[]): { org: string; slug: string; login: string }[] {
  const seen = new Set<string>();
  const out: { org: string; slug: string; login: string }[] = [];
  for (const need of needs) {
    if (need.principals.some((p) => p.kind === 'user' && approvers.some((a) => same(a, p.login)))) continue;
    for (const team of need.principals) {
      if (team.kind !== 'team') continue;
      for (const login of approvers) {
        const key = `${team.org}/${team.slug}/${login}`.toLowerCase();
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ org: team.org, slug: team.slug, login });
      }
    }
  }
  return out;
}

// Words. Register text (paths, owners) and logins go into Markdown as code spans: escaped, and a mention in a code
// span notifies no one.

/** A field as a privacy officer knows it ("de grondslag"), else its key. */
function fieldWord(key: string, language: Language): string {
  return sayKnown('approvals.field.', key, language) ?? say('approvals.field', language, { key: inlineCode(key) });
}

/** "a, b en c". */
function list(items: string[], language: Language, word: 'approvals.and' | 'approvals.or'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${say(word, language)} ${items[items.length - 1]}`;
}

function changeWords(need: ApprovalNeed, language: Language): string {
  const { change } = need;
  const file = inlineCode(change.file);
  const fields = list(need.fields.map((f) => fieldWord(f, language)), language, 'approvals.and');
  if (change.change === 'changed') return say('approvals.change.changed', language, { fields, file });
  // A new or removed entry: the owner approves the whole of it; the officer is told which of its fields are theirs.
  if (need.role === 'owner') return say(change.change === 'added' ? 'approvals.change.added' : 'approvals.change.removed', language, { file });
  return say(change.change === 'added' ? 'approvals.change.addedWith' : 'approvals.change.removedWith', language, { file, fields });
}

const who = (need: ApprovalNeed, language: Language) => list(need.principals.map((p) => inlineCode(mention(p))), language, 'approvals.or');
const logins = (names: string[] | undefined, language: Language) => list((names ?? []).map((n) => inlineCode(`@${n}`)), language, 'approvals.and');

/** One sentence about a judged need, in Markdown. */
export function describeNeed(need: JudgedNeed, language: Language): string {
  const change = changeWords(need, language);
  const role = say(`approvals.role.${need.role}`, language);
  if (need.principals.length === 0) return say('approvals.invalidOwner', language, { change, owner: inlineCode(need.change.owner) });
  if (need.status === 'given') return say(need.byAuthor ? 'approvals.givenByAuthor' : 'approvals.given', language, { change, role, by: logins(need.by, language) });
  if (need.status === 'unverifiable') return say('approvals.unverifiable', language, { change, role, who: who(need, language), by: logins(need.by, language) });
  return say('approvals.waits', language, { change, role, who: who(need, language) });
}

/** The check run's title. */
export function approvalsTitle(outcome: ApprovalOutcome, language: Language): string {
  if (outcome.needs.length === 0) return say('approvals.title.none', language);
  if (outcome.conclusion === 'success') return say('approvals.title.success', language);
  if (outcome.conclusion === 'neutral') return say('approvals.title.neutral', language);
  return say('approvals.title.failure', language, { n: outcome.needs.filter((n) => n.status === 'missing').length });
}

/** The check run's summary: what is still needed, what cannot be verified, what was given. */
export function renderApprovals(outcome: ApprovalOutcome, language: Language, configPath: string): string {
  const mark = outcome.conclusion === 'success' ? '✅' : outcome.conclusion === 'neutral' ? '⚠️' : '❌';
  const parts = [`## ${mark} ${say('approvals.heading', language)}`, ''];
  if (outcome.needs.length === 0) parts.push(say('approvals.none', language), '');
  const section = (status: JudgedNeed['status'], heading: 'approvals.missingHeading' | 'approvals.unverifiableHeading' | 'approvals.givenHeading') => {
    const needs = outcome.needs.filter((n) => n.status === status);
    if (needs.length > 0) parts.push(`### ${say(heading, language)}`, '', ...needs.map((n) => `- ${describeNeed(n, language)}`), '');
  };
  section('missing', 'approvals.missingHeading');
  section('unverifiable', 'approvals.unverifiableHeading');
  section('given', 'approvals.givenHeading');
  parts.push(say('approvals.rule', language, { sha: inlineCode(outcome.headSha.slice(0, 7)), config: inlineCode(configPath) }));
  return parts.join('\n');
}

/** Marks the "ready to merge" line, so a review can update it in the summary comment without redoing the rest. */
export const READY_MARKER = '<!-- register-check:ready -->';

/** The "Klaar om samen te voegen?" line: new findings resolved, approvals present, or what is still missing. */
export function readyLine(failing: number, outcome: ApprovalOutcome | undefined, language: Language): string {
  const missing: string[] = [];
  if (failing > 0) missing.push(say('ready.fixFindings', language, { n: failing }));
  for (const need of outcome?.needs ?? []) {
    const file = inlineCode(need.change.file);
    const role = say(`approvals.role.${need.role}`, language);
    if (need.principals.length === 0) missing.push(say('ready.invalidOwner', language, { file }));
    else if (need.status === 'missing') missing.push(say('ready.approval', language, { role, who: who(need, language), file }));
    else if (need.status === 'unverifiable') missing.push(say('ready.unverifiable', language, { role, who: who(need, language), file }));
  }
  const line =
    missing.length > 0
      ? say('ready.no', language, { missing: missing.join('; ') })
      : say('ready.yes', language, {
          reasons: [
            say('ready.noNewFindings', language),
            ...(outcome ? [say(outcome.needs.length === 0 ? 'ready.noApprovalNeeded' : 'ready.approved', language)] : []),
          ].join(`, ${say('approvals.and', language)} `),
        });
  return `${line} ${READY_MARKER}`;
}

/** The summary comment's body with its ready line replaced; undefined when the body has none. */
export function replaceReadyLine(body: string, line: string): string | undefined {
  const lines = body.split('\n');
  const at = lines.findIndex((l) => l.endsWith(READY_MARKER));
  if (at < 0) return undefined;
  lines[at] = line;
  return lines.join('\n');
}
