import { getTableColumns, sql } from 'drizzle-orm';
import { getTableConfig, type PgTable } from 'drizzle-orm/pg-core';
import type { Database } from '../connection.js';
import * as bookings from '../schema/bookings.js';
import * as courses from '../schema/courses.js';
import * as experts from '../schema/experts.js';
import * as venues from '../schema/venues.js';
import { generateCatalogue, type Catalogue, type CatalogueOptions } from './catalogue.js';

/** Each subgraph's own database; they may all be one. */
export interface SubgraphDatabases {
  venues: Database;
  courses: Database;
  experts: Database;
  bookings: Database;
}

export type CatalogueCounts = Record<keyof Catalogue, number>;

type Transaction = Parameters<Parameters<Database['db']['transaction']>[0]>[0];

interface TableLoad {
  table: PgTable;
  insert(tx: Transaction): Promise<void>;
}

/** Parameters one statement may carry: postgres.js refuses 65,534 or more, just under PostgreSQL's own limit. */
const PARAMETER_LIMIT = 65_533;

/**
 * Stores the catalogue, each subgraph in one transaction through its own connection, tables in
 * reference order; then moves every identity sequence past the stored ids, so rows created
 * later get fresh ones.
 */
export async function loadCatalogue(databases: SubgraphDatabases, catalogue: Catalogue): Promise<void> {
  await loadSubgraph(databases.venues, [
    rowsOf(venues.venues, catalogue.venues),
    rowsOf(venues.alliances, catalogue.alliances),
    rowsOf(venues.allianceMembers, catalogue.allianceMembers),
    rowsOf(venues.complianceRecords, catalogue.complianceRecords),
  ]);
  await loadSubgraph(databases.courses, [
    rowsOf(courses.programmes, catalogue.programmes),
    rowsOf(courses.routeStops, catalogue.routeStops),
    rowsOf(courses.curriculumLinks, catalogue.curriculumLinks),
  ]);
  await loadSubgraph(databases.experts, [rowsOf(experts.experts, catalogue.experts), rowsOf(experts.talks, catalogue.talks)]);
  await loadSubgraph(databases.bookings, [
    rowsOf(bookings.schools, catalogue.schools),
    rowsOf(bookings.sessions, catalogue.sessions),
    rowsOf(bookings.bookings, catalogue.bookings),
    rowsOf(bookings.bookingEvents, catalogue.bookingEvents),
    rowsOf(bookings.pairings, catalogue.pairings),
  ]);
}

/** Whether the venues subgraph already holds a catalogue. */
export async function isSeeded(database: Database): Promise<boolean> {
  const [venue] = await database.db.select({ id: venues.venues.id }).from(venues.venues).limit(1);
  return venue !== undefined;
}

/** Generates the demo catalogue and stores it; `now` should be the start of today (see `startOfToday`). */
export async function seedDemo(databases: SubgraphDatabases, options: CatalogueOptions & { now: Date }): Promise<CatalogueCounts> {
  const catalogue = generateCatalogue(options);
  await loadCatalogue(databases, catalogue);
  return countRows(catalogue);
}

export function countRows(catalogue: Catalogue): CatalogueCounts {
  return Object.fromEntries(Object.entries(catalogue).map(([table, rows]) => [table, rows.length])) as CatalogueCounts;
}

async function loadSubgraph(database: Database, loads: TableLoad[]): Promise<void> {
  await database.db.transaction(async (tx) => {
    for (const load of loads) await load.insert(tx);
    for (const { table } of loads) await advanceIdentity(tx, table);
  });
}

function rowsOf<Table extends PgTable>(table: Table, rows: Table['$inferInsert'][]): TableLoad {
  const perStatement = Math.floor(PARAMETER_LIMIT / Object.keys(getTableColumns(table)).length);
  return {
    table,
    async insert(tx) {
      for (let start = 0; start < rows.length; start += perStatement) {
        await tx.insert(table).values(rows.slice(start, start + perStatement));
      }
    },
  };
}

async function advanceIdentity(tx: Transaction, table: PgTable): Promise<void> {
  if (!('id' in getTableColumns(table))) return;
  const { schema, name } = getTableConfig(table);
  const qualified = `${schema}.${name}`;
  await tx.execute(sql`select setval(pg_get_serial_sequence(${qualified}, 'id'), coalesce(max(id), 0) + 1, false) from ${sql.identifier(schema!)}.${sql.identifier(name)}`);
}
