/** The GitHub Action: read the inputs and the event, hand off to src/, report, set the outcome. */

import { promises as fs } from 'node:fs';
import path from 'node:path';
import * as core from '@actions/core';
import { context } from '@actions/github';
import { checkRegister, failsOn, localToday } from '../src/check.js';
import { loadRegister } from '../src/load.js';
import { FileSystemSource } from '../src/source.js';
import { CONFIG_PATH, ConfigError, parseConfig, readConfigFile, resolveConfig, type ResolvedConfig } from '../src/config.js';
import { RULES } from '../src/rules/index.js';
import type { CheckConfig } from '../src/model.js';
import { isLanguage, type Finding, isNew, type Language } from '../src/types.js';
import { renderSarif } from '../src/report/sarif.js';
import type { GitHubClient, RepoRef } from '../src/github/client.js';
import { runPullRequest } from '../src/github/pull-request.js';
import { readAtRevision, revisionSource, type RevisionOrigin } from '../src/github/revision.js';
import { readRepoConfig } from '../src/github/repo-config.js';
import { renderSummary } from '../src/github/summary.js';
import { describeOperation, syncStaleIssues } from '../src/github/stale.js';
import { selectStepAnnotations } from '../src/github/annotations.js';
import { botLogin } from '../src/github/identity.js';
import { describeRequestError } from '../src/github/request-error.js';
import { ArchiveLimitError } from '../src/github/archive.js';
import { createClient } from './client.js';
import { inlineCode, logLine } from '../src/report/escape.js';
import { describeFinding } from '../src/report/describe.js';
import { say } from '../src/report/vocabulary.js';

/** Words said before the configuration (and so the language) is known: Dutch, then English. */
const bothLanguages = (phrase: Parameters<typeof say>[0], data?: Parameters<typeof say>[2]) => `${say(phrase, 'nl', data)} / ${say(phrase, 'en', data)}`;

type Mode = 'pull-request' | 'stale-issues' | 'check';

function chooseMode(requested: string): Mode {
  if (requested === 'pull-request' || requested === 'stale-issues' || requested === 'check') return requested;
  if (requested !== 'auto') {
    // Said before the configuration (and so the language) is known: both languages.
    throw new Error(bothLanguages('action.badMode', { mode: requested }));
  }
  if (context.eventName === 'pull_request' || context.eventName === 'pull_request_target') return 'pull-request';
  if (context.eventName === 'schedule' || context.eventName === 'workflow_dispatch') return 'stale-issues';
  const defaultBranch = (context.payload.repository as { default_branch?: string } | undefined)?.default_branch;
  if (context.eventName === 'push' && defaultBranch && context.ref === `refs/heads/${defaultBranch}`) return 'stale-issues';
  return 'check';
}

function annotate(findings: Finding[], prefix: string, language: Language): void {
  const { shown, omitted } = selectStepAnnotations(findings);
  for (const f of shown) {
    // @actions/core escapes newlines in an annotation; logLine also takes out terminal escapes and bidi characters.
    const properties = { title: `${f.rule}${isNew(f) ? '' : ` ${say('report.existing', language)}`}`, file: logLine(`${prefix}${f.file}`), startLine: f.line, endLine: f.endLine, ...(f.line === f.endLine ? { startColumn: f.column, endColumn: f.endColumn } : {}) };
    const words = describeFinding(f, language);
    const message = `${logLine(words.message)}\n${logLine(words.fix)}`;
    if (f.severity === 'error') core.error(message, properties);
    else if (f.severity === 'warning') core.warning(message, properties);
    else core.notice(message, properties);
  }
  if (omitted > 0) core.info(say('action.annotationsOmitted', language, { n: omitted }));
}

/**
 * The inputs that have a configuration key of their own (language, fail-on, max-comments), each checked,
 * each falling back to the configuration when left empty, then to the built-in default.
 */
function readSettingInputs(config: ResolvedConfig): { language: Language; failOn?: CheckConfig['fail_on']; maxComments: number } {
  const languageInput = core.getInput('language');
  if (languageInput !== '' && !isLanguage(languageInput)) {
    throw new Error(bothLanguages('action.badLanguage', { value: languageInput }));
  }
  const language: Language = isLanguage(languageInput) ? languageInput : config.language;
  const failOnInput = core.getInput('fail-on');
  if (failOnInput !== '' && failOnInput !== 'error' && failOnInput !== 'warning' && failOnInput !== 'never') {
    throw new Error(say('action.badFailOn', language, { value: failOnInput }));
  }
  const maxCommentsInput = core.getInput('max-comments');
  if (maxCommentsInput !== '' && !/^(100|[1-9]?[0-9])$/.test(maxCommentsInput)) {
    throw new Error(say('action.badMaxComments', language, { value: maxCommentsInput }));
  }
  return {
    language,
    failOn: failOnInput || undefined,
    maxComments: maxCommentsInput !== '' ? Number(maxCommentsInput) : config.review.max_comments,
  };
}

/** On a pull request the rules that judge it come from the base commit, so the change cannot switch them off. */
async function readBaseConfig(workspace: string, relative: string, baseSha: string, origin: RevisionOrigin, client: GitHubClient, repo: RepoRef): Promise<CheckConfig> {
  if (origin === 'archive') return readRepoConfig(client, repo, baseSha, relative);
  const text = await readAtRevision(workspace, baseSha, relative);
  return text === undefined ? {} : parseConfig(text, relative, RULES.map((r) => r.id));
}

