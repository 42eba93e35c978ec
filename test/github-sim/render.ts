/**
 * GitHub's JSON representations of the stored records. Every shape here is checked against the
 * operation's response schema on each response, so missing or misspelt fields show up in
 * `sim.violations`.
 */

import type {
  AppSpec,
  Identity,
  InstallationRecord,
  IssueFields,
  Permissions,
  RepoRecord,
  Store,
  StoredCheckRun,
  StoredIssueComment,
  StoredLabel,
  StoredPull,
  StoredReview,
  StoredReviewComment,
  Annotation,
} from './store.js';
import { countChanges } from './diff.js';
import { blobSha } from './store.js';

/** Base URLs: `api` is the simulator, `web` stands in for https://github.com. */
export interface Urls {
  api: string;
  web: string;
}

type Json = Record<string, unknown>;

const enc = encodeURIComponent;
const nodeId = (kind: string, id: number) => Buffer.from(`0:${kind}${id}`).toString('base64').replace(/=+$/, '');

/** A simple-user object. */
export function renderUser(u: Identity, urls: Urls): Json {
  const api = `${urls.api}/users/${enc(u.login)}`;
  const isBot = u.type === 'Bot';
  return {
    login: u.login,
    id: u.id,
    node_id: nodeId(isBot ? 'Bot' : 'User', u.id),
    avatar_url: `https://avatars.githubusercontent.com/${isBot ? 'in/' : 'u/'}${u.id}?v=4`,
    gravatar_id: '',
    url: api,
    html_url: isBot ? `${urls.web}/apps/${u.login.replace(/\[bot\]$/, '')}` : `${urls.web}/${u.login}`,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type: u.type,
    site_admin: false,
  };
}

/** A `repository` object (the short form embedded in pull requests and installation lists). */
export function renderRepository(store: Store, r: RepoRecord, urls: Urls, fork = false): Json {
  const api = `${urls.api}/repos/${r.owner}/${r.name}`;
  const html = `${urls.web}/${r.fullName}`;
  const openIssues = store.state.issues.filter((i) => i.repo === r.fullName && i.state === 'open').length;
  const ts = r.createdAt;
  return {
    id: r.id,
    node_id: nodeId('Repository', r.id),
    name: r.name,
    full_name: r.fullName,
    owner: renderUser(store.identity(r.owner), urls),
    private: r.private,
    html_url: html,
    description: null,
    fork,
    url: api,
    archive_url: `${api}/{archive_format}{/ref}`,
    assignees_url: `${api}/assignees{/user}`,
    blobs_url: `${api}/git/blobs{/sha}`,
    branches_url: `${api}/branches{/branch}`,
    collaborators_url: `${api}/collaborators{/collaborator}`,
    comments_url: `${api}/comments{/number}`,
    commits_url: `${api}/commits{/sha}`,
    compare_url: `${api}/compare/{base}...{head}`,
    contents_url: `${api}/contents/{+path}`,
    contributors_url: `${api}/contributors`,
    deployments_url: `${api}/deployments`,
    downloads_url: `${api}/downloads`,
    events_url: `${api}/events`,
    forks_url: `${api}/forks`,
    git_commits_url: `${api}/git/commits{/sha}`,
    git_refs_url: `${api}/git/refs{/sha}`,
    git_tags_url: `${api}/git/tags{/sha}`,
    git_url: `git://github.com/${r.fullName}.git`,
    issue_comment_url: `${api}/issues/comments{/number}`,
    issue_events_url: `${api}/issues/events{/number}`,
    issues_url: `${api}/issues{/number}`,
    keys_url: `${api}/keys{/key_id}`,
    labels_url: `${api}/labels{/name}`,
    languages_url: `${api}/languages`,
    merges_url: `${api}/merges`,
    milestones_url: `${api}/milestones{/number}`,
    notifications_url: `${api}/notifications{?since,all,participating}`,
    pulls_url: `${api}/pulls{/number}`,
    releases_url: `${api}/releases{/id}`,
    ssh_url: `git@github.com:${r.fullName}.git`,
    stargazers_url: `${api}/stargazers`,
    statuses_url: `${api}/statuses/{sha}`,
    subscribers_url: `${api}/subscribers`,
    subscription_url: `${api}/subscription`,
    tags_url: `${api}/tags`,
    teams_url: `${api}/teams`,
    trees_url: `${api}/git/trees{/sha}`,
    clone_url: `${html}.git`,
    mirror_url: null,
    hooks_url: `${api}/hooks`,
    svn_url: html,
    homepage: null,
    language: null,
    forks_count: 0,
    stargazers_count: 0,
    watchers_count: 0,
    size: 0,
    default_branch: r.defaultBranch,
    open_issues_count: openIssues,
    is_template: false,
    topics: [],
    has_issues: true,
    has_projects: true,
    has_wiki: true,
    has_pages: false,
    has_downloads: true,
    has_discussions: false,
    archived: false,
    disabled: false,
    visibility: r.private ? 'private' : 'public',
    pushed_at: ts,
    created_at: ts,
    updated_at: ts,
    allow_forking: true,
    web_commit_signoff_required: false,
    forks: 0,
    open_issues: openIssues,
    watchers: 0,
    license: null,
  };
}

