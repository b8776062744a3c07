import type { Database } from '../drizzle/connection.js';
import type { CatalogueReader } from './catalogue.js';
import type { SearchEngine } from './engine.js';
import { Indexer } from './indexer.js';
import { createEmbeddedEngine } from './orama.js';
import { createMeilisearchEngine } from './meilisearch.js';
import type { OutboxSource } from './outbox.js';
import { reindex } from './reindex.js';

/** Meilisearch when `MEILISEARCH_URL` is set, the embedded engine otherwise. */
export function createSearchEngine(env: NodeJS.ProcessEnv = process.env): SearchEngine {
  if (!env.MEILISEARCH_URL) return createEmbeddedEngine();
  return createMeilisearchEngine({ host: env.MEILISEARCH_URL, apiKey: env.MEILISEARCH_API_KEY, index: env.MEILISEARCH_INDEX ?? 'catalogue' });
}

export interface SearchIndexing {
  indexer: Indexer;
  stop(): Promise<void>;
}

/**
 * Fills the index when it is empty (always, for the embedded engine, which lives in memory),
 * then keeps it in step with the outboxes in the background until `stop`.
 */
export async function startSearchIndexing(options: {
  engine: SearchEngine;
  read: CatalogueReader;
  databases: Record<OutboxSource, Database>;
  cursors: Database;
  pollMs?: number;
}): Promise<SearchIndexing> {
  const indexer = new Indexer(options.engine, options.read, options.databases, options.cursors);
  if ((await options.engine.count()) === 0) await reindex(options.engine, options.read, indexer);
  indexer.start(options.pollMs ?? Number(process.env.KEPU_SEARCH_POLL_MS ?? 150));
  return { indexer, stop: () => indexer.stop() };
}
