import { spawnSync } from 'node:child_process';
import { subgraphNames } from './manifest.js';

/** `npm run db:generate`: drizzle-kit writes a migration for each subgraph whose tables.ts changed, into that subgraph's own history. */
for (const name of subgraphNames) {
  const run = spawnSync('npx', ['drizzle-kit', 'generate'], { stdio: 'inherit', env: { ...process.env, SUBGRAPH: name } });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
