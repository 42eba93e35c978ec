/** A check thread of the App's pool: loads the registers from the files it is handed and checks them. */

import { parentPort } from 'node:worker_threads';
import { ParseCache, loadRegister } from '../src/load.js';
import { checkAlone, checkHeadAgainstBase, type PullRequestFindings, type RegisterFindings } from '../src/github/flows.js';
import { unpackSource, type CheckTask } from './checks.js';
import type { WorkerReply } from './pool.js';

async function check(task: CheckTask): Promise<PullRequestFindings | RegisterFindings> {
  if (task.kind === 'register') return checkAlone(await loadRegister(unpackSource(task.register), task.config), task.config, task.today);
  // Most files are the same at base and head: each is parsed once.
  const cache = new ParseCache();
  const [head, base] = await Promise.all([loadRegister(unpackSource(task.head), task.config, undefined, cache), loadRegister(unpackSource(task.base), task.config, undefined, cache)]);
  return checkHeadAgainstBase(head, base, task.config, task.today);
}

parentPort!.on('message', async (task: CheckTask) => {
  let reply: WorkerReply<PullRequestFindings | RegisterFindings>;
  try {
    reply = { ok: true, value: await check(task) };
  } catch (error) {
    const { name, message, stack } = error instanceof Error ? error : new Error(String(error));
    reply = { ok: false, error: { name, message, stack } };
  }
  parentPort!.postMessage(reply);
});
