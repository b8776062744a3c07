import type { Database } from '../../kit/database/connection.js';
import { createSubgraph } from '../../kit/subgraph/server.js';
import { gatewayLink, isEntryPoint, serveStandalone } from '../../kit/subgraph/standalone.js';
import { deploymentOf } from '../manifest.js';
import type { SupergraphLink } from '../../kit/platform/supergraph.js';
import { createProgrammeLoaders } from './loaders.js';
import { resolvers } from './resolvers.js';
import { createProgrammeStore } from './store.js';
import { createVenueDirectory } from '../../kit/graphql/references.js';
import { venueStatus } from './venues.js';

/**
 * The courses subgraph: programmes, study-tour routes and curriculum links. It asks `supergraph`
 * whether the venues a programme names are there.
 */
export function createCoursesSubgraph(database: Database, supergraph: SupergraphLink) {
  return createSubgraph({
    name: 'courses',
    schemaUrl: new URL('./schema.graphql', import.meta.url),
    resolvers,
    store: createProgrammeStore(database.db, createVenueDirectory(supergraph, venueStatus)),
    createLoaders: createProgrammeLoaders,
  });
}

if (isEntryPoint(import.meta.url)) await serveStandalone(deploymentOf('courses'), (database, config) => createCoursesSubgraph(database, gatewayLink('courses', config)));
