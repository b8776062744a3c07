import { inArray, sql } from 'drizzle-orm';
import { statement } from '../../kit/database/statements.js';
import { bookingEvents, bookings, outbox, schools, sessions } from './tables.js';
import { PRIORITY_SCHOOL, seatQueueColumns } from './seat-queries.js';

/**
 * The statements of a booking request, compiled once: it is the busiest write, and building them
 * on every request cost more than running them. Placeholders take a `BookingRequest`'s fields.
 */
const placeholder = sql.placeholder;

const queue = seatQueueColumns();

export const LOCK_SESSION = statement(sql`select * from ${sessions} where ${sessions.id} = ${placeholder('sessionId')} for update`);

/** Whether the school already holds or waits for a seat, and the session's `SeatQueue` (kept-seats.ts). */
export const SEAT_QUEUE = statement(sql`
  select coalesce(bool_or(${bookings.schoolId} = ${placeholder('schoolId')}), false) as booked,
    ${queue.waiting} as waiting, ${queue.priorityWaiting} as "priorityWaiting", ${queue.priorityHeld}::int as "priorityHeld"
  from ${bookings} join ${schools} on ${schools.id} = ${bookings.schoolId}
  where ${bookings.sessionId} = ${placeholder('sessionId')} and ${inArray(bookings.status, ['REQUESTED', 'CONFIRMED', 'WAITLISTED'])}`);

export const SCHOOL_PRIORITY = statement(sql`select ${PRIORITY_SCHOOL} as priority from ${schools} where ${schools.id} = ${placeholder('schoolId')}`);

export const BOOKING_BY_KEY = statement(sql`
  select * from ${bookings} where ${bookings.schoolId} = ${placeholder('schoolId')} and ${bookings.idempotencyKey} = ${placeholder('idempotencyKey')}`);

export const INSERT_BOOKING = statement(sql`
  insert into ${bookings} (session_id, school_id, students, teachers, status, note, idempotency_key, request_fingerprint, created_at, updated_at)
  values (${placeholder('sessionId')}, ${placeholder('schoolId')}, ${placeholder('students')}, ${placeholder('teachers')}, ${placeholder('status')},
    ${placeholder('note')}, ${placeholder('idempotencyKey')}, ${placeholder('fingerprint')}, clock_timestamp(), clock_timestamp())
  returning *`);

/** The booking's first events, in order, from a JSON array of `{ from_status, to_status, actor, reason }`. */
export const WRITE_EVENTS = statement(sql`
  insert into ${bookingEvents} (booking_id, from_status, to_status, actor, reason, at)
  select ${placeholder('bookingId')}::bigint, event.from_status, event.to_status, event.actor, event.reason, clock_timestamp()
  from jsonb_to_recordset(${placeholder('events')}::jsonb)
    as event(from_status bookings.booking_status, to_status bookings.booking_status, actor text, reason text)`);

export const HOLD_SEATS = statement(sql`
  update ${sessions} set seats_held = ${sessions.seatsHeld} + ${placeholder('seats')} where ${sessions.id} = ${placeholder('sessionId')}`);

export const RECORD_CHANGE = statement(sql`insert into ${outbox} (entity, entity_id) values (${placeholder('entity')}, ${placeholder('entityId')})`);
