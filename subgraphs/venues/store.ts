import { and, asc, desc, eq, inArray, ne, sql, type SQL } from 'drizzle-orm';
import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import { allianceMembers, alliances, complianceRecords, inspectionFindings, inspections, listBatches, outbox, rectificationNotices, venues } from './tables.js';
import type { AllianceRow, FindingRow, InspectionRow, ListBatchRow, NoticeRow, VenueRow } from './rows.js';
import type { SchoolRoll } from './school-roll.js';
import type { ComplianceStatus, InspectionPopulation, NoticeStatus, PublicationStatus, VenueKind } from '../../kit/platform/vocabulary.js';
import { recordChanges } from '../../kit/database/outbox.js';
import { fetchPage } from '../../kit/database/pages.js';
import { listedFor } from '../../kit/database/publication.js';
import type { Page } from '../../kit/graphql/pagination.js';
import type { Viewer } from '../../kit/platform/viewer.js';

export type VenueValues = Omit<typeof venues.$inferInsert, 'id' | 'status' | 'complianceStatus' | 'createdAt' | 'updatedAt'>;
/** Whose notices a caller may list: every venue's, one district's venues', or one venue's. */
export type NoticeScope = { kind: 'all' } | { kind: 'district'; district: string } | { kind: 'venue'; venueId: number };

export interface NoticeCriteria {
  scope: NoticeScope;
  venueId?: number;
  statuses?: NoticeStatus[];
}

export interface VenueCriteria {
  cities?: string[];
  districts?: string[];
  kinds?: VenueKind[];
  complianceStatuses?: ComplianceStatus[];
  allianceId?: number;
  /** Only these venues, such as the ones on a published list. */
  ids?: number[];
  statuses: PublicationStatus[];
  /** Who is listing: drafts show only to their manager and admins. */
  viewer: Pick<Viewer, 'role' | 'venueId'>;
}

export interface ComplianceDecision {
  venueId: number;
  status: ComplianceStatus;
  reason: string;
  notice: string | null;
  recordedBy: string;
}

type Transaction = Parameters<Parameters<PostgresJsDatabase['transaction']>[0]>[0];

export interface InspectionCriteria {
  /** One district's inspections; every district's when left out. */
  district?: string;
  population?: InspectionPopulation;
}

