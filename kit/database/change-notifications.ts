import { sql } from 'drizzle-orm';
import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import type { Database } from './connection.js';

/** The channel on which every committed write to an announcing subgraph's tables is announced. */
export const CHANGES_CHANNEL = 'kepu_changes';

/**
 * Makes every write to any table of `schema` announce the schema's name on `CHANGES_CHANNEL` when
 * it commits, whichever process or tool made it. Triggers are kept here rather than in migrations so
 * that a table added later is covered without anyone remembering to: this runs after each migration.
 */
export async function announceChanges(database: Database, schema: string): Promise<void> {
  await database.sql.unsafe(`
    create or replace function ${schema}.announce_change() returns trigger language plpgsql as $$
    begin
      perform pg_notify('${CHANGES_CHANNEL}', '${schema}');
      return null;
    end $$`);
  const tables = await database.sql<{ name: string }[]>`
    select table_name as name from information_schema.tables where table_schema = ${schema} and table_type = 'BASE TABLE'`;
  for (const { name } of tables) {
    await database.sql.unsafe(`
      create or replace trigger announce_change after insert or update or delete or truncate on ${schema}."${name}"
      for each statement execute function ${schema}.announce_change()`);
  }
}

/** Announces on `CHANGES_CHANNEL` that what `name` answers from has changed, for a change no table trigger sees (an index in memory). */
export async function announceChange(database: Database, name: string): Promise<void> {
  await database.sql`select pg_notify(${CHANGES_CHANNEL}, ${name})`;
}

/**
 * Calls `react` whenever a write to one of `schemas` commits in `database`, and each time the
 * connection listens again, since announcements made while it was lost are gone.
 */
export function onAnnouncedChanges(database: Database, schemas: ReadonlySet<string>, react: () => void): Promise<{ unlisten(): Promise<void> }> {
  return database.sql.listen(CHANGES_CHANNEL, (schema) => schemas.has(schema) && react(), react);
}

/** Announces `name` on `CHANGES_CHANNEL` when the transaction `tx` commits, and never if it rolls back. */
export async function announceOnCommit(tx: PostgresJsDatabase, name: string): Promise<void> {
  await tx.execute(sql`select pg_notify(${CHANGES_CHANNEL}, ${name})`);
}
