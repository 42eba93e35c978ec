/**
 * Stateful implementations of the GitHub REST operations the simulator supports, keyed by the
 * spec's `operationId`. Authentication, repository visibility and permission checks happen in
 * `simulator.ts` before a handler runs, driven by each operation's `scope` and `permission`.
 */

import { randomBytes } from 'node:crypto';
import { parseHunks, resolveLine, resolvePosition, type ResolvedLine, type Side } from './diff.js';
import {
  renderAnnotation,
  renderApp,
  renderCheckRun,
  renderDiffEntry,
  renderFullRepository,
  renderInstallation,
  renderIssue,
  renderIssueComment,
  renderLabel,
  renderPull,
  renderRepository,
  renderReview,
  renderReviewComment,
  renderUser,
  type Urls,
} from './render.js';
import {
  blobSha,
  fileBytes,
  type Annotation,
  type Identity,
  type PermissionName,
  type Permissions,
  type RepoRecord,
  type Store,
  type StoredCheckRun,
  type StoredIssue,
  type StoredIssueComment,
  type StoredPull,
  type StoredReview,
  type StoredReviewComment,
  type TokenRecord,
} from './store.js';
import type { TreeFile } from './tar.js';

/** Who is calling: a token's identity, or a GitHub App authenticated by JWT. */
export interface Caller {
  identity: Identity;
  token?: TokenRecord;
  /** Set when authenticated as the app itself (JWT). */
  appJwt?: boolean;
}

/** Everything a handler gets. */
export interface HandlerContext {
  store: Store;
  urls: Urls;
  method: string;
  params: Record<string, string>;
  query: URLSearchParams;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
  caller: Caller;
  /** The repository of `{owner}/{repo}` operations (checked to exist and be visible). */
  repo: RepoRecord;
  accept: string;
  /** Absolute URL of this request, for `link` headers. */
  selfUrl: URL;
  /** Registers a one-time codeload token for an archive download. */
  codeloadToken(repo: RepoRecord, sha: string): string;
}

/** A handler's answer. `body` is sent as JSON unless `raw` is given. */
export interface SimResponse {
  status: number;
  body?: unknown;
  raw?: Buffer | string;
  contentType?: string;
  headers?: Record<string, string>;
}

/** An error answer in GitHub's shape; `documentation_url` and `status` are filled in by the simulator. */
export class GitHubError extends Error {
  constructor(
    readonly status: number,
    readonly body: Record<string, unknown>,
    readonly headers: Record<string, string> = {},
  ) {
    super(String(body.message));
  }
}

/** How an operation is authenticated and authorised. */
export interface OperationDef {
  /** `repo`: token with access to `{owner}/{repo}`; `app`: app JWT; `installation`: installation token; `user`: any token; `org`: an organisation permission (or a personal token). */
  scope: 'repo' | 'app' | 'app-repo' | 'installation' | 'user' | 'org';
  /** Permission(s) needed on the repository (any of them suffices); level is `write` for non-GET methods. */
  permission?: PermissionName | PermissionName[];
  handle(ctx: HandlerContext): SimResponse | Promise<SimResponse>;
}

const notFound = () => new GitHubError(404, { message: 'Not Found' });
/** 422 as GitHub words it for reviews: `{"message":"Unprocessable Entity","errors":["…"]}`. */
const unprocessable = (errors: string[]) => new GitHubError(422, { message: 'Unprocessable Entity', errors });
/** 422 "Validation Failed" with structured errors. */
const validationFailed = (errors: Array<Record<string, string>>) => new GitHubError(422, { message: 'Validation Failed', errors });

function num(ctx: HandlerContext, name: string): number {
  return Number(ctx.params[name]);
}

function mustPull(ctx: HandlerContext): StoredPull {
  const p = ctx.store.pull(ctx.repo, num(ctx, 'pull_number'));
  if (!p) throw notFound();
  return p;
}

function mustIssueLike(ctx: HandlerContext): StoredIssue | StoredPull {
  const i = ctx.store.issueLike(ctx.repo, num(ctx, 'issue_number'));
  if (!i) throw notFound();
  return i;
}

/** Slices a list by `per_page`/`page` and builds GitHub's `link` header. */
export function paginate<T>(ctx: HandlerContext, items: T[]): { items: T[]; headers: Record<string, string> } {
  const perPage = Math.min(Math.max(Number(ctx.query.get('per_page') ?? 30) || 30, 1), 100);
  const page = Math.max(Number(ctx.query.get('page') ?? 1) || 1, 1);
  const last = Math.max(Math.ceil(items.length / perPage), 1);
  const link = (p: number, rel: string) => {
    const u = new URL(ctx.selfUrl);
    u.searchParams.set('page', String(p));
    if (!u.searchParams.has('per_page') && perPage !== 30) u.searchParams.set('per_page', String(perPage));
    return `<${u.toString()}>; rel="${rel}"`;
  };
  const links: string[] = [];
  if (page > 1) links.push(link(Math.min(page - 1, last), 'prev'));
  if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
  if (page > 1) links.push(link(1, 'first'));
  return { items: items.slice((page - 1) * perPage, page * perPage), headers: links.length ? { link: links.join(', ') } : {} };
}

function list<T>(ctx: HandlerContext, items: T[], render: (x: T) => unknown): SimResponse {
  const { items: page, headers } = paginate(ctx, items);
  return { status: 200, body: page.map(render), headers };
}

function created(body: Record<string, unknown>): SimResponse {
  return { status: 201, body, headers: { location: String(body.url) } };
}

function labelNames(input: unknown): string[] {
  const raw = Array.isArray(input) ? input : input && typeof input === 'object' && 'labels' in input ? (input as { labels: unknown }).labels : typeof input === 'string' ? [input] : [];
  return (Array.isArray(raw) ? raw : [raw]).map((l) => (typeof l === 'string' ? l : String((l as { name?: unknown })?.name ?? ''))).filter(Boolean);
}

function canPush(ctx: HandlerContext, perm: PermissionName): boolean {
  return ctx.caller.token?.permissions[perm] === 'write';
}

// ---------------------------------------------------------------------------------------------
// Review comments: resolving a requested location against the diff

interface CommentRequest {
  path?: string;
  body?: string;
  line?: number;
  side?: string;
  start_line?: number;
  start_side?: string;
  position?: number;
  subject_type?: string;
}

