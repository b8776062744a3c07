import type { GradeBand, SchoolStage } from '../../kit/platform/vocabulary.js';
import { userError, type UserError } from '../../kit/graphql/errors.js';
import { FIRST_YEAR, isCalendarDate, LAST_YEAR } from '../../kit/graphql/scalars.js';
import type { OfferFacts } from './offers.js';
import type { BookingRow, SessionRow } from './rows.js';

/** The grade bands a school of each stage teaches. */
const bandsOfStage: Record<SchoolStage, readonly GradeBand[]> = {
  PRIMARY: ['PRIMARY_LOWER', 'PRIMARY_UPPER'],
  JUNIOR: ['JUNIOR'],
  SENIOR: ['SENIOR'],
  NINE_YEAR: ['PRIMARY_LOWER', 'PRIMARY_UPPER', 'JUNIOR'],
  COMPLETE: ['PRIMARY_LOWER', 'PRIMARY_UPPER', 'JUNIOR', 'SENIOR'],
};

const UNBOOKABLE_COMPLIANCE = new Set(['BLACKLISTED', 'SUSPENDED']);

/** The first rule a request breaks, checked in the order a coordinator would fix them. */
export function firstBroken(...checks: (() => UserError | null)[]): UserError | null {
  for (const check of checks) {
    const broken = check();
    if (broken) return broken;
  }
  return null;
}

export function groupIsValid(students: number, teachers: number): UserError | null {
  if (!Number.isInteger(students) || students < 1) return userError('INVALID_GROUP', 'A booking needs at least one student.', ['input', 'students']);
  if (!Number.isInteger(teachers) || teachers < 0) return userError('INVALID_GROUP', 'Teachers cannot be negative.', ['input', 'teachers']);
  return null;
}

/** Sessions take bookings until they start, unless cancelled. */
export function sessionIsOpen(session: SessionRow, now = new Date()): UserError | null {
  if (session.status === 'CANCELLED') return userError('SESSION_CLOSED', `This session was cancelled${session.cancelReason ? `: ${session.cancelReason}` : ''}.`, ['input', 'sessionId']);
  if (session.startsAt <= now) return userError('SESSION_CLOSED', 'This session has already started; choose a later one.', ['input', 'sessionId']);
  return null;
}

/** The programme or talk is published, and its venue may take schools. */
export function offerIsBookable(facts: OfferFacts | null, field: string[]): UserError | null {
  if (!facts || !facts.published) return userError('OFFER_NOT_AVAILABLE', 'This programme or talk is not published, so it cannot be booked.', field);
  if (facts.venueCompliance && UNBOOKABLE_COMPLIANCE.has(facts.venueCompliance)) {
    return userError('VENUE_NOT_BOOKABLE', `The venue is ${facts.venueCompliance.toLowerCase()} and may not take schools; choose another venue.`, field);
  }
  return null;
}

export function groupFits(facts: OfferFacts, participants: number): UserError | null {
  if (participants > facts.maxParticipants) {
    return userError('GROUP_TOO_LARGE', `At most ${facts.maxParticipants} participants (students and teachers) per booking; split the group over two sessions.`, ['input', 'students']);
  }
  if (participants < facts.minParticipants) {
    return userError('GROUP_TOO_SMALL', `At least ${facts.minParticipants} participants (students and teachers) per booking.`, ['input', 'students']);
  }
  return null;
}

export function gradeBandsMatch(facts: OfferFacts, stage: SchoolStage): UserError | null {
  if (facts.gradeBands.some((band) => bandsOfStage[stage].includes(band))) return null;
  return userError('GRADE_BAND_MISMATCH', `This is for ${facts.gradeBands.join(', ')}, which a ${stage} school does not teach.`, ['input', 'sessionId']);
}

export function capacityIsValid(capacity: number): UserError | null {
  return Number.isInteger(capacity) && capacity >= 1 ? null : userError('INVALID_CAPACITY', 'Capacity must be at least 1 participant.', ['input', 'capacity']);
}

/** Kept seats fit in the capacity and are released at most a year before the start. */
export function keptSeatsAreValid(input: { capacity: number; keptSeats?: number | null; releaseKeptSeatsDaysBefore?: number | null }): UserError | null {
  const kept = input.keptSeats ?? 0;
  const days = input.releaseKeptSeatsDaysBefore ?? 0;
  if (!Number.isInteger(kept) || kept < 0 || kept > input.capacity) return userError('INVALID_KEPT_SEATS', 'Keep between 0 seats and the whole capacity.', ['input', 'keptSeats']);
  if (!Number.isInteger(days) || days < 0 || days > 365) return userError('INVALID_KEPT_SEATS', 'Release kept seats 0 to 365 days before the start.', ['input', 'releaseKeptSeatsDaysBefore']);
  return null;
}

