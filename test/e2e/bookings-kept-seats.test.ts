import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { System } from '../../gateway/system.js';
import { graphql, startTestSystem } from '../support/system.js';
import { releaseKeptSeats } from '../../subgraphs/bookings/main.js';
import {
  asAdmin, asSchool, asVenue, programmeForEveryone, REQUEST_BOOKING, rowId, scheduleSession, sessionLedger, snapshot, type BookableProgramme,
} from '../support/bookings.js';

/**
 * Seats kept for rural and under-resourced schools, as callers see them through the gateway: the
 * numbers every caller reads (anonymous or signed in, ordinary or priority school) are the numbers
 * booking then applies; a venue changes what it keeps after scheduling, and the waitlist moves up
 * into seats that frees.
 */
let system: System;
let programme: BookableProgramme;
let priority: string[];
let ordinary: string[];

const SEATS = `query($id: ID!) { session(id: $id) { seatsLeft keptSeats prioritySeatsLeft keptSeatsInAll releaseKeptSeatsDaysBefore priorityWaitlist } }`;
const UPDATE = `mutation($input: UpdateSessionInput!) {
  updateSession(input: $input) { session { id capacity seatsLeft keptSeats prioritySeatsLeft keptSeatsInAll releaseKeptSeatsDaysBefore priorityWaitlist } userErrors { field code message } } }`;

beforeAll(async () => {
  system = await startTestSystem();
  programme = await programmeForEveryone(system);
  const rows = await system.databases.bookings.db.execute<{ id: number; priority: boolean }>(sql`
    select id::int as id, (rural or under_resourced) as priority from bookings.schools order by id`);
  priority = rows.filter((row) => row.priority).map((row) => `sch_${row.id}`);
  ordinary = rows.filter((row) => !row.priority).map((row) => `sch_${row.id}`);
});
afterAll(() => system?.stop());

interface Seats { seatsLeft: number; keptSeats: number; prioritySeatsLeft: number }

/** The session's seats as an anonymous caller and as `schoolId` read them: always the same. */
async function seatsSeenBy(sessionId: string, schoolId: string): Promise<Seats> {
  const [anonymous, signedIn] = await Promise.all([
    graphql(system.url, SEATS, { id: sessionId }),
    graphql(system.url, SEATS, { id: sessionId }, await asSchool(schoolId)),
  ]);
  expect(anonymous.errors).toBeUndefined();
  expect(signedIn.data.session).toEqual(anonymous.data.session);
  const { seatsLeft, keptSeats, prioritySeatsLeft } = anonymous.data.session;
  return { seatsLeft, keptSeats, prioritySeatsLeft };
}

/** The seats worked out here from the raw rows, for a session nobody waits on. */
async function seatsFromRows(sessionId: string): Promise<{ free: number; keptFree: number }> {
  const [row] = await system.databases.bookings.db.execute<{ capacity: number; held: number; priority_held: number; kept: number }>(sql`
    select s.capacity, s.kept_seats as kept,
      coalesce(sum(b.students + b.teachers) filter (where b.status in ('REQUESTED', 'CONFIRMED')), 0)::int as held,
      coalesce(sum(b.students + b.teachers) filter (where b.status in ('REQUESTED', 'CONFIRMED') and (sc.rural or sc.under_resourced)), 0)::int as priority_held
    from bookings.sessions s left join bookings.bookings b on b.session_id = s.id left join bookings.schools sc on sc.id = b.school_id
    where s.id = ${rowId(sessionId)} group by s.id`);
  const free = row!.capacity - row!.held;
  return { free, keptFree: Math.max(0, Math.min(row!.kept - row!.priority_held, free)) };
}

async function book(sessionId: string, schoolId: string, participants: number) {
  const answer = await graphql(system.url, REQUEST_BOOKING, { input: { sessionId, schoolId, students: Math.max(1, participants - 1), teachers: participants > 1 ? 1 : 0 } }, await asSchool(schoolId));
  expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
  expect(answer.data.requestBooking.userErrors).toEqual([]);
  return answer.data.requestBooking.booking.status as string;
}

/** Programme sessions listed by each seat filter, as anonymous callers and schools' pages ask. */
async function listedSessions(from: string, to: string): Promise<{ open: string[]; priority: string[] }> {
  const answer = await graphql(system.url, `query($id: ID!, $from: DateTime!, $to: DateTime!) { programme(id: $id) {
    open: sessions(filter: { from: $from, to: $to, openOnly: true }) { edges { node { id } } }
    priority: sessions(filter: { from: $from, to: $to, priorityOpenOnly: true }) { edges { node { id } } } } }`, { id: programme.id, from, to });
  expect(answer.errors).toBeUndefined();
  const ids = (list: any) => list.edges.map((edge: any) => edge.node.id);
  return { open: ids(answer.data.programme.open), priority: ids(answer.data.programme.priority) };
}

