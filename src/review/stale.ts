/**
 * Register issues: one issue per entry per concern (staleness, or one of the AP's questions), and which to open,
 * update, close and reopen so they keep in step with the register. Pure: no API calls.
 */

import type { Finding, Language, Question, Severity } from '../types.js';
import { entities as registerEntities, type EntryOutline, label as entityLabel } from '../register.js';
import { issueKey, issueMarker, readIssueMarker } from './markers.js';
import { escapeMarkdown, inlineCode, plainTitle, urlPath } from '../report/escape.js';
import { ruleDocsUrl } from '../meta.js';
import { readString } from '../model.js';
import { describeFinding } from '../report/describe.js';
import { questionTitle, say } from '../report/vocabulary.js';

/** The rules whose findings make an entry stale. */
export const STALE_RULES = ['review-overdue', 'notice-outdated', 'partnership-ended'] as const;

/** What an issue is about: staleness, one of the AP's questions, or the form of the register. */
export type IssueConcern = 'stale' | 'q1' | 'q2' | 'q3' | 'form';

/** The concern a finding belongs to: staleness for the three staleness rules, else its AP question. */
export function concernOf(finding: Pick<Finding, 'rule' | 'question'>): IssueConcern {
  if ((STALE_RULES as readonly string[]).includes(finding.rule)) return 'stale';
  return finding.question ? (finding.question.toLowerCase() as IssueConcern) : 'form';
}

/**
 * Whether a finding opens an issue: as `issues.rules` says for its rule, else by default the staleness rules and
 * every error of questions 2 and 3 (the finding's severity as configured, so a rule set to `warning` opens none).
 */
export function opensIssue(finding: Pick<Finding, 'rule' | 'question' | 'severity'>, rules: Readonly<Record<string, boolean>> = {}): boolean {
  const chosen = rules[finding.rule];
  if (chosen !== undefined) return chosen;
  if ((STALE_RULES as readonly string[]).includes(finding.rule)) return true;
  return (finding.question === 'Q2' || finding.question === 'Q3') && finding.severity === 'error';
}

/** The question a concern is about, for its label and its words; staleness and form have none of their own. */
function questionOf(concern: IssueConcern): Question | undefined {
  return concern === 'q1' || concern === 'q2' || concern === 'q3' ? (concern.toUpperCase() as Question) : undefined;
}

/** The label of a question's issues (`register: vraag 2`). */
export function questionLabel(question: Question, language: Language): string {
  return say('issues.questionLabel', language, { n: question.slice(1) });
}

/** An issue of ours (label, author and marker already checked), the fields the planner reads. */
export interface StaleIssue {
  number: number;
  state: 'open' | 'closed';
  title: string;
  body?: string | null;
}

/** One write the sync does (or, in a dry run, would do). */
export interface StaleOperation {
  action: 'create' | 'update' | 'close' | 'reopen' | 'close-duplicate' | 'create-label';
  /** The concern and entry (`q2 processing:id`, register text: escape it for where it is shown) or the label's name. */
  entry: string;
  issue?: number;
  title?: string;
}

/** One line saying what was (or, in a dry run, would be) done for which entry; `escape` makes the entry safe where the line goes. */
export function describeOperation(operation: StaleOperation, language: Language, dryRun: boolean, escape: (entry: string) => string): string {
  const prefix = dryRun ? `${say('stale.dryRun', language)} ` : '';
  return `${prefix}${say(`stale.${operation.action}`, language)}: ${escape(operation.entry)}${operation.issue ? ` #${operation.issue}` : ''}`;
}

/** One planned write and what it sends: the request's fields, nothing GitHub-specific beyond them. */
export type StaleWrite =
  | (StaleOperation & { action: 'create-label'; color: string; description: string })
  | (StaleOperation & { action: 'create'; key: string; title: string; body: string; labels: string[]; assignees?: string[] })
  | (StaleOperation & { action: 'update' | 'reopen'; issue: number; title: string; body: string })
  | (StaleOperation & { action: 'close'; issue: number; comment: string })
  | (StaleOperation & { action: 'close-duplicate'; issue: number });

/** The writes of one run, in order, within the budget. */
export interface StalePlan {
  writes: StaleWrite[];
  /** Writes that did not fit in this run's budget; the next run continues with them. */
  pending: number;
  /**
   * Where the labels must be known to exist: the index in `writes` before which the first new issue is
   * wanted (fitting the budget or not). Absent when no issue is to be created.
   */
  labelCheckAt?: number;
  /** Every label a new issue in `writes` carries: the ones to look up at `labelCheckAt`. */
  labels: string[];
}

/** Where a finding's line is linked to: the default branch's commit on the forge. */
export interface Permalink {
  /** The forge's web address, e.g. `https://github.com`. */
  serverUrl: string;
  owner: string;
  repo: string;
  /** The commit the findings were made on: a full hexadecimal commit id. */
  sha: string;
}

