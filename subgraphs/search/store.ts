import type { SearchRequest, SearchResult, Suggestion } from '../../search/engine.js';
import type { PairedVenuesQuery, PairedVenuesQueryVariables } from './operations.generated.js';
import type { Rebuild, SearchIndex } from './search-index.js';

const PAIRED_VENUES = /* GraphQL */ `
  query PairedVenues($school: ID!) {
    school(id: $school) { pairings(filter: { kinds: [PARTNER_VENUE], activeOnly: true }, first: 100) { edges { node { venue { id } } } } }
  }`;

/**
 * The search subgraph owns nothing but its index: its store is the search engine, and what it
 * needs to know about a school it reads through the gateway, as the indexer reads the catalogue.
 */
export function createSearchStore(searchIndex: SearchIndex) {
  const { engine, read } = searchIndex;
  return {
    search: (request: SearchRequest): Promise<SearchResult> => engine.search(request),
    suggest: (prefix: string, limit: number): Promise<Suggestion[]> => engine.suggest(prefix, limit),
    indexStatus: async () => ({ engine: engine.name, documents: await engine.count(), latestRebuild: searchIndex.latestRebuild }),
    /** The rebuild started, or null when one is running already. */
    startRebuild: (): Rebuild | null => searchIndex.startRebuild(),
    /** Public ids of the venues a school has an active partnership with; none for an unknown school. */
    venuesPairedWith: async (schoolId: string): Promise<string[]> => {
      const { data } = await read<PairedVenuesQuery>(PAIRED_VENUES, { school: schoolId } satisfies PairedVenuesQueryVariables);
      const edges = data.school?.pairings.edges ?? [];
      return edges.flatMap((edge) => (edge.node.venue ? [edge.node.venue.id] : []));
    },
  };
}

export type SearchStore = ReturnType<typeof createSearchStore>;