/** A `full-repository` object (GET /repos/{owner}/{repo}). */
export function renderFullRepository(store: Store, r: RepoRecord, urls: Urls): Json {
  return {
    ...renderRepository(store, r, urls),
    network_count: 0,
    subscribers_count: 0,
    allow_rebase_merge: true,
    allow_squash_merge: true,
    allow_merge_commit: true,
    allow_auto_merge: false,
    delete_branch_on_merge: false,
  };
}

/** A `label` object. */
export function renderLabel(l: StoredLabel, urls: Urls): Json {
  return {
    id: l.id,
    node_id: nodeId('Label', l.id),
    url: `${urls.api}/repos/${l.repo}/labels/${enc(l.name)}`,
    name: l.name,
    description: l.description,
    color: l.color,
    default: l.default,
  };
}

function labelObjects(store: Store, r: RepoRecord, names: string[], urls: Urls): Json[] {
  return names.map((n) => renderLabel(store.ensureLabel(r, n), urls));
}

/** An `issue` object; for a pull request, the issue view of it (with `pull_request`). */
export function renderIssue(store: Store, r: RepoRecord, i: IssueFields & { kind: 'issue' | 'pull' }, urls: Urls): Json {
  const api = `${urls.api}/repos/${r.fullName}/issues/${i.number}`;
  const isPull = i.kind === 'pull';
  const comments = store.state.issueComments.filter((c) => c.repo === r.fullName && c.issue_number === i.number).length;
  const assignees = i.assignees.map((a) => renderUser(store.identity(a), urls));
  const out: Json = {
    id: isPull ? (i as StoredPull).issueId : i.id,
    node_id: nodeId(isPull ? 'PullRequest' : 'Issue', i.id),
    url: api,
    repository_url: `${urls.api}/repos/${r.fullName}`,
    labels_url: `${api}/labels{/name}`,
    comments_url: `${api}/comments`,
    events_url: `${api}/events`,
    html_url: `${urls.web}/${r.fullName}/${isPull ? 'pull' : 'issues'}/${i.number}`,
    number: i.number,
    state: i.state,
    state_reason: i.state_reason,
    title: i.title,
    body: i.body,
    user: renderUser(store.identity(i.user), urls),
    labels: labelObjects(store, r, i.labels, urls),
    assignee: assignees[0] ?? null,
    assignees,
    milestone: null,
    locked: i.locked,
    active_lock_reason: null,
    comments,
    closed_at: i.closed_at,
    created_at: i.created_at,
    updated_at: i.updated_at,
    closed_by: i.closed_by ? renderUser(store.identity(i.closed_by), urls) : null,
    author_association: association(r, i.user),
    timeline_url: `${api}/timeline`,
    reactions: reactions(`${api}/reactions`),
  };
  if (isPull) {
    const p = i as StoredPull;
    out.draft = p.draft;
    out.pull_request = {
      url: `${urls.api}/repos/${r.fullName}/pulls/${i.number}`,
      html_url: `${urls.web}/${r.fullName}/pull/${i.number}`,
      diff_url: `${urls.web}/${r.fullName}/pull/${i.number}.diff`,
      patch_url: `${urls.web}/${r.fullName}/pull/${i.number}.patch`,
      merged_at: null,
    };
  }
  return out;
}

