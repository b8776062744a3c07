import { inArray, sql } from 'drizzle-orm';
import { statement } from '../../kit/database/statements.js';
import { bookingEvents, bookings, outbox, schools, sessions } from './tables.js';
import { PRIORITY_SCHOOL, seatQueueColumns } from './seat-queries.js';
import { offerFactsOfSession } from './offers.js';

/**
 * The statements of a booking request, compiled once: it is the busiest write, and building them
 * on every request cost more than running them. Placeholders take a `BookingRequest`'s fields.
 */
const placeholder = sql.placeholder;

const queue = seatQueueColumns();

export const LOCK_SESSION = statement(sql`select * from ${sessions} where ${sessions.id} = ${placeholder('sessionId')} for update`);

/** Whether the school already holds or waits for a seat, and the session's `SeatQueue` (kept-seats.ts). */
const seatQueue = sql`
  select coalesce(bool_or(${bookings.schoolId} = ${placeholder('schoolId')}), false) as booked,
    ${queue.waiting} as waiting, ${queue.priorityWaiting} as "priorityWaiting", ${queue.priorityHeld}::int as "priorityHeld"
  from ${bookings} join ${schools} on ${schools.id} = ${bookings.schoolId}
  where ${bookings.sessionId} = ${placeholder('sessionId')} and ${inArray(bookings.status, ['REQUESTED', 'CONFIRMED', 'WAITLISTED'])}`;

/** What booking rules ask of the school: its stage, and whether it is rural or under-resourced. */
const schoolStanding = sql`
  select ${schools.stage} as stage, ${PRIORITY_SCHOOL} as priority from ${schools} where ${schools.id} = ${placeholder('schoolId')}`;

/**
 * What a booking decides on besides the session, in one row of one statement: the seat queue (an
 * aggregate, so there is always a row), the school's standing and the offer's facts, each of the
 * last two all null when there is no such school or offer. Sent after the session's lock, it sees
 * every booking committed before the lock was granted.
 */
export const BOOKING_READS = statement(sql`
  select * from (${seatQueue}) queue
    left join (${schoolStanding}) standing on true
    left join (${offerFactsOfSession}) offer on true`);

export const BOOKING_BY_KEY = statement(sql`
  select * from ${bookings} where ${bookings.schoolId} = ${placeholder('schoolId')} and ${bookings.idempotencyKey} = ${placeholder('idempotencyKey')}`);

/**
 * The booking, its first events in order (a JSON array of `{ from_status, to_status, actor, reason }`),
 * the seats it holds (`seats`, 0 for none) and the outbox rows telling search the seats changed
 * (a JSON array of outbox `Change`s), written in one statement: one round trip. Returns the booking.
 */
export const PLACE_BOOKING = statement(sql`
  with booking as (
    insert into ${bookings} (session_id, school_id, students, teachers, status, note, idempotency_key, request_fingerprint, created_at, updated_at)
    values (${placeholder('sessionId')}, ${placeholder('schoolId')}, ${placeholder('students')}, ${placeholder('teachers')}, ${placeholder('status')},
      ${placeholder('note')}, ${placeholder('idempotencyKey')}, ${placeholder('fingerprint')}, clock_timestamp(), clock_timestamp())
    returning *
  ), events as (
    insert into ${bookingEvents} (booking_id, from_status, to_status, actor, reason, at)
    select booking.id, event.from_status, event.to_status, event.actor, event.reason, clock_timestamp()
    from booking, jsonb_to_recordset(${placeholder('events')}::jsonb)
      as event(from_status bookings.booking_status, to_status bookings.booking_status, actor text, reason text)
  ), held as (
    update ${sessions} set seats_held = ${sessions.seatsHeld} + ${placeholder('seats')}::int
    where ${sessions.id} = ${placeholder('sessionId')} and ${placeholder('seats')}::int > 0
  ), changed as (
    insert into ${outbox} (entity, entity_id)
    select change.entity, change."entityId" from jsonb_to_recordset(${placeholder('changes')}::jsonb) as change(entity text, "entityId" bigint)
  )
  select * from booking`);
