import type { SearchRequest, SearchResult, Suggestion } from '../../search/engine.js';
import type { AllianceMembersQuery, AllianceMembersQueryVariables, PairedVenuesQuery, PairedVenuesQueryVariables } from './operations.generated.js';
import type { Rebuild, SearchIndex } from './search-index.js';

const PAIRED_VENUES = /* GraphQL */ `
  query PairedVenues($school: ID!) {
    school(id: $school) { pairings(filter: { kinds: [PARTNER_VENUE], activeOnly: true }, first: 100) { edges { node { venue { id } } } } }
  }`;

const ALLIANCE_MEMBERS = /* GraphQL */ `
  query AllianceMembers($alliance: ID!, $after: String) {
    alliance(id: $alliance) { members(first: 100, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }
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
    /** Public ids of an alliance's published member venues; none for an unknown alliance. */
    allianceMembers: async (allianceId: string): Promise<string[]> => {
      const members: string[] = [];
      let after: string | null = null;
      do {
        const answer: { data: AllianceMembersQuery } = await read<AllianceMembersQuery>(ALLIANCE_MEMBERS, { alliance: allianceId, after } satisfies AllianceMembersQueryVariables);
        const page: NonNullable<AllianceMembersQuery['alliance']>['members'] | undefined = answer.data.alliance?.members;
        members.push(...(page?.edges ?? []).map((edge) => edge.node.id));
        after = page?.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after);
      return members;
    },
  };
}

export type SearchStore = ReturnType<typeof createSearchStore>;