/** A `pull-request` object. */
export function renderPull(store: Store, r: RepoRecord, p: StoredPull, urls: Urls): Json {
  const api = `${urls.api}/repos/${r.fullName}/pulls/${p.number}`;
  const issueApi = `${urls.api}/repos/${r.fullName}/issues/${p.number}`;
  const html = `${urls.web}/${r.fullName}/pull/${p.number}`;
  const [headOwner, headName] = p.head.repo.split('/');
  const headRepo: RepoRecord = store.repo(headOwner, headName) ?? { ...r, owner: headOwner, name: headName, fullName: p.head.repo, id: r.id + 1 };
  let additions = 0;
  let deletions = 0;
  for (const f of p.files) {
    const c = fileCounts(f);
    additions += c.additions;
    deletions += c.deletions;
  }
  const assignees = p.assignees.map((a) => renderUser(store.identity(a), urls));
  const link = (href: string) => ({ href });
  return {
    url: api,
    id: p.id,
    node_id: nodeId('PullRequest', p.id),
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: issueApi,
    commits_url: `${api}/commits`,
    review_comments_url: `${api}/comments`,
    review_comment_url: `${urls.api}/repos/${r.fullName}/pulls/comments{/number}`,
    comments_url: `${issueApi}/comments`,
    statuses_url: `${urls.api}/repos/${r.fullName}/statuses/${p.head.sha}`,
    number: p.number,
    state: p.state,
    locked: p.locked,
    title: p.title,
    user: renderUser(store.identity(p.user), urls),
    body: p.body,
    labels: labelObjects(store, r, p.labels, urls),
    milestone: null,
    active_lock_reason: null,
    created_at: p.created_at,
    updated_at: p.updated_at,
    closed_at: p.closed_at,
    merged_at: null,
    merge_commit_sha: null,
    assignee: assignees[0] ?? null,
    assignees,
    requested_reviewers: [],
    requested_teams: [],
    head: {
      label: `${headOwner}:${p.head.ref}`,
      ref: p.head.ref,
      sha: p.head.sha,
      user: renderUser(store.identity(headOwner), urls),
      repo: renderRepository(store, headRepo, urls, p.fork),
    },
    base: {
      label: `${r.owner}:${p.base.ref}`,
      ref: p.base.ref,
      sha: p.base.sha,
      user: renderUser(store.identity(r.owner), urls),
      repo: renderRepository(store, r, urls),
    },
    _links: {
      self: link(api),
      html: link(html),
      issue: link(issueApi),
      comments: link(`${issueApi}/comments`),
      review_comments: link(`${api}/comments`),
      review_comment: link(`${urls.api}/repos/${r.fullName}/pulls/comments{/number}`),
      commits: link(`${api}/commits`),
      statuses: link(`${urls.api}/repos/${r.fullName}/statuses/${p.head.sha}`),
    },
    author_association: association(r, p.user),
    auto_merge: null,
    draft: p.draft,
    merged: false,
    mergeable: null,
    rebaseable: null,
    mergeable_state: 'unknown',
    merged_by: null,
    comments: store.state.issueComments.filter((c) => c.repo === r.fullName && c.issue_number === p.number).length,
    review_comments: store.state.reviewComments.filter((c) => c.repo === r.fullName && c.pull_number === p.number).length,
    maintainer_can_modify: false,
    commits: 1,
    additions,
    deletions,
    changed_files: p.files.length,
  };
}

function fileCounts(f: { patch?: string; additions?: number; deletions?: number }): { additions: number; deletions: number } {
  const c = countChanges(f.patch);
  return { additions: f.additions ?? c.additions, deletions: f.deletions ?? c.deletions };
}

/** A `diff-entry` object (one file of GET /pulls/{n}/files). */
export function renderDiffEntry(r: RepoRecord, p: StoredPull, f: StoredPull['files'][number], urls: Urls): Json {
  const { additions, deletions } = fileCounts(f);
  const path = f.filename.split('/').map(enc).join('/');
  const out: Json = {
    sha: f.sha ?? blobSha(`${p.head.sha}:${f.filename}`),
    filename: f.filename,
    status: f.status ?? 'modified',
    additions,
    deletions,
    changes: additions + deletions,
    blob_url: `${urls.web}/${r.fullName}/blob/${p.head.sha}/${path}`,
    raw_url: `${urls.web}/${r.fullName}/raw/${p.head.sha}/${path}`,
    contents_url: `${urls.api}/repos/${r.fullName}/contents/${path}?ref=${p.head.sha}`,
  };
  if (f.patch !== undefined) out.patch = f.patch;
  if (f.previous_filename) out.previous_filename = f.previous_filename;
  return out;
}

