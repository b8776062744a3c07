import type { SearchEngine, SearchRequest, SearchResult } from '../engine.js';

/** The search subgraph owns nothing but its index: its store is the search engine. */
export function createSearchStore(engine: SearchEngine) {
  return {
    search: (request: SearchRequest): Promise<SearchResult> => engine.search(request),
  };
}

export type SearchStore = ReturnType<typeof createSearchStore>;
