import { connect, type Database } from '../../kit/database/connection.js';
import { announceChange, onAnnouncedChanges } from '../../kit/database/change-notifications.js';
import { log } from '../../kit/platform/log.js';
import type { SearchEngine } from '../../search/engine.js';
import { Indexer } from './indexer.js';
import { followPartnerships } from './partnerships.js';
import { createThreadedEngine } from '../../search/threaded.js';
import { createMeilisearchEngine } from '../../search/meilisearch.js';
import { outboxSources, type OutboxSource } from '../manifest.js';
import { SavedIndex } from './saved-index.js';
import type { SearchIndex } from './search-index.js';
import { readOnScrape } from '../../kit/platform/metrics.js';
import { startConfig, type Config } from '../../kit/platform/config.js';

/** Meilisearch when `MEILISEARCH_URL` is set, the embedded engine in a thread of its own otherwise. */
export async function createSearchEngine(config: Config = startConfig()): Promise<SearchEngine> {
  if (!config.MEILISEARCH_URL) return createThreadedEngine();
  return createMeilisearchEngine({ host: config.MEILISEARCH_URL, apiKey: config.MEILISEARCH_KEY, index: config.MEILISEARCH_INDEX ?? 'catalogue' });
}

export interface SearchIndexing {
  indexer: Indexer;
  /** Whether the database of the indexer's cursors answers, for a readiness check. */
  reachable(): Promise<boolean>;
  stop(): Promise<void>;
}

/** Where the embedded index is saved when no path is configured: beside the embedded PostgreSQL's data. */
export function defaultIndexFile(dataDir: string | undefined): string {
  return `${dataDir ?? '.kepu'}/search/index.jsonl.gz`;
}

/**
 * Fills the index when it is empty, then keeps it in step with the outboxes in the background
 * until `stop`. The embedded engine, which lives in memory, loads its saved copy from `indexFile`
 * and catches up from the outboxes where the copy ends; it is built from the catalogue only when
 * there is no usable copy, and saved again after changes. The indexer has connections of its own,
 * so its polling never mixes with a subgraph's statements.
 */
export async function startSearchIndexing(options: {
  searchIndex: SearchIndex;
  /** The database of each outbox, and of the search schema holding the cursors. */
  databaseUrls: Record<OutboxSource | 'search', string>;
  pollMs?: number;
  /** Where the embedded index is saved; without it, it is built at every start. */
  indexFile?: string;
  /**
   * `changes`: an empty index is not filled from the catalogue; it takes in what changes from now
   * on, and `indexFile` is left alone. For measuring writes at a size whose whole index takes minutes to build.
   */
  indexFrom?: 'catalogue' | 'changes';
}): Promise<SearchIndexing> {
  const open = (url: string) => connect(url, { max: 2, name: 'search-indexer' });
  const databases = Object.fromEntries(outboxSources.map((source) => [source, open(options.databaseUrls[source])])) as Record<OutboxSource, ReturnType<typeof open>>;
  const cursors = open(options.databaseUrls.search);
  const { searchIndex } = options;
  // Gateways keep public search answers until the index changes, whichever process changed it.
  const unwatch = searchIndex.onChange(() => void announceChange(cursors, 'search').catch((error) => log.warn({ err: error }, 'could not announce a change to the search index')));
  const close = async () => {
    unwatch();
    await Promise.all([cursors, ...Object.values(databases)].map((database) => database.close()));
  };
  const indexer = new Indexer(searchIndex.engine, searchIndex.read, databases, cursors);
  searchIndex.follow(indexer);
  const partnerships = followPartnerships(cursors, databases, searchIndex.read);
  const { savable } = searchIndex.engine;
  // An index of the changes only is never saved, nor replaced by a saved one.
  const saved = options.indexFile && savable && options.indexFrom !== 'changes' ? new SavedIndex(options.indexFile, savable, indexer) : null;
  try {
    const loaded = (await saved?.load()) ?? false;
    if (options.indexFrom === 'changes') indexer.startFrom(await indexer.heads());
    else if (!loaded && (await searchIndex.engine.count()) === 0) searchIndex.startRebuild();
    await searchIndex.rebuildFinished();
    if (loaded) await indexer.catchUp();
    // An index of the changes only is for measuring writes; its partnerships follow in the background.
    if (options.indexFrom !== 'changes') await partnerships.catchUp();
  } catch (error) {
    await close();
    throw error;
  }
  readOnScrape('kepu_outbox_lag_rows', () => indexer.lags());
  readOnScrape('kepu_search_index_documents', async () => ({ [searchIndex.engine.name]: await searchIndex.engine.count() }));
  const announcements = await listenForChanges(Object.values(databases), indexer);
  indexer.start(options.pollMs ?? startConfig().KEPU_SEARCH_POLL_MS ?? 2000);
  await partnerships.start();
  const saving = saved?.keep(searchIndex);
  return {
    indexer,
    reachable: () => cursors.reachable(),
    stop: async () => {
      await Promise.all(announcements.map((listener) => listener.unlisten()));
      await indexer.stop();
      await partnerships.stop();
      await saving?.stop();
      await close();
    },
  };
}

/** Nudges the indexer whenever a write to an outbox's subgraph commits, on each database holding one. */
async function listenForChanges(databases: Database[], indexer: Indexer): Promise<{ unlisten(): Promise<void> }[]> {
  const sources = new Set<string>(outboxSources);
  const listeners = [];
  for (const database of new Set(databases)) listeners.push(await onAnnouncedChanges(database, sources, () => indexer.nudge()));
  return listeners;
}
