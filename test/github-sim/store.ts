/**
 * The simulator's state: repositories, commits, pull requests, issues, comments, reviews, labels,
 * check runs, tokens and installations. Records are plain objects with logins (not user objects) so
 * tests can assert on them directly; `render.ts` turns them into GitHub's JSON.
 */

import { createHash } from 'node:crypto';
import type { Side } from './diff.js';
import type { RawTarEntry, TreeFile } from './tar.js';

/** Who is calling, or who wrote something. */
export interface Identity {
  login: string;
  id: number;
  type: 'User' | 'Bot' | 'Organization';
}

/** GitHub App permission names the simulator checks. */
export type PermissionName = 'contents' | 'issues' | 'pull_requests' | 'checks' | 'metadata' | 'members';
/** A permission level. */
export type PermissionLevel = 'read' | 'write';
/** A set of permissions, as on an installation or installation token. */
export type Permissions = Partial<Record<PermissionName, PermissionLevel>>;

/** A GitHub App known to the simulator. */
export interface AppSpec {
  id: number;
  slug: string;
  name?: string;
  /** Login of the account owning the app. */
  owner?: string;
  /** PEM public key; when set, app JWTs must carry a valid RS256 signature. */
  publicKey?: string;
}

/** How a test registers a token with `sim.addToken`. */
export interface TokenSpec {
  /** Identity the token acts as, e.g. `github-actions[bot]`, `register-check[bot]`, `jdevries`. */
  login: string;
  /** Repositories (`owner/repo`) the token may see; `'*'` (default) for all. */
  repos?: string[] | '*';
  /** Shorthand when `permissions` is absent: `false` makes every write 403 (a fork PR's GITHUB_TOKEN). Default true. */
  write?: boolean;
  /** Fine-grained permissions; missing names mean no access (metadata is always readable). */
  permissions?: Permissions;
  /** `installation` (default for `[bot]` logins): `/user` answers 403. `user`: a personal token. */
  kind?: 'user' | 'installation';
  /** The installation this token belongs to (for `/installation/repositories`). */
  installationId?: number;
  /** The app that check runs created with this token belong to. Defaults from the login. */
  app?: { id: number; slug: string };
}

/** A registered token. */
export interface TokenRecord extends Required<Pick<TokenSpec, 'login' | 'kind'>> {
  token: string;
  repos: string[] | '*';
  permissions: Permissions;
  installationId?: number;
  app?: { id: number; slug: string };
  expiresAt?: number;
}

/** How a test registers an app installation. */
export interface InstallationSpec {
  id: number;
  /** Login of the account the app is installed on. */
  account: string;
  accountType?: 'User' | 'Organization';
  /** Repositories (`owner/repo`) the installation covers. */
  repos: string[];
  /** Default: contents read, metadata read, issues/pull_requests/checks write. */
  permissions?: Permissions;
  repositorySelection?: 'all' | 'selected';
}

/** A stored installation. */
export type InstallationRecord = Required<Omit<InstallationSpec, 'accountType'>> & { accountType: 'User' | 'Organization'; createdAt: string };

/** How a test registers a repository. */
export interface RepoSpec {
  owner: string;
  repo: string;
  defaultBranch?: string;
  /** Logins that can be assigned to issues (others are silently dropped, like GitHub does). */
  collaborators?: string[];
  private?: boolean;
  ownerType?: 'User' | 'Organization';
}

/** A stored repository. */
export interface RepoRecord {
  owner: string;
  name: string;
  fullName: string;
  id: number;
  defaultBranch: string;
  private: boolean;
  ownerType: 'User' | 'Organization';
  collaborators: Set<string>;
  /** Branch name → commit sha. */
  refs: Map<string, string>;
  /** Commit sha → tree. */
  commits: Map<string, CommitRecord>;
  createdAt: string;
}

/** A simulated commit: its files and extra raw tar entries. */
export interface CommitRecord {
  sha: string;
  files: Map<string, TreeFile>;
  raw: RawTarEntry[];
  message: string;
  parents: string[];
  date: string;
}

/** File status in a pull request, as in GitHub's diff-entry. */
export type FileStatus = 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';

