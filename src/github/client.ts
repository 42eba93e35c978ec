/** The slice of Octokit that the shared GitHub behaviour uses; front ends hand in their own instance. */

/** A response as Octokit returns it. */
export interface GitHubResponse<T = unknown> {
  status: number;
  data: T;
  headers: Record<string, string | number | undefined>;
}

/** What both @actions/github's and Probot's Octokit offer. */
export interface GitHubClient {
  request<T = unknown>(route: string, parameters?: Record<string, unknown>): Promise<GitHubResponse<T>>;
  paginate<T = unknown>(route: string, parameters?: Record<string, unknown>): Promise<T[]>;
}

/** A repository on GitHub. */
export interface RepoRef {
  owner: string;
  repo: string;
}

/** Whether an error is GitHub refusing a write for lack of permission (a fork's read-only token). */
export function isPermissionDenied(error: unknown): boolean {
  const status = (error as { status?: number }).status;
  const message = String((error as { message?: string }).message ?? '');
  return status === 403 && !/rate limit/i.test(message);
}