interface Placement {
  path: string;
  subject_type: 'line' | 'file';
  line: number | null;
  side: Side | null;
  start_line: number | null;
  start_side: Side | null;
  position: number | null;
  diff_hunk: string;
}

/**
 * Places a comment on the diff of `files` or explains, in GitHub's words where known, why not:
 * right-side lines must be context or added lines of a hunk, left-side lines context or deleted
 * lines; a multi-line range must lie in one hunk with `start_line` before `line`.
 */
function place(files: StoredPull['files'], c: CommentRequest): Placement | string {
  const file = files.find((f) => f.filename === c.path);
  if (!file) return 'Path could not be resolved';
  const hunks = parseHunks(file.patch);
  if (c.subject_type === 'file' && c.line === undefined && c.position === undefined) {
    return { path: file.filename, subject_type: 'file', line: null, side: null, start_line: null, start_side: null, position: null, diff_hunk: hunks[0]?.header ?? '' };
  }
  let at: ResolvedLine | undefined;
  let side: Side = c.side === 'LEFT' ? 'LEFT' : 'RIGHT';
  if (c.line !== undefined) {
    at = resolveLine(hunks, c.line, side);
    if (!at) return 'Line could not be resolved';
  } else if (c.position !== undefined) {
    at = resolvePosition(hunks, c.position);
    if (!at) return 'Position could not be resolved';
    side = at.line.kind === 'del' ? 'LEFT' : 'RIGHT';
  } else {
    return 'Line could not be resolved';
  }
  let startLine: number | null = null;
  let startSide: Side | null = null;
  if (c.start_line !== undefined) {
    startSide = c.start_side === 'LEFT' ? 'LEFT' : c.start_side === 'RIGHT' ? 'RIGHT' : side;
    const start = resolveLine(hunks, c.start_line, startSide);
    if (!start) return 'Start line could not be resolved';
    if (start.hunk !== at.hunk) return 'Start line and line must be in the same hunk';
    if (start.line.position >= at.line.position) return 'start_line must precede the end line';
    startLine = c.start_line;
  }
  const line = side === 'RIGHT' ? (at.line.newLine as number) : (at.line.oldLine as number);
  return { path: file.filename, subject_type: 'line', line, side, start_line: startLine, start_side: startSide, position: at.line.position, diff_hunk: at.diffHunk };
}

function commitFiles(pr: StoredPull, commitId: string | undefined): StoredPull['files'] | undefined {
  return pr.filesBySha[commitId ?? pr.head.sha];
}

function newReview(ctx: HandlerContext, pr: StoredPull, state: StoredReview['state'], body: string, commitId: string): StoredReview {
  const review: StoredReview = {
    id: ctx.store.id(),
    repo: ctx.repo.fullName,
    pull_number: pr.number,
    user: ctx.caller.identity.login,
    state,
    body,
    commit_id: commitId,
    submitted_at: state === 'PENDING' ? null : ctx.store.timestamp(),
  };
  ctx.store.state.reviews.push(review);
  return review;
}

function newReviewComment(ctx: HandlerContext, pr: StoredPull, review: StoredReview, body: string, p: Placement, inReplyTo: number | null): StoredReviewComment {
  const ts = ctx.store.timestamp();
  const comment: StoredReviewComment = {
    id: ctx.store.id(),
    repo: ctx.repo.fullName,
    pull_number: pr.number,
    review_id: review.id,
    user: ctx.caller.identity.login,
    body,
    ...p,
    commit_id: review.commit_id,
    original_commit_id: review.commit_id,
    in_reply_to_id: inReplyTo,
    created_at: ts,
    updated_at: ts,
  };
  ctx.store.state.reviewComments.push(comment);
  return comment;
}

/** Review comments visible to the caller (others' pending reviews are hidden, as on GitHub). */
function visibleReviewComments(ctx: HandlerContext, pr: StoredPull): StoredReviewComment[] {
  const pendingOfOthers = new Set(ctx.store.state.reviews.filter((r) => r.state === 'PENDING' && r.user !== ctx.caller.identity.login).map((r) => r.id));
  return ctx.store.state.reviewComments.filter((c) => c.repo === ctx.repo.fullName && c.pull_number === pr.number && !pendingOfOthers.has(c.review_id));
}

function mustReviewComment(ctx: HandlerContext): StoredReviewComment {
  const c = ctx.store.state.reviewComments.find((x) => x.repo === ctx.repo.fullName && x.id === num(ctx, 'comment_id'));
  if (!c) throw notFound();
  return c;
}

function mustIssueComment(ctx: HandlerContext): StoredIssueComment {
  const c = ctx.store.state.issueComments.find((x) => x.repo === ctx.repo.fullName && x.id === num(ctx, 'comment_id'));
  if (!c) throw notFound();
  return c;
}

function replyTo(ctx: HandlerContext, pr: StoredPull, target: StoredReviewComment, body: string): SimResponse {
  if (target.in_reply_to_id !== null) {
    throw validationFailed([{ resource: 'PullRequestReviewComment', code: 'custom', field: 'in_reply_to_id', message: 'in_reply_to_id cannot be a reply' }]);
  }
  const review = newReview(ctx, pr, 'COMMENTED', '', target.commit_id);
  const { path, subject_type, line, side, start_line, start_side, position, diff_hunk } = target;
  const c = newReviewComment(ctx, pr, review, body, { path, subject_type, line, side, start_line, start_side, position, diff_hunk }, target.id);
  return created(renderReviewComment(ctx.store, ctx.repo, c, ctx.urls));
}

// ---------------------------------------------------------------------------------------------
// Issues

function setAssignees(ctx: HandlerContext, target: { assignees: string[] }, body: { assignees?: unknown; assignee?: unknown }): void {
  if (body.assignees === undefined && body.assignee === undefined) return;
  if (!canPush(ctx, 'issues')) return; // silently ignored without push access
  const wanted = Array.isArray(body.assignees) ? body.assignees.map(String) : typeof body.assignee === 'string' ? [body.assignee] : [];
  target.assignees = ctx.store.assignable(ctx.repo, wanted);
}

