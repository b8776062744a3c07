import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import { allianceMembers, alliances, complianceRecords, venues } from '../../drizzle/schema/venues.js';
import type { ComplianceStatus, VenueKind } from '../../drizzle/schema/vocabulary.js';
import { fetchPage } from '../kit/pages.js';
import type { Page } from '../kit/pagination.js';

export type VenueRow = typeof venues.$inferSelect;
export type AllianceRow = typeof alliances.$inferSelect;
export type ComplianceRecordRow = typeof complianceRecords.$inferSelect;

export interface VenueCriteria {
  cities?: string[];
  districts?: string[];
  kinds?: VenueKind[];
  complianceStatuses?: ComplianceStatus[];
  allianceId?: number;
}

const published = eq(venues.status, 'PUBLISHED');

export function createVenueStore(db: PostgresJsDatabase) {
  return {
    venuesByIds: (ids: readonly number[]) =>
      db.select().from(venues).where(and(inArray(venues.id, [...ids]), published)),

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
  };
}

export type VenueStore = ReturnType<typeof createVenueStore>;

function venueConditions(criteria: VenueCriteria): SQL | undefined {
  return and(
    published,
    criteria.cities && inArray(venues.city, criteria.cities),
    criteria.districts && inArray(venues.district, criteria.districts),
    criteria.kinds && inArray(venues.kind, criteria.kinds),
    criteria.complianceStatuses && inArray(venues.complianceStatus, criteria.complianceStatuses),
    criteria.allianceId !== undefined
      ? sql`${venues.id} in (select ${allianceMembers.venueId} from ${allianceMembers} where ${allianceMembers.allianceId} = ${criteria.allianceId})`
      : undefined,
  );
}
