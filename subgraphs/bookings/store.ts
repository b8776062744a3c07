import { and, asc, eq, gte, inArray, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import type { Drizzle } from '../../kit/database/connection.js';
import { bookingEvents, bookings, coverageTargets, pairings, schools, sessions } from './tables.js';
import type { BookingRow } from './rows.js';
import type { BookingStatus, PairingKind, SchoolStage } from '../../kit/platform/vocabulary.js';
import { fetchPage, fetchPagesPerParent } from '../../kit/database/pages.js';
import type { Page } from '../../kit/graphql/pagination.js';
import { schoolCoverage, type CoverageTargetRow } from './coverage.js';
import { placesGiven } from './equity.js';
import { bookingByKey, createLedger } from './ledger.js';
import type { SeatQueue } from './kept-seats.js';
import { seatQueueColumns, seatsOnOfferConditions } from './seat-queries.js';
import type { OfferCatalogue } from './offers.js';
import type { BookingScope } from './permissions.js';

export interface SchoolCriteria {
  cities?: string[];
  districts?: string[];
  stages?: SchoolStage[];
  rural?: boolean;
  underResourced?: boolean;
}

export interface SessionCriteria {
  /** The request's clock, which decides whether seats are still kept. */
  now: Date;
  from: Date;
  to?: Date;
  openOnly?: boolean;
  priorityOpenOnly?: boolean;
  includeCancelled?: boolean;
}

export interface BookingCriteria {
  statuses?: BookingStatus[];
  upcoming?: boolean;
  past?: boolean;
  /** Which bookings the caller may see at all. */
  scope: BookingScope;
}

export interface PairingCriteria {
  kinds?: PairingKind[];
  activeOn?: string;
}

export function createBookingStore(db: Drizzle, offers: OfferCatalogue) {
  return {
    offers,
    ledger: createLedger(db),

    schoolsByIds: (ids: readonly number[]) => db.select().from(schools).where(inArray(schools.id, [...ids])),

    schoolsPage: (criteria: SchoolCriteria, page: Page) =>
      fetchPage(db, { table: schools, where: schoolConditions(criteria), orderBy: [schools.id], page }),

    sessionsByIds: (ids: readonly number[]) => db.select().from(sessions).where(inArray(sessions.id, [...ids])),

    /** Who holds and who waits on each session (sessions without bookings have no row). */
    seatQueues: (ids: readonly number[]): Promise<(SeatQueue & { id: number })[]> => {
      const { sessionId, ...columns } = seatQueueColumns();
      return db.select({ id: sessionId, ...columns }).from(bookings).innerJoin(schools, eq(schools.id, bookings.schoolId))
        .where(and(inArray(bookings.sessionId, [...ids]), inArray(bookings.status, ['REQUESTED', 'CONFIRMED', 'WAITLISTED']))).groupBy(bookings.sessionId);
    },

    sessionsPagesByProgramme: (programmeIds: readonly number[], criteria: SessionCriteria, page: Page) =>
      sessionPages(db, sessions.programmeId, programmeIds, criteria, page),

    sessionsPagesByTalk: (talkIds: readonly number[], criteria: SessionCriteria, page: Page) =>
      sessionPages(db, sessions.talkId, talkIds, criteria, page),

    pairingsByIds: (ids: readonly number[]) => db.select().from(pairings).where(inArray(pairings.id, [...ids])),

    bookingsByIds: (ids: readonly number[]) => db.select().from(bookings).where(inArray(bookings.id, [...ids])),

    /** Each waitlisted booking's place in its session's waitlist, which is in order of arrival (1 is next). */
    waitlistPositions: async (ids: readonly number[]): Promise<{ id: number; position: number }[]> => {
      const ranked = db.select({
        id: bookings.id,
        position: sql<number>`row_number() over (partition by ${bookings.sessionId}
          order by case when ${sessions.priorityWaitlist} and (${schools.rural} or ${schools.underResourced}) then 0 else 1 end, ${bookings.id})`.mapWith(Number).as('position'),
      }).from(bookings).innerJoin(sessions, eq(sessions.id, bookings.sessionId)).innerJoin(schools, eq(schools.id, bookings.schoolId)).where(and(
        eq(bookings.status, 'WAITLISTED'),
        inArray(bookings.sessionId, db.select({ sessionId: bookings.sessionId }).from(bookings).where(inArray(bookings.id, [...ids]))),
      )).as('ranked');
      return db.select().from(ranked).where(inArray(ranked.id, [...ids]));
    },

    bookingByKey: (schoolId: number, idempotencyKey: string): Promise<BookingRow | null> => bookingByKey(db.$client, { schoolId, idempotencyKey }),

    bookingsPagesBySchool: (schoolIds: readonly number[], criteria: BookingCriteria, page: Page) =>
      fetchPagesPerParent(db, {
        table: bookings, parentColumn: bookings.schoolId, parentIds: schoolIds, where: bookingConditions(criteria), orderBy: [bookings.id], page,
      }),

    bookingsPagesBySession: (sessionIds: readonly number[], criteria: BookingCriteria, page: Page) =>
      fetchPagesPerParent(db, {
        table: bookings, parentColumn: bookings.sessionId, parentIds: sessionIds, where: bookingConditions(criteria), orderBy: [bookings.id], page,
      }),

    /** A venue's incoming bookings; asked for one venue at a time (its own manager's inbox), so one statement each. */
    bookingsPageOfVenue: (venueId: number, criteria: BookingCriteria, page: Page) =>
      fetchPage(db, {
        table: bookings,
        where: and(sql`exists (select 1 from ${sessions} where ${sessions.id} = ${bookings.sessionId} and ${sessions.venueId} = ${venueId})`, bookingConditions(criteria)),
        orderBy: [bookings.id],
        page,
      }),

    bookingHistories: (bookingIds: readonly number[]) =>
      db.select().from(bookingEvents).where(inArray(bookingEvents.bookingId, [...bookingIds])).orderBy(asc(bookingEvents.at), asc(bookingEvents.id)),

    pairingsPagesBySchool: (schoolIds: readonly number[], criteria: PairingCriteria, page: Page) =>
      fetchPagesPerParent(db, {
        table: pairings, parentColumn: pairings.schoolId, parentIds: schoolIds, where: pairingConditions(criteria), orderBy: [pairings.id], page,
      }),

    pairingsPagesByVenue: (venueIds: readonly number[], criteria: PairingCriteria, page: Page) =>
      fetchPagesPerParent(db, {
        table: pairings, parentColumn: pairings.venueId, parentIds: venueIds, where: pairingConditions(criteria), orderBy: [pairings.id], page,
      }),

    schoolCoverage: (district: string, asOf: string) => schoolCoverage(db, district, asOf),

    placesGiven: (district: string, asOf: string) => placesGiven(db, district, asOf),

    coverageTargets: (district: string) =>
      db.select().from(coverageTargets).where(eq(coverageTargets.district, district)).orderBy(asc(coverageTargets.measure)),

    districtHasSchools: async (district: string): Promise<boolean> =>
      (await db.select({ id: schools.id }).from(schools).where(eq(schools.district, district)).limit(1)).length > 0,

    /** Sets the district's target for the measure, replacing the one before. */
    setCoverageTarget: async (target: Omit<CoverageTargetRow, 'setAt'>): Promise<CoverageTargetRow> =>
      (await db.insert(coverageTargets).values(target)
        .onConflictDoUpdate({ target: [coverageTargets.district, coverageTargets.measure], set: { percent: target.percent, dueOn: target.dueOn, setBy: target.setBy, setAt: sql`now()` } })
        .returning())[0]!,

    pairingsPagesByExpert: (expertIds: readonly number[], criteria: PairingCriteria, page: Page) =>
      fetchPagesPerParent(db, {
        table: pairings, parentColumn: pairings.expertId, parentIds: expertIds, where: pairingConditions(criteria), orderBy: [pairings.id], page,
      }),
  };
}

export type BookingStore = ReturnType<typeof createBookingStore>;

function sessionPages(db: PostgresJsDatabase, parentColumn: typeof sessions.programmeId | typeof sessions.talkId, parentIds: readonly number[], criteria: SessionCriteria, page: Page) {
  return fetchPagesPerParent(db, {
    table: sessions, parentColumn, parentIds, where: sessionConditions(criteria), orderBy: [sessions.startsAt, sessions.id], page,
  });
}

function schoolConditions(criteria: SchoolCriteria): SQL | undefined {
  return and(
    criteria.cities && inArray(schools.city, criteria.cities),
    criteria.districts && inArray(schools.district, criteria.districts),
    criteria.stages && inArray(schools.stage, criteria.stages),
    criteria.rural !== undefined ? eq(schools.rural, criteria.rural) : undefined,
    criteria.underResourced !== undefined ? eq(schools.underResourced, criteria.underResourced) : undefined,
  );
}

function sessionConditions(criteria: SessionCriteria): SQL | undefined {
  return and(
    gte(sessions.startsAt, criteria.from),
    criteria.to && lt(sessions.startsAt, criteria.to),
    criteria.openOnly ? seatsOnOfferConditions(criteria.now).open : undefined,
    criteria.priorityOpenOnly ? seatsOnOfferConditions(criteria.now).forPriority : undefined,
    criteria.includeCancelled ? undefined : eq(sessions.status, 'SCHEDULED'),
  );
}

function bookingConditions(criteria: BookingCriteria): SQL | undefined {
  return and(
    criteria.statuses && inArray(bookings.status, criteria.statuses),
    criteria.upcoming ? sql`exists (select 1 from ${sessions} where ${sessions.id} = ${bookings.sessionId} and ${sessions.startsAt} > now())` : undefined,
    criteria.past ? sql`exists (select 1 from ${sessions} where ${sessions.id} = ${bookings.sessionId} and ${sessions.startsAt} <= now())` : undefined,
    scopeCondition(criteria.scope),
  );
}

function scopeCondition(scope: BookingScope): SQL | undefined {
  switch (scope.kind) {
    case 'all': return undefined;
    case 'none': return sql`false`;
    case 'school': return eq(bookings.schoolId, scope.schoolId);
    case 'district': return sql`exists (select 1 from ${schools} where ${schools.id} = ${bookings.schoolId} and ${schools.district} = ${scope.district})`;
    case 'venue': return sql`exists (select 1 from ${sessions} where ${sessions.id} = ${bookings.sessionId} and ${sessions.venueId} = ${scope.venueId})`;
    case 'expert': return sql`exists (select 1 from ${sessions} where ${sessions.id} = ${bookings.sessionId} and ${sessions.expertId} = ${scope.expertId})`;
  }
}

function pairingConditions(criteria: PairingCriteria): SQL | undefined {
  return and(
    criteria.kinds && inArray(pairings.kind, criteria.kinds),
    criteria.activeOn ? or(isNull(pairings.endsOn), gte(pairings.endsOn, criteria.activeOn)) : undefined,
  );
}
