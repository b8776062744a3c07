import type { Database } from '../../drizzle/connection.js';
import { createSubgraph } from '../kit/server.js';
import { isEntryPoint, serveStandalone } from '../kit/standalone.js';
import { createBookingLoaders } from './loaders.js';
import { resolvers } from './resolvers.js';
import { createBookingStore } from './store.js';

/** The bookings subgraph: schools, sessions, bookings and pairings. */
export function createBookingsSubgraph(database: Database) {
  return createSubgraph({
    name: 'bookings',
    schemaUrl: new URL('./schema.graphql', import.meta.url),
    resolvers,
    store: createBookingStore(database.db),
    createLoaders: createBookingLoaders,
  });
}

if (isEntryPoint(import.meta.url)) await serveStandalone('bookings', createBookingsSubgraph);
