import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSystem, type System } from '../../gateway/system.js';
import { createTestDatabase } from '../support/databases.js';
import { graphql } from '../support/system.js';
import { asAdmin, asSchool, programmeForEveryone, REQUEST_BOOKING, rowId, scheduleSession, schoolIds, sessionLedger, type BookableProgramme } from '../support/bookings.js';

/**
 * Two whole systems (gateway, subgraphs, connection pools) over one database, as two deployments'
 * processes would be: whatever keeps a session from being overbooked must live in PostgreSQL.
 */
let systems: System[];
let programme: BookableProgramme;
let schools: string[];
let tokens: Map<string, Record<string, string>>;
const CAPACITY = 30;
const REQUESTS = 200;

beforeAll(async () => {
  const databaseUrl = await createTestDatabase('demo');
  systems = [await startSystem({ port: 0, databaseUrl }), await startSystem({ port: 0, databaseUrl })];
  programme = await programmeForEveryone(systems[0]!);
  schools = await schoolIds(systems[0]!, REQUESTS);
  expect(schools).toHaveLength(REQUESTS);
  tokens = new Map(await Promise.all(schools.map(async (school) => [school, await asSchool(school)] as const)));
});
afterAll(async () => {
  for (const system of systems ?? []) await system.stop();
});

/** Participants vary from request to request, within what the programme allows. */
function groupOf(index: number) {
  const students = Math.max(1, programme.min - 1) + (index % 3);
  return { students: Math.min(students, programme.max - 1), teachers: 1 };
}

/** Fires one request per school at once, spread over the given systems; returns each school's one answer. */
async function rush(sessionId: string, over: System[]) {
  return Promise.all(schools.map(async (school, index) => {
    const system = over[index % over.length]!;
    const answer = await graphql(system.url, REQUEST_BOOKING, { input: { sessionId, schoolId: school, ...groupOf(index) } }, tokens.get(school));
    return { school, answer };
  }));
}

/** While `during` runs, keeps checking that the seats held by bookings never pass capacity. */
async function watchingCapacity<T>(sessionId: string, during: () => Promise<T>): Promise<{ result: T; mostHeld: number }> {
  const db = systems[0]!.databases.bookings.db;
  let running = true;
  let mostHeld = 0;
  const watcher = (async () => {
    while (running) {
      const [row] = await db.execute<{ held: number }>(sql`select coalesce(sum(students + teachers), 0)::int as held from bookings.bookings where session_id = ${rowId(sessionId)} and status in ('REQUESTED', 'CONFIRMED')`);
      mostHeld = Math.max(mostHeld, row!.held);
    }
  })();
  try {
    return { result: await during(), mostHeld };
  } finally {
    running = false;
    await watcher;
  }
}

function expectArrivalOrder(bookings: { id: number; status: string; created_at: Date }[]) {
  const firstWaiting = bookings.findIndex((booking) => booking.status === 'WAITLISTED');
  expect(firstWaiting).toBeGreaterThan(0);
  expect(bookings.slice(firstWaiting).every((booking) => booking.status === 'WAITLISTED')).toBe(true);
  const created = bookings.map((booking) => new Date(booking.created_at).getTime());
  expect(created).toEqual([...created].sort((a, b) => a - b));
}

