import type { alliances, complianceRecords, inspectionFindings, inspections, listBatches, rectificationNotices, venues } from './tables.js';

/** What each GraphQL type of this subgraph resolves from: its rows, and references to others' entities by id. */
export type VenueRow = typeof venues.$inferSelect;
export type AllianceRow = typeof alliances.$inferSelect;
export type ComplianceRecordRow = typeof complianceRecords.$inferSelect;
export type NoticeRow = typeof rectificationNotices.$inferSelect;
export type ListBatchRow = typeof listBatches.$inferSelect;
export type InspectionRow = typeof inspections.$inferSelect;
export type FindingRow = typeof inspectionFindings.$inferSelect;
/** One drawn school or provider of an inspection, with its place in the draw. */
export interface InspectionItemRow {
  inspection: InspectionRow;
  subjectId: number;
  position: number;
}