/** Runs the Action; a thrown error becomes a failed step. */
export async function run(): Promise<void> {
  try {
    const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
    const registerDir = path.resolve(workspace, core.getInput('path') || '.');
    const relativeDir = path.relative(workspace, registerDir).split(path.sep).join('/');
    const prefix = relativeDir ? `${relativeDir}/` : '';
    const mode = chooseMode(core.getInput('mode') || 'auto');
    const pull = context.payload.pull_request as { number: number; head: { sha: string }; base: { sha: string } } | undefined;
    if (mode === 'pull-request' && !pull) {
      throw new Error(bothLanguages('action.needsPullRequest'));
    }

    const client = createClient(core.getInput('token', { required: true }), context.apiUrl);
    const repo = context.repo;
    const configPath = path.relative(workspace, path.resolve(workspace, core.getInput('config') || CONFIG_PATH)).split(path.sep).join('/');
    // The base is located first: on a pull request the configuration is read from it.
    const sources =
      mode === 'pull-request'
        ? {
            head: await revisionSource({ workspace, sha: pull!.head.sha, prefix, client, repo }),
            base: await revisionSource({ workspace, sha: pull!.base.sha, prefix, client, repo }),
          }
        : undefined;
    const config = sources
      ? await readBaseConfig(workspace, configPath, pull!.base.sha, sources.base.origin, client, repo)
      : await readConfigFile(path.resolve(workspace, configPath), { displayName: configPath });
    // An input the workflow leaves empty does not override the configuration; action.yml gives them no defaults.
    const inputs = readSettingInputs(resolveConfig(config));
    const language = inputs.language;
    if (inputs.failOn) config.fail_on = inputs.failOn;
    const settings = resolveConfig(config);
    const today = core.getInput('today') || localToday();
    const dryRun = core.getBooleanInput('dry-run');
    const maxComments = inputs.maxComments;
    if (prefix && configPath === CONFIG_PATH && (await fs.lstat(path.join(registerDir, CONFIG_PATH)).then(() => true, () => false))) {
      core.warning(say('action.configNotRead', language, { file: `${prefix}${CONFIG_PATH}`, config: CONFIG_PATH }));
    }

    const sarifFile = core.getInput('sarif-file') || path.join(process.env.RUNNER_TEMP ?? workspace, 'register-check.sarif');

    let findings: Finding[];
    let failed = false;
    let markdown: string;
    if (mode === 'pull-request') {
      const { head: headSource, base: baseSource } = sources!;
      core.info(say('action.sources', language, { head: headSource.origin, base: baseSource.origin }));
      const [head, base] = await Promise.all([loadRegister(headSource.source, config), loadRegister(baseSource.source, config)]);
      const result = await runPullRequest({
        client, repo, pull: { number: pull!.number, headSha: pull!.head.sha }, head, base, config, today, language,
        botLogin: await botLogin(client, core.getInput('bot-login')), maxComments, pathPrefix: prefix, readOnly: dryRun,
      });
      if (result.writeDenied) core.warning(result.writeDenied);
      findings = result.findings;
      failed = result.failed;
      markdown = result.markdown;
    } else {
      const register = await loadRegister(new FileSystemSource(registerDir), config);
      const result = checkRegister(register, { config, today });
      findings = result.findings;
      failed = mode === 'check' && findings.some((f) => failsOn(f, settings.fail_on));
      markdown = renderSummary(findings, result.summary, { language, failed, notCommented: 0, overflow: 0, changedPartnerships: [] });
      if (mode === 'stale-issues') {
        const sync = await syncStaleIssues({
          client, repo, register, findings, botLogin: await botLogin(client, core.getInput('bot-login')), dryRun, language, pathPrefix: prefix,
          label: settings.stale_issues.label, maxWrites: settings.stale_issues.max_per_run,
        });
        // Entries are register text: a newline in an id would start a workflow command in the log.
        const total = say('stale.total', language, { writes: sync.operations.length, pending: sync.pending });
        for (const o of sync.operations) core.info(describeOperation(o, language, dryRun, logLine));
        core.info(total);
        const listed = sync.operations.map((o) => `- ${describeOperation(o, language, dryRun, inlineCode)}`);
        markdown += `\n\n### ${say('stale.heading', language)}\n\n${[...listed, `- ${total}`].join('\n')}\n`;
      }
    }

    annotate(findings, prefix, language);
    await core.summary.addRaw(markdown).write();
    // Code scanning resolves SARIF paths from the repository root, as the annotations do.
    await fs.writeFile(sarifFile, renderSarif(findings, language, { pathPrefix: prefix }));
    const newFindings = findings.filter(isNew);
    core.setOutput('errors', findings.filter((f) => f.severity === 'error').length);
    core.setOutput('warnings', findings.filter((f) => f.severity === 'warning').length);
    core.setOutput('new-findings', newFindings.length);
    core.setOutput('sarif-file', sarifFile);
    if (failed) {
      const failing = newFindings.filter((f) => failsOn(f, settings.fail_on)).length;
      core.setFailed(say('action.failed', language, { n: failing, failOn: settings.fail_on }));
    }
  } catch (error) {
    // A failed GitHub request names the request and its status, not only Octokit's "Unknown error".
    const request = describeRequestError(error);
    if (error instanceof ConfigError) core.setFailed(error.describe('nl') + '\n' + error.describe('en'));
    else if (request) core.setFailed(`${request.nl}\n${request.en}`);
    else if (error instanceof ArchiveLimitError) core.setFailed(`${error.describe('nl')}\n${error.describe('en')}`);
    else core.setFailed(error instanceof Error ? error.message : String(error));
  }
}
