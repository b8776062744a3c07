import type { Database } from '../../kit/database/connection.js';
import { createSubgraph } from '../../kit/subgraph/server.js';
import { gatewayLink, isEntryPoint, serveStandalone } from '../../kit/subgraph/standalone.js';
import { deploymentOf } from '../manifest.js';
import type { SupergraphLink } from '../../kit/platform/supergraph.js';
import { createExpertLoaders } from './loaders.js';
import { resolvers } from './resolvers.js';
import { createExpertStore } from './store.js';
import { createVenueDirectory } from '../../kit/graphql/references.js';
import { venueStatus } from './venues.js';

/** The experts subgraph: experts' public profiles and their talks. It asks `supergraph` whether an expert's venue is there. */
export function createExpertsSubgraph(database: Database, supergraph: SupergraphLink) {
  return createSubgraph({
    name: 'experts',
    schemaUrl: new URL('./schema.graphql', import.meta.url),
    resolvers,
    store: createExpertStore(database.db, createVenueDirectory(supergraph, venueStatus)),
    createLoaders: createExpertLoaders,
  });
}

if (isEntryPoint(import.meta.url)) await serveStandalone(deploymentOf('experts'), (database, config) => createExpertsSubgraph(database, gatewayLink('experts', config)));
