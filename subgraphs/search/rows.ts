/** What each GraphQL type of this subgraph resolves from: an index rebuild as the search index keeps it. */
export type { Rebuild } from './search-index.js';
