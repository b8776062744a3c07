import { fillPlaceholders, getTableColumns, type SQL } from 'drizzle-orm';
import { PgDialect, type PgColumn, type PgTable } from 'drizzle-orm/pg-core';
import type postgres from 'postgres';

const dialect = new PgDialect();

/** A statement compiled once: its text, and its parameters as drizzle placeholders named by `sql.placeholder`. */
export interface Statement {
  text: string;
  params: unknown[];
}

/**
 * Compiles a statement written with drizzle's `sql` (table and column names from the schema) to text,
 * once, for the busiest paths: there, building a statement on every call cost more than running it.
 */
export function statement(query: SQL): Statement {
  const { sql: text, params } = dialect.sqlToQuery(query);
  return { text, params };
}

/**
 * Sends a compiled statement now. Statements sent one after another, before any answer is awaited,
 * go to PostgreSQL together on the connection and run there in the order sent: one round trip for all.
 */
export function send<Row extends object = postgres.Row>(client: Pick<postgres.Sql, 'unsafe'>, compiled: Statement, values: object = {}) {
  return client.unsafe<Row[]>(compiled.text, fillPlaceholders(compiled.params, values as Record<string, unknown>) as postgres.ParameterOrJSON<never>[]).execute();
}

/**
 * A transaction in as few round trips as its statements allow, on a connection of its own. BEGIN
 * goes to PostgreSQL with the first statements `work` sends instead of before them, and COMMIT with
 * the last: `work` returns its last write as a function, not yet sent. Anything failing, a refusal
 * thrown by `work` included, rolls the whole transaction back.
 *
 * Its statements are compiled ones on the busiest paths, looking rows up by key: PostgreSQL may plan
 * each once for every value (`plan_cache_mode` auto, for this transaction only), where the pool has
 * every run planned for its values. Planning every run was about a third of its work per booking.
 */
export async function transactionInFewTrips<Result>(sql: postgres.Sql, work: (client: postgres.ReservedSql) => Promise<() => Promise<Result>>): Promise<Result> {
  const client = await sql.reserve();
  try {
    let finish: () => Promise<Result>;
    try {
      [, finish] = await Promise.all([client.unsafe('begin; set local plan_cache_mode = auto').execute(), work(client)]);
    } catch (error) {
      await client.unsafe('rollback');
      throw error;
    }
    // COMMIT after a failed statement rolls back instead; both are awaited before the connection goes back to the pool.
    const [result] = await Promise.allSettled([(async () => finish())(), client.unsafe('commit').execute()]);
    if (result.status === 'rejected') throw result.reason;
    return result.value;
  } finally {
    client.release();
  }
}

const columnsByTable = new WeakMap<PgTable, [string, PgColumn][]>();

/** A row of `table` as drizzle reads it (field names, numbers, dates), from a record of its columns as PostgreSQL named them. */
export function rowOf<Table extends PgTable>(table: Table, record: postgres.Row): Table['$inferSelect'] {
  let columns = columnsByTable.get(table);
  if (!columns) columnsByTable.set(table, (columns = Object.entries(getTableColumns(table) as Record<string, PgColumn>)));
  const row: Record<string, unknown> = {};
  for (const [field, column] of columns) {
    const value = record[column.name];
    row[field] = value === null || value === undefined ? null : column.mapFromDriverValue(value);
  }
  return row as Table['$inferSelect'];
}
