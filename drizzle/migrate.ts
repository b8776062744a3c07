import { fileURLToPath } from 'node:url';
import { migrate } from 'drizzle-orm/postgres-js/migrator';
import { announceChanges, announcesChanges } from './change-notifications.js';
import type { Database } from './connection.js';

export type SubgraphName = 'venues' | 'courses' | 'experts' | 'bookings' | 'access' | 'search';

/** Applies one subgraph's committed migrations; each subgraph keeps its own history, in a table named after it. */
export async function migrateSubgraph(database: Database, subgraph: SubgraphName): Promise<void> {
  await migrate(database.db, {
    migrationsFolder: fileURLToPath(new URL(`./migrations/${subgraph}`, import.meta.url)),
    migrationsSchema: 'migrations',
    migrationsTable: subgraph,
  });
  if (announcesChanges(subgraph)) await announceChanges(database, subgraph);
}
