import { SingleBar, Presets } from 'cli-progress';
import { connect, type Database } from '../drizzle/connection.js';
import { httpReader } from './catalogue.js';
import { Indexer } from './indexer.js';
import { outboxSources, type OutboxSource } from './outbox.js';
import { reindex } from './reindex.js';
import { createSearchEngine } from './running.js';

/**
 * `npm run reindex`: rebuilds the search index from the catalogue the gateway at
 * KEPU_GATEWAY_URL serves, into a new index swapped in at the end, then replays the outbox rows
 * committed meanwhile (with DATABASE_URL). Stopping it half-way leaves the live index as it was.
 */
const gatewayUrl = process.env.KEPU_GATEWAY_URL ?? 'http://localhost:4000/graphql';
const engine = createSearchEngine();
const databases = process.env.DATABASE_URL ? connectOutboxes(process.env.DATABASE_URL) : null;
const indexer = databases ? new Indexer(engine, httpReader(gatewayUrl), databases.bySource, databases.cursors) : null;

if (engine.name === 'embedded') {
  console.log('The embedded index lives inside `npm start`, which builds it at start-up; this run builds a throw-away one to check the catalogue reads. Set MEILISEARCH_URL to rebuild a shared index.');
}
if (!indexer) console.log('DATABASE_URL is not set: changes committed during the rebuild are left to the running indexer.');

const bar = new SingleBar({ format: 'reindex |{bar}| {value}/{total} items | {eta_formatted} left' }, Presets.shades_classic);
const started = performance.now();
try {
  let begun = false;
  const progress = await reindex(engine, httpReader(gatewayUrl), indexer, ({ done, total }) => {
    if (!begun) bar.start(total, 0);
    begun = true;
    bar.update(done);
  });
  bar.stop();
  const seconds = (performance.now() - started) / 1000;
  console.log(`Read ${progress.done} items in ${seconds.toFixed(1)} s (${(progress.done / seconds).toFixed(0)} a second); the index holds ${await engine.count()} documents.`);
} catch (error) {
  bar.stop();
  console.error(`Reindex failed, the live index is unchanged: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await engine.close();
  await databases?.close();
}

function connectOutboxes(sharedUrl: string): { bySource: Record<OutboxSource, Database>; cursors: Database; close(): Promise<void> } {
  const open = (name: string) => connect(process.env[`${name.toUpperCase()}_DATABASE_URL`] ?? sharedUrl, { max: 2 });
  const bySource = Object.fromEntries(outboxSources.map((source) => [source, open(source)])) as Record<OutboxSource, Database>;
  const cursors = open('search');
  return { bySource, cursors, close: async () => { await Promise.all([...Object.values(bySource), cursors].map((database) => database.close())); } };
}