/** What the planner is given. */
export interface StalePlanInput {
  /** Our issues (any state), found by label, author and marker. */
  issues: StaleIssue[];
  /** The register's entries (only their kind, id, data and file's path are read). */
  register: { processing: readonly EntryOutline[]; partnerships: readonly EntryOutline[] };
  findings: Finding[];
  /** The label every issue of ours carries, by which they are listed (`stale_issues.label`). */
  label: string;
  maxWrites: number;
  language: Language;
  /** Repository-relative prefix of the register's folder, for links. */
  pathPrefix?: string;
  /** `issues.rules`: per rule, whether its findings open an issue; a rule left out follows the default (see opensIssue). */
  issueRules?: Readonly<Record<string, boolean>>;
  /** `issues.label_per_question`: a question's issues also carry its label. */
  labelPerQuestion?: boolean;
  /** Where lines are linked to; without it a finding names its file and line only. */
  permalink?: Permalink;
  /** Set once the listing label was found missing (as `missingLabels` with `label`). */
  labelMissing?: boolean;
  /** Labels found missing: each is created just before the first new issue that carries it, from the same budget. */
  missingLabels?: readonly string[];
}

interface Target {
  /** What the issue's marker reads back as (see issueKey). */
  key: string;
  concern: IssueConcern;
  kind: string;
  id: string;
  entity?: EntryOutline;
  findings: Finding[];
}

const isUserLogin = (owner: string) => /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/.test(owner);
const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };
const CONCERN_RANK: Record<IssueConcern, number> = { q2: 0, q3: 1, q1: 2, form: 3, stale: 4 };
const COMMIT_ID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

function title(target: Target, language: Language): string {
  const name = target.entity ? entityLabel(target.entity) : target.id;
  const kind = say(target.kind === 'partnership' ? 'stale.kind.partnership' : 'stale.kind.processing', language);
  // Titles are plain text on GitHub: one line, short, and no bidi characters that reorder it.
  const clean = plainTitle(name, 120);
  return say(target.concern === 'stale' ? 'stale.title' : `issues.title.${target.concern}`, language, { kind, name: clean });
}

/** The finding's file and line, the line linked to the commit when the forge is known. */
function place(finding: Finding, options: StalePlanInput): string {
  const file = `${options.pathPrefix ?? ''}${finding.file}`;
  const link = options.permalink;
  if (!link) return say('issues.place', options.language, { file: inlineCode(file), line: finding.line });
  const url = `${link.serverUrl}/${urlPath(link.owner)}/${urlPath(link.repo)}/blob/${link.sha}/${file.split('/').map(urlPath).join('/')}#L${finding.line}`;
  return say('issues.placeLinked', options.language, { file: inlineCode(file), line: finding.line, url });
}

function body(target: Target, options: StalePlanInput): string {
  const { language } = options;
  const file = `${options.pathPrefix ?? ''}${target.findings[0]?.file ?? target.entity?.file.path ?? ''}`;
  const owner = readString(target.entity?.data.owner);
  const questions = [...new Set(target.findings.map((f) => f.question ?? 'none'))].sort();
  const lines = [
    issueMarker(target.concern, target.kind, target.id),
    say(target.concern === 'stale' ? 'stale.intro' : 'issues.intro', language, { id: inlineCode(target.id), file: inlineCode(file) }),
    '',
    say('issues.question', language, { question: questions.map((q) => questionTitle(q, language)).join('; ') }),
    '',
    ...target.findings.map((f) => {
      const words = describeFinding(f, language);
      return say('issues.finding', language, { message: escapeMarkdown(words.message), rule: f.rule, url: ruleDocsUrl(f.rule), place: place(f, options), fix: escapeMarkdown(words.fix) });
    }),
    '',
  ];
  if (owner && !isUserLogin(owner)) lines.push(say('stale.owner', language, { owner: inlineCode(owner) }), '');
  lines.push(say(target.concern === 'stale' ? 'stale.footer' : 'issues.footer', language));
  return lines.join('\n');
}

/** The labels a new issue of this concern carries: ours, and its question's when asked for. */
function labelsOf(concern: IssueConcern, input: StalePlanInput): string[] {
  const question = questionOf(concern);
  return input.labelPerQuestion && question ? [input.label, questionLabel(question, input.language)] : [input.label];
}

