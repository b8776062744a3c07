import type { CatalogueReader } from './catalogue.js';
import type { SearchEngine } from '../../search/engine.js';
import type { Indexer } from './indexer.js';
import { reindex } from './reindex.js';

export type RebuildState = 'RUNNING' | 'SUCCEEDED' | 'FAILED';

export interface Rebuild {
  state: RebuildState;
  startedAt: Date;
  finishedAt: Date | null;
  itemsRead: number;
  itemsTotal: number;
  /** Why it failed; the live index is then the one from before. */
  failure: string | null;
}

/**
 * The search index one process serves: its engine, where it reads the catalogue from, and its
 * rebuilds, one at a time: the one at start-up and those an administrator asks for
 * (`npm run reindex`). A rebuild fills a new index while the live one keeps answering, and swaps
 * it in at the end.
 */
export class SearchIndex {
  private indexer: Indexer | null = null;
  private current: { rebuild: Rebuild; done: Promise<void> } | null = null;

  constructor(
    readonly engine: SearchEngine,
    readonly read: CatalogueReader,
  ) {}

  /** From now on, searchIndex replay the outbox rows this indexer has not applied when they start. */
  follow(indexer: Indexer): void {
    this.indexer = indexer;
  }

  get latestRebuild(): Rebuild | null {
    return this.current?.rebuild ?? null;
  }

  /** Starts a rebuild in the background; null when one is running already. */
  startRebuild(): Rebuild | null {
    if (this.latestRebuild?.state === 'RUNNING') return null;
    const rebuild: Rebuild = { state: 'RUNNING', startedAt: new Date(), finishedAt: null, itemsRead: 0, itemsTotal: 0, failure: null };
    const done = reindex(this.engine, this.read, this.indexer, (progress) => {
      rebuild.itemsRead = progress.done;
      rebuild.itemsTotal = progress.total;
    }).then(
      () => void Object.assign(rebuild, { state: 'SUCCEEDED', finishedAt: new Date() }),
      (error: Error) => void Object.assign(rebuild, { state: 'FAILED', finishedAt: new Date(), failure: error.message }),
    );
    this.current = { rebuild, done };
    return rebuild;
  }

  /** Waits for the latest rebuild to end and throws if it failed. */
  async rebuildFinished(): Promise<Rebuild | null> {
    await this.current?.done;
    const rebuild = this.latestRebuild;
    if (rebuild?.state === 'FAILED') throw new Error(rebuild.failure ?? 'The search index rebuild failed.');
    return rebuild;
  }
}