function setLabels(ctx: HandlerContext, target: { labels: string[] }, labels: unknown): void {
  if (labels === undefined || !canPush(ctx, 'issues')) return;
  target.labels = dedupe(labelNames(labels).map((n) => ctx.store.ensureLabel(ctx.repo, n).name));
}

function dedupe(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((n) => !seen.has(n.toLowerCase()) && seen.add(n.toLowerCase()));
}

function issueItems(ctx: HandlerContext): Array<StoredIssue | StoredPull> {
  const q = ctx.query;
  const state = q.get('state') ?? 'open';
  const labels = (q.get('labels') ?? '').split(',').map((l) => l.trim().toLowerCase()).filter(Boolean);
  const creator = q.get('creator');
  const assignee = q.get('assignee');
  const since = q.get('since');
  let items = [...ctx.store.state.issues, ...ctx.store.state.pulls].filter((i) => i.repo === ctx.repo.fullName);
  if (state !== 'all') items = items.filter((i) => i.state === state);
  if (labels.length) items = items.filter((i) => labels.every((l) => i.labels.some((x) => x.toLowerCase() === l)));
  if (creator) items = items.filter((i) => i.user.toLowerCase() === creator.toLowerCase());
  if (assignee === 'none') items = items.filter((i) => i.assignees.length === 0);
  else if (assignee === '*') items = items.filter((i) => i.assignees.length > 0);
  else if (assignee) items = items.filter((i) => i.assignees.some((a) => a.toLowerCase() === assignee.toLowerCase()));
  if (since) items = items.filter((i) => i.updated_at >= since);
  const sort = q.get('sort') ?? 'created';
  const key = (i: StoredIssue | StoredPull): string | number =>
    sort === 'updated' ? i.updated_at : sort === 'comments' ? ctx.store.state.issueComments.filter((c) => c.repo === i.repo && c.issue_number === i.number).length : i.created_at;
  const dir = (q.get('direction') ?? 'desc') === 'asc' ? 1 : -1;
  return items.sort((a, b) => (key(a) < key(b) ? -dir : key(a) > key(b) ? dir : (a.number - b.number) * dir));
}

// ---------------------------------------------------------------------------------------------
// Contents

function mustCommit(ctx: HandlerContext, ref: string | null): { sha: string; files: Map<string, TreeFile> } {
  const wanted = ref ?? ctx.repo.defaultBranch;
  const sha = ctx.store.resolveRef(ctx.repo, wanted);
  const commit = sha ? ctx.repo.commits.get(sha) : undefined;
  if (!commit) throw new GitHubError(404, { message: `No commit found for the ref ${wanted}` });
  return commit;
}

function contentEntry(ctx: HandlerContext, ref: string, path: string, type: 'file' | 'dir' | 'symlink', f?: TreeFile): Record<string, unknown> {
  const bytes = f ? fileBytes(f) : undefined;
  const target = f && typeof f === 'object' && !Buffer.isBuffer(f) && 'symlink' in f ? f.symlink : undefined;
  const sha = bytes ? blobSha(bytes) : blobSha(`${type}:${path}:${target ?? ''}`);
  const api = `${ctx.urls.api}/repos/${ctx.repo.fullName}`;
  const encPath = path.split('/').map(encodeURIComponent).join('/');
  const url = `${api}/contents/${encPath}?ref=${encodeURIComponent(ref)}`;
  const gitUrl = `${api}/git/${type === 'dir' ? 'trees' : 'blobs'}/${sha}`;
  const htmlUrl = `${ctx.urls.web}/${ctx.repo.fullName}/${type === 'dir' ? 'tree' : 'blob'}/${ref}/${encPath}`;
  return {
    type,
    name: path.split('/').pop() ?? path,
    path,
    sha,
    size: bytes?.length ?? (target ? Buffer.byteLength(target) : 0),
    url,
    git_url: gitUrl,
    html_url: htmlUrl,
    download_url: type === 'dir' ? null : `https://raw.githubusercontent.com/${ctx.repo.fullName}/${ref}/${encPath}`,
    _links: { self: url, git: gitUrl, html: htmlUrl },
  };
}

function getContent(ctx: HandlerContext): SimResponse {
  const refParam = ctx.query.get('ref');
  const commit = mustCommit(ctx, refParam);
  const ref = refParam ?? ctx.repo.defaultBranch;
  let path = ctx.params.path.replace(/^\/+|\/+$/g, '');
  let file = commit.files.get(path);
  // GitHub serves the target of a symlink to a file inside the repository.
  for (let hops = 0; file && typeof file === 'object' && !Buffer.isBuffer(file) && 'symlink' in file && hops < 5; hops++) {
    const target = normalise(`${path.split('/').slice(0, -1).join('/')}/${file.symlink}`);
    const resolved = target !== undefined ? commit.files.get(target) : undefined;
    if (!resolved) break;
    path = target as string;
    file = resolved;
  }
  const raw = /application\/vnd\.github(\.v3)?\.raw/.test(ctx.accept);
  if (file) {
    const bytes = fileBytes(file);
    if (!bytes) {
      const link = file as { symlink: string };
      return { status: 200, body: { ...contentEntry(ctx, ref, path, 'symlink', file), target: link.symlink } };
    }
    if (raw) return { status: 200, raw: bytes, contentType: 'text/plain; charset=utf-8' };
    const b64 = bytes.toString('base64').replace(/.{60}/g, '$&\n');
    return { status: 200, body: { ...contentEntry(ctx, ref, path, 'file', file), content: b64, encoding: 'base64' } };
  }
  const prefix = path === '' ? '' : `${path}/`;
  const children = new Map<string, 'file' | 'dir' | 'symlink'>();
  for (const [p, f] of commit.files) {
    if (!p.startsWith(prefix)) continue;
    const rest = p.slice(prefix.length).split('/');
    const kind = rest.length > 1 ? 'dir' : typeof f === 'object' && !Buffer.isBuffer(f) && 'symlink' in f ? 'symlink' : 'file';
    children.set(prefix + rest[0], kind);
  }
  if (children.size === 0) throw notFound();
  const entries = [...children].sort(([a], [b]) => a.localeCompare(b)).map(([p, kind]) => contentEntry(ctx, ref, p, kind, kind === 'dir' ? undefined : commit.files.get(p)));
  return { status: 200, body: entries };
}

