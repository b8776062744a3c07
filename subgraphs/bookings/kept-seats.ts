import type { SessionRow } from './rows.js';

/**
 * Seats a venue keeps for rural and under-resourced ("priority") schools until some days before a
 * session starts. Other schools may take only the open seats: those neither held nor still kept. A
 * priority school may take any seat. These rules are pure; the ledger applies them under the
 * session's row lock, so they see every seat change in the order it commits.
 */
export interface SeatState {
  capacity: number;
  held: number;
  /** Kept seats still unfilled by priority schools: never more than the seats not held. */
  kept: number;
}

export interface Waiting {
  id: number;
  participants: number;
  priority: boolean;
}

const DAY = 86400_000;

/** When the seats kept are handed back to every school. */
export function keptUntil(session: Pick<SessionRow, 'startsAt' | 'keepDays'>): Date {
  return new Date(session.startsAt.getTime() - session.keepDays * DAY);
}

export function keepsSeats(session: Pick<SessionRow, 'keptSeats' | 'startsAt' | 'keepDays'>, now: Date): boolean {
  return session.keptSeats > 0 && now < keptUntil(session);
}

/** The session's seats as they stand, given what priority schools hold of them. */
export function seatState(session: SessionRow, priorityHeld: number, now: Date): SeatState {
  const free = session.capacity - session.seatsHeld;
  const kept = keepsSeats(session, now) ? Math.max(0, Math.min(session.keptSeats - priorityHeld, free)) : 0;
  return { capacity: session.capacity, held: session.seatsHeld, kept };
}

export function openSeats(seats: SeatState): number {
  return seats.capacity - seats.held - seats.kept;
}

/**
 * The seats a new request may take now. Anyone waiting ahead of it gets seats first: for another
 * school, anyone on the waitlist; for a priority school, a waiting priority school, or, unless the
 * venue puts priority schools first, any waiting school for the open seats (the kept ones stay its).
 */
export function roomFor(seats: SeatState, priority: boolean, queue: { waiting: boolean; priorityWaiting: boolean }, priorityFirst: boolean): number {
  if (!priority) return queue.waiting ? 0 : openSeats(seats);
  if (queue.priorityWaiting) return 0;
  return queue.waiting && !priorityFirst ? seats.kept : seats.capacity - seats.held;
}

/** Who holds and who waits on a session: what, besides its row, decides the seats each school may take. */
export interface SeatQueue {
  /** Seats held by rural and under-resourced schools' REQUESTED and CONFIRMED bookings. */
  priorityHeld: number;
  waiting: boolean;
  priorityWaiting: boolean;
}

export interface SeatsOnOffer {
  /** Seats any school may book now. */
  open: number;
  /** Kept seats still unfilled by priority schools. */
  kept: number;
  /** Seats a priority school may book now. */
  forPriority: number;
}

/**
 * What every caller is told a session offers: the room `roomFor` gives a new request of each kind
 * of school, so the numbers shown are the numbers booking applies.
 */
export function seatsOnOffer(session: SessionRow, queue: SeatQueue, now: Date): SeatsOnOffer {
  if (session.status === 'CANCELLED' || session.startsAt <= now) return { open: 0, kept: 0, forPriority: 0 };
  const seats = seatState(session, queue.priorityHeld, now);
  return {
    open: Math.max(0, roomFor(seats, false, queue, session.priorityWaitlist)),
    kept: seats.kept,
    forPriority: Math.max(0, roomFor(seats, true, queue, session.priorityWaitlist)),
  };
}

/**
 * Who moves up from the waitlist into the seats now free, in waitlist order (priority schools first
 * where the venue chose it, arrival order within each). A booking that does not fit stops those
 * behind it that would compete for the same seats: a priority school stops everyone; another school
 * stops other schools and leaves priority schools behind it only the kept seats.
 */
export function promotions(seats: SeatState, waiting: Waiting[], priorityFirst: boolean): { promoted: number[]; held: number } {
  const order = priorityFirst ? [...waiting].sort((a, b) => Number(b.priority) - Number(a.priority) || a.id - b.id) : [...waiting].sort((a, b) => a.id - b.id);
  let { held, kept } = seats;
  let openBlocked = false;
  const promoted: number[] = [];
  for (const booking of order) {
    const open = seats.capacity - held - kept;
    if (booking.priority) {
      if (booking.participants > kept + (openBlocked ? 0 : open)) break;
      kept -= Math.min(kept, booking.participants);
    } else {
      if (openBlocked) continue;
      if (booking.participants > open) {
        openBlocked = true;
        continue;
      }
    }
    held += booking.participants;
    promoted.push(booking.id);
  }
  return { promoted, held };
}