/** Errors before warnings; among equals, question 2, question 3, then the rest and staleness; then by entry. */
function bySeverity(a: Target, b: Target): number {
  const worst = (t: Target) => Math.min(...t.findings.map((f) => SEVERITY_RANK[f.severity]));
  return worst(a) - worst(b) || CONCERN_RANK[a.concern] - CONCERN_RANK[b.concern] || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/**
 * Plans the writes that bring the issues in step with the findings, within the budget: duplicates closed first, then
 * the entries' issues most severe first, then the issues of entries in order again (closing takes two writes).
 */
export function planStaleIssues(input: StalePlanInput): StalePlan {
  const { register, findings, language } = input;
  if (input.permalink && !COMMIT_ID.test(input.permalink.sha)) throw new Error(`not a commit id: ${JSON.stringify(input.permalink.sha.slice(0, 80))}`);
  const plan: StalePlan = { writes: [], pending: 0, labels: [] };
  let budget = input.maxWrites;
  const missing = new Set([...(input.missingLabels ?? []), ...(input.labelMissing ? [input.label] : [])]);

  // Keyed as the markers read back: an id that is not plain stands as its hash.
  const entities = new Map<string, EntryOutline>();
  for (const e of registerEntities(register)) if (!entities.has(issueKey('', e.kind, e.id))) entities.set(issueKey('', e.kind, e.id), e);

  const targets = new Map<string, Target>();
  for (const f of findings) {
    if (!opensIssue(f, input.issueRules)) continue;
    const concern = concernOf(f);
    const key = issueKey(concern, f.entity.kind, f.entity.id);
    const target = targets.get(key) ?? { key, concern, kind: f.entity.kind, id: f.entity.id, entity: entities.get(issueKey('', f.entity.kind, f.entity.id)), findings: [] };
    target.findings.push(f);
    targets.set(key, target);
  }

  const byKey = new Map<string, StaleIssue[]>();
  for (const issue of [...input.issues].sort((a, b) => a.number - b.number)) {
    const marker = readIssueMarker(issue.body)!;
    const key = `${marker.concern}:${marker.kind}:${marker.id}`;
    byKey.set(key, [...(byKey.get(key) ?? []), issue]);
  }

  const write = (planned: StaleWrite): boolean => {
    if (budget <= 0) {
      plan.pending++;
      return false;
    }
    budget--;
    plan.writes.push(planned);
    return true;
  };
  // Said in the log and the job summary: the concern and the entry as the register names it, or (when it is gone) as the marker does.
  const shown = (key: string) => {
    const target = targets.get(key);
    const [concern, kind, id] = target ? [target.concern, target.kind, target.id] : (key.split(':') as [IssueConcern, string, string]);
    const question = questionOf(concern);
    // Staleness is said as before (the entry alone); a question's issue names the question.
    const suffix = concern === 'stale' ? '' : ` (${question ? say('question.short', language, { n: question.slice(1) }) : questionTitle('none', language)})`;
    return `${kind}:${id}${suffix}`;
  };

  for (const [key, [, ...duplicates]] of [...byKey].sort(([a], [b]) => (a < b ? -1 : 1))) {
    for (const duplicate of duplicates.filter((d) => d.state === 'open')) write({ action: 'close-duplicate', entry: shown(key), issue: duplicate.number });
  }

  const created = new Set<string>();
  for (const target of [...targets.values()].sort(bySeverity)) {
    const keep = byKey.get(target.key)?.[0];
    const wantedTitle = title(target, language);
    const wantedBody = body(target, input);
    if (!keep) {
      plan.labelCheckAt ??= plan.writes.length;
      const labels = labelsOf(target.concern, input);
      for (const label of labels.filter((l) => missing.has(l) && !created.has(l))) {
        const question = label === input.label ? undefined : questionOf(target.concern);
        const description = question ? say('issues.questionLabelDescription', language, { n: question.slice(1) }) : say('stale.labelDescription', language);
        if (write({ action: 'create-label', entry: label, color: question ? 'fbca04' : 'd4c5f9', description })) created.add(label);
      }
      const owner = readString(target.entity?.data.owner);
      const fits = write({
        action: 'create',
        entry: shown(target.key),
        key: target.key,
        title: wantedTitle,
        body: wantedBody,
        labels,
        ...(owner && isUserLogin(owner) ? { assignees: [owner] } : {}),
      });
      if (fits) for (const label of labels) if (!plan.labels.includes(label)) plan.labels.push(label);
    } else if (keep.state === 'closed') {
      write({ action: 'reopen', entry: shown(target.key), issue: keep.number, title: wantedTitle, body: wantedBody });
    } else if (keep.body !== wantedBody || keep.title !== wantedTitle) {
      write({ action: 'update', entry: shown(target.key), issue: keep.number, title: wantedTitle, body: wantedBody });
    }
  }

  for (const [key, [keep]] of [...byKey].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (targets.has(key) || keep.state !== 'open') continue;
    // Closing takes two writes (comment, close); both or neither fit in the budget.
    if (budget < 2) {
      plan.pending++;
      continue;
    }
    const marker = readIssueMarker(keep.body)!;
    const current = entities.has(issueKey('', marker.kind, marker.id));
    const comment = say(!current ? 'stale.closedGone' : marker.concern === 'stale' ? 'stale.closedCurrent' : 'issues.closed', language);
    write({ action: 'close', entry: shown(key), issue: keep.number, comment });
    budget--;
  }
  return plan;
}
