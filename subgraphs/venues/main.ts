import type { Database } from '../../kit/database/connection.js';
import { createSubgraph } from '../../kit/subgraph/server.js';
import { gatewayLink, isEntryPoint, serveStandalone } from '../../kit/subgraph/standalone.js';
import { deploymentOf } from '../manifest.js';
import { createVenueLoaders } from './loaders.js';
import { resolvers } from './resolvers.js';
import { createVenueStore } from './store.js';
import { schoolRollOf } from './school-roll.js';
import type { SupergraphLink } from '../../kit/platform/supergraph.js';

export { enforceOverdueNotices, type Enforcement } from './overdue.js';

/**
 * The venues subgraph: venues, alliances, compliance records, rectification notices, published lists
 * and random inspections. It reads a district's school roll through `supergraph` when it draws schools.
 */
export function createVenuesSubgraph(database: Database, supergraph: SupergraphLink) {
  return createSubgraph({
    name: 'venues',
    schemaUrl: new URL('./schema.graphql', import.meta.url),
    resolvers,
    store: createVenueStore(database.db, schoolRollOf(supergraph)),
    createLoaders: createVenueLoaders,
  });
}

if (isEntryPoint(import.meta.url)) await serveStandalone(deploymentOf('venues'), (database, config) => createVenuesSubgraph(database, gatewayLink('venues', config)));
