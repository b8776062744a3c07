import { and, asc, eq, gte, inArray, isNull, or, sql } from 'drizzle-orm';
import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import { bookingEvents, bookings, outbox, pairings, schools, sessions } from './tables.js';
import type { BookingStatus, PairingKind, SchoolStage } from '../../kit/platform/vocabulary.js';
import { userError, type UserError } from '../../kit/graphql/errors.js';
import { postgresErrorOf } from '../../kit/database/errors.js';
import { recordChanges, type Change } from '../../kit/database/outbox.js';
import { failed, notFound as missing, succeeded, type Outcome } from '../../kit/graphql/payloads.js';
import { SYSTEM_ACTOR } from './permissions.js';
import {
  capacityHoldsSeats, capacityIsValid, firstBroken, gradeBandsMatch, groupFits, keptSeatsAreValid, offerIsBookable, sessionHasStarted, sessionIsOpen,
  sessionNotStarted, timesAreValid, transitionIsAllowed,
  type BookingChange,
} from './rules.js';
import type { BookingRow, PairingRow, SchoolRow, SessionRow } from './rows.js';
import { keepsSeats, promotions, roomFor, seatState, type SeatQueue, type SeatState } from './kept-seats.js';
import { HOLDING, PRIORITY_SCHOOL } from './seat-queries.js';
import { BOOKING_BY_KEY, BOOKING_READS, LOCK_SESSION, PLACE_BOOKING } from './booking-statements.js';
import { offerFactsOf } from './offers.js';
import { rowOf, send, transactionInFewTrips } from '../../kit/database/statements.js';
import type { Drizzle } from '../../kit/database/connection.js';
import type postgres from 'postgres';

type Transaction = Parameters<Parameters<PostgresJsDatabase['transaction']>[0]>[0];

export interface BookingRequest {
  sessionId: number;
  schoolId: number;
  students: number;
  teachers: number;
  note: string;
  idempotencyKey: string | null;
  fingerprint: string;
}

export interface NewSession {
  programmeId: number | null;
  talkId: number | null;
  venueId: number | null;
  expertId: number | null;
  timeZone: string;
  startsAt: Date;
  endsAt: Date;
  capacity: number;
  confirmation: 'AUTOMATIC' | 'APPROVAL';
  waitlist: boolean;
  keptSeats: number;
  keepDays: number;
  priorityWaitlist: boolean;
}

/** A session's changes; what is left out stays as it is. */
export interface SessionUpdate {
  sessionId: number;
  startsAt?: Date;
  endsAt?: Date;
  capacity?: number;
  keptSeats?: number;
  keepDays?: number;
  priorityWaitlist?: boolean;
  authorize: (session: SessionRow) => void;
}

export interface NewPairing {
  schoolId: number;
  kind: PairingKind;
  venueId: number | null;
  expertId: number | null;
  startsOn: string;
  endsOn: string | null;
  note: string;
}

/**
 * Every write of the bookings subgraph, each one PostgreSQL transaction. Anything touching a
 * session's seats first locks that session's row (`select … for update`), so bookings of one
 * session are decided one at a time, in the order they reach the database, whichever process
 * sent them; seats, waitlist promotion, history and outbox commit together or not at all.
 */