export function capacityHoldsSeats(capacity: number, session: SessionRow): UserError | null {
  if (capacity >= session.seatsHeld) return null;
  return userError('CAPACITY_BELOW_HELD', `Bookings already hold ${session.seatsHeld} seats; cancel or decline some before lowering capacity to ${capacity}.`, ['input', 'capacity']);
}

/** The longest a session may last (documented in the README). */
export const MAX_SESSION_DAYS = 14;

export function timesAreValid(startsAt: Date, endsAt: Date, now = new Date()): UserError | null {
  if (endsAt <= startsAt) return userError('INVALID_TIMES', 'The session must end after it starts.', ['input', 'endsAt']);
  if (endsAt.getTime() - startsAt.getTime() > MAX_SESSION_DAYS * 86_400_000) {
    return userError('INVALID_TIMES', `A session lasts at most ${MAX_SESSION_DAYS} days; schedule a longer study tour as several sessions.`, ['input', 'endsAt']);
  }
  if (startsAt <= now) return userError('INVALID_TIMES', 'A session must start in the future.', ['input', 'startsAt']);
  return null;
}

/** A booking's status changes only along the arrows of its life. */
const allowedFrom: Record<'CONFIRMED' | 'DECLINED' | 'CANCELLED' | 'ATTENDED' | 'NO_SHOW', readonly BookingRow['status'][]> = {
  CONFIRMED: ['REQUESTED'],
  DECLINED: ['REQUESTED', 'WAITLISTED'],
  CANCELLED: ['REQUESTED', 'CONFIRMED', 'WAITLISTED'],
  ATTENDED: ['CONFIRMED', 'NO_SHOW'],
  NO_SHOW: ['CONFIRMED', 'ATTENDED'],
};

export type BookingChange = keyof typeof allowedFrom;

export function transitionIsAllowed(booking: BookingRow, to: BookingChange): UserError | null {
  if (allowedFrom[to].includes(booking.status)) return null;
  return userError('INVALID_TRANSITION', `A ${booking.status} booking cannot become ${to}.`, ['id']);
}

/** Attendance is known only once the session has begun. */
export function sessionHasStarted(session: SessionRow, now = new Date()): UserError | null {
  return session.startsAt <= now ? null : userError('SESSION_NOT_STARTED', 'Attendance can be marked once the session has started.', ['id']);
}

/** Seats are promised until the session starts; after that only attendance changes. */
export function sessionNotStarted(session: SessionRow, now = new Date()): UserError | null {
  if (session.status === 'CANCELLED') return userError('SESSION_CLOSED', 'This session was cancelled.', ['id']);
  return session.startsAt > now ? null : userError('SESSION_CLOSED', 'This session has already started.', ['id']);
}

/** Pairing dates: calendar dates that exist, within the years Kepu takes, the end not before the start. */
export function datesAreValid(startsOn: string, endsOn: string | null | undefined, field: string[]): UserError | null {
  const fields = { startsOn: [...field.slice(0, -1), 'startsOn'], endsOn: field };
  for (const [name, date] of [['startsOn', startsOn], ['endsOn', endsOn]] as const) {
    if (date != null && !isCalendarDate(date)) {
      return userError('INVALID_DATES', `"${date.slice(0, 20)}" is not a date like 2026-09-01 between ${FIRST_YEAR} and ${LAST_YEAR}.`, fields[name]);
    }
  }
  if (endsOn != null && endsOn < startsOn) return userError('INVALID_DATES', 'A pairing cannot end before it starts.', field);
  return null;
}

/** A coverage target is a share above 0 and at most 100 %, due today or later. */
export function targetIsValid(target: { percent: number; dueOn: string }, today: string): UserError | null {
  if (!(target.percent > 0 && target.percent <= 100)) return userError('INVALID_PERCENT', 'A target is a percentage of schools above 0 and at most 100.', ['input', 'percent']);
  const invalid = datesAreValid(target.dueOn, null, ['input', 'dueOn']);
  if (invalid) return invalid;
  if (target.dueOn < today) return userError('DEADLINE_IN_PAST', `A target is due today (${today}) or later.`, ['input', 'dueOn']);
  return null;
}
