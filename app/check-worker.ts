/** A check thread of the App's pool: loads a pull request's two registers from the files it is handed and checks head against base. */

import { parentPort } from 'node:worker_threads';
import { loadRegister } from '../src/load.js';
import { checkHeadAgainstBase, type PullRequestFindings } from '../src/github/flows.js';
import { unpackSource, type CheckTask } from './checks.js';
import type { WorkerReply } from './pool.js';

async function check(task: CheckTask): Promise<PullRequestFindings> {
  const [head, base] = await Promise.all([loadRegister(unpackSource(task.head), task.config), loadRegister(unpackSource(task.base), task.config)]);
  return checkHeadAgainstBase(head, base, task.config, task.today);
}

parentPort!.on('message', async (task: CheckTask) => {
  let reply: WorkerReply<PullRequestFindings>;
  try {
    reply = { ok: true, value: await check(task) };
  } catch (error) {
    const { name, message, stack } = error instanceof Error ? error : new Error(String(error));
    reply = { ok: false, error: { name, message, stack } };
  }
  parentPort!.postMessage(reply);
});
