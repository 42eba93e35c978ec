/** The Action's inputs: which mode, where the register and its configuration are, and the settings a workflow may override. */

import { promises as fs } from 'node:fs';
import path from 'node:path';
import * as core from '@actions/core';
import { context } from '@actions/github';
import { CONFIG_PATH, resolveConfig } from '../src/config.js';
import type { CheckConfig } from '../src/model.js';
import { isLanguage, type Language } from '../src/types.js';
import type { RunSettings } from '../src/github/flows.js';
import { say } from '../src/report/vocabulary.js';

/** Words said before the configuration (and so the language) is known: Dutch, then English. */
export const bothLanguages = (phrase: Parameters<typeof say>[0], data?: Parameters<typeof say>[2]) => `${say(phrase, 'nl', data)} / ${say(phrase, 'en', data)}`;

/** What the Action does on this event. */
export type Mode = 'pull-request' | 'stale-issues' | 'check' | 'report';

/** A pull request as the event payload carries it. */
export type PullPayload = { number: number; head: { sha: string }; base: { sha: string }; user?: { login: string } | null };

/** The inputs and event facts the run starts from. */
export interface ActionInputs {
  mode: Mode;
  pull?: PullPayload;
  workspace: string;
  registerDir: string;
  /** The register's folder in the repository, with a trailing slash, or ''. */
  prefix: string;
  /** The configuration file, relative to the workspace. */
  configPath: string;
  today: string;
  dryRun: boolean;
  sarifFile: string;
}

/** The event facts the Action reads: @actions/github's `context`, or (in tests) the same fields given directly. */
export type ActionContext = Pick<typeof context, 'eventName' | 'payload' | 'ref' | 'repo' | 'apiUrl'>;

function chooseMode(requested: string, context: ActionContext): Mode {
  if (requested === 'pull-request' || requested === 'stale-issues' || requested === 'check' || requested === 'report') return requested;
  if (requested !== 'auto') {
    // Said before the configuration (and so the language) is known: both languages.
    throw new Error(bothLanguages('action.badMode', { mode: requested }));
  }
  // A review (pull_request_review) re-runs the pull request's check, so its approvals and ready line follow the reviews.
  if (context.eventName === 'pull_request' || context.eventName === 'pull_request_target' || context.eventName === 'pull_request_review') return 'pull-request';
  if (context.eventName === 'schedule' || context.eventName === 'workflow_dispatch') return 'stale-issues';
  const defaultBranch = (context.payload.repository as { default_branch?: string } | undefined)?.default_branch;
  if (context.eventName === 'push' && defaultBranch && context.ref === `refs/heads/${defaultBranch}`) return 'stale-issues';
  return 'check';
}

/** Reads the inputs that do not depend on the configuration. */
export function readInputs(today: () => string, context: ActionContext): ActionInputs {
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const registerDir = path.resolve(workspace, core.getInput('path') || '.');
  const relativeDir = path.relative(workspace, registerDir).split(path.sep).join('/');
  const mode = chooseMode(core.getInput('mode') || 'auto', context);
  const pull = context.payload.pull_request as PullPayload | undefined;
  if (mode === 'pull-request' && !pull) throw new Error(bothLanguages('action.needsPullRequest'));
  return {
    mode,
    pull,
    workspace,
    registerDir,
    prefix: relativeDir ? `${relativeDir}/` : '',
    configPath: path.relative(workspace, path.resolve(workspace, core.getInput('config') || CONFIG_PATH)).split(path.sep).join('/'),
    today: core.getInput('today') || today(),
    dryRun: core.getBooleanInput('dry-run'),
    sarifFile: core.getInput('sarif-file') || path.join(process.env.RUNNER_TEMP ?? workspace, 'register-check.sarif'),
  };
}

/**
 * The inputs that have a configuration key of their own (language, fail-on, max-comments), each checked,
 * each falling back to the configuration when left empty (action.yml gives them no defaults).
 */
export async function readSettingInputs(config: CheckConfig, inputs: ActionInputs): Promise<Partial<RunSettings>> {
  const languageInput = core.getInput('language');
  if (languageInput !== '' && !isLanguage(languageInput)) {
    throw new Error(bothLanguages('action.badLanguage', { value: languageInput }));
  }
  const language: Language = isLanguage(languageInput) ? languageInput : resolveConfig(config).language;
  const failOnInput = core.getInput('fail-on');
  if (failOnInput !== '' && failOnInput !== 'error' && failOnInput !== 'warning' && failOnInput !== 'never') {
    throw new Error(say('action.badFailOn', language, { value: failOnInput }));
  }
  const maxCommentsInput = core.getInput('max-comments');
  if (maxCommentsInput !== '' && !/^(100|[1-9]?[0-9])$/.test(maxCommentsInput)) {
    throw new Error(say('action.badMaxComments', language, { value: maxCommentsInput }));
  }
  if (inputs.prefix && inputs.configPath === CONFIG_PATH && (await fs.lstat(path.join(inputs.registerDir, CONFIG_PATH)).then(() => true, () => false))) {
    core.warning(say('action.configNotRead', language, { file: `${inputs.prefix}${CONFIG_PATH}`, config: CONFIG_PATH }));
  }
  return {
    language,
    ...(failOnInput ? { failOn: failOnInput } : {}),
    ...(maxCommentsInput !== '' ? { maxComments: Number(maxCommentsInput) } : {}),
  };
}
