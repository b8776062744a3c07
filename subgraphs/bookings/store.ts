import { and, asc, eq, gte, inArray, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import { bookingEvents, bookings, pairings, schools, sessions } from '../../drizzle/schema/bookings.js';
import type { BookingStatus, PairingKind, SchoolStage } from '../../drizzle/schema/vocabulary.js';
import { fetchPage, fetchPagesPerParent } from '../kit/pages.js';
import type { Page } from '../kit/pagination.js';

export type SchoolRow = typeof schools.$inferSelect;
export type SessionRow = typeof sessions.$inferSelect;
export type BookingRow = typeof bookings.$inferSelect;
export type BookingEventRow = typeof bookingEvents.$inferSelect;
export type PairingRow = typeof pairings.$inferSelect;
export type VenueReference = { id: number };
export type ProgrammeReference = { id: number };
export type TalkReference = { id: number };
export type ExpertReference = { id: number };

export interface SchoolCriteria {
  cities?: string[];
  districts?: string[];
  stages?: SchoolStage[];
  rural?: boolean;
  underResourced?: boolean;
}

export interface SessionCriteria {
  from: Date;
  to?: Date;
  openOnly?: boolean;
  includeCancelled?: boolean;
}

export interface PairingCriteria {
  kinds?: PairingKind[];
  activeOn?: string;
}

export function createBookingStore(db: PostgresJsDatabase) {
  return {
    schoolsByIds: (ids: readonly number[]) => db.select().from(schools).where(inArray(schools.id, [...ids])),

    schoolsPage: (criteria: SchoolCriteria, page: Page) =>
      fetchPage(db, { table: schools, where: schoolConditions(criteria), orderBy: [schools.id], page }),

    sessionsByIds: (ids: readonly number[]) => db.select().from(sessions).where(inArray(sessions.id, [...ids])),

    sessionsPagesByProgramme: (programmeIds: readonly number[], criteria: SessionCriteria, page: Page) =>
      sessionPages(db, sessions.programmeId, programmeIds, criteria, page),

    sessionsPagesByTalk: (talkIds: readonly number[], criteria: SessionCriteria, page: Page) =>
      sessionPages(db, sessions.talkId, talkIds, criteria, page),

    pairingsByIds: (ids: readonly number[]) => db.select().from(pairings).where(inArray(pairings.id, [...ids])),

    bookingsByIds: (ids: readonly number[]) => db.select().from(bookings).where(inArray(bookings.id, [...ids])),

    bookingsPagesBySchool: (schoolIds: readonly number[], statuses: BookingStatus[] | undefined, page: Page) =>
      fetchPagesPerParent(db, {
        table: bookings, parentColumn: bookings.schoolId, parentIds: schoolIds,
        where: statuses && inArray(bookings.status, statuses), orderBy: [bookings.id], page,
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
    criteria.openOnly ? sql`${sessions.seatsHeld} < ${sessions.capacity}` : undefined,
    criteria.includeCancelled ? undefined : eq(sessions.status, 'SCHEDULED'),
  );
}

function pairingConditions(criteria: PairingCriteria): SQL | undefined {
  return and(
    criteria.kinds && inArray(pairings.kind, criteria.kinds),
    criteria.activeOn ? or(isNull(pairings.endsOn), gte(pairings.endsOn, criteria.activeOn)) : undefined,
  );
}
