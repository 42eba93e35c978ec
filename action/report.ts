/** The Action's `mode: report`: check the checkout and write the council report to a folder in the workspace, ready for actions/upload-pages-artifact. */

import path from 'node:path';
import * as core from '@actions/core';
import { checkRegister } from '../src/check.js';
import { logLine } from '../src/report/escape.js';
import { say } from '../src/report/vocabulary.js';
import { buildReport } from '../src/site/index.js';
import { isWithin, realPathOf, writeSite } from '../src/site/write.js';
import { bothLanguages, readSettingInputs, type ActionInputs } from './inputs.js';
import { workspaceReader } from './reader.js';

/**
 * The report folder from the `report-folder` input: relative, inside the workspace, and a folder of its own, never
 * the workspace, the register's folder or a folder that holds the register (its files could be overwritten).
 */
async function reportFolder(inputs: ActionInputs): Promise<string> {
  const value = core.getInput('report-folder') || 'site';
  const refuse = () => new Error(bothLanguages('action.badReportFolder', { value }));
  if (path.isAbsolute(value) || value.split(/[\\/]/).includes('..')) throw refuse();
  const folder = path.resolve(inputs.workspace, value);
  const [real, workspace, register] = await Promise.all([realPathOf(folder), realPathOf(inputs.workspace), realPathOf(inputs.registerDir)]);
  if (!isWithin(workspace, real) || real === workspace || isWithin(real, register)) throw refuse();
  return folder;
}

/** Writes the report; findings do not fail the step, for a report is not a check. */
export async function writeReportFolder(inputs: ActionInputs): Promise<void> {
  const folder = await reportFolder(inputs);
  const reader = workspaceReader(inputs);
  const config = await reader.config();
  const { language } = await readSettingInputs(config, inputs);
  const register = await reader.register('HEAD', config);
  const result = checkRegister(register, { config, today: inputs.today });
  const written = await writeSite(folder, buildReport({ register, result, config, today: inputs.today, language: language! }));
  core.info(logLine(say('action.reportWritten', language!, { n: written.length, folder: path.relative(inputs.workspace, folder) || '.' })));
}
