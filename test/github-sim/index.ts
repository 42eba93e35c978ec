/** GitHub API simulator for tests: start it, seed it, point Octokit's `baseUrl` at `sim.url`. */

export { startGitHubSimulator, GitHubSimulator, secondaryRateLimit, forbidden, barrier } from './simulator.js';
export type { SimulatorOptions, RequestLogEntry, Violation, Fault, FaultMatch, IssueSeed } from './simulator.js';
export type {
  AppSpec,
  TokenSpec,
  InstallationSpec,
  RepoSpec,
  PullSpec,
  PullFileSpec,
  Permissions,
  PermissionName,
  SimState,
  StoredIssue,
  StoredPull,
  StoredIssueComment,
  StoredReview,
  StoredReviewComment,
  StoredLabel,
  StoredCheckRun,
  Annotation,
} from './store.js';
export type { TreeFile, RawTarEntry } from './tar.js';
export { tarballTopDir } from './tar.js';
export { parseHunks, resolveLine } from './diff.js';
