/** Stale-entry issues: one per entry whose review, notice or partnership has run out, kept in step with the register. */

import type { Finding, Language } from '../types.js';
import { entities as registerEntities, type Entity, label as entityLabel, type Register } from '../register.js';
import type { GitHubClient, RepoRef } from './client.js';
import { readStaleMarker, staleKey, staleMarker } from './markers.js';
import { escapeMarkdown, inlineCode, plainTitle } from '../report/escape.js';
import { ruleDocsUrl } from '../meta.js';
import { readString } from '../model.js';
import { describeFinding } from '../report/describe.js';
import { say } from '../report/vocabulary.js';

/** The rules whose findings make an entry stale. */
export const STALE_RULES = ['review-overdue', 'notice-outdated', 'partnership-ended'] as const;

/** An issue as the API lists it (the fields we read). */
interface Issue {
  number: number;
  state: 'open' | 'closed';
  title: string;
  body?: string | null;
  user: { login: string } | null;
  pull_request?: unknown;
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

/** What a sync did and what it left for the next run. */
export interface StaleResult {
  operations: StaleOperation[];
  /** Writes that did not fit in this run's budget; the next run continues with them. */
  pending: number;
  dryRun: boolean;
}

/** Options of a sync. */
export interface StaleOptions {
  client: GitHubClient;
  repo: RepoRef;
  register: Register;
  findings: Finding[];
  botLogin: string;
  label: string;
  maxWrites: number;
  dryRun: boolean;
  language: Language;
  /** Repository-relative prefix of the register's folder, for links. */
  pathPrefix?: string;
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

function body(entry: StaleEntry, options: StaleOptions): string {
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

/** Opens, updates, closes and reopens stale-entry issues, within a write budget. */
export async function syncStaleIssues(options: StaleOptions): Promise<StaleResult> {
  const { client, repo, register, findings, botLogin, dryRun, language } = options;
  const result: StaleResult = { operations: [], pending: 0, dryRun };
  let budget = options.maxWrites;

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

  const listIssues = async () =>
    (
      await client.paginate<Issue>('GET /repos/{owner}/{repo}/issues', { ...repo, labels: options.label, state: 'all', per_page: 100 })
    ).filter((i) => !i.pull_request && i.user?.login === botLogin && readStaleMarker(i.body));

  const issues = await listIssues();
  const byEntry = new Map<string, Issue[]>();
  for (const issue of issues.sort((a, b) => a.number - b.number)) {
    const marker = readStaleMarker(issue.body)!;
    const key = `${marker.kind}:${marker.id}`;
    byEntry.set(key, [...(byEntry.get(key) ?? []), issue]);
  }

  const write = async (operation: StaleOperation, call?: () => Promise<unknown>): Promise<boolean> => {
    if (budget <= 0) {
      result.pending++;
      return false;
    }
    budget--;
    result.operations.push(operation);
    if (!dryRun && call) await call();
    return true;
  };

  let labelChecked = false;
  const ensureLabel = async () => {
    if (labelChecked || dryRun) return;
    labelChecked = true;
    try {
      await client.request('GET /repos/{owner}/{repo}/labels/{name}', { ...repo, name: options.label });
    } catch (error) {
      if ((error as { status?: number }).status !== 404) throw error;
      await write({ action: 'create-label', entry: options.label }, () =>
        client.request('POST /repos/{owner}/{repo}/labels', {
          ...repo,
          name: options.label,
          color: 'd4c5f9',
          description: say('stale.labelDescription', language),
        }),
      );
    }
  };

  const keys = [...new Set([...stale.keys(), ...byEntry.keys()])].sort();
  for (const key of keys) {
    const entry = stale.get(key);
    const [keep, ...duplicates] = byEntry.get(key) ?? [];
    // Said in the log and the job summary: the entry as the register names it, or (when it is gone) as the marker does.
    const shown = entry ? `${entry.kind}:${entry.id}` : key;
    for (const duplicate of duplicates.filter((d) => d.state === 'open')) {
      await write({ action: 'close-duplicate', entry: shown, issue: duplicate.number }, () =>
        client.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', { ...repo, issue_number: duplicate.number, state: 'closed', state_reason: 'duplicate' }),
      );
    }
    if (entry) {
      const wantedTitle = title(entry, language);
      const wantedBody = body(entry, options);
      if (!keep) {
        await ensureLabel();
        const owner = readString(entry.entity?.data.owner);
        const created = await write({ action: 'create', entry: shown, title: wantedTitle }, async () => {
          const response = await client.request<{ number: number }>('POST /repos/{owner}/{repo}/issues', {
            ...repo,
            title: wantedTitle,
            body: wantedBody,
            labels: [options.label],
            ...(owner && isUserLogin(owner) ? { assignees: [owner] } : {}),
          });
          // Another run may have created the same issue at the same moment: the lowest number wins.
          const again = (await listIssues()).filter((i) => {
            const m = readStaleMarker(i.body);
            return m && `${m.kind}:${m.id}` === key && i.state === 'open';
          });
          const lowest = Math.min(...again.map((i) => i.number));
          if (again.length > 1 && response.data.number !== lowest) {
            await client.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', { ...repo, issue_number: response.data.number, state: 'closed', state_reason: 'duplicate' });
          }
        });
        if (!created) continue;
      } else if (keep.state === 'closed') {
        await write({ action: 'reopen', entry: shown, issue: keep.number, title: wantedTitle }, () =>
          client.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', { ...repo, issue_number: keep.number, state: 'open', title: wantedTitle, body: wantedBody }),
        );
      } else if (keep.body !== wantedBody || keep.title !== wantedTitle) {
        await write({ action: 'update', entry: shown, issue: keep.number, title: wantedTitle }, () =>
          client.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', { ...repo, issue_number: keep.number, title: wantedTitle, body: wantedBody }),
        );
      }
    } else if (keep && keep.state === 'open') {
      const deleted = !entities.has(key);
      const comment = say(deleted ? 'stale.closedGone' : 'stale.closedCurrent', language);
      // Closing takes two writes (comment, close); both or neither fit in the budget.
      if (budget < 2) {
        result.pending++;
        continue;
      }
      await write({ action: 'close', entry: shown, issue: keep.number }, async () => {
        await client.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...repo, issue_number: keep.number, body: comment });
        await client.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', { ...repo, issue_number: keep.number, state: 'closed', state_reason: 'completed' });
      });
      budget--;
    }
  }
  return result;
}