export function createLedger(db: Drizzle) {
  return {
    /**
     * Books seats, holds them for approval, or joins the waitlist; a retried idempotency key answers
     * with the first booking. What the offer's facts refuse is judged again once `facts` caught up.
     */
    placeBooking: async (request: BookingRequest, actor: string, facts: { catchUp(): Promise<void> }): Promise<Outcome<BookingRow>> => {
      const place = (factsAreLatest: boolean) => refusable(() => transactionInFewTrips(db.$client, (client) => placeBooking(client, request, actor, factsAreLatest)), async (error) => {
        if (violates(error, 'bookings_idempotency_idx')) return replay(await bookingByKey(db.$client, request), request);
        if (violates(error, 'bookings_one_active_per_school_idx')) return failed(alreadyBooked());
        return null;
      });
      try {
        return await place(false);
      } catch (error) {
        if (!(error instanceof FactsMayBeBehind)) throw error;
      }
      await facts.catchUp();
      return place(true);
    },

    /**
     * Moves a booking to `to`. `authorize` runs on the locked rows before any rule: it throws when the
     * caller may not touch this booking at all, or returns what the caller must do first.
     */
    changeBooking: (change: { bookingId: number; to: BookingChange; actor: string; reason: string | null; authorize: Authorize }) =>
      refusable(() => db.transaction((tx) => changeBooking(tx, change))),

    scheduleSession: (session: NewSession): Promise<Outcome<SessionRow>> =>
      refusable(() => db.transaction(async (tx) => {
        const [row] = await tx.insert(sessions).values(session).returning();
        await recordChanges(tx, outbox, offerChanges(row!));
        return row!;
      })),

    updateSession: (update: SessionUpdate) =>
      refusable(() => db.transaction((tx) => updateSession(tx, update))),

    cancelSession: (cancel: { sessionId: number; reason: string; actor: string; authorize: (session: SessionRow) => void }) =>
      refusable(() => db.transaction((tx) => cancelSession(tx, cancel))),

    /**
     * Hands kept seats back to every school once their time is up, moving the waitlist into them:
     * each session in a transaction of its own under its row lock, once (`kept_released_at`).
     * Returns how many sessions released their seats.
     */
    releaseKeptSeats: async (now: Date): Promise<number> => {
      const due = await db.select({ id: sessions.id }).from(sessions).where(and(
        sql`${sessions.keptSeats} > 0`, isNull(sessions.keptReleasedAt), eq(sessions.status, 'SCHEDULED'),
        sql`${sessions.startsAt} - ${sessions.keepDays} * interval '1 day' <= ${now.toISOString()}::timestamptz`,
      ));
      for (const { id } of due) await db.transaction((tx) => releaseKept(tx, id, now));
      return due.length;
    },

    /** Pairs a school, unless it already has an active pairing with the partner on `today`. */
    createPairing: (pairing: NewPairing, today: string): Promise<Outcome<PairingRow>> =>
      refusable(() => db.transaction((tx) => createPairing(tx, pairing, today))),

    endPairing: (pairingId: number, endsOn: string): Promise<Outcome<PairingRow>> =>
      refusable(() => db.transaction(async (tx) => {
        const [row] = await tx.update(pairings).set({ endsOn }).where(eq(pairings.id, pairingId)).returning();
        await recordChanges(tx, outbox, pairingChanges(row!));
        return row!;
      })),
  };
}

export type Ledger = ReturnType<typeof createLedger>;

export type Authorize = (booking: BookingRow, session: SessionRow, school: SchoolRow) => UserError | null;

/** A rule said no inside a transaction: thrown to roll it back, turned into a userError outside. */
class Refusal extends Error {
  constructor(readonly userError: UserError) {
    super(userError.message);
  }
}

/** The offer's facts, a moment behind their owners, refused a booking: it is judged again on the latest. */
class FactsMayBeBehind extends Error {}

function refuse(error: UserError | null): void {
  if (error) throw new Refusal(error);
}

function notFound(entity: 'school' | 'session' | 'booking', field: string[]): never {
  throw new Refusal(missing(entity, field));
}

async function refusable<Row>(write: () => Promise<Row>, onDatabaseError?: (error: unknown) => Promise<Outcome<Row> | null>): Promise<Outcome<Row>> {
  try {
    return succeeded(await write());
  } catch (error) {
    if (error instanceof Refusal) return failed(error.userError);
    const answer = await onDatabaseError?.(error);
    if (answer) return answer;
    throw error;
  }
}

/** A row of BOOKING_READS: the seat queue, the school's standing (a null stage: no such school), and the offer's facts. */
type BookingReads = SeatQueue & { booked: boolean; stage: SchoolStage | null; priority: boolean } & postgres.Row;

/**
 * Decides the booking under the session's lock, read with everything else it needs (the school, the
 * offer's facts, who holds and waits) in one round trip, and returns its write (PLACE_BOOKING) for the
 * commit to go with. Unless `factsAreLatest`, what the facts refuse throws `FactsMayBeBehind`.
 */