/** An `issue-comment` object. */
export function renderIssueComment(store: Store, r: RepoRecord, c: StoredIssueComment, urls: Urls): Json {
  const isPull = !!store.pull(r, c.issue_number);
  return {
    id: c.id,
    node_id: nodeId('IssueComment', c.id),
    url: `${urls.api}/repos/${r.fullName}/issues/comments/${c.id}`,
    html_url: `${urls.web}/${r.fullName}/${isPull ? 'pull' : 'issues'}/${c.issue_number}#issuecomment-${c.id}`,
    body: c.body,
    user: renderUser(store.identity(c.user), urls),
    created_at: c.created_at,
    updated_at: c.updated_at,
    issue_url: `${urls.api}/repos/${r.fullName}/issues/${c.issue_number}`,
    author_association: association(r, c.user),
    reactions: reactions(`${urls.api}/repos/${r.fullName}/issues/comments/${c.id}/reactions`),
  };
}

/** A `pull-request-review` object. */
export function renderReview(store: Store, r: RepoRecord, v: StoredReview, urls: Urls): Json {
  const html = `${urls.web}/${r.fullName}/pull/${v.pull_number}#pullrequestreview-${v.id}`;
  const prUrl = `${urls.api}/repos/${r.fullName}/pulls/${v.pull_number}`;
  const out: Json = {
    id: v.id,
    node_id: nodeId('PullRequestReview', v.id),
    user: renderUser(store.identity(v.user), urls),
    body: v.body,
    state: v.state,
    html_url: html,
    pull_request_url: prUrl,
    _links: { html: { href: html }, pull_request: { href: prUrl } },
    commit_id: v.commit_id,
    author_association: association(r, v.user),
  };
  if (v.submitted_at) out.submitted_at = v.submitted_at;
  return out;
}

/** A `pull-request-review-comment` object. */
export function renderReviewComment(store: Store, r: RepoRecord, c: StoredReviewComment, urls: Urls): Json {
  const url = `${urls.api}/repos/${r.fullName}/pulls/comments/${c.id}`;
  const html = `${urls.web}/${r.fullName}/pull/${c.pull_number}#discussion_r${c.id}`;
  const prUrl = `${urls.api}/repos/${r.fullName}/pulls/${c.pull_number}`;
  const out: Json = {
    url,
    pull_request_review_id: c.review_id,
    id: c.id,
    node_id: nodeId('PullRequestReviewComment', c.id),
    diff_hunk: c.diff_hunk,
    path: c.path,
    commit_id: c.commit_id,
    original_commit_id: c.original_commit_id,
    user: renderUser(store.identity(c.user), urls),
    body: c.body,
    created_at: c.created_at,
    updated_at: c.updated_at,
    html_url: html,
    pull_request_url: prUrl,
    author_association: association(r, c.user),
    _links: { self: { href: url }, html: { href: html }, pull_request: { href: prUrl } },
    start_line: c.start_line,
    original_start_line: c.start_line,
    start_side: c.start_side,
    subject_type: c.subject_type,
    reactions: reactions(`${url}/reactions`),
  };
  if (c.line !== null) {
    out.line = c.line;
    out.original_line = c.line;
  }
  if (c.side !== null) out.side = c.side;
  if (c.position !== null) {
    out.position = c.position;
    out.original_position = c.position;
  }
  if (c.in_reply_to_id !== null) out.in_reply_to_id = c.in_reply_to_id;
  return out;
}

/** An `integration` object for a GitHub App. */
export function renderApp(store: Store, app: AppSpec | { id: number; slug: string; name?: string; owner?: string }, urls: Urls, permissions?: Permissions): Json {
  const owner = app.owner ?? (app.slug === 'github-actions' ? 'github' : 'register-check-dev');
  const ts = '2024-01-01T00:00:00Z';
  return {
    id: app.id,
    slug: app.slug,
    node_id: nodeId('Integration', app.id),
    client_id: `Iv1.${app.id.toString(16).padStart(16, '0')}`,
    owner: renderUser(store.identity(owner), urls),
    name: app.name ?? app.slug,
    description: null,
    external_url: `${urls.web}/apps/${app.slug}`,
    html_url: `${urls.web}/apps/${app.slug}`,
    created_at: ts,
    updated_at: ts,
    permissions: permissions ?? { checks: 'write', contents: 'read', issues: 'write', metadata: 'read', pull_requests: 'write' },
    events: ['pull_request', 'push', 'check_suite'],
  };
}

