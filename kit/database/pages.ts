import { and, getTableColumns, inArray, sql, type Column, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import { badUserInput } from '../graphql/errors.js';
import type { CursorKey, Page } from '../graphql/pagination.js';

export interface PageQuery<Table extends PgTable> {
  table: Table;
  where?: SQL;
  /** Sort columns, ascending, ending with a unique column so that cursors are stable. */
  orderBy: Column[];
  page: Page;
}

export type PageRow<Table extends PgTable> = Table['$inferSelect'] & { total: number };

/**
 * One statement that returns a page of rows for each of several parents (a venue's programmes,
 * a talk's sessions), each row carrying how many rows its parent has in all. It is what lets a
 * DataLoader answer fifty `Venue.programmes` fields with a single query.
 */
export async function fetchPagesPerParent<Table extends PgTable>(
  db: PostgresJsDatabase,
  query: PageQuery<Table> & { parentColumn: Column; parentIds: readonly number[] },
): Promise<PageRow<Table>[]> {
  const partition = sql`partition by ${unqualified(query.parentColumn)}`;
  const columns: Record<string, PgColumn> = getTableColumns(query.table as PgTable);
  const order = sql.join(query.orderBy.map(unqualified), sql`, `);
  const counted = db
    .select({ ...columns, total: sql<number>`count(*) over (${partition})`.mapWith(Number).as('total') })
    .from(query.table as PgTable)
    .where(and(inArray(query.parentColumn, [...query.parentIds]), query.where))
    .as('counted');
  const afterCursor = query.page.after ? sql`(${order}) > (${cursorValues(query.page.after, query.orderBy)})` : undefined;
  const ranked = db
    .select({ ...(counted._.selectedFields as unknown as Record<string, PgColumn>), position: sql<number>`row_number() over (${partition} order by ${order})`.as('position') })
    .from(counted)
    .where(afterCursor)
    .as('ranked');
  const rows = await db
    .select()
    .from(ranked)
    .where(sql`${ranked.position} <= ${query.page.size + 1}`)
    .orderBy(order);
  return rows as unknown as PageRow<Table>[];
}

/**
 * One page of a top-level list, each row carrying the total the filter matches. The page is read
 * by its sort key from the cursor on, and the total counted once beside it: numbering every row
 * of the list, as a page per parent needs, made each page of a 60,000-row list cost 100 ms.
 */
export async function fetchPage<Table extends PgTable>(db: PostgresJsDatabase, query: PageQuery<Table>): Promise<PageRow<Table>[]> {
  const columns: Record<string, PgColumn> = getTableColumns(query.table as PgTable);
  const filtered = query.where ?? sql`true`;
  const order = sql.join(query.orderBy, sql`, `);
  const afterCursor = query.page.after ? sql`(${order}) > (${cursorValues(query.page.after, query.orderBy)})` : undefined;
  const rows = await db
    .select({ ...columns, total: sql<number>`(select count(*) from ${query.table} where ${filtered})`.mapWith(Number) })
    .from(query.table as PgTable)
    .where(and(query.where, afterCursor))
    .orderBy(order)
    .limit(query.page.size + 1);
  return rows as unknown as PageRow<Table>[];
}

/** The subqueries below select from one table, so bare column names are unambiguous at every level. */
function unqualified(column: Column): SQL {
  return sql`${sql.identifier(column.name)}`;
}

/**
 * A cursor's key as values of the list's sort columns. A key that cannot be a row's position (the
 * wrong number of parts, a part of another type, a time that does not exist, a number beyond its
 * column) was not given out by this API, and is refused before it reaches PostgreSQL.
 */
function cursorValues(key: CursorKey, orderBy: Column[]): SQL {
  if (key.length !== orderBy.length || !key.every((part, index) => fitsColumn(part, orderBy[index]!))) {
    throw badUserInput('The "after" cursor is not one this API gave out; use an endCursor from a previous page.', 'after');
  }
  return sql.join(key.map((part) => sql`${part}`), sql`, `);
}

const INT4 = 2 ** 31;

function fitsColumn(part: string | number, column: Column): boolean {
  switch (column.columnType) {
    case 'PgInteger': return Number.isInteger(part) && Math.abs(part as number) < INT4;
    case 'PgBigInt53': case 'PgSerial': case 'PgBigSerial53': return Number.isSafeInteger(part);
    case 'PgTimestamp': case 'PgTimestampString': case 'PgDate': case 'PgDateString':
      return typeof part === 'string' && isInstant(part);
    case 'PgDoublePrecision': case 'PgReal': return typeof part === 'number' && Number.isFinite(part);
    default: return typeof part === 'string';
  }
}

/** Cursors carry instants as `toISOString` wrote them; only such a text is one. */
function isInstant(text: string): boolean {
  const time = Date.parse(text);
  return Number.isFinite(time) && new Date(time).toISOString() === text;
}
