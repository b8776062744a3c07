import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import { allianceMembers, alliances, complianceRecords, outbox, venues } from './tables.js';
import type { VenueRow } from './rows.js';
import type { ComplianceStatus, PublicationStatus, VenueKind } from '../../kit/platform/vocabulary.js';
import { recordChanges } from '../../kit/database/outbox.js';
import { fetchPage } from '../../kit/database/pages.js';
import { listedFor } from '../../kit/database/publication.js';
import type { Page } from '../../kit/graphql/pagination.js';
import type { Viewer } from '../../kit/platform/viewer.js';

export type VenueValues = Omit<typeof venues.$inferInsert, 'id' | 'status' | 'complianceStatus' | 'createdAt' | 'updatedAt'>;

export interface VenueCriteria {
  cities?: string[];
  districts?: string[];
  kinds?: VenueKind[];
  complianceStatuses?: ComplianceStatus[];
  allianceId?: number;
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

export function createVenueStore(db: PostgresJsDatabase) {
  return {
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

    complianceHistories: (venueIds: readonly number[]) =>
      db.select().from(complianceRecords)
        .where(inArray(complianceRecords.venueId, [...venueIds]))
        .orderBy(asc(complianceRecords.recordedAt), asc(complianceRecords.id)),

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