async function placeBooking(client: postgres.ReservedSql, request: BookingRequest, actor: string, factsAreLatest: boolean): Promise<() => Promise<BookingRow>> {
  // Sent together, the reads run once the lock is granted, so they see every booking committed before it.
  const [[locked], rows, earlier] = await Promise.all([
    send(client, LOCK_SESSION, request),
    send<BookingReads>(client, BOOKING_READS, request),
    request.idempotencyKey ? bookingByKey(client, request) : null,
  ]);
  // The seat queue is an aggregate: one row, with no bookings too.
  const reads = rows[0]!;
  const { stage, priority } = reads;
  if (stage === null) notFound('school', ['input', 'schoolId']);
  const session = locked ? rowOf(sessions, locked) : notFound('session', ['input', 'sessionId']);
  if (earlier) {
    const answer = replay(earlier, request);
    if (answer.thing) return async () => answer.thing!;
    refuse(answer.userErrors[0]!);
  }
  refuse(sessionIsOpen(session));
  const participants = request.students + request.teachers;
  const facts = offerFactsOf(reads);
  const unfit = firstBroken(
    () => offerIsBookable(facts, ['input', 'sessionId']),
    () => groupFits(facts!, participants),
    () => gradeBandsMatch(facts!, stage),
  );
  if (unfit && !factsAreLatest) throw new FactsMayBeBehind();
  refuse(unfit);
  if (reads.booked) refuse(alreadyBooked());
  const room = roomFor(seatState(session, reads.priorityHeld, new Date()), priority, reads, session.priorityWaitlist);
  const fits = participants <= room;
  if (!fits && !session.waitlist) refuse(userError('SESSION_FULL', `Only ${Math.max(0, room)} seats are left for your school and this session keeps no waitlist; choose another session.`, ['input', 'students']));
  const status: BookingStatus = !fits ? 'WAITLISTED' : session.confirmation === 'AUTOMATIC' ? 'CONFIRMED' : 'REQUESTED';
  const decided = status === 'REQUESTED' ? [] : [{ from_status: 'REQUESTED', to_status: status, actor: SYSTEM_ACTOR, reason: status === 'WAITLISTED' ? 'No seats left; on the waitlist in order of arrival.' : null }];
  const events = [{ from_status: null, to_status: 'REQUESTED', actor, reason: null }, ...decided];
  // The first request to wait changes the seats too: from then on nobody takes the open ones ahead of it.
  const changes = fits || !reads.waiting ? offerChanges(session) : [];
  return async () => {
    const [inserted] = await send(client, PLACE_BOOKING, {
      ...request, status, events: JSON.stringify(events), seats: fits ? participants : 0, changes: JSON.stringify(changes),
    });
    return rowOf(bookings, inserted!);
  };
}

async function changeBooking(tx: Transaction, change: { bookingId: number; to: BookingChange; actor: string; reason: string | null; authorize: Authorize }): Promise<BookingRow> {
  const [found] = await tx.select({ sessionId: bookings.sessionId }).from(bookings).where(eq(bookings.id, change.bookingId));
  const session = (await lockSession(tx, (found ?? notFound('booking', ['id'])).sessionId))!;
  // Read again under the session's lock: another change to it may have committed meanwhile.
  const [booking] = await tx.select().from(bookings).where(eq(bookings.id, change.bookingId));
  const [school] = await tx.select().from(schools).where(eq(schools.id, booking!.schoolId));
  refuse(change.authorize(booking!, session, school!));
  const attendance = change.to === 'ATTENDED' || change.to === 'NO_SHOW';
  refuse(firstBroken(
    () => transitionIsAllowed(booking!, change.to),
    () => (attendance ? sessionHasStarted(session) : sessionNotStarted(session)),
  ));
  const [changed] = await tx.update(bookings).set({ status: change.to, updatedAt: sql`clock_timestamp()` }).where(eq(bookings.id, booking!.id)).returning();
  await writeEvent(tx, booking!.id, booking!.status, change.to, change.actor, change.reason);
  if (HOLDING.includes(booking!.status) && !HOLDING.includes(change.to)) {
    await releaseSeats(tx, session, booking!.students + booking!.teachers);
  }
  return changed!;
}

/**
 * Changes a session under its row lock. Whatever seats the change frees (more capacity, fewer kept
 * seats, kept seats released sooner, priority schools put first) go to the waitlist in its order at
 * once, as the release of kept seats does; kept seats kept again after a release are released
 * again when their new time comes.
 */
async function updateSession(tx: Transaction, update: SessionUpdate): Promise<SessionRow> {
  const session = (await lockSession(tx, update.sessionId)) ?? notFound('session', ['input', 'id']);
  update.authorize(session);
  const now = new Date();
  const next = {
    startsAt: update.startsAt ?? session.startsAt,
    endsAt: update.endsAt ?? session.endsAt,
    capacity: update.capacity ?? session.capacity,
    keptSeats: update.keptSeats ?? session.keptSeats,
    keepDays: update.keepDays ?? session.keepDays,
    priorityWaitlist: update.priorityWaitlist ?? session.priorityWaitlist,
  };
  refuse(firstBroken(
    () => sessionNotStarted(session),
    () => timesAreValid(next.startsAt, next.endsAt),
    () => capacityIsValid(next.capacity),
    () => capacityHoldsSeats(next.capacity, session),
    () => keptSeatsAreValid({ capacity: next.capacity, keptSeats: next.keptSeats, releaseKeptSeatsDaysBefore: next.keepDays }),
  ));
  const keptReleasedAt = keepsSeats(next, now) ? null : next.keptSeats > 0 ? (session.keptReleasedAt ?? now) : session.keptReleasedAt;
  const [changed] = await tx.update(sessions).set({ ...next, keptReleasedAt }).where(eq(sessions.id, session.id)).returning();
  await recordChanges(tx, outbox, offerChanges(changed!));
  return promoteWaitlist(tx, changed!, now);
}

