import { sql } from 'drizzle-orm';
import type { System } from '../../gateway/system.js';
import { signedIn } from './bearer.js';
import { graphql } from './system.js';

export const BOOKING_FIELDS = 'id status students teachers participants note createdAt school { id } session { id seatsLeft } history { from to actor reason }';

export const REQUEST_BOOKING = /* GraphQL */ `
  mutation($input: RequestBookingInput!) {
    requestBooking(input: $input) { booking { ${BOOKING_FIELDS} } userErrors { field code message } }
  }`;

export const SCHEDULE_SESSION = /* GraphQL */ `
  mutation($input: ScheduleSessionInput!) {
    scheduleSession(input: $input) { session { id capacity seatsLeft confirmation waitlist timeZone startsAt venue { id } } userErrors { code message field } }
  }`;

export const asAdmin = () => signedIn({ role: 'admin' });
export const asSchool = (schoolId: string) => signedIn({ role: 'school', schoolId }, `coordinator-${schoolId}`);
export const asVenue = (venueId: string) => signedIn({ role: 'venue', venueId }, `manager-${venueId}`);

export interface BookableProgramme {
  id: string;
  venueId: string;
  min: number;
  max: number;
  gradeBands: string[];
}

/** A published programme at a bookable venue, for every school stage, that takes small groups. */
export async function programmeForEveryone(system: System): Promise<BookableProgramme> {
  const answer = await graphql(system.url, `{ programmes(first: 100) { edges { node { id gradeBands groupSize { min max } venue { id complianceStatus } } } } }`);
  const node = answer.data.programmes.edges.map((edge: any) => edge.node).find((programme: any) =>
    programme.venue && ['WHITELISTED', 'UNDER_RECTIFICATION'].includes(programme.venue.complianceStatus)
    && programme.gradeBands.includes('JUNIOR') && programme.gradeBands.includes('SENIOR')
    && programme.gradeBands.some((band: string) => band.startsWith('PRIMARY')) && programme.groupSize.min <= 6 && programme.groupSize.max >= 12);
  if (!node) throw new Error('The demo catalogue has no programme for every stage that takes small groups.');
  return { id: node.id, venueId: node.venue.id, min: node.groupSize.min, max: node.groupSize.max, gradeBands: node.gradeBands };
}

/** Schedules a session of `programmeId` as an administrator, starting `daysAhead` days from now. */
export interface KeptSeatsInput {
  keptSeats?: number;
  releaseKeptSeatsDaysBefore?: number;
  priorityWaitlist?: boolean;
}

export async function scheduleSession(system: System, programmeId: string, options: { capacity: number; confirmation?: 'AUTOMATIC' | 'APPROVAL'; waitlist?: boolean; daysAhead?: number; kept?: KeptSeatsInput }) {
  const startsAt = new Date(Date.now() + (options.daysAhead ?? 7) * 86400_000);
  const answer = await graphql(system.url, SCHEDULE_SESSION, {
    input: {
      programmeId, startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 2 * 3600_000).toISOString(),
      capacity: options.capacity, confirmation: options.confirmation ?? 'AUTOMATIC', waitlist: options.waitlist ?? true, ...options.kept,
    },
  }, await asAdmin());
  if (answer.errors || answer.data.scheduleSession.userErrors.length) throw new Error(`scheduleSession failed: ${JSON.stringify(answer)}`);
  return answer.data.scheduleSession.session as { id: string; capacity: number; seatsLeft: number; timeZone: string; startsAt: string };
}

/** Public school ids, `count` of them, in id order. */
export async function schoolIds(system: System, count: number): Promise<string[]> {
  const rows = await system.databases.bookings.db.execute<{ id: number }>(sql`select id::int as id from bookings.schools order by id limit ${count}`);
  return rows.map((row) => `sch_${row.id}`);
}

export function rowId(publicId: string): number {
  return Number(publicId.split('_')[1]);
}

/** Row counts of every bookings table and the session's seats, to show a refused request wrote nothing. */
export async function snapshot(system: System, sessionId?: string) {
  const [counts] = await system.databases.bookings.db.execute<Record<string, string>>(sql`
    select (select count(*) from bookings.bookings) as bookings, (select count(*) from bookings.booking_events) as events,
           (select count(*) from bookings.sessions) as sessions, (select count(*) from bookings.pairings) as pairings,
           (select count(*) from bookings.outbox) as outbox,
           (select max(updated_at)::text from bookings.bookings) as last_update,
           (select coalesce(sum(seats_held), 0) from bookings.sessions) as seats`);
  const seats = sessionId
    ? (await system.databases.bookings.db.execute<{ seats_held: number; status: string; capacity: number }>(sql`select seats_held, status, capacity from bookings.sessions where id = ${rowId(sessionId)}`))[0]
    : null;
  return { ...counts, session: seats };
}

/** A session's bookings as stored, in id order, and the seats its REQUESTED and CONFIRMED bookings add up to. */
export async function sessionLedger(system: System, sessionId: string) {
  const bookings = await system.databases.bookings.db.execute<{ id: number; status: string; participants: number; created_at: Date }>(sql`
    select id::int as id, status, students + teachers as participants, created_at from bookings.bookings where session_id = ${rowId(sessionId)} order by id`);
  const [session] = await system.databases.bookings.db.execute<{ seats_held: number; capacity: number }>(sql`select seats_held, capacity from bookings.sessions where id = ${rowId(sessionId)}`);
  const held = bookings.filter((booking) => booking.status === 'REQUESTED' || booking.status === 'CONFIRMED').reduce((sum, booking) => sum + booking.participants, 0);
  return { bookings, seatsHeld: session!.seats_held, capacity: session!.capacity, held };
}