/** Normalises a repository path; `undefined` when it leaves the repository. */
function normalise(path: string): string | undefined {
  const out: string[] = [];
  for (const seg of path.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (!out.length) return undefined;
      out.pop();
    } else out.push(seg);
  }
  return out.join('/');
}

// ---------------------------------------------------------------------------------------------
// Check runs

function appOf(ctx: HandlerContext): { id: number; slug: string } {
  const app = ctx.caller.token?.app;
  if (!app) throw new GitHubError(403, { message: 'You must authenticate via a GitHub App.' });
  return app;
}

function checkAnnotations(list: unknown): Annotation[] {
  const annotations = (Array.isArray(list) ? list : []) as Annotation[];
  for (const a of annotations) {
    if ((a.start_column !== undefined || a.end_column !== undefined) && a.start_line !== a.end_line) {
      throw new GitHubError(422, { message: 'Invalid request.\n\nstart_column and end_column may only be used when start_line equals end_line.' });
    }
    if (a.end_line < a.start_line) throw new GitHubError(422, { message: 'Invalid request.\n\nend_line must not precede start_line.' });
  }
  return annotations;
}

function applyCheckRunBody(ctx: HandlerContext, run: StoredCheckRun, b: Record<string, unknown>): void {
  if (typeof b.name === 'string') run.name = b.name;
  if (b.details_url !== undefined) run.details_url = String(b.details_url);
  if (b.external_id !== undefined) run.external_id = String(b.external_id);
  if (typeof b.started_at === 'string') run.started_at = b.started_at;
  if (typeof b.status === 'string') run.status = b.status as StoredCheckRun['status'];
  if (typeof b.conclusion === 'string') {
    run.conclusion = b.conclusion;
    run.status = 'completed';
  }
  if (run.status === 'completed') run.completed_at = typeof b.completed_at === 'string' ? b.completed_at : (run.completed_at ?? ctx.store.timestamp());
  const out = b.output as Record<string, unknown> | undefined;
  if (out) {
    const annotations = checkAnnotations(out.annotations);
    if (out.title !== undefined) run.output.title = String(out.title);
    if (out.summary !== undefined) run.output.summary = String(out.summary);
    if (out.text !== undefined) run.output.text = String(out.text);
    run.output.annotations.push(...annotations);
  }
}

function mustCheckRun(ctx: HandlerContext): StoredCheckRun {
  const run = ctx.store.state.checkRuns.find((c) => c.repo === ctx.repo.fullName && c.id === num(ctx, 'check_run_id'));
  if (!run) throw notFound();
  return run;
}

function knownSha(ctx: HandlerContext, sha: string): boolean {
  return ctx.repo.commits.has(sha) || ctx.store.state.pulls.some((p) => p.repo === ctx.repo.fullName && (p.head.sha === sha || p.base.sha === sha || sha in p.filesBySha));
}

// ---------------------------------------------------------------------------------------------
// Apps

function installationOf(ctx: HandlerContext) {
  const inst = ctx.store.installations.get(num(ctx, 'installation_id'));
  if (!inst) throw notFound();
  return inst;
}

const LEVEL: Record<string, number> = { read: 1, write: 2 };

function publicUser(ctx: HandlerContext): Record<string, unknown> {
  const ts = '2020-01-01T00:00:00Z';
  return {
    ...renderUser(ctx.caller.identity, ctx.urls),
    name: null,
    company: null,
    blog: '',
    location: null,
    email: null,
    hireable: null,
    bio: null,
    public_repos: 0,
    public_gists: 0,
    followers: 0,
    following: 0,
    created_at: ts,
    updated_at: ts,
  };
}

// ---------------------------------------------------------------------------------------------