export function createVenueStore(db: PostgresJsDatabase, schoolRoll: SchoolRoll) {
  return {
    /** A district's schools' row ids, ascending. */
    schoolRoll,

    /** The published venues in a district, by row id ascending: the providers an inspection draws from. */
    providersOf: async (district: string): Promise<number[]> =>
      (await db.select({ id: venues.id }).from(venues).where(and(eq(venues.district, district), eq(venues.status, 'PUBLISHED'))).orderBy(asc(venues.id)))
        .map((venue) => venue.id),

    inspectionsByIds: (ids: readonly number[]) => db.select().from(inspections).where(inArray(inspections.id, [...ids])),

    inspectionsPage: (criteria: InspectionCriteria, page: Page) =>
      fetchPage(db, {
        table: inspections,
        where: and(criteria.district !== undefined ? eq(inspections.district, criteria.district) : undefined, criteria.population && eq(inspections.population, criteria.population)),
        orderBy: [inspections.id],
        page,
      }),

    findingsPage: (inspectionId: number, page: Page) =>
      fetchPage(db, { table: inspectionFindings, where: eq(inspectionFindings.inspectionId, inspectionId), orderBy: [inspectionFindings.id], page }),

    findingsByInspection: (inspectionIds: readonly number[]) =>
      db.select().from(inspectionFindings).where(inArray(inspectionFindings.inspectionId, [...inspectionIds])).orderBy(asc(inspectionFindings.id)),

    noticesByIds: (ids: readonly number[]) => db.select().from(rectificationNotices).where(inArray(rectificationNotices.id, [...ids])),

    /** Venues whatever their status; resolvers decide who may see a draft. */
    venuesByIds: (ids: readonly number[]) => db.select().from(venues).where(inArray(venues.id, [...ids])),

    venuesPage: (criteria: VenueCriteria, page: Page) =>
      fetchPage(db, { table: venues, where: venueConditions(criteria), orderBy: [venues.id], page }),

    alliancesByIds: (ids: readonly number[]) => db.select().from(alliances).where(inArray(alliances.id, [...ids])),

    alliancesPage: (cities: string[] | undefined, page: Page) =>
      fetchPage(db, { table: alliances, where: cities ? inArray(alliances.city, cities) : undefined, orderBy: [alliances.id], page }),

    allianceIdsByVenue: (venueIds: readonly number[]) =>
      db.select({ venueId: allianceMembers.venueId, allianceId: allianceMembers.allianceId })
        .from(allianceMembers)
        .where(inArray(allianceMembers.venueId, [...venueIds]))
        .orderBy(asc(allianceMembers.allianceId)),

    /** Why each venue has its compliance status: the latest decision that gave it; none for a venue never decided on. */
    complianceReasons: (venueIds: readonly number[]) =>
      db.selectDistinctOn([complianceRecords.venueId], { venueId: complianceRecords.venueId, reason: complianceRecords.reason })
        .from(complianceRecords)
        .innerJoin(venues, and(eq(venues.id, complianceRecords.venueId), eq(venues.complianceStatus, complianceRecords.status)))
        .where(inArray(complianceRecords.venueId, [...venueIds]))
        .orderBy(asc(complianceRecords.venueId), desc(complianceRecords.recordedAt), desc(complianceRecords.id)),

    complianceHistories: (venueIds: readonly number[]) =>
      db.select().from(complianceRecords)
        .where(inArray(complianceRecords.venueId, [...venueIds]))
        .orderBy(asc(complianceRecords.recordedAt), asc(complianceRecords.id)),

    noticesPage: (criteria: NoticeCriteria, page: Page) =>
      fetchPage(db, { table: rectificationNotices, where: noticeConditions(criteria), orderBy: [rectificationNotices.id], page }),

    noticesByVenue: (venueIds: readonly number[]) =>
      db.select().from(rectificationNotices).where(inArray(rectificationNotices.venueId, [...venueIds])).orderBy(desc(rectificationNotices.id)),

    listBatchesPage: (criteria: { lists?: ComplianceStatus[]; district?: string }, page: Page) =>
      fetchPage(db, {
        table: listBatches,
        where: and(criteria.lists && inArray(listBatches.list, criteria.lists), criteria.district !== undefined ? eq(listBatches.district, criteria.district) : undefined),
        orderBy: [listBatches.id],
        page,
      }),

    /** Runs `work` in one transaction: its writes and their outbox rows commit together or not at all. */
    write: <Result>(work: (writes: VenueWrites) => Promise<Result>) => db.transaction((tx) => work(venueWrites(tx))),
  };
}

export type VenueStore = ReturnType<typeof createVenueStore>;