describe.each([
  ['one system', () => systems.slice(0, 1)],
  ['two systems over one database', () => systems],
])('%s: 200 schools at once for 30 seats', (_, over) => {
  it('never overbooks, answers every request once, and waitlists in order of arrival; cancellations promote in that order', async () => {
    const session = await scheduleSession(systems[0]!, programme.id, { capacity: CAPACITY });
    const { result: answers, mostHeld } = await watchingCapacity(session.id, () => rush(session.id, over()));

    expect(mostHeld).toBeLessThanOrEqual(CAPACITY);
    for (const { answer } of answers) {
      expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
      expect(answer.data.requestBooking.userErrors).toEqual([]);
      expect(['CONFIRMED', 'WAITLISTED']).toContain(answer.data.requestBooking.booking.status);
    }
    const answered = new Set(answers.map(({ answer }) => answer.data.requestBooking.booking.id));
    expect(answered.size).toBe(REQUESTS);

    const ledger = await sessionLedger(systems[0]!, session.id);
    expect(ledger.bookings).toHaveLength(REQUESTS);
    expect(new Set(ledger.bookings.map((booking) => `bkg_${booking.id}`))).toEqual(answered);
    expect(ledger.held).toBeLessThanOrEqual(CAPACITY);
    expect(ledger.seatsHeld).toBe(ledger.held);
    for (const { answer } of answers) {
      const stored = ledger.bookings.find((booking) => `bkg_${booking.id}` === answer.data.requestBooking.booking.id)!;
      expect(stored.status).toBe(answer.data.requestBooking.booking.status);
    }
    expectArrivalOrder(ledger.bookings);
    const waitlist = ledger.bookings.filter((booking) => booking.status === 'WAITLISTED');

    const confirmed = ledger.bookings.filter((booking) => booking.status === 'CONFIRMED');
    const { mostHeld: mostHeldWhileCancelling } = await watchingCapacity(session.id, () => Promise.all(confirmed.map(async (booking, index) => {
      const school = answers.find(({ answer }) => answer.data.requestBooking.booking.id === `bkg_${booking.id}`)!.school;
      const system = over()[index % over().length]!;
      const cancelled = await graphql(system.url, `mutation($id: ID!) { cancelBooking(id: $id) { booking { status } userErrors { code } } }`, { id: `bkg_${booking.id}` }, tokens.get(school));
      expect(cancelled.data.cancelBooking).toEqual({ booking: { status: 'CANCELLED' }, userErrors: [] });
    })));

    expect(mostHeldWhileCancelling).toBeLessThanOrEqual(CAPACITY);
    const after = await sessionLedger(systems[0]!, session.id);
    expect(after.seatsHeld).toBe(after.held);
    const promoted = after.bookings.filter((booking) => booking.status === 'CONFIRMED').map((booking) => booking.id);
    expect(promoted.length).toBeGreaterThan(0);
    // The waitlist's head, in order, as far as the seats go: the next one in line would not fit.
    expect(promoted).toEqual(waitlist.slice(0, promoted.length).map((booking) => booking.id));
    const next = waitlist[promoted.length];
    if (next) expect(after.held + next.participants).toBeGreaterThan(CAPACITY);
    const promotionTimes = await systems[0]!.databases.bookings.db.execute<{ booking_id: number }>(sql`
      select booking_id from bookings.booking_events where booking_id in ${sql.raw(`(${promoted.join(',')})`)} and from_status = 'WAITLISTED' order by at, id`);
    expect(promotionTimes.map((event) => Number(event.booking_id))).toEqual(promoted);
  });
});

describe('idempotency keys', () => {
  it('books once when the same request is retried at the same time', async () => {
    const session = await scheduleSession(systems[0]!, programme.id, { capacity: CAPACITY });
    const school = schools[0]!;
    const input = { sessionId: session.id, schoolId: school, ...groupOf(0), idempotencyKey: 'retry-7f3a' };
    const answers = await Promise.all(Array.from({ length: 12 }, (_, index) => graphql(systems[index % 2]!.url, REQUEST_BOOKING, { input }, tokens.get(school))));
    const ids = new Set(answers.map((answer) => answer.data.requestBooking.booking?.id));
    expect(ids.size).toBe(1);
    expect(answers.every((answer) => answer.data.requestBooking.userErrors.length === 0)).toBe(true);
    const ledger = await sessionLedger(systems[0]!, session.id);
    expect(ledger.bookings).toHaveLength(1);
    expect(ledger.seatsHeld).toBe(ledger.held);

    const changed = await graphql(systems[0]!.url, REQUEST_BOOKING, { input: { ...input, students: input.students + 1 } }, tokens.get(school));
    expect(changed.data.requestBooking).toMatchObject({ booking: null, userErrors: [{ code: 'IDEMPOTENCY_KEY_REUSED' }] });
    expect((await sessionLedger(systems[0]!, session.id)).bookings).toHaveLength(1);
  });

  it('refuses one key racing for two different sessions, booking only one of them', async () => {
    const sessions = [await scheduleSession(systems[0]!, programme.id, { capacity: CAPACITY }), await scheduleSession(systems[0]!, programme.id, { capacity: CAPACITY })];
    const school = schools[1]!;
    const answers = await Promise.all(Array.from({ length: 10 }, (_, index) => graphql(systems[index % 2]!.url, REQUEST_BOOKING, {
      input: { sessionId: sessions[index % 2]!.id, schoolId: school, ...groupOf(1), idempotencyKey: 'two-sessions-one-key' },
    }, tokens.get(school))));
    const booked = answers.filter((answer) => answer.data.requestBooking.booking);
    const refused = answers.filter((answer) => answer.data.requestBooking.userErrors[0]?.code === 'IDEMPOTENCY_KEY_REUSED');
    expect(booked.length + refused.length).toBe(10);
    expect(new Set(booked.map((answer) => answer.data.requestBooking.booking.id)).size).toBe(1);
    const stored = await Promise.all(sessions.map((session) => sessionLedger(systems[0]!, session.id)));
    expect(stored[0]!.bookings.length + stored[1]!.bookings.length).toBe(1);
    for (const ledger of stored) expect(ledger.seatsHeld).toBe(ledger.held);
  });
});

