/**
 * Starts the App as a Node server: `npm run app` with APP_ID, PRIVATE_KEY or PRIVATE_KEY_PATH, and WEBHOOK_SECRET.
 * Registers are checked in a pool of worker threads (CHECK_WORKERS), so the server keeps taking deliveries.
 */

import { Probot, Server } from 'probot';
import { createApp } from './index.js';
import { checkPool, checkWorkers, MAX_CHECK_WORKERS, poolChecker } from './checks.js';
import { apiBaseUrl, privateKey } from './config-env.js';
import { appOctokit } from './octokit.js';
import { say } from '../src/report/vocabulary.js';

async function main(): Promise<void> {
  const env = process.env;
  const missing = ['APP_ID', 'WEBHOOK_SECRET'].filter((name) => !env[name]);
  const key = privateKey(env);
  if (!key) missing.push('PRIVATE_KEY or PRIVATE_KEY_PATH');
  if (missing.length > 0) {
    process.stderr.write(`register-check app: ${say('app.missingSettings', 'en', { names: missing.join(', ') })} / ${say('app.missingSettings', 'nl', { names: missing.join(', ') })}\n`);
    process.exitCode = 2;
    return;
  }
  const workers = checkWorkers(env);
  if (workers === undefined) {
    const words = { max: MAX_CHECK_WORKERS };
    process.stderr.write(`register-check app: ${say('app.badWorkers', 'en', words)} / ${say('app.badWorkers', 'nl', words)}\n`);
    process.exitCode = 2;
    return;
  }
  const pool = checkPool({ size: workers });
  const server = new Server({
    host: env.HOST ?? '0.0.0.0',
    port: Number(env.PORT ?? 3000),
    webhookPath: env.WEBHOOK_PATH,
    Probot: Probot.defaults({ appId: env.APP_ID, privateKey: key, secret: env.WEBHOOK_SECRET, baseUrl: apiBaseUrl(env), logLevel: (env.LOG_LEVEL as 'info') ?? 'info', Octokit: appOctokit() }),
  });
  await server.load(createApp({ checker: poolChecker(pool) }));
  await server.start();
  const stop = async () => {
    await server.stop();
    await pool.close();
    process.exit(0);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

await main();