function venueWrites(tx: Transaction) {
  return {
    /** The venue, locked until the transaction ends so that concurrent edits apply one after the other. */
    lockVenue: async (id: number): Promise<VenueRow | undefined> =>
      (await tx.select().from(venues).where(eq(venues.id, id)).for('update'))[0],

    insertVenue: async (values: VenueValues): Promise<VenueRow> => (await tx.insert(venues).values(values).returning())[0]!,

    updateVenue: async (id: number, values: Partial<VenueValues> & { status?: PublicationStatus; complianceStatus?: ComplianceStatus }): Promise<VenueRow> =>
      (await tx.update(venues).set({ ...values, updatedAt: new Date() }).where(eq(venues.id, id)).returning())[0]!,

    appendComplianceRecord: async (decision: ComplianceDecision): Promise<void> => {
      await tx.insert(complianceRecords).values(decision);
    },

    venueChanged: (id: number) => recordChanges(tx, outbox, [{ entity: 'Venue', entityId: id }]),

    insertNotice: async (notice: typeof rectificationNotices.$inferInsert): Promise<NoticeRow> =>
      (await tx.insert(rectificationNotices).values(notice).returning())[0]!,

    /** The notice, locked with its venue: a notice's change and the venue's status change go together. */
    lockNotice: async (id: number): Promise<NoticeRow | undefined> =>
      (await tx.select().from(rectificationNotices).where(eq(rectificationNotices.id, id)).for('update'))[0],

    closeNotice: async (id: number, closing: { closedBy: string; closingNote: string }): Promise<NoticeRow> =>
      (await tx.update(rectificationNotices).set({ ...closing, status: 'CLOSED', closedAt: sql`now()` }).where(eq(rectificationNotices.id, id)).returning())[0]!,

    otherOpenNotices: async (venueId: number, exceptId: number): Promise<number> =>
      (await tx.select({ id: rectificationNotices.id }).from(rectificationNotices)
        .where(and(eq(rectificationNotices.venueId, venueId), eq(rectificationNotices.status, 'OPEN'), ne(rectificationNotices.id, exceptId)))).length,

    /** The ids of published venues with this status today, in `district` or everywhere. */
    venuesListed: async (status: ComplianceStatus, district: string | null): Promise<number[]> =>
      (await tx.select({ id: venues.id }).from(venues)
        .where(and(eq(venues.status, 'PUBLISHED'), eq(venues.complianceStatus, status), district === null ? undefined : eq(venues.district, district)))
        .orderBy(asc(venues.id))).map((venue) => venue.id),

    insertAlliance: async (alliance: typeof alliances.$inferInsert): Promise<AllianceRow> =>
      (await tx.insert(alliances).values(alliance).returning())[0]!,

    lockAlliance: async (id: number): Promise<AllianceRow | undefined> =>
      (await tx.select().from(alliances).where(eq(alliances.id, id)).for('update'))[0],

    addMember: async (allianceId: number, venueId: number, joinedOn: string): Promise<void> => {
      await tx.insert(allianceMembers).values({ allianceId, venueId, joinedOn }).onConflictDoNothing();
    },

    /** Whether the venue was a member. */
    removeMember: async (allianceId: number, venueId: number): Promise<boolean> =>
      (await tx.delete(allianceMembers).where(and(eq(allianceMembers.allianceId, allianceId), eq(allianceMembers.venueId, venueId))).returning()).length > 0,

    insertInspection: async (inspection: typeof inspections.$inferInsert): Promise<InspectionRow> =>
      (await tx.insert(inspections).values(inspection).returning())[0]!,

    lockInspection: async (id: number): Promise<InspectionRow | undefined> =>
      (await tx.select().from(inspections).where(eq(inspections.id, id)).for('update'))[0],

    insertFinding: async (finding: typeof inspectionFindings.$inferInsert): Promise<FindingRow> =>
      (await tx.insert(inspectionFindings).values(finding).returning())[0]!,

    insertListBatch: async (batch: typeof listBatches.$inferInsert): Promise<ListBatchRow> =>
      (await tx.insert(listBatches).values(batch).returning())[0]!,
  };
}

export type VenueWrites = ReturnType<typeof venueWrites>;

function venueConditions(criteria: VenueCriteria): SQL | undefined {
  return and(
    listedFor(venues.status, criteria.statuses, eq(venues.status, 'PUBLISHED'), ownVenue(criteria.viewer)),
    criteria.cities && inArray(venues.city, criteria.cities),
    criteria.districts && inArray(venues.district, criteria.districts),
    criteria.kinds && inArray(venues.kind, criteria.kinds),
    criteria.complianceStatuses && inArray(venues.complianceStatus, criteria.complianceStatuses),
    criteria.ids && inArray(venues.id, criteria.ids),
    criteria.allianceId !== undefined
      ? sql`${venues.id} in (select ${allianceMembers.venueId} from ${allianceMembers} where ${allianceMembers.allianceId} = ${criteria.allianceId})`
      : undefined,
  );
}

/** The venues the viewer owns: all for an admin, its own for a venue manager. */
function ownVenue(viewer: VenueCriteria['viewer']): SQL | undefined {
  if (viewer.role === 'admin') return sql`true`;
  return viewer.role === 'venue' && viewer.venueId !== null ? eq(venues.id, viewer.venueId) : undefined;
}

function noticeConditions(criteria: NoticeCriteria): SQL | undefined {
  return and(
    criteria.scope.kind === 'venue' ? eq(rectificationNotices.venueId, criteria.scope.venueId) : undefined,
    criteria.scope.kind === 'district'
      ? sql`${rectificationNotices.venueId} in (select ${venues.id} from ${venues} where ${venues.district} = ${criteria.scope.district})`
      : undefined,
    criteria.venueId !== undefined ? eq(rectificationNotices.venueId, criteria.venueId) : undefined,
    criteria.statuses && inArray(rectificationNotices.status, criteria.statuses),
  );
}