/** An `installation` object. */
export function renderInstallation(store: Store, inst: InstallationRecord, urls: Urls): Json {
  const account = store.identity(inst.account);
  return {
    id: inst.id,
    account: renderUser({ ...account, type: inst.accountType }, urls),
    repository_selection: inst.repositorySelection,
    access_tokens_url: `${urls.api}/app/installations/${inst.id}/access_tokens`,
    repositories_url: `${urls.api}/installation/repositories`,
    html_url: `${urls.web}/organizations/${inst.account}/settings/installations/${inst.id}`,
    app_id: store.app.id,
    app_slug: store.app.slug,
    target_id: account.id,
    target_type: inst.accountType,
    permissions: inst.permissions,
    events: ['pull_request', 'push', 'check_suite'],
    created_at: inst.createdAt,
    updated_at: inst.createdAt,
    single_file_name: null,
    has_multiple_single_files: false,
    single_file_paths: [],
    suspended_by: null,
    suspended_at: null,
  };
}

/** A `check-run` object. */
export function renderCheckRun(store: Store, r: RepoRecord, c: StoredCheckRun, urls: Urls): Json {
  const api = `${urls.api}/repos/${r.fullName}/check-runs/${c.id}`;
  const html = `${urls.web}/${r.fullName}/runs/${c.id}`;
  // GitHub lists only pull requests whose head is in this repository (never fork PRs).
  const pulls = store.state.pulls.filter((p) => p.repo === r.fullName && !p.fork && p.head.sha === c.head_sha && p.state === 'open');
  const repoRef = { id: r.id, url: `${urls.api}/repos/${r.fullName}`, name: r.name };
  const app = c.app.id === store.app.id ? store.app : c.app;
  return {
    id: c.id,
    head_sha: c.head_sha,
    node_id: nodeId('CheckRun', c.id),
    external_id: c.external_id ?? '',
    url: api,
    html_url: html,
    details_url: c.details_url ?? html,
    status: c.status,
    conclusion: c.conclusion,
    started_at: c.started_at,
    completed_at: c.completed_at,
    output: {
      title: c.output.title,
      summary: c.output.summary,
      text: c.output.text,
      annotations_count: c.output.annotations.length,
      annotations_url: `${api}/annotations`,
    },
    name: c.name,
    check_suite: { id: c.check_suite_id },
    app: renderApp(store, app, urls),
    pull_requests: pulls.map((p) => ({
      id: p.id,
      number: p.number,
      url: `${urls.api}/repos/${r.fullName}/pulls/${p.number}`,
      head: { ref: p.head.ref, sha: p.head.sha, repo: repoRef },
      base: { ref: p.base.ref, sha: p.base.sha, repo: repoRef },
    })),
  };
}

/** A `check-annotation` object. */
export function renderAnnotation(r: RepoRecord, c: StoredCheckRun, a: Annotation, urls: Urls): Json {
  return {
    path: a.path,
    start_line: a.start_line,
    end_line: a.end_line,
    start_column: a.start_column ?? null,
    end_column: a.end_column ?? null,
    annotation_level: a.annotation_level,
    title: a.title ?? null,
    message: a.message,
    raw_details: a.raw_details ?? null,
    blob_href: `${urls.web}/${r.fullName}/blob/${c.head_sha}/${a.path}`,
  };
}

/** Who someone is to a repository, as GitHub's `author_association`. */
export function association(r: RepoRecord, login: string): string {
  if (login.toLowerCase() === r.owner.toLowerCase()) return 'OWNER';
  if (r.collaborators.has(login.toLowerCase())) return 'COLLABORATOR';
  return 'NONE';
}

function reactions(url: string): Json {
  return { url, total_count: 0, '+1': 0, '-1': 0, laugh: 0, confused: 0, heart: 0, hooray: 0, eyes: 0, rocket: 0 };
}