/** How a test describes a changed file of a pull request. */
export interface PullFileSpec {
  filename: string;
  status?: FileStatus;
  patch?: string;
  additions?: number;
  deletions?: number;
  previous_filename?: string;
  /** Blob sha; derived from the filename and head sha when absent. */
  sha?: string;
}

/** How a test adds a pull request with `sim.addPullRequest`. */
export interface PullSpec {
  number: number;
  title?: string;
  body?: string | null;
  /** Author login. Default `octocat`. */
  user?: string;
  state?: 'open' | 'closed';
  draft?: boolean;
  head: { sha: string; ref: string; /** `owner/repo` of the head repository; default the base repo, or `<user>/<repo>` for a fork. */ repo?: string };
  base: { sha: string; ref: string };
  files: PullFileSpec[];
  /** The head lives in a fork (its check runs don't list the PR; tokens are usually read-only). */
  fork?: boolean;
  labels?: string[];
}

/** Fields shared by issues and pull requests (a pull request is an issue on GitHub). */
export interface IssueFields {
  repo: string;
  number: number;
  id: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  state_reason: 'completed' | 'reopened' | 'not_planned' | 'duplicate' | null;
  labels: string[];
  assignees: string[];
  user: string;
  locked: boolean;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
  closed_by: string | null;
}

/** A stored issue. */
export interface StoredIssue extends IssueFields {
  kind: 'issue';
}

/** A stored pull request. */
export interface StoredPull extends IssueFields {
  kind: 'pull';
  issueId: number;
  draft: boolean;
  fork: boolean;
  head: { sha: string; ref: string; repo: string };
  base: { sha: string; ref: string };
  /** Changed files at the current head. */
  files: PullFileSpec[];
  /** Changed files at each head sha the PR has had (for review comments on older commits). */
  filesBySha: Record<string, PullFileSpec[]>;
}

/** A conversation comment on an issue or pull request. */
export interface StoredIssueComment {
  id: number;
  repo: string;
  issue_number: number;
  user: string;
  body: string;
  created_at: string;
  updated_at: string;
}

/** Review states as GitHub reports them. */
export type ReviewState = 'PENDING' | 'COMMENTED' | 'APPROVED' | 'CHANGES_REQUESTED' | 'DISMISSED';

/** A pull-request review. */
export interface StoredReview {
  id: number;
  repo: string;
  pull_number: number;
  user: string;
  state: ReviewState;
  body: string;
  commit_id: string;
  submitted_at: string | null;
}

/** An inline (or file-level) review comment. */
export interface StoredReviewComment {
  id: number;
  repo: string;
  pull_number: number;
  review_id: number;
  user: string;
  body: string;
  path: string;
  subject_type: 'line' | 'file';
  line: number | null;
  side: Side | null;
  start_line: number | null;
  start_side: Side | null;
  position: number | null;
  commit_id: string;
  original_commit_id: string;
  diff_hunk: string;
  in_reply_to_id: number | null;
  created_at: string;
  updated_at: string;
}

/** A repository label. */
export interface StoredLabel {
  id: number;
  repo: string;
  name: string;
  color: string;
  description: string | null;
  default: boolean;
}

/** A check-run annotation as sent by the client. */
export interface Annotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: 'notice' | 'warning' | 'failure';
  message: string;
  title?: string;
  raw_details?: string;
}

/** A check run. */
export interface StoredCheckRun {
  id: number;
  repo: string;
  name: string;
  head_sha: string;
  status: 'queued' | 'in_progress' | 'completed' | 'waiting' | 'requested' | 'pending';
  conclusion: string | null;
  started_at: string | null;
  completed_at: string | null;
  external_id: string | null;
  details_url: string | null;
  output: { title: string | null; summary: string | null; text: string | null; annotations: Annotation[] };
  app: { id: number; slug: string };
  check_suite_id: number;
  /** Number of PATCH updates received. */
  updates: number;
}

/** What a maintainer would see on GitHub, as plain records. Mutating it directly is allowed in tests. */
export interface SimState {
  issues: StoredIssue[];
  pulls: StoredPull[];
  issueComments: StoredIssueComment[];
  reviews: StoredReview[];
  reviewComments: StoredReviewComment[];
  labels: StoredLabel[];
  checkRuns: StoredCheckRun[];
}

/** Well-known account ids. */
const KNOWN_IDS: Record<string, number> = { 'github-actions[bot]': 41898282, octocat: 583231 };

