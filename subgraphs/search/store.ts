import type { SearchRequest, SearchResult, Suggestion } from '../../search/engine.js';
import { toRowId } from '../../kit/graphql/ids.js';
import { unavailable } from '../../kit/graphql/errors.js';
import type { PartnershipReads } from './partnerships.js';
import type { Rebuild, SearchIndex } from './search-index.js';

/**
 * The search subgraph's store: the search engine, and the partnerships and alliance members it
 * keeps in its own tables (null where this process has no database of search's).
 */
export function createSearchStore(searchIndex: SearchIndex, partnerships: PartnershipReads | null) {
  const { engine } = searchIndex;
  const kept = (): PartnershipReads => {
    if (!partnerships) throw unavailable('Searching by a school\'s partners or an alliance needs the search subgraph\'s database: set DATABASE_URL.');
    return partnerships;
  };
  return {
    search: (request: SearchRequest): Promise<SearchResult> => engine.search(request),
    suggest: (prefix: string, limit: number): Promise<Suggestion[]> => engine.suggest(prefix, limit),
    indexStatus: async () => ({ engine: engine.name, documents: await engine.count(), latestRebuild: searchIndex.latestRebuild }),
    /** The rebuild started, or null when one is running already. */
    startRebuild: (): Rebuild | null => searchIndex.startRebuild(),
    /** Public ids of the venues a school has a partnership with on `today`; none for an unknown school. */
    venuesPairedWith: (schoolId: string, today: string): Promise<string[]> => kept().venuesPairedWith(toRowId('School', schoolId), today),
    /** Public ids of an alliance's published member venues; none for an unknown alliance. */
    allianceMembers: (allianceId: string): Promise<string[]> => kept().allianceMembers(toRowId('Alliance', allianceId)),
  };
}

export type SearchStore = ReturnType<typeof createSearchStore>;
