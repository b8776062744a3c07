import type { Database } from '../../kit/database/connection.js';
import { createSubgraph } from '../../kit/subgraph/server.js';
import { isEntryPoint, serveStandalone } from '../../kit/subgraph/standalone.js';
import { deploymentOf } from '../manifest.js';
import { postToGateway, SupergraphLink } from '../../kit/platform/supergraph.js';
import { createBookingLoaders } from './loaders.js';
import { createOfferCatalogue } from './offers.js';
import { resolvers } from './resolvers.js';
import { createBookingStore } from './store.js';

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

/** On its own, the subgraph asks the gateway at KEPU_GATEWAY_URL, with KEPU_GATEWAY_TOKEN as its bearer token if set. */
function gatewayOverHttp(): SupergraphLink {
  const url = process.env.KEPU_GATEWAY_URL;
  if (!url) throw new Error('Set KEPU_GATEWAY_URL to the gateway the bookings subgraph asks about programmes and talks.');
  const link = new SupergraphLink();
  const token = process.env.KEPU_GATEWAY_TOKEN;
  link.bind(postToGateway(url, token ? { authorization: `Bearer ${token}` } : {}));
  return link;
}

if (isEntryPoint(import.meta.url)) await serveStandalone(deploymentOf('bookings'), (database) => createBookingsSubgraph(database, gatewayOverHttp()));
