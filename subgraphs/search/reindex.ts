import type { CatalogueReader } from './catalogue.js';
import { documentFragments, toDocument, type DocumentSource } from './documents.js';
import { itemTypes, type ItemType, type SearchDocument, type SearchEngine } from '../../search/engine.js';
import type { Indexer } from './indexer.js';
import type { CatalogueCountsQuery, VenueDocumentsQueryVariables } from './operations.generated.js';

export interface ReindexProgress {
  total: number;
  done: number;
}

/**
 * Items read per page by a rebuild. Fewer, larger pages cost the gateway less per item; each
 * page's answer is one piece of work on the event loop, so pages stay small enough that /health
 * still answers within tens of milliseconds meanwhile (test/e2e/event-loop.test.ts).
 */
const PAGE = 50;

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

/**
 * The pages of one list, in order. The next page is asked for as soon as one arrives, so that it
 * is read while the engine takes in this one: each waited on the other, and a rebuild kept
 * neither the gateway's thread nor the engine's busy.
 */
async function* pagesOf<Type extends ItemType>(read: CatalogueReader, type: Type): AsyncGenerator<DocumentSource[Type][]> {
  let next: Promise<DocumentPage<Type>['list']> | null = pageOf(read, type, null);
  while (next) {
    const page: DocumentPage<Type>['list'] = await next;
    next = page.pageInfo.hasNextPage ? pageOf(read, type, page.pageInfo.endCursor) : null;
    // Its failure is met when it is awaited; a rebuild that stops first must not leave it unhandled.
    next?.catch(() => {});
    yield page.edges.map((edge) => edge.node);
  }
}

async function pageOf<Type extends ItemType>(read: CatalogueReader, type: Type, after: string | null): Promise<DocumentPage<Type>['list']> {
  const variables: VenueDocumentsQueryVariables = { first: PAGE, after };
  const { data } = await read<DocumentPage<Type>>(PAGES[type] + documentFragments[type].definitions, variables);
  return data.list;
}
