import { getTableColumns, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';

/** Rows per insert statement, sent as one JSON parameter. */
const ROWS_PER_WRITE = 10_000;

/**
 * Inserts thousands of rows to a statement, as one JSON parameter read by `jsonb_to_recordset`: a
 * parameter per value made building and sending the statements cost more than running them.
 * Rows already there (by any unique key) are left as they are.
 */
export async function insertRows(tx: PostgresJsDatabase, table: PgTable, rows: Record<string, unknown>[]): Promise<void> {
  const columns = Object.entries(getTableColumns(table) as Record<string, PgColumn>);
  const names = sql.join(columns.map(([, column]) => sql.identifier(column.name)), sql`, `);
  const types = sql.raw(columns.map(([, column]) => `"${column.name}" ${column.getSQLType()}`).join(', '));
  for (let start = 0; start < rows.length; start += ROWS_PER_WRITE) {
    const records = rows.slice(start, start + ROWS_PER_WRITE).map((row) => Object.fromEntries(columns.map(([field, column]) => [column.name, row[field] ?? null])));
    await tx.execute(sql`
      insert into ${table} (${names}) select ${names} from jsonb_to_recordset(${JSON.stringify(records)}::jsonb) as record(${types})
      on conflict do nothing`);
  }
}