describe('the seats a school sees are the seats it can book', () => {
  it.each([false, true])('with priorityWaitlist %s, each request is booked exactly when it fits in the seats its school was shown', async (priorityWaitlist) => {
    const capacity = 24;
    const kept = 10;
    const session = await scheduleSession(system, programme.id, { capacity, daysAhead: 30 + Number(priorityWaitlist), kept: { keptSeats: kept, releaseKeptSeatsDaysBefore: 3, priorityWaitlist } });
    const fresh = await seatsSeenBy(session.id, ordinary[0]!);
    expect(fresh).toEqual({ seatsLeft: capacity - kept, keptSeats: kept, prioritySeatsLeft: capacity });

    const size = Math.max(programme.min, 6);
    const steps: [string, number][] = [
      [ordinary[1]!, size], [priority[0]!, size], [ordinary[2]!, size], [ordinary[3]!, size], [priority[1]!, size],
      [ordinary[4]!, programme.min], [priority[2]!, programme.min], [priority[3]!, size], [ordinary[5]!, programme.min],
    ];
    let waited = false;
    for (const [schoolId, participants] of steps) {
      const shown = await seatsSeenBy(session.id, schoolId);
      if (!waited) {
        const rows = await seatsFromRows(session.id);
        expect(shown).toEqual({ seatsLeft: rows.free - rows.keptFree, keptSeats: rows.keptFree, prioritySeatsLeft: rows.free });
      }
      const mine = priority.includes(schoolId) ? shown.prioritySeatsLeft : shown.seatsLeft;
      const status = await book(session.id, schoolId, participants);
      expect(status, `${schoolId} (${participants}) was shown ${JSON.stringify(shown)}`).toBe(participants <= mine ? 'CONFIRMED' : 'WAITLISTED');
      waited ||= status === 'WAITLISTED';
    }
    expect(waited).toBe(true);
    const ledger = await sessionLedger(system, session.id);
    expect(ledger.seatsHeld).toBe(ledger.held);
    expect(ledger.held).toBeLessThanOrEqual(capacity);
  });

  it('lists a session whose free seats are all kept only for rural and under-resourced schools, and search finds dates with seats any school may book', async () => {
    const session = await scheduleSession(system, programme.id, { capacity: 12, daysAhead: 400, kept: { keptSeats: 6, releaseKeptSeatsDaysBefore: 3 } });
    const from = new Date(Date.parse(session.startsAt) - 3600_000).toISOString();
    const to = new Date(Date.parse(session.startsAt) + 3600_000).toISOString();
    expect(await listedSessions(from, to)).toEqual({ open: [session.id], priority: [session.id] });
    expect(await book(session.id, ordinary[6]!, 6)).toBe('CONFIRMED');
    expect(await seatsSeenBy(session.id, ordinary[6]!)).toEqual({ seatsLeft: 0, keptSeats: 6, prioritySeatsLeft: 6 });
    expect(await listedSessions(from, to)).toEqual({ open: [], priority: [session.id] });
    await expect.poll(() => searchFinds(from, to), { timeout: 10_000 }).toBe(false);
    expect(await book(session.id, priority[4]!, 6)).toBe('CONFIRMED');
    expect(await listedSessions(from, to)).toEqual({ open: [], priority: [] });
  });

  it('offers no seats in a session that has started, as booking refuses it', async () => {
    const session = await scheduleSession(system, programme.id, { capacity: 30, daysAhead: 35, kept: { keptSeats: 5, releaseKeptSeatsDaysBefore: 1 } });
    const startedAt = new Date(Date.now() - 60_000);
    await system.databases.bookings.db.execute(sql`update bookings.sessions set starts_at = ${startedAt.toISOString()}::timestamptz, ends_at = ${startedAt.toISOString()}::timestamptz + interval '2 hours' where id = ${rowId(session.id)}`);
    expect(await seatsSeenBy(session.id, ordinary[20]!)).toEqual({ seatsLeft: 0, keptSeats: 0, prioritySeatsLeft: 0 });
    const from = new Date(startedAt.getTime() - 3600_000).toISOString();
    expect(await listedSessions(from, new Date(Date.now() + 3600_000).toISOString())).toEqual({ open: [], priority: [] });
    const refused = await graphql(system.url, REQUEST_BOOKING, { input: { sessionId: session.id, schoolId: ordinary[20], students: programme.min, teachers: 1 } }, await asSchool(ordinary[20]!));
    expect(refused.data.requestBooking.userErrors.map((error: any) => error.code)).toEqual(['SESSION_CLOSED']);
  });
});

async function searchFinds(from: string, to: string): Promise<boolean> {
  const answer = await graphql(system.url, `query($from: DateTime!, $to: DateTime!) {
    search(filter: { types: [PROGRAMME], openBetween: { from: $from, to: $to } }, first: 100) { hits { item { ... on Programme { id } } } } }`, { from, to });
  expect(answer.errors).toBeUndefined();
  return answer.data.search.hits.some((hit: any) => hit.item.id === programme.id);
}

