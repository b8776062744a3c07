import { fileURLToPath } from 'node:url';

/**
 * Every subgraph Kepu is composed of, in composition order, and where its parts are: the one list
 * that composition, codegen, migrations, drizzle-kit, the seed, search's outbox readers and
 * `npm start` read, and that a test checks docker-compose.yml against. A new subgraph starts here.
 *
 * `folder` holds all of a subgraph's files (schema.graphql, tables.ts, migrations/, main.ts…);
 * `databaseVariable` names the variable that can give it a database of its own (else DATABASE_URL);
 * `urlVariable` names the variable a gateway finds it at when it runs as its own process;
 * `outbox` says whether it records its changes for search to follow; its committed writes are then
 * also announced to gateways, which keep its public answers until then;
 * `rows` names, for codegen, the type in its rows.ts that each GraphQL type resolves from.
 */
export const manifest = [
  {
    name: 'venues',
    folder: 'subgraphs/venues',
    databaseVariable: 'VENUES_DATABASE_URL',
    urlVariable: 'VENUES_URL',
    outbox: true,
    rows: { Venue: 'VenueRow', Alliance: 'AllianceRow', ComplianceRecord: 'ComplianceRecordRow', RectificationNotice: 'NoticeRow', ComplianceListBatch: 'ListBatchRow',
      Inspection: 'InspectionRow', InspectionItem: 'InspectionItemRow', InspectionFinding: 'FindingRow' },
  },
  {
    name: 'courses',
    folder: 'subgraphs/courses',
    databaseVariable: 'COURSES_DATABASE_URL',
    urlVariable: 'COURSES_URL',
    outbox: true,
    rows: { Programme: 'ProgrammeRow', Venue: 'VenueReference', RouteStop: 'RouteStopRow', CurriculumLink: 'CurriculumLinkRow' },
  },
  {
    name: 'experts',
    folder: 'subgraphs/experts',
    databaseVariable: 'EXPERTS_DATABASE_URL',
    urlVariable: 'EXPERTS_URL',
    outbox: true,
    rows: { Expert: 'ExpertRow', Talk: 'TalkRow', Venue: 'VenueReference' },
  },
  {
    name: 'bookings',
    folder: 'subgraphs/bookings',
    databaseVariable: 'BOOKINGS_DATABASE_URL',
    urlVariable: 'BOOKINGS_URL',
    outbox: true,
    rows: {
      School: 'SchoolRow', Session: 'SessionRow', Booking: 'BookingRow', BookingEvent: 'BookingEventRow', Pairing: 'PairingRow',
      Venue: 'VenueReference', Programme: 'ProgrammeReference', Talk: 'TalkReference', Expert: 'ExpertReference',
      DistrictCoverage: 'CoverageReport', SchoolCoverage: 'SchoolCoverageRow', CoverageTarget: 'TargetStanding',
      DistrictEquity: 'EquityReport', VenueEquity: 'VenueEquityRow',
    },
  },
  {
    name: 'access',
    folder: 'subgraphs/access',
    databaseVariable: 'ACCESS_DATABASE_URL',
    urlVariable: 'ACCESS_URL',
    outbox: false,
    rows: { Viewer: 'ViewerRow', ApiKey: 'ApiKeyRow', School: 'SchoolReference', Venue: 'VenueReference', Expert: 'ExpertReference' },
  },
  {
    name: 'search',
    folder: 'subgraphs/search',
    databaseVariable: 'SEARCH_DATABASE_URL',
    urlVariable: 'SEARCH_URL',
    outbox: false,
    rows: { IndexRebuild: 'Rebuild' },
  },
] as const satisfies readonly SubgraphEntry[];

export interface SubgraphEntry {
  name: string;
  folder: string;
  databaseVariable: string;
  urlVariable: string;
  outbox: boolean;
  rows: Record<string, string>;
}

export type SubgraphName = (typeof manifest)[number]['name'];
export type OutboxSource = Extract<(typeof manifest)[number], { outbox: true }>['name'];

export const subgraphNames: SubgraphName[] = manifest.map((entry) => entry.name);
export const outboxSources: OutboxSource[] = manifest.flatMap((entry) => (entry.outbox ? [entry.name] : []));

/**
 * The subgraphs whose answers change only when they say so on the `kepu_changes` channel: those
 * with an outbox announce every committed write to their tables, and search every change to its
 * index (which follows those outboxes).
 */
export type AnnouncingSubgraph = OutboxSource | 'search';
export const announcingSubgraphs: AnnouncingSubgraph[] = [...outboxSources, 'search'];

export function subgraphEntry(name: SubgraphName): (typeof manifest)[number] {
  return manifest.find((entry) => entry.name === name)!;
}

/** A file in a subgraph's folder, as a URL this module can open wherever the repository is. */
export function subgraphFile(name: SubgraphName, file: string): URL {
  return new URL(`../${subgraphEntry(name).folder}/${file}`, import.meta.url);
}

/** Where a subgraph's migrations are, the table that records which ran (named after the subgraph), and whether its writes are announced. */
export function migrationsOf(name: SubgraphName): { table: string; folder: string; announcedSchema: string | null } {
  return { table: name, folder: fileURLToPath(subgraphFile(name, 'migrations')), announcedSchema: subgraphEntry(name).outbox ? name : null };
}

export function announcesChanges(name: string): name is AnnouncingSubgraph {
  return (announcingSubgraphs as string[]).includes(name);
}

/** What a subgraph running as its own process needs to find its database and bring it up to date. */
export function deploymentOf(name: SubgraphName) {
  return { name, databaseVariable: subgraphEntry(name).databaseVariable, migrations: migrationsOf(name) };
}

/** The variables the manifest names, for the configuration check at start. */
export const subgraphVariables = {
  databaseVariables: manifest.map((entry) => entry.databaseVariable),
  urlVariables: manifest.map((entry) => entry.urlVariable),
};
