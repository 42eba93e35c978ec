/** Stale-entry issues: which to open, update, close and reopen so they keep in step with the register. Pure: no API calls. */

import type { Finding, Language } from '../types.js';
import { entities as registerEntities, type Entity, label as entityLabel, type Register } from '../register.js';
import { readStaleMarker, staleKey, staleMarker } from './markers.js';
import { escapeMarkdown, inlineCode, plainTitle } from '../report/escape.js';
import { ruleDocsUrl } from '../meta.js';
import { readString } from '../model.js';
import { describeFinding } from '../report/describe.js';
import { say } from '../report/vocabulary.js';

/** The rules whose findings make an entry stale. */
export const STALE_RULES = ['review-overdue', 'notice-outdated', 'partnership-ended'] as const;

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
  /** The entry (`kind:id`, register text: escape it for where it is shown) or the label's name. */
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
   * Where the label must be known to exist: the index in `writes` before which the first new issue is
   * wanted (fitting the budget or not). Absent when no issue is to be created.
   */
  labelCheckAt?: number;
}

/** What the planner is given. */
export interface StalePlanInput {
  /** Our issues (any state), found by label, author and marker. */
  issues: StaleIssue[];
  register: Register;
  findings: Finding[];
  label: string;
  maxWrites: number;
  language: Language;
  /** Repository-relative prefix of the register's folder, for links. */
  pathPrefix?: string;
  /** Set once the label was found missing: its creation is planned before the first new issue, from the same budget. */
  labelMissing?: boolean;
}

interface StaleEntry {
  /** What the issue's marker reads back as (see staleKey). */
  key: string;
  kind: string;
  id: string;
  entity?: Entity;
  findings: Finding[];
}

const isUserLogin = (owner: string) => /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/.test(owner);

function title(entry: StaleEntry, language: Language): string {
  const name = entry.entity ? entityLabel(entry.entity) : entry.id;
  const kind = say(entry.kind === 'partnership' ? 'stale.kind.partnership' : 'stale.kind.processing', language);
  // Titles are plain text on GitHub: one line, short, and no bidi characters that reorder it.
  const clean = plainTitle(name, 120);
  return say('stale.title', language, { kind, name: clean });
}

function body(entry: StaleEntry, options: StalePlanInput): string {
  const { language } = options;
  const file = `${options.pathPrefix ?? ''}${entry.findings[0]?.file ?? entry.entity?.file.path ?? ''}`;
  const owner = readString(entry.entity?.data.owner);
  const lines = [
    staleMarker(entry.kind, entry.id),
    say('stale.intro', language, { id: inlineCode(entry.id), file: inlineCode(file) }),
    '',
    ...entry.findings.map((f) => {
      const words = describeFinding(f, language);
      return say('stale.finding', language, { message: escapeMarkdown(words.message), rule: f.rule, url: ruleDocsUrl(f.rule), line: f.line, fix: escapeMarkdown(words.fix) });
    }),
    '',
  ];
  if (owner && !isUserLogin(owner)) lines.push(say('stale.owner', language, { owner: inlineCode(owner) }), '');
  lines.push(say('stale.footer', language));
  return lines.join('\n');
}

/** Plans the writes that bring the issues in step with the findings: most severe first within the budget (closing takes two writes). */
export function planStaleIssues(input: StalePlanInput): StalePlan {
  const { register, findings, language } = input;
  const plan: StalePlan = { writes: [], pending: 0 };
  let budget = input.maxWrites;

  // Keyed as the markers read back: an id that is not plain stands as its hash.
  const entities = new Map<string, Entity>();
  for (const e of registerEntities(register)) if (!entities.has(staleKey(e.kind, e.id))) entities.set(staleKey(e.kind, e.id), e);

  const stale = new Map<string, StaleEntry>();
  for (const f of findings) {
    if (!(STALE_RULES as readonly string[]).includes(f.rule)) continue;
    const key = staleKey(f.entity.kind, f.entity.id);
    const entry = stale.get(key) ?? { key, kind: f.entity.kind, id: f.entity.id, entity: entities.get(key), findings: [] };
    entry.findings.push(f);
    stale.set(key, entry);
  }

  const byEntry = new Map<string, StaleIssue[]>();
  for (const issue of [...input.issues].sort((a, b) => a.number - b.number)) {
    const marker = readStaleMarker(issue.body)!;
    const key = `${marker.kind}:${marker.id}`;
    byEntry.set(key, [...(byEntry.get(key) ?? []), issue]);
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

  const keys = [...new Set([...stale.keys(), ...byEntry.keys()])].sort();
  for (const key of keys) {
    const entry = stale.get(key);
    const [keep, ...duplicates] = byEntry.get(key) ?? [];
    // Said in the log and the job summary: the entry as the register names it, or (when it is gone) as the marker does.
    const shown = entry ? `${entry.kind}:${entry.id}` : key;
    for (const duplicate of duplicates.filter((d) => d.state === 'open')) write({ action: 'close-duplicate', entry: shown, issue: duplicate.number });
    if (entry) {
      const wantedTitle = title(entry, language);
      const wantedBody = body(entry, input);
      if (!keep) {
        if (plan.labelCheckAt === undefined) {
          plan.labelCheckAt = plan.writes.length;
          if (input.labelMissing) write({ action: 'create-label', entry: input.label, color: 'd4c5f9', description: say('stale.labelDescription', language) });
        }
        const owner = readString(entry.entity?.data.owner);
        write({
          action: 'create',
          entry: shown,
          key,
          title: wantedTitle,
          body: wantedBody,
          labels: [input.label],
          ...(owner && isUserLogin(owner) ? { assignees: [owner] } : {}),
        });
      } else if (keep.state === 'closed') {
        write({ action: 'reopen', entry: shown, issue: keep.number, title: wantedTitle, body: wantedBody });
      } else if (keep.body !== wantedBody || keep.title !== wantedTitle) {
        write({ action: 'update', entry: shown, issue: keep.number, title: wantedTitle, body: wantedBody });
      }
    } else if (keep && keep.state === 'open') {
      // Closing takes two writes (comment, close); both or neither fit in the budget.
      if (budget < 2) {
        plan.pending++;
        continue;
      }
      const comment = say(entities.has(key) ? 'stale.closedCurrent' : 'stale.closedGone', language);
      write({ action: 'close', entry: shown, issue: keep.number, comment });
      budget--;
    }
  }
  return plan;
}
