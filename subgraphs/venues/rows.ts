import type { alliances, complianceRecords, listBatches, rectificationNotices, venues } from './tables.js';

/** What each GraphQL type of this subgraph resolves from: its rows, and references to others' entities by id. */
export type VenueRow = typeof venues.$inferSelect;
export type AllianceRow = typeof alliances.$inferSelect;
export type ComplianceRecordRow = typeof complianceRecords.$inferSelect;
export type NoticeRow = typeof rectificationNotices.$inferSelect;
export type ListBatchRow = typeof listBatches.$inferSelect;
