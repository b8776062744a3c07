import { getTableColumns, sql } from 'drizzle-orm';
import { getTableConfig, type PgTable } from 'drizzle-orm/pg-core';
import type { Database } from '../kit/database/connection.js';
import * as bookings from '../subgraphs/bookings/tables.js';
import * as courses from '../subgraphs/courses/tables.js';
import * as experts from '../subgraphs/experts/tables.js';
import * as venues from '../subgraphs/venues/tables.js';
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

interface TableRows {
  table: PgTable;
  rows: object[];
}

/** Rows sent in one statement: a few megabytes of JSON. */
const ROWS_PER_STATEMENT = 5_000;

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
    rowsOf(venues.rectificationNotices, catalogue.rectificationNotices),
    rowsOf(venues.listBatches, catalogue.listBatches),
    rowsOf(venues.inspections, catalogue.inspections),
    rowsOf(venues.inspectionFindings, catalogue.inspectionFindings),
  ]);
  await loadSubgraph(databases.courses, [
    rowsOf(courses.programmes, catalogue.programmes),
    rowsOf(courses.routeStops, catalogue.routeStops),
    rowsOf(courses.curriculumLinks, catalogue.curriculumLinks),
  ]);
  await loadSubgraph(databases.experts, [
    rowsOf(experts.experts, catalogue.experts),
    rowsOf(experts.talks, catalogue.talks),
  ]);
  await loadSubgraph(databases.bookings, [
    rowsOf(bookings.schools, catalogue.schools),
    rowsOf(bookings.sessions, catalogue.sessions),
    rowsOf(bookings.bookings, catalogue.bookings),
    rowsOf(bookings.bookingEvents, catalogue.bookingEvents),
    rowsOf(bookings.pairings, catalogue.pairings),
    rowsOf(bookings.coverageTargets, catalogue.coverageTargets),
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

/** Pairs a table with its rows, so the compiler checks they belong together. */
function rowsOf<Table extends PgTable>(table: Table, rows: Table['$inferInsert'][]): TableRows {
  return { table, rows };
}

async function loadSubgraph(database: Database, tables: TableRows[]): Promise<void> {
  await database.db.transaction(async (tx) => {
    for (const { table, rows } of tables) {
      for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) await insertRows(tx, table, rows.slice(start, start + ROWS_PER_STATEMENT));
    }
    for (const { table } of tables) await advanceIdentity(tx, table);
  });
}

/**
 * Inserts rows sent as one JSON parameter, which PostgreSQL unpacks into the table's row type:
 * several times faster than a statement with a parameter per value, and never near the limit
 * on parameters. Only the columns the rows have are named, so the others take their defaults.
 */
async function insertRows(tx: Transaction, table: PgTable, rows: object[]): Promise<void> {
  const columns = Object.entries(getTableColumns(table)).filter(([key]) => rows.some((row) => key in row));
  const records = rows.map((row) => Object.fromEntries(columns.map(([key, column]) => [column.name, row[key as keyof typeof row]])));
  const { schema, name } = getTableConfig(table);
  const target = sql`${sql.identifier(schema!)}.${sql.identifier(name)}`;
  const list = sql.join(columns.map(([, column]) => sql.identifier(column.name)), sql`, `);
  await tx.execute(sql`insert into ${target} (${list}) select ${list} from jsonb_populate_recordset(null::${target}, ${JSON.stringify(records)}::jsonb)`);
}

async function advanceIdentity(tx: Transaction, table: PgTable): Promise<void> {
  if (!('id' in getTableColumns(table))) return;
  const { schema, name } = getTableConfig(table);
  await tx.execute(sql`select setval(pg_get_serial_sequence(${`${schema}.${name}`}, 'id'), coalesce(max(id), 0) + 1, false) from ${sql.identifier(schema!)}.${sql.identifier(name)}`);
}
