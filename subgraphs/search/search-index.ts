import type { CatalogueReader } from './catalogue.js';
import { createHash } from 'node:crypto';
import type { IndexBuild, SearchDocument, SearchEngine } from '../../search/engine.js';
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
  /** The engine, telling `watchers` after each change to its live index. */
  readonly engine: SearchEngine;
  private readonly watchers = new Set<() => void>();
  private indexer: Indexer | null = null;
  private current: { rebuild: Rebuild; done: Promise<void> } | null = null;

  constructor(
    engine: SearchEngine,
    readonly read: CatalogueReader,
  ) {
    this.engine = telling(engine, () => this.watchers.forEach((watcher) => watcher()));
  }

  /** Calls `watcher` after every change to the live index, until the returned function is called. */
  onChange(watcher: () => void): () => void {
    this.watchers.add(watcher);
    return () => this.watchers.delete(watcher);
  }

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

/**
 * `engine`, calling `changed` once each write to its live index is done: upserts, removals, a rebuild
 * swapped in, a saved index loaded. A document written again as it already is changes nothing and
 * tells nobody: a booking changes its programme's seats, and seldom anything search shows of it.
 */
function telling(engine: SearchEngine, changed: () => void): SearchEngine {
  const after = <Result>(write: Promise<Result>) => write.then((result) => (changed(), result));
  const written = new WrittenDocuments();
  const replaced = <Result>(write: Promise<Result>) => after(write.then((result) => (written.forgetAll(), result)));
  const { savable } = engine;
  return {
    name: engine.name,
    search: (request) => engine.search(request),
    suggest: (prefix, limit) => engine.suggest(prefix, limit),
    count: () => engine.count(),
    close: () => engine.close(),
    upsert: async (documents) => {
      const changes = written.changesAmong(documents);
      if (changes.length === 0) return;
      await after(engine.upsert(changes.map((change) => change.document)));
      written.remember(changes);
    },
    remove: (ids) => {
      written.forget(ids);
      return after(engine.remove(ids));
    },
    startBuild: async (): Promise<IndexBuild> => {
      const build = await engine.startBuild();
      return { add: (documents) => build.add(documents), abandon: () => build.abandon(), commit: () => replaced(build.commit()) };
    },
    savable: savable && { version: savable.version, changes: () => savable.changes(), save: () => savable.save(), load: (lines) => replaced(savable.load(lines)) },
  };
}

/** A fingerprint of each document last written to the live index, forgotten whenever that index may hold something else. */
class WrittenDocuments {
  private readonly fingerprints = new Map<string, string>();

  changesAmong(documents: SearchDocument[]): { document: SearchDocument; fingerprint: string }[] {
    return documents
      .map((document) => ({ document, fingerprint: createHash('sha1').update(JSON.stringify(document)).digest('base64') }))
      .filter((change) => this.fingerprints.get(change.document.id) !== change.fingerprint);
  }

  remember(changes: { document: SearchDocument; fingerprint: string }[]): void {
    for (const { document, fingerprint } of changes) this.fingerprints.set(document.id, fingerprint);
  }

  forget(ids: string[]): void {
    for (const id of ids) this.fingerprints.delete(id);
  }

  forgetAll(): void {
    this.fingerprints.clear();
  }
}
