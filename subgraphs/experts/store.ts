import type { VenueDirectory } from '../../kit/graphql/references.js';
import { and, arrayOverlaps, eq, inArray, isNotNull, sql, type SQL } from 'drizzle-orm';
import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import { experts, outbox, talks } from './tables.js';
import type { ExpertRow, TalkRow } from './rows.js';
import type { Delivery, GradeBand, PublicationStatus, Subject } from '../../kit/platform/vocabulary.js';
import { recordChanges, type SearchableEntity } from '../../kit/database/outbox.js';
import { fetchPage, fetchPagesPerParent } from '../../kit/database/pages.js';
import { listedFor } from '../../kit/database/publication.js';
import type { Page } from '../../kit/graphql/pagination.js';
import type { Viewer } from '../../kit/platform/viewer.js';

export type ExpertValues = Omit<typeof experts.$inferInsert, 'id' | 'status' | 'createdAt' | 'updatedAt'>;
export type TalkValues = Omit<typeof talks.$inferInsert, 'id' | 'status' | 'createdAt' | 'updatedAt'>;

/** Who is listing: drafts show only to the expert, its venue's manager and admins. */
type Audience = Pick<Viewer, 'role' | 'venueId' | 'expertId'>;

export interface ExpertCriteria {
  fields?: Subject[];
  academiciansOnly?: boolean;
  affiliationIds?: number[];
  statuses: PublicationStatus[];
  viewer: Audience;
}

export interface TalkCriteria {
  subjects?: Subject[];
  gradeBands?: GradeBand[];
  deliveries?: Delivery[];
  expertIds?: number[];
  statuses: PublicationStatus[];
  viewer: Audience;
}

type Transaction = Parameters<Parameters<PostgresJsDatabase['transaction']>[0]>[0];

export function createExpertStore(db: PostgresJsDatabase, venues: VenueDirectory) {
  return {
    /** The venues experts are affiliated with, as the supergraph knows them. */
    venues,

    /** Experts whatever their status; resolvers decide who may see a draft. */
    expertsByIds: (ids: readonly number[]) => db.select().from(experts).where(inArray(experts.id, [...ids])),

    expertsPage: (criteria: ExpertCriteria, page: Page) =>
      fetchPage(db, { table: experts, where: expertConditions(criteria), orderBy: [experts.id], page }),

    expertsPagesByVenue: (venueIds: readonly number[], criteria: ExpertCriteria, page: Page) =>
      fetchPagesPerParent(db, {
        table: experts, parentColumn: experts.affiliationVenueId, parentIds: venueIds, where: expertConditions(criteria), orderBy: [experts.id], page,
      }),

    /** Talks whatever their status; resolvers decide who may see a draft. */
    talksByIds: (ids: readonly number[]) => db.select().from(talks).where(inArray(talks.id, [...ids])),

    talksPage: (criteria: TalkCriteria, page: Page) =>
      fetchPage(db, { table: talks, where: talkConditions(criteria), orderBy: [talks.id], page }),

    talksPagesByExpert: (expertIds: readonly number[], criteria: TalkCriteria, page: Page) =>
      fetchPagesPerParent(db, {
        table: talks, parentColumn: talks.expertId, parentIds: expertIds, where: talkConditions(criteria), orderBy: [talks.id], page,
      }),

    /** Runs `work` in one transaction: its writes and their outbox rows commit together or not at all. */
    write: <Result>(work: (writes: ExpertWrites) => Promise<Result>) => db.transaction((tx) => work(expertWrites(tx))),
  };
}

export type ExpertStore = ReturnType<typeof createExpertStore>;

function expertWrites(tx: Transaction) {
  return {
    /** The expert, locked until the transaction ends so that concurrent edits apply one after the other. */
    lockExpert: async (id: number): Promise<ExpertRow | undefined> =>
      (await tx.select().from(experts).where(eq(experts.id, id)).for('update'))[0],

    insertExpert: async (values: ExpertValues): Promise<ExpertRow> => (await tx.insert(experts).values(values).returning())[0]!,

    updateExpert: async (id: number, values: Partial<ExpertValues> & { status?: PublicationStatus }): Promise<ExpertRow> =>
      (await tx.update(experts).set({ ...values, updatedAt: new Date() }).where(eq(experts.id, id)).returning())[0]!,

    lockTalk: async (id: number): Promise<TalkRow | undefined> => (await tx.select().from(talks).where(eq(talks.id, id)).for('update'))[0],

    insertTalk: async (values: TalkValues): Promise<TalkRow> => (await tx.insert(talks).values(values).returning())[0]!,

    updateTalk: async (id: number, values: Partial<TalkValues> & { status?: PublicationStatus }): Promise<TalkRow> =>
      (await tx.update(talks).set({ ...values, updatedAt: new Date() }).where(eq(talks.id, id)).returning())[0]!,

    changed: (entity: Extract<SearchableEntity, 'Expert' | 'Talk'>, id: number) => recordChanges(tx, outbox, [{ entity, entityId: id }]),
  };
}

export type ExpertWrites = ReturnType<typeof expertWrites>;

function expertConditions(criteria: ExpertCriteria): SQL | undefined {
  return and(
    listedFor(experts.status, criteria.statuses, eq(experts.status, 'PUBLISHED'), ownExperts(criteria.viewer)),
    criteria.fields && arrayOverlaps(experts.fields, criteria.fields),
    criteria.academiciansOnly ? isNotNull(experts.academicianOf) : undefined,
    criteria.affiliationIds && inArray(experts.affiliationVenueId, criteria.affiliationIds),
  );
}

function talkConditions(criteria: TalkCriteria): SQL | undefined {
  return and(
    listedFor(talks.status, criteria.statuses, publicTalk, ownTalks(criteria.viewer)),
    criteria.subjects && arrayOverlaps(talks.subjects, criteria.subjects),
    criteria.gradeBands && arrayOverlaps(talks.gradeBands, criteria.gradeBands),
    criteria.deliveries && inArray(talks.delivery, criteria.deliveries),
    criteria.expertIds && inArray(talks.expertId, criteria.expertIds),
  );
}

/** A talk is public only while its expert's profile is. */
const publicTalk = and(
  eq(talks.status, 'PUBLISHED'),
  inArray(talks.expertId, sql`(select ${experts.id} from ${experts} where ${experts.status} = 'PUBLISHED')`),
)!;

/** The profiles the viewer owns: all for an admin, its own for an expert, its affiliated experts' for a venue. */
function ownExperts(viewer: Audience): SQL | undefined {
  if (viewer.role === 'admin') return sql`true`;
  if (viewer.role === 'expert' && viewer.expertId !== null) return eq(experts.id, viewer.expertId);
  if (viewer.role === 'venue' && viewer.venueId !== null) return eq(experts.affiliationVenueId, viewer.venueId);
  return undefined;
}

function ownTalks(viewer: Audience): SQL | undefined {
  if (viewer.role === 'admin') return sql`true`;
  if (viewer.role === 'expert' && viewer.expertId !== null) return eq(talks.expertId, viewer.expertId);
  if (viewer.role === 'venue' && viewer.venueId !== null) {
    return inArray(talks.expertId, sql`(select ${experts.id} from ${experts} where ${experts.affiliationVenueId} = ${viewer.venueId})`);
  }
  return undefined;
}
