import { sql, type SQL } from 'drizzle-orm';
import type { BookingStatus } from '../../kit/platform/vocabulary.js';
import { bookings, schools, sessions } from './tables.js';

/** The statuses whose bookings hold their seats. */
export const HOLDING: readonly BookingStatus[] = ['REQUESTED', 'CONFIRMED'];

/** Rural and under-resourced schools: those seats are kept for and, where the venue chooses, the waitlist puts first. */
export const PRIORITY_SCHOOL = sql<boolean>`(${schools.rural} or ${schools.underResourced})`;

/**
 * The same seat rules as `seatsOnOffer` (kept-seats.ts), written as conditions on a sessions row so
 * lists can be filtered by them in PostgreSQL: `open` for sessions any school may book now,
 * `forPriority` for those a rural or under-resourced school may book now.
 */
export function seatsOnOfferConditions(now: Date): { open: SQL; forPriority: SQL } {
  const at = sql`${now.toISOString()}::timestamptz`;
  const free = sql`(${sessions.capacity} - ${sessions.seatsHeld})`;
  const priorityHeld = sql`(select coalesce(sum(b.students + b.teachers), 0) from ${bookings} b join ${schools} s on s.id = b.school_id
    where b.session_id = ${sessions.id} and b.status in ('REQUESTED', 'CONFIRMED') and (s.rural or s.under_resourced))`;
  const kept = sql`(case when ${sessions.keptSeats} > 0 and ${at} < ${sessions.startsAt} - ${sessions.keepDays} * interval '1 day'
    then greatest(0, least(${sessions.keptSeats} - ${priorityHeld}, ${free})) else 0 end)`;
  const waiting = sql`exists (select 1 from ${bookings} b where b.session_id = ${sessions.id} and b.status = 'WAITLISTED')`;
  const priorityWaiting = sql`exists (select 1 from ${bookings} b join ${schools} s on s.id = b.school_id
    where b.session_id = ${sessions.id} and b.status = 'WAITLISTED' and (s.rural or s.under_resourced))`;
  const bookable = sql`${sessions.status} = 'SCHEDULED' and ${sessions.startsAt} > ${at}`;
  return {
    open: sql`(${bookable} and not ${waiting} and ${free} - ${kept} > 0)`,
    forPriority: sql`(${bookable} and not ${priorityWaiting}
      and (case when ${waiting} and not ${sessions.priorityWaitlist} then ${kept} else ${free} end) > 0)`,
  };
}

/** Per session: seats priority schools hold, and whether anyone (a priority school) waits. */
export function seatQueueColumns() {
  return {
    sessionId: bookings.sessionId,
    priorityHeld: sql<number>`coalesce(sum(${bookings.students} + ${bookings.teachers}) filter (where ${bookings.status} in ('REQUESTED', 'CONFIRMED') and ${PRIORITY_SCHOOL}), 0)`.mapWith(Number),
    waiting: sql<boolean>`coalesce(bool_or(${bookings.status} = 'WAITLISTED'), false)`,
    priorityWaiting: sql<boolean>`coalesce(bool_or(${bookings.status} = 'WAITLISTED' and ${PRIORITY_SCHOOL}), false)`,
  };
}