/** The supported operations. Anything else in the spec answers 501 and is recorded as a violation. */
export const OPERATIONS: Record<string, OperationDef> = {
  'repos/get': { scope: 'repo', permission: 'metadata', handle: (ctx) => ({ status: 200, body: renderFullRepository(ctx.store, ctx.repo, ctx.urls) }) },

  'pulls/get': { scope: 'repo', permission: 'pull_requests', handle: (ctx) => ({ status: 200, body: renderPull(ctx.store, ctx.repo, mustPull(ctx), ctx.urls) }) },
  'pulls/list': {
    scope: 'repo',
    permission: 'pull_requests',
    handle: (ctx) => {
      const state = ctx.query.get('state') ?? 'open';
      const items = ctx.store.state.pulls.filter((p) => p.repo === ctx.repo.fullName && (state === 'all' || p.state === state)).sort((a, b) => b.number - a.number);
      return list(ctx, items, (p) => renderPull(ctx.store, ctx.repo, p, ctx.urls));
    },
  },
  'pulls/list-files': {
    scope: 'repo',
    permission: 'pull_requests',
    handle: (ctx) => {
      const pr = mustPull(ctx);
      return list(ctx, pr.files, (f) => renderDiffEntry(ctx.repo, pr, f, ctx.urls));
    },
  },

  'pulls/create-review': {
    scope: 'repo',
    permission: 'pull_requests',
    handle: (ctx) => {
      const pr = mustPull(ctx);
      const b = (ctx.body ?? {}) as { commit_id?: string; body?: string; event?: string; comments?: CommentRequest[] };
      const me = ctx.caller.identity.login;
      const commitId = b.commit_id ?? pr.head.sha;
      const files = commitFiles(pr, commitId);
      if (!files) throw unprocessable(['Commit could not be resolved']);
      const state: StoredReview['state'] = b.event === 'APPROVE' ? 'APPROVED' : b.event === 'REQUEST_CHANGES' ? 'CHANGES_REQUESTED' : b.event === 'COMMENT' ? 'COMMENTED' : 'PENDING';
      const comments = b.comments ?? [];
      const errors: string[] = [];
      if (pr.user === me && state === 'APPROVED') errors.push('Review Can not approve your own pull request');
      if (pr.user === me && state === 'CHANGES_REQUESTED') errors.push('Review Can not request changes on your own pull request');
      if (state === 'CHANGES_REQUESTED' && !b.body) errors.push('Body is required when requesting changes');
      if (state === 'COMMENTED' && !b.body && comments.length === 0) errors.push('Body is required when commenting without inline comments');
      if (state === 'PENDING' && ctx.store.state.reviews.some((r) => r.repo === ctx.repo.fullName && r.pull_number === pr.number && r.user === me && r.state === 'PENDING')) {
        errors.push('User can only have one pending review per pull request');
      }
      const placements = comments.map((c) => place(files, c));
      for (const p of placements) if (typeof p === 'string') errors.push(p);
      if (errors.length) throw unprocessable([...new Set(errors)]);
      const review = newReview(ctx, pr, state, b.body ?? '', commitId);
      placements.forEach((p, i) => newReviewComment(ctx, pr, review, String(comments[i].body ?? ''), p as Placement, null));
      return { status: 200, body: renderReview(ctx.store, ctx.repo, review, ctx.urls) };
    },
  },
  'pulls/list-reviews': {
    scope: 'repo',
    permission: 'pull_requests',
    handle: (ctx) => {
      const pr = mustPull(ctx);
      const me = ctx.caller.identity.login;
      const items = ctx.store.state.reviews.filter((r) => r.repo === ctx.repo.fullName && r.pull_number === pr.number && (r.state !== 'PENDING' || r.user === me));
      return list(ctx, items, (r) => renderReview(ctx.store, ctx.repo, r, ctx.urls));
    },
  },
  'pulls/dismiss-review': {
    scope: 'repo',
    permission: 'pull_requests',
    handle: (ctx) => {
      const pr = mustPull(ctx);
      const review = ctx.store.state.reviews.find((r) => r.repo === ctx.repo.fullName && r.pull_number === pr.number && r.id === num(ctx, 'review_id'));
      if (!review) throw notFound();
      // GitHub dismisses approvals and requests for changes only.
      if (review.state !== 'APPROVED' && review.state !== 'CHANGES_REQUESTED') throw unprocessable([`Can not dismiss a ${review.state.toLowerCase()} pull request review`]);
      review.state = 'DISMISSED';
      return { status: 200, body: renderReview(ctx.store, ctx.repo, review, ctx.urls) };
    },
  },
  'pulls/list-review-comments': {
    scope: 'repo',
    permission: 'pull_requests',
    handle: (ctx) => {
      const pr = mustPull(ctx);
      const since = ctx.query.get('since');
      const key = ctx.query.get('sort') === 'updated' ? 'updated_at' : 'created_at';
      const dir = ctx.query.get('direction') === 'desc' ? -1 : 1;
      const items = visibleReviewComments(ctx, pr)
        .filter((c) => !since || c.updated_at >= since)
        .sort((a, b) => (a[key] < b[key] ? -dir : a[key] > b[key] ? dir : (a.id - b.id) * dir));
      return list(ctx, items, (c) => renderReviewComment(ctx.store, ctx.repo, c, ctx.urls));
    },
  },
  'pulls/get-review-comment': {
    scope: 'repo',
    permission: 'pull_requests',
    handle: (ctx) => ({ status: 200, body: renderReviewComment(ctx.store, ctx.repo, mustReviewComment(ctx), ctx.urls) }),
  },
  'pulls/update-review-comment': {
    scope: 'repo',
    permission: 'pull_requests',
    handle: (ctx) => {
      const c = mustReviewComment(ctx);
      c.body = String(ctx.body.body);
      c.updated_at = ctx.store.timestamp();
      return { status: 200, body: renderReviewComment(ctx.store, ctx.repo, c, ctx.urls) };
    },
  },
  'pulls/delete-review-comment': {
    scope: 'repo',
    permission: 'pull_requests',
    handle: (ctx) => {
      const c = mustReviewComment(ctx);
      const all = ctx.store.state.reviewComments;
      all.splice(all.indexOf(c), 1);
      return { status: 204 };
    },
  },
  'pulls/create-reply-for-review-comment': {
    scope: 'repo',
    permission: 'pull_requests',
    handle: (ctx) => {
      const pr = mustPull(ctx);
      const target = ctx.store.state.reviewComments.find((c) => c.repo === ctx.repo.fullName && c.pull_number === pr.number && c.id === num(ctx, 'comment_id'));
      if (!target) throw notFound();
      return replyTo(ctx, pr, target, String(ctx.body.body));
    },
  },
  'pulls/create-review-comment': {
    scope: 'repo',
    permission: 'pull_requests',
    handle: (ctx) => {
      const pr = mustPull(ctx);
      const b = ctx.body as CommentRequest & { commit_id: string; in_reply_to?: number };
      if (b.in_reply_to !== undefined) {
        const target = ctx.store.state.reviewComments.find((c) => c.repo === ctx.repo.fullName && c.pull_number === pr.number && c.id === b.in_reply_to);
        if (!target) throw notFound();
        return replyTo(ctx, pr, target, String(b.body));
      }
      const files = commitFiles(pr, b.commit_id);
      const field = (f: string, message: string) => validationFailed([{ resource: 'PullRequestReviewComment', code: 'custom', field: f, message }]);
      if (!files) throw field('commit_id', 'commit_id is not part of the pull request');
      if (b.subject_type !== 'file' && b.line === undefined && b.position === undefined) throw field('line', 'line is required unless subject_type is file');
      const p = place(files, b);
      if (typeof p === 'string') {
        if (p === 'Path could not be resolved') throw field('pull_request_review_thread.path', 'pull_request_review_thread.path is invalid');
        if (p.startsWith('Start line')) throw field('pull_request_review_thread.start_line', 'pull_request_review_thread.start_line must be part of the same hunk as the line.');
        throw field('pull_request_review_thread.line', 'pull_request_review_thread.line must be part of the diff');
      }
      const review = newReview(ctx, pr, 'COMMENTED', '', b.commit_id);
      const c = newReviewComment(ctx, pr, review, String(b.body), p, null);
      return created(renderReviewComment(ctx.store, ctx.repo, c, ctx.urls));
    },
  },

  'issues/list-comments': {
    scope: 'repo',
    permission: ['issues', 'pull_requests'],
    handle: (ctx) => {
      const issue = mustIssueLike(ctx);
      const since = ctx.query.get('since');
      const items = ctx.store.state.issueComments.filter((c) => c.repo === ctx.repo.fullName && c.issue_number === issue.number && (!since || c.updated_at >= since));
      return list(ctx, items, (c) => renderIssueComment(ctx.store, ctx.repo, c, ctx.urls));
    },
  },
  'issues/create-comment': {
    scope: 'repo',
    permission: ['issues', 'pull_requests'],
    handle: (ctx) => {
      const issue = mustIssueLike(ctx);
      if (issue.locked) throw new GitHubError(403, { message: 'Unable to create comment because issue is locked.' });
      const ts = ctx.store.timestamp();
      const c: StoredIssueComment = { id: ctx.store.id(), repo: ctx.repo.fullName, issue_number: issue.number, user: ctx.caller.identity.login, body: String(ctx.body.body), created_at: ts, updated_at: ts };
      ctx.store.state.issueComments.push(c);
      issue.updated_at = ts;
      return created(renderIssueComment(ctx.store, ctx.repo, c, ctx.urls));
    },
  },
  'issues/get-comment': {
    scope: 'repo',
    permission: ['issues', 'pull_requests'],
    handle: (ctx) => ({ status: 200, body: renderIssueComment(ctx.store, ctx.repo, mustIssueComment(ctx), ctx.urls) }),
  },
  'issues/update-comment': {
    scope: 'repo',
    permission: ['issues', 'pull_requests'],
    handle: (ctx) => {
      const c = mustIssueComment(ctx);
      c.body = String(ctx.body.body);
      c.updated_at = ctx.store.timestamp();
      return { status: 200, body: renderIssueComment(ctx.store, ctx.repo, c, ctx.urls) };
    },
  },
  'issues/delete-comment': {
    scope: 'repo',
    permission: ['issues', 'pull_requests'],
    handle: (ctx) => {
      const c = mustIssueComment(ctx);
      const all = ctx.store.state.issueComments;
      all.splice(all.indexOf(c), 1);
      return { status: 204 };
    },
  },

  'issues/list-for-repo': {
    scope: 'repo',
    permission: 'issues',
    handle: (ctx) => list(ctx, issueItems(ctx), (i) => renderIssue(ctx.store, ctx.repo, i, ctx.urls)),
  },
  'issues/create': {
    scope: 'repo',
    permission: 'issues',
    handle: (ctx) => {
      const b = ctx.body as { title: string | number; body?: string | null; labels?: unknown; assignees?: string[]; assignee?: string | null };
      const ts = ctx.store.timestamp();
      const issue: StoredIssue = {
        kind: 'issue',
        repo: ctx.repo.fullName,
        number: ctx.store.nextNumber(ctx.repo),
        id: ctx.store.id(),
        title: String(b.title),
        body: b.body ?? null,
        state: 'open',
        state_reason: null,
        labels: [],
        assignees: [],
        user: ctx.caller.identity.login,
        locked: false,
        created_at: ts,
        updated_at: ts,
        closed_at: null,
        closed_by: null,
      };
      setLabels(ctx, issue, b.labels);
      setAssignees(ctx, issue, b);
      ctx.store.state.issues.push(issue);
      return created(renderIssue(ctx.store, ctx.repo, issue, ctx.urls));
    },
  },
  'issues/get': { scope: 'repo', permission: 'issues', handle: (ctx) => ({ status: 200, body: renderIssue(ctx.store, ctx.repo, mustIssueLike(ctx), ctx.urls) }) },
  'issues/update': {
    scope: 'repo',
    permission: ['issues', 'pull_requests'],
    handle: (ctx) => {
      const issue = mustIssueLike(ctx);
      const b = (ctx.body ?? {}) as { title?: string | number | null; body?: string | null; state?: 'open' | 'closed'; state_reason?: StoredIssue['state_reason']; labels?: unknown; assignees?: string[]; assignee?: string | null };
      const ts = ctx.store.timestamp();
      if (b.title !== undefined && b.title !== null) issue.title = String(b.title);
      if (b.body !== undefined) issue.body = b.body;
      if (b.state === 'closed' && issue.state === 'open') {
        issue.state = 'closed';
        issue.closed_at = ts;
        issue.closed_by = ctx.caller.identity.login;
        issue.state_reason = b.state_reason ?? 'completed';
      } else if (b.state === 'open' && issue.state === 'closed') {
        issue.state = 'open';
        issue.closed_at = null;
        issue.state_reason = b.state_reason ?? 'reopened';
      } else if (b.state_reason !== undefined && issue.state === 'closed') {
        issue.state_reason = b.state_reason;
      }
      setLabels(ctx, issue, b.labels);
      setAssignees(ctx, issue, b);
      issue.updated_at = ts;
      return { status: 200, body: renderIssue(ctx.store, ctx.repo, issue, ctx.urls) };
    },
  },

  'issues/list-labels-for-repo': {
    scope: 'repo',
    permission: 'issues',
    handle: (ctx) => list(ctx, ctx.store.state.labels.filter((l) => l.repo === ctx.repo.fullName), (l) => renderLabel(l, ctx.urls)),
  },
  'issues/get-label': {
    scope: 'repo',
    permission: 'issues',
    handle: (ctx) => {
      const l = ctx.store.label(ctx.repo, ctx.params.name);
      if (!l) throw notFound();
      return { status: 200, body: renderLabel(l, ctx.urls) };
    },
  },
  'issues/create-label': {
    scope: 'repo',
    permission: 'issues',
    handle: (ctx) => {
      const b = ctx.body as { name: string; color?: string; description?: string };
      if (ctx.store.label(ctx.repo, b.name)) throw validationFailed([{ resource: 'Label', code: 'already_exists', field: 'name' }]);
      const color = (b.color ?? 'ededed').replace(/^#/, '');
      if (!/^[0-9a-fA-F]{6}$/.test(color)) throw validationFailed([{ resource: 'Label', code: 'invalid', field: 'color' }]);
      const l = ctx.store.ensureLabel(ctx.repo, b.name, color.toLowerCase(), b.description ?? null);
      return created(renderLabel(l, ctx.urls));
    },
  },
  'issues/list-labels-on-issue': {
    scope: 'repo',
    permission: 'issues',
    handle: (ctx) => {
      const issue = mustIssueLike(ctx);
      return list(ctx, issue.labels, (n) => renderLabel(ctx.store.ensureLabel(ctx.repo, n), ctx.urls));
    },
  },
  'issues/add-labels': {
    scope: 'repo',
    permission: ['issues', 'pull_requests'],
    handle: (ctx) => {
      const issue = mustIssueLike(ctx);
      const names = labelNames(ctx.body);
      if (names.length === 0) throw validationFailed([{ resource: 'Label', code: 'missing_field', field: 'labels' }]);
      issue.labels = dedupe([...issue.labels, ...names.map((n) => ctx.store.ensureLabel(ctx.repo, n).name)]);
      issue.updated_at = ctx.store.timestamp();
      return { status: 200, body: issue.labels.map((n) => renderLabel(ctx.store.ensureLabel(ctx.repo, n), ctx.urls)) };
    },
  },
  'issues/remove-label': {
    scope: 'repo',
    permission: ['issues', 'pull_requests'],
    handle: (ctx) => {
      const issue = mustIssueLike(ctx);
      const name = ctx.params.name.toLowerCase();
      if (!issue.labels.some((l) => l.toLowerCase() === name)) throw new GitHubError(404, { message: 'Label does not exist' });
      issue.labels = issue.labels.filter((l) => l.toLowerCase() !== name);
      issue.updated_at = ctx.store.timestamp();
      return { status: 200, body: issue.labels.map((n) => renderLabel(ctx.store.ensureLabel(ctx.repo, n), ctx.urls)) };
    },
  },

  'checks/create': {
    scope: 'repo',
    permission: 'checks',
    handle: (ctx) => {
      const app = appOf(ctx);
      const b = ctx.body as Record<string, unknown> & { name: string; head_sha: string };
      if (!knownSha(ctx, b.head_sha)) throw new GitHubError(422, { message: `No commit found for SHA: ${b.head_sha}` });
      const run: StoredCheckRun = {
        id: ctx.store.id(),
        repo: ctx.repo.fullName,
        name: b.name,
        head_sha: b.head_sha,
        status: 'queued',
        conclusion: null,
        started_at: ctx.store.timestamp(),
        completed_at: null,
        external_id: null,
        details_url: null,
        output: { title: null, summary: null, text: null, annotations: [] },
        app,
        check_suite_id: ctx.store.id(),
        updates: 0,
      };
      applyCheckRunBody(ctx, run, b);
      ctx.store.state.checkRuns.push(run);
      return { status: 201, body: renderCheckRun(ctx.store, ctx.repo, run, ctx.urls) };
    },
  },
  'checks/update': {
    scope: 'repo',
    permission: 'checks',
    handle: (ctx) => {
      const app = appOf(ctx);
      const run = mustCheckRun(ctx);
      if (run.app.id !== app.id) throw new GitHubError(403, { message: 'Invalid app_id `' + app.id + '` - check run can only be modified by the GitHub App that created it.' });
      applyCheckRunBody(ctx, run, ctx.body as Record<string, unknown>);
      run.updates++;
      return { status: 200, body: renderCheckRun(ctx.store, ctx.repo, run, ctx.urls) };
    },
  },
  'checks/get': { scope: 'repo', permission: 'checks', handle: (ctx) => ({ status: 200, body: renderCheckRun(ctx.store, ctx.repo, mustCheckRun(ctx), ctx.urls) }) },
  'checks/list-annotations': {
    scope: 'repo',
    permission: 'checks',
    handle: (ctx) => {
      const run = mustCheckRun(ctx);
      return list(ctx, run.output.annotations, (a) => renderAnnotation(ctx.repo, run, a, ctx.urls));
    },
  },
  'checks/list-for-ref': {
    scope: 'repo',
    permission: 'checks',
    handle: (ctx) => {
      const ref = ctx.params.ref;
      const sha = ctx.store.resolveRef(ctx.repo, ref) ?? ref;
      const q = ctx.query;
      let runs = ctx.store.state.checkRuns.filter((c) => c.repo === ctx.repo.fullName && c.head_sha === sha);
      if (q.get('check_name')) runs = runs.filter((c) => c.name === q.get('check_name'));
      if (q.get('status')) runs = runs.filter((c) => c.status === q.get('status'));
      if (q.get('app_id')) runs = runs.filter((c) => c.app.id === Number(q.get('app_id')));
      if ((q.get('filter') ?? 'latest') === 'latest') {
        const latest = new Map<string, StoredCheckRun>();
        for (const c of runs) if ((latest.get(c.name)?.id ?? 0) < c.id) latest.set(c.name, c);
        runs = [...latest.values()];
      }
      runs = [...runs].sort((a, b) => b.id - a.id);
      const { items, headers } = paginate(ctx, runs);
      return { status: 200, body: { total_count: runs.length, check_runs: items.map((c) => renderCheckRun(ctx.store, ctx.repo, c, ctx.urls)) }, headers };
    },
  },

  'repos/get-content': { scope: 'repo', permission: 'contents', handle: getContent },
  'repos/download-tarball-archive': {
    scope: 'repo',
    permission: 'contents',
    handle: (ctx) => {
      const commit = mustCommit(ctx, ctx.params.ref);
      const token = ctx.codeloadToken(ctx.repo, commit.sha);
      const location = `${ctx.urls.api}/_codeload/${ctx.repo.fullName}/legacy.tar.gz/${commit.sha}?token=${token}`;
      return { status: 302, headers: { location } };
    },
  },
  'repos/get-commit': {
    scope: 'repo',
    permission: 'contents',
    handle: (ctx) => {
      const sha = ctx.store.resolveRef(ctx.repo, ctx.params.ref);
      const commit = sha ? ctx.repo.commits.get(sha) : undefined;
      if (!commit) throw new GitHubError(422, { message: `No commit found for SHA: ${ctx.params.ref}` });
      if (/application\/vnd\.github(\.v3)?\.sha/.test(ctx.accept)) return { status: 200, raw: commit.sha, contentType: 'application/vnd.github.sha; charset=utf-8' };
      const api = `${ctx.urls.api}/repos/${ctx.repo.fullName}`;
      const person = { name: 'Simulated Author', email: 'author@example.invalid', date: commit.date };
      return {
        status: 200,
        body: {
          url: `${api}/commits/${commit.sha}`,
          sha: commit.sha,
          node_id: Buffer.from(`0:Commit${commit.sha}`).toString('base64'),
          html_url: `${ctx.urls.web}/${ctx.repo.fullName}/commit/${commit.sha}`,
          comments_url: `${api}/commits/${commit.sha}/comments`,
          commit: {
            url: `${api}/git/commits/${commit.sha}`,
            author: person,
            committer: person,
            message: commit.message,
            comment_count: 0,
            tree: { sha: blobSha(`tree:${commit.sha}`), url: `${api}/git/trees/${blobSha(`tree:${commit.sha}`)}` },
          },
          author: {},
          committer: {},
          parents: commit.parents.map((p) => ({ sha: p, url: `${api}/commits/${p}`, html_url: `${ctx.urls.web}/${ctx.repo.fullName}/commit/${p}` })),
          files: [],
        },
      };
    },
  },
  'git/get-ref': {
    scope: 'repo',
    permission: 'contents',
    handle: (ctx) => {
      const m = /^heads\/(.+)$/.exec(ctx.params.ref);
      const sha = m ? ctx.repo.refs.get(m[1]) : undefined;
      if (!m || !sha) throw notFound();
      const api = `${ctx.urls.api}/repos/${ctx.repo.fullName}`;
      return {
        status: 200,
        body: {
          ref: `refs/heads/${m[1]}`,
          node_id: Buffer.from(`0:Ref${ctx.repo.id}:${m[1]}`).toString('base64'),
          url: `${api}/git/refs/heads/${m[1]}`,
          object: { type: 'commit', sha, url: `${api}/git/commits/${sha}` },
        },
      };
    },
  },

  'apps/get-authenticated': { scope: 'app', handle: (ctx) => ({ status: 200, body: renderApp(ctx.store, ctx.store.app, ctx.urls) }) },
  'apps/list-installations': {
    scope: 'app',
    handle: (ctx) => list(ctx, [...ctx.store.installations.values()], (i) => renderInstallation(ctx.store, i, ctx.urls)),
  },
  'apps/get-repo-installation': {
    scope: 'app-repo',
    handle: (ctx) => {
      const inst = [...ctx.store.installations.values()].find((i) => i.repos.some((r) => r.toLowerCase() === ctx.repo.fullName.toLowerCase()));
      if (!inst) throw notFound();
      return { status: 200, body: renderInstallation(ctx.store, inst, ctx.urls) };
    },
  },
  'apps/create-installation-access-token': {
    scope: 'app',
    handle: (ctx) => {
      const inst = installationOf(ctx);
      const b = (ctx.body ?? {}) as { repositories?: string[]; repository_ids?: number[]; permissions?: Permissions };
      let repos = inst.repos;
      if (b.repositories || b.repository_ids) {
        const byName = (b.repositories ?? []).map((n) => inst.repos.find((r) => r.split('/')[1].toLowerCase() === n.toLowerCase()));
        const byId = (b.repository_ids ?? []).map((id) => inst.repos.find((r) => ctx.store.repo(...(r.split('/') as [string, string]))?.id === id));
        if ([...byName, ...byId].some((r) => !r)) {
          throw new GitHubError(422, { message: 'There is at least one repository that does not exist or is not accessible to the parent installation.' });
        }
        repos = [...new Set([...byName, ...byId] as string[])];
      }
      let permissions = inst.permissions;
      if (b.permissions) {
        for (const [k, v] of Object.entries(b.permissions)) {
          if ((LEVEL[inst.permissions[k as PermissionName] ?? ''] ?? 0) < (LEVEL[v] ?? 3)) {
            throw new GitHubError(422, { message: 'The permissions requested are not granted to this installation.' });
          }
        }
        permissions = { metadata: 'read', ...b.permissions };
      }
      const token = `ghs_sim${randomBytes(16).toString('hex')}`;
      const expires = Date.now() + 3600_000;
      const rec = ctx.store.addToken(token, {
        login: `${ctx.store.app.slug}[bot]`,
        kind: 'installation',
        repos,
        permissions,
        installationId: inst.id,
        app: { id: ctx.store.app.id, slug: ctx.store.app.slug },
      });
      rec.expiresAt = expires;
      const out: Record<string, unknown> = {
        token,
        expires_at: new Date(expires).toISOString().replace(/\.\d{3}Z$/, 'Z'),
        permissions,
        repository_selection: b.repositories || b.repository_ids ? 'selected' : inst.repositorySelection,
      };
      if (b.repositories || b.repository_ids) {
        out.repositories = repos.map((r) => ctx.store.repo(...(r.split('/') as [string, string]))).filter((r): r is RepoRecord => !!r).map((r) => renderRepository(ctx.store, r, ctx.urls));
      }
      return { status: 201, body: out };
    },
  },
  'apps/list-repos-accessible-to-installation': {
    scope: 'installation',
    handle: (ctx) => {
      const token = ctx.caller.token as TokenRecord;
      const inst = token.installationId !== undefined ? ctx.store.installations.get(token.installationId) : undefined;
      const names = token.repos === '*' ? [...ctx.store.repos.values()].map((r) => r.fullName) : token.repos;
      const repos = names.map((n) => ctx.store.repo(...(n.split('/') as [string, string]))).filter((r): r is RepoRecord => !!r);
      const { items, headers } = paginate(ctx, repos);
      return {
        status: 200,
        body: { total_count: repos.length, repositories: items.map((r) => renderRepository(ctx.store, r, ctx.urls)), repository_selection: inst?.repositorySelection ?? 'selected' },
        headers,
      };
    },
  },
  'teams/get-membership-for-user-in-org': {
    scope: 'org',
    permission: 'members',
    handle: (ctx) => {
      const team = ctx.store.teams.get(`${ctx.params.org}/${ctx.params.team_slug}`.toLowerCase());
      const state = team?.get(ctx.params.username.toLowerCase());
      // The description gives this 404 no content.
      if (!state) return { status: 404 };
      const url = `${ctx.urls.api}/organizations/${ctx.store.identity(ctx.params.org).id}/team/1/memberships/${ctx.params.username}`;
      return { status: 200, body: { url, role: 'member', state } };
    },
  },
  'users/get-authenticated': {
    scope: 'user',
    handle: (ctx) => {
      if (ctx.caller.token?.kind !== 'user') throw new GitHubError(403, { message: 'Resource not accessible by integration' });
      return { status: 200, body: publicUser(ctx) };
    },
  },
};
