import type * as bookings from '../subgraphs/bookings/tables.js';
import type * as courses from '../subgraphs/courses/tables.js';
import type * as experts from '../subgraphs/experts/tables.js';
import type * as venues from '../subgraphs/venues/tables.js';

/** Rows carry their ids, so references between tables and subgraphs are known before anything is stored. */
type WithId<Row> = Row & { id: number };

export type VenueRow = WithId<typeof venues.venues.$inferInsert>;
export type AllianceRow = WithId<typeof venues.alliances.$inferInsert>;
export type AllianceMemberRow = typeof venues.allianceMembers.$inferInsert;
export type ComplianceRecordRow = WithId<typeof venues.complianceRecords.$inferInsert>;
export type ProgrammeRow = WithId<typeof courses.programmes.$inferInsert>;
export type RouteStopRow = typeof courses.routeStops.$inferInsert;
export type CurriculumLinkRow = typeof courses.curriculumLinks.$inferInsert;
export type ExpertRow = WithId<typeof experts.experts.$inferInsert>;
export type TalkRow = WithId<typeof experts.talks.$inferInsert>;
export type SchoolRow = WithId<typeof bookings.schools.$inferInsert>;
export type SessionRow = WithId<typeof bookings.sessions.$inferInsert>;
export type BookingRow = WithId<typeof bookings.bookings.$inferInsert>;
export type BookingEventRow = WithId<typeof bookings.bookingEvents.$inferInsert>;
export type PairingRow = WithId<typeof bookings.pairings.$inferInsert>;
export type CoverageTargetRow = typeof bookings.coverageTargets.$inferInsert;
export type RectificationNoticeRow = WithId<typeof venues.rectificationNotices.$inferInsert>;
export type ListBatchRow = WithId<typeof venues.listBatches.$inferInsert>;
export type InspectionRow = WithId<typeof venues.inspections.$inferInsert>;
export type InspectionFindingRow = WithId<typeof venues.inspectionFindings.$inferInsert>;

export interface Catalogue {
  venues: VenueRow[];
  alliances: AllianceRow[];
  allianceMembers: AllianceMemberRow[];
  complianceRecords: ComplianceRecordRow[];
  rectificationNotices: RectificationNoticeRow[];
  listBatches: ListBatchRow[];
  inspections: InspectionRow[];
  inspectionFindings: InspectionFindingRow[];
  programmes: ProgrammeRow[];
  routeStops: RouteStopRow[];
  curriculumLinks: CurriculumLinkRow[];
  experts: ExpertRow[];
  talks: TalkRow[];
  schools: SchoolRow[];
  sessions: SessionRow[];
  bookings: BookingRow[];
  bookingEvents: BookingEventRow[];
  pairings: PairingRow[];
  coverageTargets: CoverageTargetRow[];
}
