import type { Database } from '../../kit/database/connection.js';
import { createSubgraph } from '../../kit/subgraph/server.js';
import { isEntryPoint, serveStandalone } from '../../kit/subgraph/standalone.js';
import { deploymentOf } from '../manifest.js';
import { postToGatewayAs, SupergraphLink } from '../../kit/platform/supergraph.js';
import { serviceViewer } from '../../kit/platform/viewer.js';
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

/** On its own, the subgraph asks the gateway at KEPU_GATEWAY_URL, as the administrator it is in one process, vouched for by the internal secret. */
function gatewayOverHttp(url: string | undefined): SupergraphLink {
  if (!url) throw new Error('Set KEPU_GATEWAY_URL to the gateway the bookings subgraph asks about programmes and talks.');
  const link = new SupergraphLink();
  link.bind(postToGatewayAs(url, serviceViewer('bookings', 'admin')));
  return link;
}

if (isEntryPoint(import.meta.url)) await serveStandalone(deploymentOf('bookings'), (database, config) => createBookingsSubgraph(database, gatewayOverHttp(config.KEPU_GATEWAY_URL)));
