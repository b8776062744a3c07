import type { CatalogueReader } from './catalogue.js';
import { fieldsOf, selections, toDocument } from './documents.js';
import { itemTypes, type ItemType, type SearchDocument, type SearchEngine } from '../../search/engine.js';
import type { Indexer } from './indexer.js';

export interface ReindexProgress {
  total: number;
  done: number;
}

const PAGE = 100;

/**
 * Rebuilds the whole index from the public API into a new index and swaps it in at the end, so
 * search keeps answering from the old index until the new one is complete. Changes committed
 * while it runs are replayed from the outboxes after the swap. Stopped half-way, it leaves the
 * live index untouched; started again, it builds afresh, so it always converges.
 */
export async function reindex(engine: SearchEngine, read: CatalogueReader, indexer: Indexer | null, onProgress: (progress: ReindexProgress) => void = () => {}): Promise<ReindexProgress> {
  const heads = indexer ? await indexer.heads() : null;
  const totals = await countAll(read);
  const progress = { total: Object.values(totals).reduce((sum, count) => sum + count, 0), done: 0 };
  onProgress(progress);
  const build = await engine.startBuild();
  try {
    // The four lists are read side by side: while one page waits on PostgreSQL, another is resolved.
    await Promise.all(itemTypes.map(async (type) => {
      for await (const entities of pagesOf(read, type)) {
        await build.add(entities.map((entity) => toDocument(type, entity)).filter((document): document is SearchDocument => document !== null));
        progress.done += entities.length;
        onProgress(progress);
      }
    }));
    await build.commit();
  } catch (error) {
    await build.abandon();
    throw error;
  }
  if (indexer && heads) await indexer.replaySince(heads);
  return progress;
}

async function countAll(read: CatalogueReader): Promise<Record<ItemType, number>> {
  const { data } = await read(`{ ${itemTypes.map((type) => `${type}: ${fieldsOf[type].list}(first: 0) { totalCount }`).join(' ')} }`);
  return Object.fromEntries(itemTypes.map((type) => [type, data[type].totalCount])) as Record<ItemType, number>;
}

async function* pagesOf(read: CatalogueReader, type: ItemType): AsyncGenerator<any[]> {
  let after: string | null = null;
  do {
    const { data } = await read(
      `query($after: String) { list: ${fieldsOf[type].list}(first: ${PAGE}, after: $after) { edges { node { ${selections[type]} } } pageInfo { hasNextPage endCursor } } }`,
      { after },
    );
    yield data.list.edges.map((edge: any) => edge.node);
    after = data.list.pageInfo.hasNextPage ? data.list.pageInfo.endCursor : null;
  } while (after);
}