/** Which of the racing schools are rural or under-resourced, from the raw rows. */
async function priorityOf(): Promise<Map<number, boolean>> {
  const rows = await systems[0]!.databases.bookings.db.execute<{ id: number; priority: boolean }>(sql`
    select id::int as id, (rural or under_resourced) as priority from bookings.schools where id in ${sql.raw(`(${schools.map(rowId).join(',')})`)}`);
  return new Map(rows.map((row) => [Number(row.id), row.priority]));
}

async function schoolOfBooking(bookingIds: number[]): Promise<Map<number, number>> {
  const rows = await systems[0]!.databases.bookings.db.execute<{ id: number; school_id: number }>(sql`
    select id::int as id, school_id::int as school_id from bookings.bookings where id in ${sql.raw(`(${bookingIds.concat(0).join(',')})`)}`);
  return new Map(rows.map((row) => [Number(row.id), Number(row.school_id)]));
}

describe('seats kept for rural and under-resourced schools', () => {
  const KEPT = 12;

  it.each([
    ['one system', () => systems.slice(0, 1)],
    ['two systems over one database', () => systems],
  ])('%s: 200 schools at once never overbook, never give kept seats to others, and keep arrival order within each group', async (_, over) => {
    const priority = await priorityOf();
    expect([...priority.values()].filter(Boolean).length).toBeGreaterThan(5);
    expect([...priority.values()].filter((value) => !value).length).toBeGreaterThan(40);
    const session = await scheduleSession(systems[0]!, programme.id, { capacity: CAPACITY, daysAhead: 20, kept: { keptSeats: KEPT, releaseKeptSeatsDaysBefore: 3 } });
    const { result: answers, mostHeld } = await watchingCapacity(session.id, () => rush(session.id, over()));
    expect(mostHeld).toBeLessThanOrEqual(CAPACITY);
    for (const { answer } of answers) {
      expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
      expect(['CONFIRMED', 'WAITLISTED']).toContain(answer.data.requestBooking.booking.status);
    }
    expect(new Set(answers.map(({ answer }) => answer.data.requestBooking.booking.id)).size).toBe(REQUESTS);

    const ledger = await sessionLedger(systems[0]!, session.id);
    expect(ledger.seatsHeld).toBe(ledger.held);
    const schoolOf = await schoolOfBooking(ledger.bookings.map((booking) => booking.id));
    const isPriority = (booking: { id: number }) => priority.get(schoolOf.get(booking.id)!)!;
    const holding = ledger.bookings.filter((booking) => booking.status === 'CONFIRMED');
    const othersHeld = holding.filter((booking) => !isPriority(booking)).reduce((sum, booking) => sum + booking.participants, 0);
    const priorityHeld = holding.filter(isPriority).reduce((sum, booking) => sum + booking.participants, 0);
    expect(othersHeld).toBeLessThanOrEqual(CAPACITY - KEPT);
    // Other schools hold nothing only when rural and under-resourced ones arrived first and spilled past the kept seats.
    expect(othersHeld > 0 || priorityHeld > KEPT).toBe(true);
    for (const group of [true, false]) expectArrivalOrder(ledger.bookings.filter((booking) => isPriority(booking) === group));
    // No rural or under-resourced school waits while a kept seat it fits is free: it did not fit in what was kept, or in the seats left.
    const firstWaiting = ledger.bookings.find((booking) => booking.status === 'WAITLISTED' && isPriority(booking));
    if (firstWaiting) expect(priorityHeld + firstWaiting.participants > KEPT || ledger.held + firstWaiting.participants > CAPACITY).toBe(true);
  });

  it('hands unfilled kept seats to the waitlist once their time is up, in arrival order, once', async () => {
    const priority = await priorityOf();
    const others = schools.filter((school) => !priority.get(rowId(school))).slice(0, 40);
    const session = await scheduleSession(systems[0]!, programme.id, { capacity: CAPACITY, daysAhead: 20, kept: { keptSeats: KEPT, releaseKeptSeatsDaysBefore: 3 } });
    const answers = await Promise.all(others.map((school, index) => graphql(systems[index % 2]!.url, REQUEST_BOOKING, { input: { sessionId: session.id, schoolId: school, ...groupOf(index) } }, tokens.get(school))));
    expect(answers.every((answer) => answer.data.requestBooking.userErrors.length === 0)).toBe(true);
    const before = await sessionLedger(systems[0]!, session.id);
    expect(before.held).toBeLessThanOrEqual(CAPACITY - KEPT);
    const waitlist = before.bookings.filter((booking) => booking.status === 'WAITLISTED');
    expect(waitlist.length).toBeGreaterThan(0);

    const releasedAt = new Date(Date.parse(session.startsAt) - 3 * 86400_000 + 60_000);
    const first = await systems[0]!.runComplianceJobs(releasedAt);
    expect(first.released).toBeGreaterThanOrEqual(1);
    const after = await sessionLedger(systems[0]!, session.id);
    expect(after.seatsHeld).toBe(after.held);
    expect(after.held).toBeLessThanOrEqual(CAPACITY);
    const promoted = after.bookings.filter((booking) => booking.status === 'CONFIRMED' && waitlist.some((waiting) => waiting.id === booking.id)).map((booking) => booking.id);
    expect(promoted.length).toBeGreaterThan(0);
    expect(promoted).toEqual(waitlist.slice(0, promoted.length).map((booking) => booking.id));
    const next = waitlist[promoted.length];
    if (next) expect(after.held + next.participants).toBeGreaterThan(CAPACITY);

    const again = await Promise.all(systems.map((system) => system.runComplianceJobs(releasedAt)));
    expect(again.map((run) => run.released)).toEqual([0, 0]);
    expect(await sessionLedger(systems[0]!, session.id)).toEqual(after);
  });

  it('moves rural and under-resourced schools ahead on the waitlist where the venue chooses, in arrival order among themselves', async () => {
    const priority = await priorityOf();
    const session = await scheduleSession(systems[0]!, programme.id, { capacity: CAPACITY, kept: { priorityWaitlist: true } });
    await rush(session.id, systems);
    const ledger = await sessionLedger(systems[0]!, session.id);
    const schoolOf = await schoolOfBooking(ledger.bookings.map((booking) => booking.id));
    const isPriority = (booking: { id: number }) => priority.get(schoolOf.get(booking.id)!)!;
    const waitlist = ledger.bookings.filter((booking) => booking.status === 'WAITLISTED');
    const ordered = [...waitlist.filter(isPriority), ...waitlist.filter((booking) => !isPriority(booking))];
    const positions = await graphql(systems[0]!.url, `query($id: ID!) { booking(id: $id) { waitlistPosition } }`, { id: `bkg_${ordered[0]!.id}` }, await asAdmin());
    expect(positions.data.booking.waitlistPosition).toBe(1);

    const confirmed = ledger.bookings.filter((booking) => booking.status === 'CONFIRMED');
    await Promise.all(confirmed.map((booking, index) => graphql(systems[index % 2]!.url, `mutation($id: ID!) { cancelBooking(id: $id, reason: "Exams") { userErrors { code } } }`, { id: `bkg_${booking.id}` }, tokens.get(`sch_${schoolOf.get(booking.id)}`))));
    const after = await sessionLedger(systems[0]!, session.id);
    expect(after.seatsHeld).toBe(after.held);
    expect(after.held).toBeLessThanOrEqual(CAPACITY);
    const promoted = ordered.filter((booking) => after.bookings.find((row) => row.id === booking.id)!.status === 'CONFIRMED').map((booking) => booking.id);
    expect(promoted.length).toBeGreaterThan(0);
    expect(promoted).toEqual(ordered.slice(0, promoted.length).map((booking) => booking.id));
  });
});

