/**
 * A GitHub REST API simulator for tests: a real HTTP server on 127.0.0.1 that keeps state,
 * routes and validates every request and response against GitHub's OpenAPI description, and
 * answers like GitHub (status codes, error bodies, pagination links, rate-limit headers).
 */

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createVerify, randomBytes } from 'node:crypto';
import { loadOpenApi, type OpenApi, type RouteMatch } from './openapi.js';
import { GitHubError, OPERATIONS, type Caller, type HandlerContext, type SimResponse } from './handlers.js';
import { buildTarball, tarballTopDir, type RawTarEntry, type TreeFile } from './tar.js';
import {
  Store,
  type AppSpec,
  type InstallationSpec,
  type PermissionName,
  type PullSpec,
  type PullFileSpec,
  type RepoSpec,
  type SimState,
  type StoredIssue,
  type StoredIssueComment,
  type StoredLabel,
  type StoredPull,
  type TokenRecord,
  type TokenSpec,
} from './store.js';
import type { Urls } from './render.js';

/** Options of `startGitHubSimulator`. */
export interface SimulatorOptions {
  /** Clock for timestamps of created records (JWT and token expiry always use the real clock). */
  now?: () => Date;
  /** Stand-in for https://github.com in `html_url`s. Default `https://github.com`. */
  webUrl?: string;
  /** Primary rate limit per token and hour. Default 5000. */
  rateLimit?: number;
  /**
   * Secondary (content-creation) limit: at most `writes` non-GET requests per token within
   * `windowMs`; beyond that GitHub-style 403 "secondary rate limit" with `retry-after`. Default off.
   */
  secondaryRateLimit?: { writes: number; windowMs: number };
}

/** One entry of `sim.requests`. */
export interface RequestLogEntry {
  method: string;
  /** Path without query string, as sent (percent-encoded). */
  path: string;
  query: Record<string, string>;
  status: number;
  /** The spec's operationId, when the request matched one. */
  operationId?: string;
  /** Login of the caller, when authenticated. */
  login?: string;
  /** Parsed JSON body, if any. */
  body?: unknown;
  /** `api` for REST calls, `codeload` for archive downloads after the redirect. */
  kind: 'api' | 'codeload';
  /** Set when the answer came from `sim.faults`. */
  fault?: boolean;
  /** Set when the simulator's own rate limits answered. */
  limited?: 'primary' | 'secondary';
}

/** One entry of `sim.violations`: the client or the simulator broke the OpenAPI contract. */
export interface Violation {
  /** `request`: the client sent something the spec does not allow; `response`: the simulator did;
   *  `unimplemented`: a valid operation the simulator lacks; `internal`: a simulator crash. */
  kind: 'request' | 'response' | 'unimplemented' | 'internal';
  method: string;
  path: string;
  operationId?: string;
  status?: number;
  message: string;
}

/** A scripted failure. Matches on all given criteria; consumed after `times` uses. */
export interface Fault {
  method?: string;
  /** Exact path, or a RegExp tested against the path. */
  path?: string | RegExp;
  operationId?: string;
  /** Default 502. */
  status?: number;
  /** Default `{ message: <reason phrase> }`. */
  body?: unknown;
  headers?: Record<string, string>;
  /** How many matching requests fail; default 1; `Infinity` for all. */
  times?: number;
  /** Let this many matching requests through first. */
  skip?: number;
  /** Destroy the connection instead of answering (a network error on the client). */
  reset?: boolean;
  /**
   * Called when a matching request arrives; the request waits until the promise settles. With no `status`,
   * `body` or `reset` it is then handled normally, which lets a test interleave concurrent runs in a chosen
   * order without a clock (see {@link barrier}).
   */
  hold?: () => Promise<unknown>;
}

/** A hold that lets requests on only when `n` of them have arrived: concurrent runs meet at the same step. */
export function barrier(n: number): () => Promise<void> {
  let arrived = 0;
  let open!: () => void;
  const all = new Promise<void>((resolve) => (open = resolve));
  return () => {
    if (++arrived >= n) open();
    return all;
  };
}

/** Which requests a fault helper applies to. */
export type FaultMatch = Pick<Fault, 'method' | 'path' | 'operationId' | 'times' | 'skip'>;

