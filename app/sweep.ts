/** The scheduled sweep: as the app, walk every installation and repository holding a register and sync its stale-entry issues. */

import { Probot } from 'probot';
import type { GitHubClient } from '../src/github/client.js';
import { archiveReader, syncRegisterIssues } from '../src/github/flows.js';
import { describeRequestError } from '../src/github/request-error.js';
import { logLine } from '../src/report/escape.js';
import { say } from '../src/report/vocabulary.js';

/** What the sweep did per repository. */
export interface SweepLine {
  repository: string;
  writes: number;
  pending: number;
  skipped?: string;
}

/** Sweeps all installations within a total write budget; returns a line per repository. */
export async function sweep(options: { probot: Probot; maxWrites: number; dryRun: boolean; today: string; log?: (line: string) => void }): Promise<SweepLine[]> {
  const { probot } = options;
  const app = (await probot.auth()) as unknown as GitHubClient;
  const { data: me } = await app.request<{ slug: string }>('GET /app');
  const botLogin = `${me.slug}[bot]`;
  const installations = await app.paginate<{ id: number; account: { login: string } | null }>('GET /app/installations', { per_page: 100 });
  const lines: SweepLine[] = [];
  let budget = options.maxWrites;
  for (const installation of installations) {
    const client = (await probot.auth(installation.id)) as unknown as GitHubClient;
    const repositories = await client.paginate<{ name: string; owner: { login: string }; default_branch: string; archived?: boolean }>(
      'GET /installation/repositories',
      { per_page: 100 },
    );
    for (const repository of repositories) {
      const name = `${repository.owner.login}/${repository.name}`;
      if (repository.archived) {
        lines.push({ repository: name, writes: 0, pending: 0, skipped: 'archived' });
        continue;
      }
      let result;
      const repo = { owner: repository.owner.login, repo: repository.name };
      try {
        result = (
          await syncRegisterIssues({
            client,
            repo,
            ref: repository.default_branch,
            reader: archiveReader(client, repo, repository.default_branch),
            botLogin: async () => botLogin,
            today: options.today,
            maxWrites: budget,
            dryRun: options.dryRun,
            skipUnready: true,
          })
        )?.sync;
      } catch (error) {
        // One repository's trouble (a suspended installation, a 5xx) must not stop the others.
        const request = describeRequestError(error);
        const message = request ? request.en : error instanceof Error ? error.message : String(error);
        lines.push({ repository: name, writes: 0, pending: 0, skipped: `error: ${message}` });
        options.log?.(logLine(`${name}: ${say('sweep.skipped', 'nl')} / ${say('sweep.skipped', 'en')}: ${request ? `${request.nl} / ${request.en}` : message}`));
        continue;
      }
      if (!result) {
        lines.push({ repository: name, writes: 0, pending: 0, skipped: 'no register' });
        continue;
      }
      const writes = result.operations.length;
      if (!options.dryRun) budget = Math.max(0, budget - writes);
      lines.push({ repository: name, writes, pending: result.pending });
      options.log?.(`${name}: ${writes} ${say('sweep.writes', 'nl')} / ${say('sweep.writes', 'en')}${result.pending ? `, ${result.pending} ${say('sweep.pending', 'nl')} / ${say('sweep.pending', 'en')}` : ''}`);
    }
  }
  return lines;
}
