import { connect, type Database, type Drizzle } from '../../kit/database/connection.js';
import { createSubgraph } from '../../kit/subgraph/server.js';
import { gatewayLink, isEntryPoint, serveStandalone } from '../../kit/subgraph/standalone.js';
import { deploymentOf, subgraphEntry, subgraphVariables } from '../manifest.js';
import { configOrExit, startConfig } from '../../kit/platform/config.js';
import { FACT_SOURCES, followCatalogueFacts, type FactSource } from './facts.js';
import type { SupergraphLink } from '../../kit/platform/supergraph.js';
import { createBookingLoaders } from './loaders.js';
import { createOfferCatalogue } from './offers.js';
import { resolvers } from './resolvers.js';
import { createBookingStore } from './store.js';
import { createLedger } from './ledger.js';

export { tellSchoolsOfBarredVenues, type BarredNotice } from './barred.js';
export { followCatalogueFacts } from './facts.js';

/** Releases the kept seats of sessions whose time for them is up, moving their waitlists up; returns how many sessions. */
export function releaseKeptSeats(db: Drizzle, now: Date): Promise<number> {
  return createLedger(db).releaseKeptSeats(now);
}

/**
 * The bookings subgraph: schools, sessions, bookings and pairings. It keeps the facts it decides on
 * about programmes, talks, venues and experts in its own tables, following their owners' outboxes and
 * reading what changed through `supergraph` (bound to the gateway once that exists), so that answering
 * a request never asks the gateway.
 */
export function createBookingsSubgraph(database: Database, supergraph: SupergraphLink) {
  const sources = factSources(database, startConfig().subgraphVariables);
  const facts = followCatalogueFacts(database, sources.databases, supergraph);
  void supergraph.ready().then(() => facts.start());
  return createSubgraph({
    name: 'bookings',
    schemaUrl: new URL('./schema.graphql', import.meta.url),
    resolvers,
    store: createBookingStore(database.db, createOfferCatalogue(database.db, facts)),
    createLoaders: createBookingLoaders,
    stop: async () => {
      await facts.stop();
      await sources.close();
    },
  });
}

/** The databases of the outboxes bookings follows: each subgraph's own where its variable names one, else bookings' own (one database for all). */
export function factSources(database: Database, variables: Readonly<Record<string, string>>) {
  const opened: Database[] = [];
  const databases = Object.fromEntries(FACT_SOURCES.map((name) => {
    const url = variables[subgraphEntry(name).databaseVariable];
    if (!url) return [name, database];
    const own = connect(url, { name: `bookings-follows-${name}`, max: 2 });
    opened.push(own);
    return [name, own];
  })) as Record<FactSource, Database>;
  return { databases, close: () => Promise.all(opened.map((one) => one.close())).then(() => {}) };
}

if (isEntryPoint(import.meta.url)) {
  await serveStandalone(deploymentOf('bookings'), (database, config) => {
    configOrExit(subgraphVariables);
    return createBookingsSubgraph(database, gatewayLink('bookings', config));
  });
}