/** A fault that answers like GitHub's secondary rate limit (403 by default, or 429) with `retry-after`. */
export function secondaryRateLimit(match: FaultMatch, opts: { status?: 403 | 429; retryAfter?: number } = {}): Fault {
  const status = opts.status ?? 403;
  return { ...match, status, headers: { 'retry-after': String(opts.retryAfter ?? 1) }, body: secondaryLimitBody(status) };
}

function secondaryLimitBody(status: number): Record<string, string> {
  return {
    message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID 0000:0000:0000000:0000000:00000000.',
    documentation_url: 'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
    status: String(status),
  };
}

/** A fault that answers 403 "Resource not accessible by integration", as for a read-only token. */
export function forbidden(match: FaultMatch): Fault {
  return { ...match, status: 403, body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest', status: '403' } };
}

/** How a test adds an issue directly (e.g. one left by an earlier run). */
export interface IssueSeed {
  title: string;
  body?: string | null;
  number?: number;
  user?: string;
  state?: 'open' | 'closed';
  state_reason?: StoredIssue['state_reason'];
  labels?: string[];
  assignees?: string[];
}

const REASONS: Record<number, string> = { 400: 'Bad Request', 401: 'Requires authentication', 403: 'Forbidden', 404: 'Not Found', 409: 'Conflict', 422: 'Unprocessable Entity', 429: 'Too Many Requests', 500: 'Internal Server Error', 501: 'Not Implemented', 502: 'Bad Gateway', 503: 'Service Unavailable' };

/** Starts a simulator on an ephemeral loopback port. */
export async function startGitHubSimulator(options: SimulatorOptions = {}): Promise<GitHubSimulator> {
  const sim = new GitHubSimulator(options);
  await sim.listen();
  return sim;
}

/** The running simulator: seeding API, request log, violations, faults and state. */
export class GitHubSimulator {
  /** Base URL, e.g. `http://127.0.0.1:41234`; pass it as Octokit's `baseUrl`. */
  url = '';
  /** Every request received, in order. */
  readonly requests: RequestLogEntry[] = [];
  /** OpenAPI contract violations by requests and responses; tests assert it stays empty. */
  readonly violations: Violation[] = [];
  /** Scripted failures, consulted in order for each request after validation. */
  readonly faults: Fault[] = [];
  /** The OpenAPI router/validator. */
  readonly openapi: OpenApi;

  private readonly store: Store;
  private readonly server: Server;
  private readonly webUrl: string;
  private readonly rateLimit: number;
  private readonly secondary?: { writes: number; windowMs: number };
  private readonly writeTimes = new Map<string, number[]>();
  private readonly buckets = new Map<string, { used: number; reset: number }>();
  private readonly codeload = new Map<string, { repo: string; sha: string }>();
  private readonly tarballs = new Map<string, Buffer>();

  constructor(options: SimulatorOptions = {}) {
    this.openapi = loadOpenApi();
    this.store = new Store(options.now ?? (() => new Date()));
    this.webUrl = options.webUrl ?? 'https://github.com';
    this.rateLimit = options.rateLimit ?? 5000;
    this.secondary = options.secondaryRateLimit;
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((err: unknown) => {
        this.violations.push({ kind: 'internal', method: req.method ?? '', path: req.url ?? '', message: String((err as Error)?.stack ?? err) });
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ message: 'github-sim internal error' }));
      });
    });
  }

  /** Starts listening (done by `startGitHubSimulator`). */
  async listen(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** Stops the server. */
  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve, reject) => this.server.close((e) => (e ? reject(e) : resolve())));
  }

  /** What a maintainer would see: issues, pulls, comments, reviews, labels, check runs. */
  get state(): SimState {
    return this.store.state;
  }

  /** The GitHub App whose JWT the app endpoints accept (`iss` must equal `id`). */
  get app(): AppSpec {
    return this.store.app;
  }

  set app(app: AppSpec) {
    this.store.app = app;
  }

  /** Adds a repository. */
  addRepo(spec: RepoSpec): void {
    this.store.addRepo(spec);
  }

  /**
   * Stores a commit `sha` with `files` (path → content; `{ symlink: target }` for a link) and points
   * `opts.ref` (a branch) at it. `opts.raw` entries go into the tarball verbatim (hostile archives).
   */
  setTree(owner: string, repo: string, sha: string, files: Record<string, TreeFile>, opts: { ref?: string; raw?: RawTarEntry[]; message?: string; parents?: string[] } = {}): void {
    const r = this.store.mustRepo(owner, repo);
    r.commits.set(sha, { sha, files: new Map(Object.entries(files)), raw: opts.raw ?? [], message: opts.message ?? `commit ${sha.slice(0, 7)}`, parents: opts.parents ?? [], date: this.store.timestamp() });
    if (opts.ref) r.refs.set(opts.ref, sha);
    this.tarballs.delete(`${r.fullName}@${sha}`);
  }

  /** Points branch `ref` at commit `sha`. */
  setRef(owner: string, repo: string, ref: string, sha: string): void {
    this.store.mustRepo(owner, repo).refs.set(ref, sha);
  }

  /** Top folder of the tarball GitHub serves for a commit: `<owner>-<repo>-<sha7>`. */
  tarballTopDir(owner: string, repo: string, sha: string): string {
    return tarballTopDir(owner, repo, sha);
  }

  /** Adds a pull request with its changed files (each with its unified-diff `patch`). */
  addPullRequest(owner: string, repo: string, spec: PullSpec): StoredPull {
    const r = this.store.mustRepo(owner, repo);
    const ts = this.store.timestamp();
    const user = spec.user ?? 'octocat';
    const headRepo = spec.head.repo ?? (spec.fork ? `${user}/${r.name}` : r.fullName);
    const pull: StoredPull = {
      kind: 'pull',
      repo: r.fullName,
      number: spec.number,
      id: this.store.id(),
      issueId: this.store.id(),
      title: spec.title ?? `Pull request #${spec.number}`,
      body: spec.body ?? null,
      state: spec.state ?? 'open',
      state_reason: null,
      labels: (spec.labels ?? []).map((l) => this.store.ensureLabel(r, l).name),
      assignees: [],
      user,
      locked: false,
      created_at: ts,
      updated_at: ts,
      closed_at: spec.state === 'closed' ? ts : null,
      closed_by: null,
      draft: spec.draft ?? false,
      fork: spec.fork ?? false,
      head: { sha: spec.head.sha, ref: spec.head.ref, repo: headRepo },
      base: { ...spec.base },
      files: spec.files,
      filesBySha: { [spec.head.sha]: spec.files },
    };
    this.store.state.pulls.push(pull);
    return pull;
  }

  /** Simulates a push to a pull request: a new head sha with its changed files. Older commits stay reviewable. */
  pushToPullRequest(owner: string, repo: string, number: number, head: { sha: string; files: PullFileSpec[] }): void {
    const pull = this.store.pull(this.store.mustRepo(owner, repo), number);
    if (!pull) throw new Error(`github-sim: no pull request #${number} in ${owner}/${repo}`);
    pull.head.sha = head.sha;
    pull.files = head.files;
    pull.filesBySha[head.sha] = head.files;
    pull.updated_at = this.store.timestamp();
  }

  /** Adds an issue directly (no API call, not logged). */
  addIssue(owner: string, repo: string, seed: IssueSeed): StoredIssue {
    const r = this.store.mustRepo(owner, repo);
    const ts = this.store.timestamp();
    const closed = seed.state === 'closed';
    const issue: StoredIssue = {
      kind: 'issue',
      repo: r.fullName,
      number: seed.number ?? this.store.nextNumber(r),
      id: this.store.id(),
      title: seed.title,
      body: seed.body ?? null,
      state: seed.state ?? 'open',
      state_reason: seed.state_reason ?? (closed ? 'completed' : null),
      labels: (seed.labels ?? []).map((l) => this.store.ensureLabel(r, l).name),
      assignees: seed.assignees ?? [],
      user: seed.user ?? 'octocat',
      locked: false,
      created_at: ts,
      updated_at: ts,
      closed_at: closed ? ts : null,
      closed_by: closed ? (seed.user ?? 'octocat') : null,
    };
    this.store.state.issues.push(issue);
    return issue;
  }

  /** Adds a conversation comment on an issue or pull request directly (e.g. a human's). */
  addIssueComment(owner: string, repo: string, issueNumber: number, comment: { user: string; body: string }): StoredIssueComment {
    const r = this.store.mustRepo(owner, repo);
    const ts = this.store.timestamp();
    const c: StoredIssueComment = { id: this.store.id(), repo: r.fullName, issue_number: issueNumber, user: comment.user, body: comment.body, created_at: ts, updated_at: ts };
    this.store.state.issueComments.push(c);
    return c;
  }

  /** Adds a repository label directly. */
  addLabel(owner: string, repo: string, label: { name: string; color?: string; description?: string }): StoredLabel {
    return this.store.ensureLabel(this.store.mustRepo(owner, repo), label.name, label.color, label.description ?? null);
  }

  /** Registers a token (`authorization: token X` or `Bearer X`) with an identity, repositories and permissions. */
  addToken(token: string, spec: TokenSpec): void {
    this.store.addToken(token, spec);
  }

  /** Adds a team of an organisation with its active members (and invited, `pending` ones). */
  addTeam(org: string, slug: string, members: string[], pending: string[] = []): void {
    const team = new Map<string, 'active' | 'pending'>();
    for (const login of pending) team.set(login.toLowerCase(), 'pending');
    for (const login of members) team.set(login.toLowerCase(), 'active');
    this.store.teams.set(`${org}/${slug}`.toLowerCase(), team);
  }

  /** Registers an installation of `sim.app`. */
  addInstallation(spec: InstallationSpec): void {
    this.store.addInstallation(spec);
  }

  /** An unsigned JWT for `sim.app`, valid for 9 minutes, accepted by the app endpoints (unless `app.publicKey` is set). */
  appJwt(): string {
    const now = Math.floor(Date.now() / 1000);
    const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
    return `${b64({ alg: 'RS256', typ: 'JWT' })}.${b64({ iat: now - 30, exp: now + 540, iss: String(this.store.app.id) })}.c2ln`;
  }

  /** REST calls made (codeload downloads excluded), optionally only those matching `filter`. */
  apiCalls(filter?: (r: RequestLogEntry) => boolean): RequestLogEntry[] {
    return this.requests.filter((r) => r.kind === 'api' && (!filter || filter(r)));
  }

  /** Clears the request log and the violations (state is kept). */
  clearLog(): void {
    this.requests.length = 0;
    this.violations.length = 0;
  }

  // -------------------------------------------------------------------------------------------

  private get urls(): Urls {
    return { api: this.url, web: this.webUrl };
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', this.url);
    const raw = await readBody(req);
    const entry: RequestLogEntry = { method, path: url.pathname, query: Object.fromEntries(url.searchParams), status: 0, kind: 'api' };
    this.requests.push(entry);
    const send = (r: SimResponse, extraHeaders: Record<string, string> = {}) => this.send(res, entry, r, extraHeaders);

    if (url.pathname.startsWith('/_codeload/')) {
      entry.kind = 'codeload';
      return send(await this.serveCodeload(url));
    }

    let body: unknown;
    if (raw.length) {
      try {
        body = JSON.parse(raw.toString('utf8'));
        entry.body = body;
      } catch {
        this.violation('request', entry, 'request body is not valid JSON', 400);
        return send({ status: 400, body: { message: 'Problems parsing JSON', documentation_url: 'https://docs.github.com/rest', status: '400' } });
      }
    }

    const match = this.openapi.match(method, url.pathname);
    if ('error' in match) {
      this.violation('request', entry, match.error, 404);
      return send(error(404, 'Not Found'));
    }
    entry.operationId = match.operation.operationId;
    const docs = match.operation.externalDocs?.url ?? 'https://docs.github.com/rest';

    const auth = this.authenticate(req.headers.authorization);
    if ('status' in auth) return send(withDocs(auth, docs));
    entry.login = auth.identity.login;
    const rateHeaders = this.rateHeaders(auth);

    const problems = this.openapi.validateRequest(match, url.searchParams, body);
    for (const p of problems) this.violation('request', entry, p.message, p.status);
    const rejected = problems.find((p) => p.reject);
    if (rejected) {
      const answer = rejected.status === 404 ? error(404, 'Not Found') : { status: rejected.status, body: { message: `Invalid request.\n\n${rejected.message}` } };
      return send(withDocs(answer, docs), rateHeaders);
    }

    const fault = this.takeFault(method, url.pathname, match.operation.operationId);
    if (fault?.hold) await fault.hold();
    if (fault && (fault.status !== undefined || fault.body !== undefined || fault.reset)) {
      entry.fault = true;
      if (fault.reset) {
        entry.status = -1;
        req.socket.destroy();
        return;
      }
      const status = fault.status ?? 502;
      return send({ status, body: fault.body ?? { message: REASONS[status] ?? 'Error', documentation_url: docs, status: String(status) }, headers: fault.headers }, rateHeaders);
    }

    const retryAfter = this.secondaryLimit(method, auth);
    if (retryAfter !== undefined) {
      entry.limited = 'secondary';
      return send({ status: 403, body: secondaryLimitBody(403), headers: { 'retry-after': String(retryAfter) } }, rateHeaders);
    }

    if (rateHeaders['x-ratelimit-remaining'] === '-1') {
      entry.limited = 'primary';
      rateHeaders['x-ratelimit-remaining'] = '0';
      return send(withDocs({ status: 403, body: { message: `API rate limit exceeded for ${auth.identity.login}.` } }, 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api'), rateHeaders);
    }

    const def = OPERATIONS[match.operation.operationId];
    if (!def) {
      this.violation('unimplemented', entry, `github-sim does not implement ${match.operation.operationId} (${method} ${match.template})`, 501);
      return send({ status: 501, body: { message: `github-sim does not implement ${match.operation.operationId}` } }, rateHeaders);
    }

    let response: SimResponse;
    try {
      const ctx = this.context(req, url, match, body, auth, def.scope, def.permission);
      response = await def.handle(ctx);
    } catch (e) {
      if (!(e instanceof GitHubError)) throw e;
      response = withDocs({ status: e.status, body: e.body, headers: e.headers }, docs);
    }
    if (response.raw === undefined) {
      const contentType = response.status === 204 || response.status === 302 ? '' : 'application/json';
      for (const p of this.openapi.validateResponse(match, response.status, contentType || 'application/json', response.status === 204 || response.status === 302 ? undefined : response.body)) {
        this.violation('response', entry, p.message, response.status);
      }
    }
    return send(response, rateHeaders);
  }

  /** Builds the handler context after the scope and permission checks; throws GitHubError to refuse. */
  private context(req: IncomingMessage, url: URL, match: RouteMatch, body: unknown, caller: Caller, scope: string, permission?: PermissionName | PermissionName[]): HandlerContext {
    const write = match.method !== 'get' && match.method !== 'head';
    const token = caller.token;
    if (scope === 'app' || scope === 'app-repo') {
      if (!caller.appJwt) throw new GitHubError(401, { message: 'A JSON web token could not be decoded' });
    } else if (caller.appJwt) {
      throw new GitHubError(401, { message: 'Bad credentials' });
    }
    // Organisation endpoints: an app's token needs the organisation permission (`members`); a personal token may read.
    if (scope === 'org' && token?.kind !== 'user' && !(permission && (Array.isArray(permission) ? permission : [permission]).some((p) => token?.permissions[p] !== undefined))) {
      throw new GitHubError(403, { message: 'Resource not accessible by integration' });
    }
    if (scope === 'installation' && token?.kind !== 'installation') throw new GitHubError(403, { message: 'You must authenticate with an installation access token in order to list repositories for an installation.' });
    let repo = undefined as unknown as HandlerContext['repo'];
    if (scope === 'repo' || scope === 'app-repo') {
      const found = this.store.repo(match.params.owner, match.params.repo);
      const visible = found && (scope === 'app-repo' || token?.repos === '*' || (Array.isArray(token?.repos) && token.repos.some((r) => r.toLowerCase() === found.fullName.toLowerCase())));
      if (!found || !visible) throw new GitHubError(404, { message: 'Not Found' });
      repo = found;
      if (scope === 'repo' && permission) {
        const perms = Array.isArray(permission) ? permission : [permission];
        const level = (p: PermissionName) => (p === 'metadata' ? (token?.permissions.metadata ?? 'read') : token?.permissions[p]);
        const ok = perms.some((p) => (write ? level(p) === 'write' : level(p) !== undefined));
        if (!ok) throw new GitHubError(403, { message: 'Resource not accessible by integration' });
      }
    }
    return {
      store: this.store,
      urls: this.urls,
      method: match.method,
      params: match.params,
      query: url.searchParams,
      body,
      caller,
      repo,
      accept: String(req.headers.accept ?? ''),
      selfUrl: url,
      codeloadToken: (r, sha) => {
        const t = randomBytes(12).toString('hex');
        this.codeload.set(t, { repo: r.fullName, sha });
        return t;
      },
    };
  }

  /** Resolves the `authorization` header to a caller, or a 401 answer. */
  private authenticate(header: string | undefined): Caller | SimResponse {
    if (!header) return error(401, 'Requires authentication');
    const m = /^(?:token|bearer)\s+(\S+)$/i.exec(header.trim());
    if (!m) return error(401, 'Bad credentials');
    const credential = m[1];
    const token = this.store.tokens.get(credential);
    if (token) {
      if (token.expiresAt !== undefined && token.expiresAt < Date.now()) return error(401, 'Bad credentials');
      return { identity: this.store.identity(token.login), token };
    }
    if (/^[\w-]+\.[\w-]+\.[\w-]*$/.test(credential)) return this.authenticateJwt(credential);
    return error(401, 'Bad credentials');
  }

  private authenticateJwt(jwt: string): Caller | SimResponse {
    const [h, p, s] = jwt.split('.');
    let payload: { iss?: unknown; iat?: unknown; exp?: unknown };
    try {
      JSON.parse(Buffer.from(h, 'base64url').toString('utf8'));
      payload = JSON.parse(Buffer.from(p, 'base64url').toString('utf8')) as typeof payload;
    } catch {
      return error(401, 'A JSON web token could not be decoded');
    }
    const app = this.store.app;
    if (app.publicKey) {
      const ok = createVerify('RSA-SHA256').update(`${h}.${p}`).verify(app.publicKey, Buffer.from(s, 'base64url'));
      if (!ok) return error(401, 'A JSON web token could not be decoded');
    }
    const now = Math.floor(Date.now() / 1000);
    if (String(payload.iss) !== String(app.id)) return error(401, `'Issuer' claim ('iss') must be an Integer`);
    if (typeof payload.exp !== 'number' || payload.exp < now) return error(401, `'Expiration time' claim ('exp') must be a numeric value representing the future time at which the assertion expires.`);
    if (typeof payload.iat !== 'number' || payload.iat > now + 60) return error(401, `'Issued at' claim ('iat') must be an Integer representing the time that the assertion was issued.`);
    if (payload.exp - payload.iat > 600) return error(401, `'Expiration time' claim ('exp') is too far in the future`);
    return { identity: this.store.identity(`${app.slug}[bot]`), appJwt: true };
  }

  /** Counts the request against the caller's bucket; `x-ratelimit-remaining` is `-1` when exhausted. */
  private rateHeaders(caller: Caller): Record<string, string> {
    const key = caller.token?.token ?? `app:${caller.identity.login}`;
    const nowS = Math.floor(Date.now() / 1000);
    let b = this.buckets.get(key);
    if (!b || b.reset <= nowS) {
      b = { used: 0, reset: nowS + 3600 };
      this.buckets.set(key, b);
    }
    b.used++;
    return {
      'x-ratelimit-limit': String(this.rateLimit),
      'x-ratelimit-remaining': String(b.used > this.rateLimit ? -1 : this.rateLimit - b.used),
      'x-ratelimit-reset': String(b.reset),
      'x-ratelimit-used': String(Math.min(b.used, this.rateLimit)),
      'x-ratelimit-resource': 'core',
    };
  }

  /** Seconds to wait when a write exceeds the configured secondary limit, else `undefined` (and the write is counted). */
  private secondaryLimit(method: string, caller: Caller): number | undefined {
    if (!this.secondary || method === 'GET' || method === 'HEAD') return undefined;
    const key = caller.token?.token ?? `app:${caller.identity.login}`;
    const now = Date.now();
    const recent = (this.writeTimes.get(key) ?? []).filter((t) => t > now - this.secondary!.windowMs);
    this.writeTimes.set(key, recent);
    if (recent.length >= this.secondary.writes) return Math.max(1, Math.ceil((recent[0] + this.secondary.windowMs - now) / 1000));
    recent.push(now);
    return undefined;
  }

  private takeFault(method: string, path: string, operationId: string): Fault | undefined {
    for (let i = 0; i < this.faults.length; i++) {
      const f = this.faults[i];
      if (f.method && f.method.toUpperCase() !== method) continue;
      if (f.operationId && f.operationId !== operationId) continue;
      if (f.path !== undefined && !(typeof f.path === 'string' ? f.path === path : f.path.test(path))) continue;
      if (f.skip && f.skip > 0) {
        f.skip--;
        continue;
      }
      f.times = (f.times ?? 1) - 1;
      if (f.times <= 0) this.faults.splice(i, 1);
      return f;
    }
    return undefined;
  }

  private async serveCodeload(url: URL): Promise<SimResponse> {
    const m = /^\/_codeload\/([^/]+)\/([^/]+)\/legacy\.tar\.gz\/([0-9a-f]+)$/.exec(url.pathname);
    const grant = this.codeload.get(url.searchParams.get('token') ?? '');
    if (!m || !grant || grant.repo !== `${m[1]}/${m[2]}` || grant.sha !== m[3]) return { status: 404, raw: '404: Not Found', contentType: 'text/plain; charset=utf-8' };
    const repo = this.store.mustRepo(m[1], m[2]);
    const commit = repo.commits.get(m[3]);
    if (!commit) return { status: 404, raw: '404: Not Found', contentType: 'text/plain; charset=utf-8' };
    const key = `${repo.fullName}@${commit.sha}`;
    let tgz = this.tarballs.get(key);
    if (!tgz) {
      tgz = await buildTarball({ owner: repo.owner, repo: repo.name, sha: commit.sha, files: commit.files, raw: commit.raw, mtime: new Date(commit.date) });
      this.tarballs.set(key, tgz);
    }
    return {
      status: 200,
      raw: tgz,
      contentType: 'application/x-gzip',
      headers: { 'content-disposition': `attachment; filename=${tarballTopDir(repo.owner, repo.name, commit.sha)}.tar.gz` },
    };
  }

  private send(res: ServerResponse, entry: RequestLogEntry, r: SimResponse, extra: Record<string, string>): void {
    entry.status = r.status;
    const headers: Record<string, string> = {
      'x-github-request-id': randomBytes(8).toString('hex').toUpperCase(),
      'x-github-media-type': 'github.v3; format=json',
      ...extra,
      ...(r.headers ?? {}),
    };
    let payload: Buffer | undefined;
    if (r.raw !== undefined) {
      payload = Buffer.isBuffer(r.raw) ? r.raw : Buffer.from(r.raw);
      headers['content-type'] = r.contentType ?? 'application/octet-stream';
    } else if (r.body !== undefined && r.status !== 204 && r.status !== 304) {
      payload = Buffer.from(JSON.stringify(r.body));
      headers['content-type'] = 'application/json; charset=utf-8';
    }
    if (payload) headers['content-length'] = String(payload.length);
    res.writeHead(r.status, headers);
    res.end(payload);
  }

  private violation(kind: Violation['kind'], entry: RequestLogEntry, message: string, status?: number): void {
    this.violations.push({ kind, method: entry.method, path: entry.path, operationId: entry.operationId, status, message });
  }
}

function error(status: number, message: string): SimResponse {
  return { status, body: { message, documentation_url: 'https://docs.github.com/rest', status: String(status) } };
}

/** Completes an error body with `documentation_url` and `status`, as GitHub sends them. */
function withDocs(r: SimResponse, docs: string): SimResponse {
  if (r.status < 400 || !r.body || typeof r.body !== 'object') return r;
  const b = r.body as Record<string, unknown>;
  return { ...r, body: { ...b, documentation_url: b.documentation_url ?? docs, status: b.status ?? String(r.status) } };
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

export type { TokenRecord };
