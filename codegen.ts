import type { CodegenConfig } from '@graphql-codegen/cli';

/** Resolver types are generated from each subgraph's schema.graphql, the one place the contract is written. */
const subgraphs: Record<string, Record<string, string>> = {
  venues: { Venue: 'VenueRow', Alliance: 'AllianceRow', ComplianceRecord: 'ComplianceRecordRow', RectificationNotice: 'NoticeRow', ComplianceListBatch: 'ListBatchRow' },
  courses: { Programme: 'ProgrammeRow', Venue: 'VenueReference', RouteStop: 'RouteStopRow', CurriculumLink: 'CurriculumLinkRow' },
  experts: { Expert: 'ExpertRow', Talk: 'TalkRow', Venue: 'VenueReference' },
  bookings: {
    School: 'SchoolRow', Session: 'SessionRow', Booking: 'BookingRow', BookingEvent: 'BookingEventRow', Pairing: 'PairingRow',
    Venue: 'VenueReference', Programme: 'ProgrammeReference', Talk: 'TalkReference', Expert: 'ExpertReference',
    DistrictCoverage: 'CoverageReport', SchoolCoverage: 'SchoolCoverageRow', CoverageTarget: 'TargetStanding',
  },
  access: { Viewer: 'ViewerRow', ApiKey: 'ApiKeyRow', School: 'SchoolReference', Venue: 'VenueReference', Expert: 'ExpertReference' },
  search: { IndexRebuild: 'Rebuild' },
};

/** Where each subgraph's schema.graphql lives; search keeps its subgraph beside its engines. */
function folderOf(name: string): string {
  return name === 'search' ? 'search/subgraph' : `subgraphs/${name}`;
}

const config: CodegenConfig = {
  overwrite: true,
  generates: Object.fromEntries(
    Object.entries(subgraphs).map(([name, rows]) => [
      `${folderOf(name)}/generated.ts`,
      {
        schema: [`${folderOf(name)}/schema.graphql`, 'subgraphs/kit/federation.graphql'],
        plugins: ['typescript', 'typescript-resolvers'],
        config: {
          federation: true,
          useIndexSignature: false,
          contextType: `./resolvers.js#Context`,
          mappers: Object.fromEntries(Object.entries(rows).map(([type, row]) => [type, `./store.js#${row}`])),
          enumsAsTypes: true,
          useTypeImports: true,
          avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
          scalars: { ID: 'string', DateTime: { input: 'Date', output: 'string' } },
        },
      },
    ]),
  ),
};

export default config;