describe('changing the seats a session keeps', () => {
  async function update(input: Record<string, unknown>, headers?: Record<string, string>) {
    const answer = await graphql(system.url, UPDATE, { input }, headers ?? (await asVenue(programme.venueId)));
    expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
    return answer.data.updateSession;
  }

  /** A session of 20 seats keeping 10, its 10 open seats taken and three other schools waiting. */
  async function fullSession(daysAhead: number) {
    const session = await scheduleSession(system, programme.id, { capacity: 20, daysAhead, kept: { keptSeats: 10, releaseKeptSeatsDaysBefore: 3 } });
    const size = Math.max(programme.min, 5);
    expect(await book(session.id, ordinary[10]!, 10)).toBe('CONFIRMED');
    for (const schoolId of ordinary.slice(12, 15)) expect(await book(session.id, schoolId, size)).toBe('WAITLISTED');
    return { session, size };
  }

  it.each([
    ['fewer kept seats', { keptSeats: 0 }],
    ['kept seats released sooner', { releaseKeptSeatsDaysBefore: 60 }],
  ])('%s move the waitlist up into the freed seats in arrival order', async (_, change) => {
    const { session } = await fullSession(20);
    const before = await sessionLedger(system, session.id);
    const waitlist = before.bookings.filter((booking) => booking.status === 'WAITLISTED');
    const answer = await update({ id: session.id, ...change });
    expect(answer.userErrors).toEqual([]);
    expect(answer.session.keptSeats).toBe(0);
    const after = await sessionLedger(system, session.id);
    expect(after.seatsHeld).toBe(after.held);
    expect(after.held).toBeLessThanOrEqual(20);
    const promoted = after.bookings.filter((booking) => booking.status === 'CONFIRMED' && waitlist.some((waiting) => waiting.id === booking.id)).map((booking) => booking.id);
    expect(promoted).toEqual(waitlist.slice(0, promoted.length).map((booking) => booking.id));
    expect(promoted.length).toBeGreaterThan(0);
    const next = waitlist[promoted.length];
    if (next) expect(after.held + next.participants).toBeGreaterThan(20);
    // The release job later finds nothing left to do for this session.
    expect(await releaseKeptSeats(system.databases.bookings.db, new Date(Date.parse(session.startsAt) - 86400_000))).toBeGreaterThanOrEqual(0);
    expect(await sessionLedger(system, session.id)).toEqual(after);
  });

  it('keeps more seats, or keeps them longer, with the same rules as scheduling', async () => {
    const session = await scheduleSession(system, programme.id, { capacity: 20, daysAhead: 25 });
    const answer = await update({ id: session.id, keptSeats: 8, releaseKeptSeatsDaysBefore: 5, priorityWaitlist: true });
    expect(answer.userErrors).toEqual([]);
    expect(answer.session).toMatchObject({ seatsLeft: 12, keptSeats: 8, prioritySeatsLeft: 20, keptSeatsInAll: 8, releaseKeptSeatsDaysBefore: 5, priorityWaitlist: true });
    expect(await book(session.id, ordinary[20]!, 12)).toBe('CONFIRMED');
    expect(await seatsSeenBy(session.id, ordinary[21]!)).toEqual({ seatsLeft: 0, keptSeats: 8, prioritySeatsLeft: 8 });
    expect(await book(session.id, ordinary[21]!, programme.min)).toBe('WAITLISTED');
  });

  it.each([
    ['more kept seats than the capacity', { keptSeats: 21 }, 'keptSeats'],
    ['negative kept seats', { keptSeats: -1 }, 'keptSeats'],
    ['a capacity below the kept seats', { capacity: 5 }, 'keptSeats'],
    ['a release more than a year ahead', { releaseKeptSeatsDaysBefore: 366 }, 'releaseKeptSeatsDaysBefore'],
    ['a negative release', { releaseKeptSeatsDaysBefore: -2 }, 'releaseKeptSeatsDaysBefore'],
  ])('refuses %s at its field with INVALID_KEPT_SEATS and changes nothing', async (_, change, field) => {
    const session = await scheduleSession(system, programme.id, { capacity: 20, daysAhead: 22, kept: { keptSeats: 10, releaseKeptSeatsDaysBefore: 3 } });
    const before = await snapshot(system, session.id);
    const seats = await graphql(system.url, SEATS, { id: session.id });
    const answer = await update({ id: session.id, priorityWaitlist: true, ...change });
    expect(answer.session).toBeNull();
    expect(answer.userErrors).toEqual([expect.objectContaining({ code: 'INVALID_KEPT_SEATS', field: ['input', field] })]);
    expect(await snapshot(system, session.id)).toEqual(before);
    expect(await graphql(system.url, SEATS, { id: session.id })).toEqual(seats);
  });

  it('lets only the venue running the session change it', async () => {
    const session = await scheduleSession(system, programme.id, { capacity: 20, daysAhead: 23, kept: { keptSeats: 4 } });
    const answer = await graphql(system.url, UPDATE, { input: { id: session.id, keptSeats: 0 } }, await asSchool(ordinary[0]!));
    expect(answer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await graphql(system.url, SEATS, { id: session.id })).data.session.keptSeatsInAll).toBe(4);
    expect((await update({ id: session.id, keptSeats: 0 }, await asAdmin())).userErrors).toEqual([]);
  });
});
