import type { Database } from '../../kit/database/connection.js';
import { createSubgraph } from '../../kit/subgraph/server.js';
import { isEntryPoint, serveStandalone } from '../../kit/subgraph/standalone.js';
import { deploymentOf } from '../manifest.js';
import { createVenueLoaders } from './loaders.js';
import { resolvers } from './resolvers.js';
import { createVenueStore } from './store.js';

/** The venues subgraph: venues, alliances and compliance records. */
export function createVenuesSubgraph(database: Database) {
  return createSubgraph({
    name: 'venues',
    schemaUrl: new URL('./schema.graphql', import.meta.url),
    resolvers,
    store: createVenueStore(database.db),
    createLoaders: createVenueLoaders,
  });
}

if (isEntryPoint(import.meta.url)) await serveStandalone(deploymentOf('venues'), createVenuesSubgraph);
