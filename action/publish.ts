/** What the Action leaves behind: annotations, the job summary, the SARIF file, its outputs, and the step's outcome. */

import { promises as fs } from 'node:fs';
import * as core from '@actions/core';
import { failsOn } from '../src/check.js';
import { ConfigError } from '../src/config.js';
import type { CheckConfig } from '../src/model.js';
import { type Finding, isNew, type Language } from '../src/types.js';
import { renderSarif } from '../src/report/sarif.js';
import { describeFinding } from '../src/report/describe.js';
import { inlineCode, logLine } from '../src/report/escape.js';
import { describeOperation } from '../src/review/stale.js';
import type { StaleResult } from '../src/github/stale.js';
import { say } from '../src/report/vocabulary.js';
import { selectStepAnnotations } from '../src/github/annotations.js';
import { describeRequestError } from '../src/github/request-error.js';
import { ArchiveLimitError } from '../src/github/archive.js';

/** What a run found, as the step shows it. */
export interface StepOutcome {
  findings: Finding[];
  markdown: string;
  failed: boolean;
  language: Language;
  failOn: NonNullable<CheckConfig['fail_on']>;
  prefix: string;
  sarifFile: string;
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

/** Annotates, writes the job summary and the SARIF file, sets the outputs, and fails the step on new findings at `failOn`. */
export async function publishStep(outcome: StepOutcome): Promise<void> {
  const { findings, language, failOn } = outcome;
  annotate(findings, outcome.prefix, language);
  await core.summary.addRaw(outcome.markdown).write();
  // Code scanning resolves SARIF paths from the repository root, as the annotations do.
  await fs.writeFile(outcome.sarifFile, renderSarif(findings, language, { pathPrefix: outcome.prefix }));
  const newFindings = findings.filter(isNew);
  core.setOutput('errors', findings.filter((f) => f.severity === 'error').length);
  core.setOutput('warnings', findings.filter((f) => f.severity === 'warning').length);
  core.setOutput('new-findings', newFindings.length);
  core.setOutput('sarif-file', outcome.sarifFile);
  if (outcome.failed) core.setFailed(say('action.failed', language, { n: newFindings.filter((f) => failsOn(f, failOn)).length, failOn }));
}

/** Logs what a stale-issue sync did (or, in a dry run, would do), and returns it as a job-summary section. */
export function reportSync(sync: StaleResult, language: Language): string {
  // Entries are register text: a newline in an id would start a workflow command in the log.
  const total = say('stale.total', language, { writes: sync.operations.length, pending: sync.pending });
  for (const o of sync.operations) core.info(describeOperation(o, language, sync.dryRun, logLine));
  core.info(total);
  const listed = [...sync.operations.map((o) => `- ${describeOperation(o, language, sync.dryRun, inlineCode)}`), `- ${total}`].join('\n');
  return `### ${say('stale.heading', language)}\n\n${listed}\n`;
}

/** Turns a thrown error into a failed step, in both languages: a failed GitHub request names the request and its status, not only Octokit's "Unknown error". */
export function failStep(error: unknown): void {
  const request = describeRequestError(error);
  if (error instanceof ConfigError) core.setFailed(error.describe('nl') + '\n' + error.describe('en'));
  else if (request) core.setFailed(`${request.nl}\n${request.en}`);
  else if (error instanceof ArchiveLimitError) core.setFailed(`${error.describe('nl')}\n${error.describe('en')}`);
  else core.setFailed(error instanceof Error ? error.message : String(error));
}
