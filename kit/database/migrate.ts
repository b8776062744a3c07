import { migrate } from 'drizzle-orm/postgres-js/migrator';
import { announceChanges } from './change-notifications.js';
import type { Database } from './connection.js';

/** One subgraph's committed migrations: the folder drizzle-kit wrote them to, and the table that records which ran. */
export interface MigrationHistory {
  table: string;
  folder: string;
  /** The schema whose committed writes are announced on the changes channel, if any. */
  announcedSchema: string | null;
}

/** Applies one subgraph's committed migrations; each subgraph keeps its own history, in a table named after it. */
export async function migrateSubgraph(database: Database, history: MigrationHistory): Promise<void> {
  await migrate(database.db, { migrationsFolder: history.folder, migrationsSchema: 'migrations', migrationsTable: history.table });
  if (history.announcedSchema) await announceChanges(database, history.announcedSchema);
}
