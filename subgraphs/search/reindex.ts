import type { CatalogueReader } from './catalogue.js';
import { documentFragments, toDocument, type DocumentSource } from './documents.js';
import { itemTypes, type ItemType, type SearchDocument, type SearchEngine } from '../../search/engine.js';
import type { Indexer } from './indexer.js';
import type { CatalogueCountsQuery, VenueDocumentsQueryVariables } from './operations.generated.js';

export interface ReindexProgress {
  total: number;
  done: number;
}

const PAGE = 20;

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

const COUNTS = /* GraphQL */ `
  query CatalogueCounts {
    Venue: venues(first: 0) { totalCount }
    Programme: programmes(first: 0) { totalCount }
    Talk: talks(first: 0) { totalCount }
    Expert: experts(first: 0) { totalCount }
  }`;

const PAGES = {
  Venue: /* GraphQL */ `query VenueDocuments($first: Int!, $after: String) {
    list: venues(first: $first, after: $after) { edges { node { ...VenueDocument } } pageInfo { hasNextPage endCursor } }
  }`,
  Programme: /* GraphQL */ `query ProgrammeDocuments($first: Int!, $after: String) {
    list: programmes(first: $first, after: $after) { edges { node { ...ProgrammeDocument } } pageInfo { hasNextPage endCursor } }
  }`,
  Talk: /* GraphQL */ `query TalkDocuments($first: Int!, $after: String) {
    list: talks(first: $first, after: $after) { edges { node { ...TalkDocument } } pageInfo { hasNextPage endCursor } }
  }`,
  Expert: /* GraphQL */ `query ExpertDocuments($first: Int!, $after: String) {
    list: experts(first: $first, after: $after) { edges { node { ...ExpertDocument } } pageInfo { hasNextPage endCursor } }
  }`,
} satisfies Record<ItemType, string>;

/** A page of one list, as each of the four page operations answers. */
interface DocumentPage<Type extends ItemType> {
  list: { edges: { node: DocumentSource[Type] }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

async function countAll(read: CatalogueReader): Promise<Record<ItemType, number>> {
  const { data } = await read<CatalogueCountsQuery>(COUNTS);
  return Object.fromEntries(itemTypes.map((type) => [type, data[type].totalCount])) as Record<ItemType, number>;
}

async function* pagesOf<Type extends ItemType>(read: CatalogueReader, type: Type): AsyncGenerator<DocumentSource[Type][]> {
  let after: string | null = null;
  do {
    const variables: VenueDocumentsQueryVariables = { first: PAGE, after };
    const { data }: { data: DocumentPage<Type> } = await read<DocumentPage<Type>>(PAGES[type] + documentFragments[type].definitions, variables);
    yield data.list.edges.map((edge) => edge.node);
    after = data.list.pageInfo.hasNextPage ? data.list.pageInfo.endCursor : null;
  } while (after);
}
