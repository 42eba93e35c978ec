/** The GitHub Action: read the inputs and the event, call the flow, publish; a thrown error becomes a failed step. */

import * as core from '@actions/core';
import { context } from '@actions/github';
import { checkRegister, failsOn, localToday } from '../src/check.js';
import { checkPullRequest, configSettings, syncRegisterIssues } from '../src/github/flows.js';
import { botLogin } from '../src/github/identity.js';
import { renderSummary } from '../src/review/summary.js';
import { createClient } from './client.js';
import { readInputs, readSettingInputs, type ActionContext } from './inputs.js';
import type { GitHubClient } from '../src/github/client.js';
import { publishStep, failStep, reportSync } from './publish.js';
import { revisionReader, workspaceReader } from './reader.js';
import { writeReportFolder } from './report.js';
import { reviewApprovals } from './approvals.js';

/** What the runner provides, replaceable in tests: the event, and how an Octokit is made (tests turn the throttle's waits off). */
export interface ActionSeams {
  context: ActionContext;
  createClient: (token: string, baseUrl: string) => GitHubClient;
}

/** Runs the Action. */
export async function run(seams: Partial<ActionSeams> = {}): Promise<void> {
  try {
    const event = seams.context ?? context;
    const inputs = readInputs(localToday, event);
    const { mode, pull, prefix, today, dryRun } = inputs;
    // The council report needs no token: it reads the checkout and writes files.
    if (mode === 'report') return await writeReportFolder(inputs);
    const [client, repo] = [(seams.createClient ?? createClient)(core.getInput('token', { required: true }), event.apiUrl), event.repo];
    const identity = () => botLogin(client, core.getInput('bot-login'));
    const step = { prefix, sarifFile: inputs.sarifFile };
    if (mode === 'pull-request') {
      const reader = await revisionReader(inputs, client, repo, pull!.head.sha, pull!.base.sha);
      const settings = async (config: Parameters<typeof readSettingInputs>[0]) => {
        const given = await readSettingInputs(config, inputs);
        reader.logSources(given.language!);
        return given;
      };
      const pullRef = { number: pull!.number, headSha: pull!.head.sha, baseSha: pull!.base.sha, author: pull!.user?.login };
      const result = await checkPullRequest({ client, repo, pull: pullRef, reader, botLogin: identity, today, pathPrefix: prefix, readOnly: dryRun, settings, approvals: { readTeams: false } });
      if (!('findings' in result)) throw result;
      if (result.writeDenied) core.warning(result.writeDenied);
      return await publishStep({ ...step, ...result });
    }
    const reader = workspaceReader(inputs);
    if (mode === 'stale-issues') {
      const settings = (config: Parameters<typeof readSettingInputs>[0]) => readSettingInputs(config, inputs);
      const { findings, summary, language, config, sync } = (await syncRegisterIssues({ client, repo, ref: 'HEAD', reader, botLogin: identity, today, dryRun, pathPrefix: prefix, settings, serverUrl: process.env.GITHUB_SERVER_URL }))!;
      const markdown = `${renderSummary(findings, summary, { language, failed: false, notCommented: 0, overflow: 0, changedPartnerships: [] })}\n\n${reportSync(sync, language)}`;
      return await publishStep({ ...step, findings, markdown, failed: false, language, failOn: config.fail_on });
    }
    const config = await reader.config();
    const settings = { ...configSettings(config), ...(await readSettingInputs(config, inputs)) };
    const { findings, summary } = checkRegister(await reader.register('HEAD', config), { config: { ...config, fail_on: settings.failOn }, today });
    const failed = findings.some((f) => failsOn(f, settings.failOn));
    // A review of a pull request (pull_request_review) also re-judges its approvals, when the configuration asks for them.
    const ready = await reviewApprovals(inputs, client, repo, identity);
    const markdown = `${renderSummary(findings, summary, { language: settings.language, failed, notCommented: 0, overflow: 0, changedPartnerships: [] })}${ready ? `\n\n${ready}\n` : ''}`;
    await publishStep({ ...step, findings, markdown, failed, language: settings.language, failOn: settings.failOn });
  } catch (error) {
    failStep(error);
  }
}