async function cancelSession(tx: Transaction, cancel: { sessionId: number; reason: string; actor: string; authorize: (session: SessionRow) => void }): Promise<SessionRow> {
  const session = (await lockSession(tx, cancel.sessionId)) ?? notFound('session', ['id']);
  cancel.authorize(session);
  refuse(firstBroken(
    () => (cancel.reason.trim() ? null : userError('REASON_REQUIRED', 'Tell the schools why the session is cancelled.', ['reason'])),
    () => sessionNotStarted(session),
  ));
  const active = await tx.select({ id: bookings.id, status: bookings.status }).from(bookings)
    .where(and(eq(bookings.sessionId, session.id), inArray(bookings.status, ['REQUESTED', 'CONFIRMED', 'WAITLISTED'])));
  if (active.length > 0) {
    await tx.update(bookings).set({ status: 'CANCELLED', updatedAt: sql`clock_timestamp()` }).where(inArray(bookings.id, active.map((booking) => booking.id)));
    await tx.insert(bookingEvents).values(active.map((booking) => ({
      bookingId: booking.id, fromStatus: booking.status, toStatus: 'CANCELLED' as const, actor: cancel.actor, reason: `Session cancelled: ${cancel.reason}`, at: sql`clock_timestamp()`,
    })));
  }
  const [changed] = await tx.update(sessions).set({ status: 'CANCELLED', cancelReason: cancel.reason, seatsHeld: 0 }).where(eq(sessions.id, session.id)).returning();
  await recordChanges(tx, outbox, offerChanges(changed!));
  return changed!;
}

async function createPairing(tx: Transaction, pairing: NewPairing, today: string): Promise<PairingRow> {
  // The school's row lock makes two requests for the same pairing take turns, so only one is made.
  await tx.select({ id: schools.id }).from(schools).where(eq(schools.id, pairing.schoolId)).for('update');
  const partnerIs = pairing.venueId !== null ? eq(pairings.venueId, pairing.venueId) : eq(pairings.expertId, pairing.expertId!);
  const [active] = await tx.select({ id: pairings.id }).from(pairings)
    .where(and(eq(pairings.schoolId, pairing.schoolId), partnerIs, or(isNull(pairings.endsOn), gte(pairings.endsOn, today)))).limit(1);
  if (active) refuse(userError('ALREADY_PAIRED', 'The school is already paired with this partner; end that pairing first.', ['input', 'schoolId']));
  const [row] = await tx.insert(pairings).values(pairing).returning();
  await recordChanges(tx, outbox, pairingChanges(row!));
  return row!;
}

/** Freed seats go to the waitlist, in order, while the session is still ahead. */
async function releaseSeats(tx: Transaction, session: SessionRow, seats: number): Promise<void> {
  const [released] = await tx.update(sessions).set({ seatsHeld: sql`${sessions.seatsHeld} - ${seats}` }).where(eq(sessions.id, session.id)).returning();
  await recordChanges(tx, outbox, offerChanges(released!));
  await promoteWaitlist(tx, released!);
}

/**
 * Moves waitlisted bookings, in waitlist order, into the seats left (see `promotions`): a smaller
 * group behind one that does not fit does not jump the queue for the same seats. Nothing moves once
 * the session has started.
 */
