import { createSubgraph } from '../../subgraphs/kit/server.js';
import type { SearchEngine } from '../engine.js';
import { createSearchLoaders } from './loaders.js';
import { resolvers } from './resolvers.js';
import { createSearchStore } from './store.js';

/** The search subgraph: `search` over the engine, answering with references the other subgraphs resolve. */
export function createSearchSubgraph(engine: SearchEngine) {
  return createSubgraph({
    name: 'search',
    schemaUrl: new URL('./schema.graphql', import.meta.url),
    resolvers,
    store: createSearchStore(engine),
    createLoaders: createSearchLoaders,
  });
}
