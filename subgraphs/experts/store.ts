import { and, arrayOverlaps, eq, inArray, isNotNull, sql, type SQL } from 'drizzle-orm';
import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import { experts, talks } from '../../drizzle/schema/experts.js';
import type { Delivery, GradeBand, Subject } from '../../drizzle/schema/vocabulary.js';
import { fetchPage, fetchPagesPerParent } from '../kit/pages.js';
import type { Page } from '../kit/pagination.js';

export type ExpertRow = typeof experts.$inferSelect;
export type TalkRow = typeof talks.$inferSelect;
export type VenueReference = { id: number };

export interface ExpertCriteria {
  fields?: Subject[];
  academiciansOnly?: boolean;
  affiliationIds?: number[];
}

export interface TalkCriteria {
  subjects?: Subject[];
  gradeBands?: GradeBand[];
  deliveries?: Delivery[];
  expertIds?: number[];
}

const publishedExpert = eq(experts.status, 'PUBLISHED');
/** A talk is public only while its expert's profile is. */
const publishedTalk = and(
  eq(talks.status, 'PUBLISHED'),
  inArray(talks.expertId, sql`(select ${experts.id} from ${experts} where ${experts.status} = 'PUBLISHED')`),
)!;

export function createExpertStore(db: PostgresJsDatabase) {
  return {
    expertsByIds: (ids: readonly number[]) =>
      db.select().from(experts).where(and(inArray(experts.id, [...ids]), publishedExpert)),

    expertsPage: (criteria: ExpertCriteria, page: Page) =>
      fetchPage(db, { table: experts, where: expertConditions(criteria), orderBy: [experts.id], page }),

    expertsPagesByVenue: (venueIds: readonly number[], criteria: ExpertCriteria, page: Page) =>
      fetchPagesPerParent(db, {
        table: experts, parentColumn: experts.affiliationVenueId, parentIds: venueIds, where: expertConditions(criteria), orderBy: [experts.id], page,
      }),

    talksByIds: (ids: readonly number[]) =>
      db.select().from(talks).where(and(inArray(talks.id, [...ids]), publishedTalk)),

    talksPage: (criteria: TalkCriteria, page: Page) =>
      fetchPage(db, { table: talks, where: talkConditions(criteria), orderBy: [talks.id], page }),

    talksPagesByExpert: (expertIds: readonly number[], criteria: TalkCriteria, page: Page) =>
      fetchPagesPerParent(db, {
        table: talks, parentColumn: talks.expertId, parentIds: expertIds, where: talkConditions(criteria), orderBy: [talks.id], page,
      }),
  };
}

export type ExpertStore = ReturnType<typeof createExpertStore>;

function expertConditions(criteria: ExpertCriteria): SQL | undefined {
  return and(
    publishedExpert,
    criteria.fields && arrayOverlaps(experts.fields, criteria.fields),
    criteria.academiciansOnly ? isNotNull(experts.academicianOf) : undefined,
    criteria.affiliationIds && inArray(experts.affiliationVenueId, criteria.affiliationIds),
  );
}

function talkConditions(criteria: TalkCriteria): SQL | undefined {
  return and(
    publishedTalk,
    criteria.subjects && arrayOverlaps(talks.subjects, criteria.subjects),
    criteria.gradeBands && arrayOverlaps(talks.gradeBands, criteria.gradeBands),
    criteria.deliveries && inArray(talks.delivery, criteria.deliveries),
    criteria.expertIds && inArray(talks.expertId, criteria.expertIds),
  );
}
