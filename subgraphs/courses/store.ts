import { and, arrayOverlaps, asc, eq, inArray, type SQL } from 'drizzle-orm';
import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import { curriculumLinks, programmes, routeStops } from '../../drizzle/schema/courses.js';
import type { Delivery, GradeBand, ProgrammeKind, Subject } from '../../drizzle/schema/vocabulary.js';
import { fetchPage, fetchPagesPerParent } from '../kit/pages.js';
import type { Page } from '../kit/pagination.js';

export type ProgrammeRow = typeof programmes.$inferSelect;
export type RouteStopRow = typeof routeStops.$inferSelect;
export type CurriculumLinkRow = typeof curriculumLinks.$inferSelect;
export type VenueReference = { id: number };

export interface ProgrammeCriteria {
  subjects?: Subject[];
  gradeBands?: GradeBand[];
  deliveries?: Delivery[];
  kinds?: ProgrammeKind[];
  venueIds?: number[];
  freeOnly?: boolean;
}

const published = eq(programmes.status, 'PUBLISHED');

export function createProgrammeStore(db: PostgresJsDatabase) {
  return {
    programmesByIds: (ids: readonly number[]) =>
      db.select().from(programmes).where(and(inArray(programmes.id, [...ids]), published)),

    programmesPage: (criteria: ProgrammeCriteria, page: Page) =>
      fetchPage(db, { table: programmes, where: programmeConditions(criteria), orderBy: [programmes.id], page }),

    programmesPagesByVenue: (venueIds: readonly number[], criteria: ProgrammeCriteria, page: Page) =>
      fetchPagesPerParent(db, {
        table: programmes,
        parentColumn: programmes.venueId,
        parentIds: venueIds,
        where: programmeConditions(criteria),
        orderBy: [programmes.id],
        page,
      }),

    routeStops: (programmeIds: readonly number[]) =>
      db.select().from(routeStops).where(inArray(routeStops.programmeId, [...programmeIds])).orderBy(asc(routeStops.position)),

    curriculumLinks: (programmeIds: readonly number[]) =>
      db.select().from(curriculumLinks).where(inArray(curriculumLinks.programmeId, [...programmeIds])).orderBy(asc(curriculumLinks.code)),
  };
}

export type ProgrammeStore = ReturnType<typeof createProgrammeStore>;

function programmeConditions(criteria: ProgrammeCriteria): SQL | undefined {
  return and(
    published,
    criteria.subjects && arrayOverlaps(programmes.subjects, criteria.subjects),
    criteria.gradeBands && arrayOverlaps(programmes.gradeBands, criteria.gradeBands),
    criteria.deliveries && inArray(programmes.delivery, criteria.deliveries),
    criteria.kinds && inArray(programmes.kind, criteria.kinds),
    criteria.venueIds && inArray(programmes.venueId, criteria.venueIds),
    criteria.freeOnly ? eq(programmes.priceCents, 0) : undefined,
  );
}
