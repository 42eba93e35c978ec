/** The Action's approvals run on a review (check mode): the check "register-check / goedkeuring", judged on the base's configuration. */

import * as core from '@actions/core';
import { checkApprovals } from '../src/github/flows.js';
import { isPermissionDenied, type GitHubClient, type RepoRef } from '../src/github/client.js';
import { logLine } from '../src/report/escape.js';
import { say } from '../src/report/vocabulary.js';
import { readSettingInputs, type ActionInputs } from './inputs.js';
import { revisionReader } from './reader.js';

/**
 * Re-judges the approvals of the pull request a review event names; undefined when there is none or the configuration
 * has no `approvals`. The workflow's token cannot read team membership: a team's approval is then reported as one the
 * Action cannot verify, pointing to the App or to code owners, never guessed. Returns the ready line for the job summary.
 */
export async function reviewApprovals(inputs: ActionInputs, client: GitHubClient, repo: RepoRef, botLogin: () => Promise<string>): Promise<string | undefined> {
  const { pull } = inputs;
  if (!pull) return undefined;
  const reader = await revisionReader(inputs, client, repo, pull.head.sha, pull.base.sha);
  const pullRef = { number: pull.number, headSha: pull.head.sha, baseSha: pull.base.sha, author: pull.user?.login };
  const settings = (config: Parameters<typeof readSettingInputs>[0]) => readSettingInputs(config, inputs);
  try {
    const result = await checkApprovals({ client, repo, pull: pullRef, reader, botLogin, today: inputs.today, pathPrefix: inputs.prefix, readOnly: inputs.dryRun, settings, approvals: { readTeams: false } });
    if (result) core.info(logLine(result.readyLine));
    return result?.readyLine;
  } catch (error) {
    // A fork's read-only token: the step still reports, and says once why the check could not be written.
    if (!isPermissionDenied(error)) throw error;
    core.warning(`${say('review.forkNote', 'nl')} / ${say('review.forkNote', 'en')}`);
    return undefined;
  }
}
