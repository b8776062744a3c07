import { connect } from '../../kit/database/connection.js';
import type { SearchEngine } from '../../search/engine.js';
import { Indexer } from './indexer.js';
import { createEmbeddedEngine } from '../../search/orama.js';
import { createMeilisearchEngine } from '../../search/meilisearch.js';
import { outboxSources, type OutboxSource } from '../manifest.js';
import type { SearchIndex } from './search-index.js';
import { readOnScrape } from '../../kit/platform/metrics.js';
import { startConfig, type Config } from '../../kit/platform/config.js';

/** Meilisearch when `MEILISEARCH_URL` is set, the embedded engine otherwise. */
export function createSearchEngine(config: Config = startConfig()): SearchEngine {
  if (!config.MEILISEARCH_URL) return createEmbeddedEngine();
  return createMeilisearchEngine({ host: config.MEILISEARCH_URL, apiKey: config.MEILISEARCH_KEY, index: config.MEILISEARCH_INDEX ?? 'catalogue' });
}

export interface SearchIndexing {
  indexer: Indexer;
  /** Whether the database of the indexer's cursors answers, for a readiness check. */
  reachable(): Promise<boolean>;
  stop(): Promise<void>;
}

/**
 * Fills the index when it is empty (always, for the embedded engine, which lives in memory),
 * then keeps it in step with the outboxes in the background until `stop`. The indexer has
 * connections of its own, so its polling never mixes with a subgraph's statements.
 */
export async function startSearchIndexing(options: {
  searchIndex: SearchIndex;
  /** The database of each outbox, and of the search schema holding the cursors. */
  databaseUrls: Record<OutboxSource | 'search', string>;
  pollMs?: number;
}): Promise<SearchIndexing> {
  const open = (url: string) => connect(url, { max: 2, name: 'search-indexer' });
  const databases = Object.fromEntries(outboxSources.map((source) => [source, open(options.databaseUrls[source])])) as Record<OutboxSource, ReturnType<typeof open>>;
  const cursors = open(options.databaseUrls.search);
  const close = () => Promise.all([cursors, ...Object.values(databases)].map((database) => database.close())).then(() => {});
  const { searchIndex } = options;
  const indexer = new Indexer(searchIndex.engine, searchIndex.read, databases, cursors);
  searchIndex.follow(indexer);
  try {
    if ((await searchIndex.engine.count()) === 0) searchIndex.startRebuild();
    await searchIndex.rebuildFinished();
  } catch (error) {
    await close();
    throw error;
  }
  readOnScrape('kepu_outbox_lag_rows', () => indexer.lags());
  readOnScrape('kepu_search_index_documents', async () => ({ [searchIndex.engine.name]: await searchIndex.engine.count() }));
  indexer.start(options.pollMs ?? startConfig().KEPU_SEARCH_POLL_MS ?? 150);
  return {
    indexer,
    reachable: () => cursors.reachable(),
    stop: async () => {
      await indexer.stop();
      await close();
    },
  };
}