/** GitHub Actions' own app, which owns check runs created with a workflow's GITHUB_TOKEN. */
export const ACTIONS_APP = { id: 15368, slug: 'github-actions' };

/** The state container shared by the handlers. */
export class Store {
  /** What a maintainer would see. */
  readonly state: SimState = { issues: [], pulls: [], issueComments: [], reviews: [], reviewComments: [], labels: [], checkRuns: [] };
  /** Repositories by lower-cased `owner/repo`. */
  readonly repos = new Map<string, RepoRecord>();
  /** Registered tokens by token string. */
  readonly tokens = new Map<string, TokenRecord>();
  /** Installations by id. */
  readonly installations = new Map<number, InstallationRecord>();
  /** Teams by lower-cased `org/slug`: each member's login (lower-cased) and membership state. */
  readonly teams = new Map<string, Map<string, 'active' | 'pending'>>();
  /** The GitHub App the simulator knows (JWT issuer, installation tokens). */
  app: AppSpec = { id: 1, slug: 'register-check' };
  private nextId = 1_000_001;
  private readonly userIds = new Map<string, number>(Object.entries(KNOWN_IDS));
  private nextUserId = 100_001;

  constructor(private readonly clock: () => Date) {}

  /** Current time of the simulated GitHub. */
  now(): Date {
    return this.clock();
  }

  /** Timestamp as GitHub formats it (no milliseconds). */
  timestamp(d: Date = this.clock()): string {
    return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
  }

  /** A fresh id, unique across all kinds of records. */
  id(): number {
    return this.nextId++;
  }

  /** The identity of a login: type `Bot` for `…[bot]`, `Organization` for repository owners registered so. */
  identity(login: string): Identity {
    let id = this.userIds.get(login);
    if (id === undefined) {
      id = this.nextUserId++;
      this.userIds.set(login, id);
    }
    const isOrg = [...this.repos.values()].some((r) => r.owner === login && r.ownerType === 'Organization');
    return { login, id, type: login.endsWith('[bot]') ? 'Bot' : isOrg ? 'Organization' : 'User' };
  }

  /** Adds a repository (ids are fresh; branch refs and commits start empty). */
  addRepo(spec: RepoSpec): RepoRecord {
    const fullName = `${spec.owner}/${spec.repo}`;
    const rec: RepoRecord = {
      owner: spec.owner,
      name: spec.repo,
      fullName,
      id: this.id(),
      defaultBranch: spec.defaultBranch ?? 'main',
      private: spec.private ?? true,
      ownerType: spec.ownerType ?? 'Organization',
      collaborators: new Set((spec.collaborators ?? []).map((c) => c.toLowerCase())),
      refs: new Map(),
      commits: new Map(),
      createdAt: this.timestamp(),
    };
    this.repos.set(fullName.toLowerCase(), rec);
    return rec;
  }

  /** The repository `owner/repo` (case-insensitive), or `undefined`. */
  repo(owner: string, repo: string): RepoRecord | undefined {
    return this.repos.get(`${owner}/${repo}`.toLowerCase());
  }

  /** The repository, or an error naming it; for the seeding API. */
  mustRepo(owner: string, repo: string): RepoRecord {
    const r = this.repo(owner, repo);
    if (!r) throw new Error(`github-sim: repository ${owner}/${repo} was not added (sim.addRepo)`);
    return r;
  }

