import type { Database } from '../../kit/database/connection.js';
import { createSubgraph } from '../../kit/subgraph/server.js';
import { gatewayLink, isEntryPoint, serveStandalone } from '../../kit/subgraph/standalone.js';
import { deploymentOf } from '../manifest.js';
import type { SupergraphLink } from '../../kit/platform/supergraph.js';
import { createBookingLoaders } from './loaders.js';
import { createOfferCatalogue } from './offers.js';
import { resolvers } from './resolvers.js';
import { createBookingStore } from './store.js';
import { createLedger } from './ledger.js';
import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';

export { tellSchoolsOfBarredVenues, type BarredNotice } from './barred.js';

/** Releases the kept seats of sessions whose time for them is up, moving their waitlists up; returns how many sessions. */
export function releaseKeptSeats(db: PostgresJsDatabase, now: Date): Promise<number> {
  return createLedger(db).releaseKeptSeats(now);
}

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

if (isEntryPoint(import.meta.url)) await serveStandalone(deploymentOf('bookings'), (database, config) => createBookingsSubgraph(database, gatewayLink('bookings', config)));