async function promoteWaitlist(tx: Transaction, session: SessionRow, now = new Date()): Promise<SessionRow> {
  if (sessionIsOpen(session, now) !== null) return session;
  const waiting = await tx.select({ id: bookings.id, participants: sql<number>`${bookings.students} + ${bookings.teachers}`.mapWith(Number), priority: PRIORITY_SCHOOL })
    .from(bookings).innerJoin(schools, eq(schools.id, bookings.schoolId))
    .where(and(eq(bookings.sessionId, session.id), eq(bookings.status, 'WAITLISTED'))).orderBy(asc(bookings.id));
  if (waiting.length === 0) return session;
  const { promoted, held } = promotions(await seatsOf(tx, session, now), waiting, session.priorityWaitlist);
  const to: BookingStatus = session.confirmation === 'AUTOMATIC' ? 'CONFIRMED' : 'REQUESTED';
  for (const bookingId of promoted) {
    await tx.update(bookings).set({ status: to, updatedAt: sql`clock_timestamp()` }).where(eq(bookings.id, bookingId));
    await writeEvent(tx, bookingId, 'WAITLISTED', to, SYSTEM_ACTOR, 'Seats were freed; moved up from the waitlist.');
  }
  if (held === session.seatsHeld) return session;
  const [updated] = await tx.update(sessions).set({ seatsHeld: held }).where(eq(sessions.id, session.id)).returning();
  return updated!;
}

async function releaseKept(tx: Transaction, sessionId: number, now: Date): Promise<void> {
  const session = (await lockSession(tx, sessionId))!;
  if (session.keptReleasedAt !== null || keepsSeats(session, now)) return;
  await tx.update(sessions).set({ keptReleasedAt: now }).where(eq(sessions.id, session.id));
  await promoteWaitlist(tx, session, now);
  await recordChanges(tx, outbox, offerChanges(session));
}

/** The session's seats, with what priority schools hold counted only while seats are kept. Call under the session's lock. */
async function seatsOf(tx: Transaction, session: SessionRow, now: Date): Promise<SeatState> {
  if (!keepsSeats(session, now)) return seatState(session, 0, now);
  const [row] = await tx.select({ held: sql<number>`coalesce(sum(${bookings.students} + ${bookings.teachers}), 0)`.mapWith(Number) })
    .from(bookings).innerJoin(schools, eq(schools.id, bookings.schoolId))
    .where(and(eq(bookings.sessionId, session.id), inArray(bookings.status, HOLDING), PRIORITY_SCHOOL));
  return seatState(session, row!.held, now);
}

async function lockSession(tx: Transaction, sessionId: number): Promise<SessionRow | null> {
  const [session] = await tx.select().from(sessions).where(eq(sessions.id, sessionId)).for('update');
  return session ?? null;
}

/** The booking a school made with an idempotency key, if any. */
export async function bookingByKey(client: Pick<postgres.Sql, 'unsafe'>, key: { schoolId: number; idempotencyKey: string | null }): Promise<BookingRow | null> {
  const [row] = await send(client, BOOKING_BY_KEY, key);
  return row ? rowOf(bookings, row) : null;
}

/** The first answer to a retried request, or a refusal when the key was used for something else. */
export function replay(earlier: BookingRow | null, request: Pick<BookingRequest, 'fingerprint'>): Outcome<BookingRow> {
  if (earlier && earlier.requestFingerprint === request.fingerprint) return succeeded(earlier);
  return failed(userError('IDEMPOTENCY_KEY_REUSED', 'This idempotency key was already used for a different booking request; send a new key.', ['input', 'idempotencyKey']));
}

function alreadyBooked(): UserError {
  return userError('ALREADY_BOOKED', 'Your school already has a booking for this session; change or cancel that one instead.', ['input', 'sessionId']);
}

async function writeEvent(tx: Transaction, bookingId: number, from: BookingStatus | null, to: BookingStatus, actor: string, reason: string | null): Promise<void> {
  await writeEvents(tx, bookingId, [{ from, to, actor, reason }]);
}

async function writeEvents(tx: Transaction, bookingId: number, events: { from: BookingStatus | null; to: BookingStatus; actor: string; reason: string | null }[]): Promise<void> {
  await tx.insert(bookingEvents).values(events.map((event) => ({
    bookingId, fromStatus: event.from, toStatus: event.to, actor: event.actor, reason: event.reason, at: sql`clock_timestamp()`,
  })));
}

/** Search shows a programme's or talk's sessions and seats, so a session's change is a change of its offer. */
function offerChanges(session: SessionRow): Change[] {
  if (session.programmeId !== null) return [{ entity: 'Programme', entityId: session.programmeId }];
  return session.talkId !== null ? [{ entity: 'Talk', entityId: session.talkId }] : [];
}

function pairingChanges(pairing: PairingRow): Change[] {
  return pairing.venueId !== null ? [{ entity: 'Venue', entityId: pairing.venueId }] : [{ entity: 'Expert', entityId: pairing.expertId! }];
}

/** Whether a failed statement ran into the PostgreSQL unique index `index`. */
function violates(error: unknown, index: string): boolean {
  return postgresErrorOf(error, '23505')?.constraint_name === index;
}