  /** Resolves a ref (sha, branch, `heads/x`, `refs/heads/x`, `refs/pull/N/head`) to a commit sha. */
  resolveRef(repo: RepoRecord, ref: string): string | undefined {
    if (repo.commits.has(ref)) return ref;
    const branch = ref.replace(/^refs\//, '').replace(/^heads\//, '');
    const sha = repo.refs.get(branch);
    if (sha) return sha;
    const pr = /^pull\/(\d+)\/head$/.exec(ref.replace(/^refs\//, ''));
    if (pr) return this.pull(repo, Number(pr[1]))?.head.sha;
    if (/^[0-9a-f]{7,39}$/.test(ref)) return [...repo.commits.keys()].find((s) => s.startsWith(ref));
    return undefined;
  }

  /** The pull request `number` of a repository. */
  pull(repo: RepoRecord, number: number): StoredPull | undefined {
    return this.state.pulls.find((p) => p.repo === repo.fullName && p.number === number);
  }

  /** The issue `number` of a repository (not a pull request). */
  issue(repo: RepoRecord, number: number): StoredIssue | undefined {
    return this.state.issues.find((i) => i.repo === repo.fullName && i.number === number);
  }

  /** An issue or a pull request (which is an issue too) by number. */
  issueLike(repo: RepoRecord, number: number): StoredIssue | StoredPull | undefined {
    return this.issue(repo, number) ?? this.pull(repo, number);
  }

  /** The next free issue/PR number in a repository. */
  nextNumber(repo: RepoRecord): number {
    const used = [...this.state.issues, ...this.state.pulls].filter((x) => x.repo === repo.fullName).map((x) => x.number);
    return used.length ? Math.max(...used) + 1 : 1;
  }

  /** A repository label by name, case-insensitively. */
  label(repo: RepoRecord, name: string): StoredLabel | undefined {
    return this.state.labels.find((l) => l.repo === repo.fullName && l.name.toLowerCase() === name.toLowerCase());
  }

  /** Finds a label or creates it (GitHub creates unknown labels named on an issue). */
  ensureLabel(repo: RepoRecord, name: string, color = 'ededed', description: string | null = null): StoredLabel {
    const existing = this.label(repo, name);
    if (existing) return existing;
    const label: StoredLabel = { id: this.id(), repo: repo.fullName, name, color, description, default: false };
    this.state.labels.push(label);
    return label;
  }

  /** Drops assignees who cannot be assigned (not collaborators, not the owner), like GitHub silently does. */
  assignable(repo: RepoRecord, logins: string[]): string[] {
    const ok = logins.filter((l) => repo.collaborators.has(l.toLowerCase()) || l.toLowerCase() === repo.owner.toLowerCase());
    return [...new Set(ok)];
  }

  /** Registers a token; permissions default from `write`, the check-run app from the login. */
  addToken(token: string, spec: TokenSpec): TokenRecord {
    const kind = spec.kind ?? (spec.login.endsWith('[bot]') ? 'installation' : 'user');
    const write = spec.write ?? true;
    const permissions: Permissions = spec.permissions ?? {
      contents: write ? 'write' : 'read',
      issues: write ? 'write' : 'read',
      pull_requests: write ? 'write' : 'read',
      checks: write ? 'write' : 'read',
      metadata: 'read',
    };
    let app = spec.app;
    if (!app && spec.login === 'github-actions[bot]') app = ACTIONS_APP;
    if (!app && spec.login === `${this.app.slug}[bot]`) app = { id: this.app.id, slug: this.app.slug };
    if (!app && spec.login.endsWith('[bot]')) app = { id: 900_000 + this.identity(spec.login).id, slug: spec.login.slice(0, -5) };
    const rec: TokenRecord = { token, login: spec.login, kind, repos: spec.repos ?? '*', permissions, installationId: spec.installationId, app };
    this.tokens.set(token, rec);
    return rec;
  }

  /** Registers an installation of `app`. */
  addInstallation(spec: InstallationSpec): InstallationRecord {
    const rec: InstallationRecord = {
      id: spec.id,
      account: spec.account,
      accountType: spec.accountType ?? 'Organization',
      repos: spec.repos,
      permissions: spec.permissions ?? { contents: 'read', metadata: 'read', issues: 'write', pull_requests: 'write', checks: 'write' },
      repositorySelection: spec.repositorySelection ?? 'selected',
      createdAt: this.timestamp(),
    };
    this.installations.set(spec.id, rec);
    return rec;
  }
}

/** Git's blob sha of a content (what the contents API reports as `sha`). */
export function blobSha(content: string | Buffer): string {
  const buf = typeof content === 'string' ? Buffer.from(content) : content;
  return createHash('sha1').update(`blob ${buf.length}\0`).update(buf).digest('hex');
}

/** The bytes of a tree file, or `undefined` for a symlink. */
export function fileBytes(f: TreeFile): Buffer | undefined {
  if (typeof f === 'string') return Buffer.from(f);
  if (Buffer.isBuffer(f)) return f;
  if ('symlink' in f) return undefined;
  return typeof f.content === 'string' ? Buffer.from(f.content) : f.content;
}
