import { Presets, SingleBar } from 'cli-progress';
import { postToGateway, type ExecuteOperation } from '../kit/platform/supergraph.js';
import { mintToken } from './auth.js';
import type { RebuildStatusQuery, StartRebuildMutation } from './operations.generated.js';

/**
 * `npm run reindex`: asks the running Kepu at KEPU_GATEWAY_URL to rebuild its search index
 * into a new index, swapped in at the end, and follows it with a progress bar. The rebuild runs
 * in the process that serves search (`npm start`, or the search subgraph on its own), so it works
 * the same for the embedded engine and for Meilisearch. Stopping this command does not stop the
 * rebuild; running it again follows the one under way.
 */
const gatewayUrl = process.env.KEPU_GATEWAY_URL ?? 'http://localhost:4000/graphql';
const POLL_MS = 250;

const START = /* GraphQL */ `mutation StartRebuild { rebuildSearchIndex { rebuild { startedAt } userErrors { code message } } }`;
const STATUS = /* GraphQL */ `query RebuildStatus { searchIndex { engine documents latestRebuild { state startedAt finishedAt itemsRead itemsTotal failure } } }`;

type Status = RebuildStatusQuery['searchIndex'];

async function main(): Promise<number> {
  // The signing secret is the running Kepu's (KEPU_JWT_SECRET), so the token this mints is an administrator's there.
  const token = process.env.KEPU_ADMIN_TOKEN ?? (await mintToken('reindex-cli', { role: 'admin' }, '1h'));
  const execute = postToGateway(gatewayUrl, { authorization: `Bearer ${token}` });
  const started = await ask<StartRebuildMutation>(execute, START);
  const refusal = started.rebuildSearchIndex.userErrors[0];
  if (refusal && refusal.code !== 'REBUILD_RUNNING') throw new Error(refusal.message);
  if (refusal) console.log('A rebuild is under way already; following it.');
  const status = await follow(execute);
  const rebuild = status.latestRebuild!;
  if (rebuild.state === 'FAILED') {
    console.error(`The rebuild failed, and the index from before it is still live: ${rebuild.failure}`);
    return 1;
  }
  const seconds = (Date.parse(rebuild.finishedAt!) - Date.parse(rebuild.startedAt)) / 1000;
  console.log(`Rebuilt the ${status.engine} index: read ${rebuild.itemsRead} items in ${seconds.toFixed(1)} s (${(rebuild.itemsRead / Math.max(seconds, 0.001)).toFixed(0)} a second); it holds ${status.documents} documents.`);
  return 0;
}

/** Polls the index's status until the latest rebuild ends, showing its progress. */
async function follow(execute: ExecuteOperation): Promise<Status> {
  const bar = new SingleBar({ format: 'reindex |{bar}| {value}/{total} items | {eta_formatted} left' }, Presets.shades_classic);
  bar.start(0, 0);
  try {
    for (;;) {
      const { searchIndex } = await ask<RebuildStatusQuery>(execute, STATUS);
      const rebuild = searchIndex.latestRebuild!;
      bar.setTotal(rebuild.itemsTotal);
      bar.update(rebuild.itemsRead);
      if (rebuild.state !== 'RUNNING') return searchIndex;
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  } finally {
    bar.stop();
  }
}

async function ask<Data>(execute: ExecuteOperation, query: string): Promise<Data> {
  const result = await execute<Data>(query, {}).catch((error: Error) => {
    throw new Error(`Cannot reach Kepu at ${gatewayUrl} (${error.message}). Is it running (npm start)? Set KEPU_GATEWAY_URL to reach another.`);
  });
  if (!result.data) throw new Error(result.errors?.map((error) => error.message).join('; ') ?? 'The gateway answered without data.');
  return result.data;
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`Reindex failed: ${error.message}`);
    process.exit(1);
  },
);
