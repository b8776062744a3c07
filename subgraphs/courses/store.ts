import { and, arrayOverlaps, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import { curriculumLinks, outbox, programmes, routeStops } from './tables.js';
import type { ProgrammeRow } from './rows.js';
import type { Delivery, GradeBand, ProgrammeKind, PublicationStatus, Subject } from '../../kit/platform/vocabulary.js';
import { recordChanges } from '../../kit/database/outbox.js';
import { fetchPage, fetchPagesPerParent } from '../../kit/database/pages.js';
import { listedFor } from '../../kit/database/publication.js';
import type { Page } from '../../kit/graphql/pagination.js';
import type { Viewer } from '../../kit/platform/viewer.js';
import type { VenueDirectory } from '../../kit/graphql/references.js';

export type ProgrammeValues = Omit<typeof programmes.$inferInsert, 'id' | 'status' | 'createdAt' | 'updatedAt'>;

export interface ProgrammeCriteria {
  subjects?: Subject[];
  gradeBands?: GradeBand[];
  deliveries?: Delivery[];
  kinds?: ProgrammeKind[];
  venueIds?: number[];
  freeOnly?: boolean;
  statuses: PublicationStatus[];
  /** Who is listing: drafts show only to their venue's manager and admins. */
  viewer: Pick<Viewer, 'role' | 'venueId'>;
}

type Transaction = Parameters<Parameters<PostgresJsDatabase['transaction']>[0]>[0];

export function createProgrammeStore(db: PostgresJsDatabase, venues: VenueDirectory) {
  return {
    /** The venues a programme names, as the supergraph knows them. */
    venues,

    /** Programmes whatever their status; resolvers decide who may see a draft. */
    programmesByIds: (ids: readonly number[]) => db.select().from(programmes).where(inArray(programmes.id, [...ids])),

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

    routeStops: (programmeIds: readonly number[]) => routeStopsOf(db, programmeIds),

    curriculumLinks: (programmeIds: readonly number[]) => curriculumLinksOf(db, programmeIds),

    /** Runs `work` in one transaction: its writes and their outbox rows commit together or not at all. */
    write: <Result>(work: (writes: ProgrammeWrites) => Promise<Result>) => db.transaction((tx) => work(programmeWrites(tx))),
  };
}

export type ProgrammeStore = ReturnType<typeof createProgrammeStore>;

function routeStopsOf(db: PostgresJsDatabase | Transaction, programmeIds: readonly number[]) {
  return db.select().from(routeStops).where(inArray(routeStops.programmeId, [...programmeIds])).orderBy(asc(routeStops.position));
}

function curriculumLinksOf(db: PostgresJsDatabase | Transaction, programmeIds: readonly number[]) {
  return db.select().from(curriculumLinks).where(inArray(curriculumLinks.programmeId, [...programmeIds])).orderBy(asc(curriculumLinks.code));
}

export interface RouteStopValues {
  venueId: number;
  minutes: number;
  activityZh: string;
}

export interface CurriculumLinkValues {
  code: string;
  descriptionZh: string;
}

function programmeWrites(tx: Transaction) {
  return {
    /** The programme, locked until the transaction ends so that concurrent edits apply one after the other. */
    lockProgramme: async (id: number): Promise<ProgrammeRow | undefined> =>
      (await tx.select().from(programmes).where(eq(programmes.id, id)).for('update'))[0],

    routeOf: (programmeId: number) => routeStopsOf(tx, [programmeId]),

    curriculumLinksOf: (programmeId: number) => curriculumLinksOf(tx, [programmeId]),

    insertProgramme: async (values: ProgrammeValues): Promise<ProgrammeRow> => (await tx.insert(programmes).values(values).returning())[0]!,

    updateProgramme: async (id: number, values: Partial<ProgrammeValues> & { status?: PublicationStatus }): Promise<ProgrammeRow> =>
      (await tx.update(programmes).set({ ...values, updatedAt: new Date() }).where(eq(programmes.id, id)).returning())[0]!,

    /** A route is replaced as a whole: positions are its order, from 1. */
    replaceRoute: async (programmeId: number, stops: RouteStopValues[]): Promise<void> => {
      await tx.delete(routeStops).where(eq(routeStops.programmeId, programmeId));
      if (stops.length === 0) return;
      await tx.insert(routeStops).values(stops.map((stop, index) => ({ ...stop, programmeId, position: index + 1 })));
    },

    replaceCurriculumLinks: async (programmeId: number, links: CurriculumLinkValues[]): Promise<void> => {
      await tx.delete(curriculumLinks).where(eq(curriculumLinks.programmeId, programmeId));
      if (links.length === 0) return;
      await tx.insert(curriculumLinks).values(links.map((link) => ({ ...link, programmeId })));
    },

    programmeChanged: (id: number) => recordChanges(tx, outbox, [{ entity: 'Programme', entityId: id }]),
  };
}

export type ProgrammeWrites = ReturnType<typeof programmeWrites>;

function programmeConditions(criteria: ProgrammeCriteria): SQL | undefined {
  return and(
    listedFor(programmes.status, criteria.statuses, eq(programmes.status, 'PUBLISHED'), ownProgrammes(criteria.viewer)),
    criteria.subjects && arrayOverlaps(programmes.subjects, criteria.subjects),
    criteria.gradeBands && arrayOverlaps(programmes.gradeBands, criteria.gradeBands),
    criteria.deliveries && inArray(programmes.delivery, criteria.deliveries),
    criteria.kinds && inArray(programmes.kind, criteria.kinds),
    criteria.venueIds && inArray(programmes.venueId, criteria.venueIds),
    criteria.freeOnly ? eq(programmes.priceCents, 0) : undefined,
  );
}

/** The programmes the viewer owns: all for an admin, its venue's for a venue manager. */
function ownProgrammes(viewer: ProgrammeCriteria['viewer']): SQL | undefined {
  if (viewer.role === 'admin') return sql`true`;
  return viewer.role === 'venue' && viewer.venueId !== null ? eq(programmes.venueId, viewer.venueId) : undefined;
}
