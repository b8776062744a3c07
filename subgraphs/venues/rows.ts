import type { alliances, complianceRecords, venues } from './tables.js';

/** What each GraphQL type of this subgraph resolves from: its rows, and references to others' entities by id. */
export type VenueRow = typeof venues.$inferSelect;
export type AllianceRow = typeof alliances.$inferSelect;
export type ComplianceRecordRow = typeof complianceRecords.$inferSelect;
