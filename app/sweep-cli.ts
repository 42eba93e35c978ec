/** `npm run sweep`: the stale-entry sweep over every installation, as a cron job or a scheduled workflow runs it. */

import { Probot } from 'probot';
import { localToday } from '../src/check.js';
import { sweep } from './sweep.js';
import { apiBaseUrl, privateKey } from './config-env.js';
import { say } from '../src/report/vocabulary.js';
import { appOctokit } from './octokit.js';

async function main(): Promise<void> {
  const env = process.env;
  const key = privateKey(env);
  if (!env.APP_ID || !key) {
    process.stderr.write(`register-check sweep: ${say('sweep.missingSettings', 'en')} / ${say('sweep.missingSettings', 'nl')}\n`);
    process.exitCode = 2;
    return;
  }
  const probot = new Probot({ appId: env.APP_ID, privateKey: key, baseUrl: apiBaseUrl(env), logLevel: 'warn', Octokit: appOctokit() });
  const dryRun = process.argv.includes('--dry-run');
  const maxWrites = Number(env.SWEEP_MAX_WRITES ?? 100);
  const lines = await sweep({ probot, maxWrites, dryRun, today: env.REGISTER_CHECK_TODAY ?? localToday(), log: (line) => process.stdout.write(`${line}\n`) });
  const total = lines.reduce((n, l) => n + l.writes, 0);
  process.stdout.write(`${lines.length} ${say('sweep.repositories', 'nl')} / ${say('sweep.repositories', 'en')}, ${total} ${say('sweep.writes', 'nl')} / ${say('sweep.writes', 'en')}${dryRun ? ` (${say('sweep.dryRun', 'nl')} / ${say('sweep.dryRun', 'en')})` : ''}\n`);
}

await main();
