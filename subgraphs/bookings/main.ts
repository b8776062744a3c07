import type { Database } from '../../kit/database/connection.js';
import { createSubgraph } from '../../kit/subgraph/server.js';
import { gatewayLink, isEntryPoint, serveStandalone } from '../../kit/subgraph/standalone.js';
import { deploymentOf } from '../manifest.js';
import type { SupergraphLink } from '../../kit/platform/supergraph.js';
import { createBookingLoaders } from './loaders.js';
import { createOfferCatalogue } from './offers.js';
import { resolvers } from './resolvers.js';
import { createBookingStore } from './store.js';

export { tellSchoolsOfBarredVenues, type BarredNotice } from './barred.js';

/**
 * The bookings subgraph: schools, sessions, bookings and pairings. It learns about the programmes
 * and talks it books through `supergraph`, bound to the gateway once that exists.
 */
export function createBookingsSubgraph(database: Database, supergraph: SupergraphLink) {
  return createSubgraph({
    name: 'bookings',
    schemaUrl: new URL('./schema.graphql', import.meta.url),
    resolvers,
    store: createBookingStore(database.db, createOfferCatalogue(supergraph)),
    createLoaders: createBookingLoaders,
  });
}

if (isEntryPoint(import.meta.url)) await serveStandalone(deploymentOf('bookings'), (database) => createBookingsSubgraph(database, gatewayLink('bookings')));
