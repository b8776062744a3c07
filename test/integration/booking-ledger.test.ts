import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../kit/database/connection.js';
import { connect } from '../../kit/database/connection.js';
import { bookingEvents, bookings, outbox, programmeFacts, sessions, venueFacts } from '../../subgraphs/bookings/tables.js';
import { gradeBands } from '../../kit/platform/vocabulary.js';
import { createLedger, type BookingRequest, type Ledger } from '../../subgraphs/bookings/ledger.js';
import { createTestDatabase } from '../support/databases.js';

/**
 * The ledger straight on PostgreSQL, from two connection pools as two processes would have: the
 * session row's lock, not anything in this process, keeps seats within capacity.
 */
let pools: Database[];
let ledgers: Ledger[];
beforeAll(async () => {
  const url = await createTestDatabase('demo');
  pools = [connect(url, { max: 8 }), connect(url, { max: 8 })];
  ledgers = pools.map((pool) => createLedger(pool.db));
  await keepFactsOfProgramme(pools[0]!, 1, 1);
});
afterAll(async () => {
  for (const pool of pools ?? []) await pool.close();
});

async function newSession(capacity: number, options: { waitlist?: boolean; programmeId?: number } = {}) {
  const outcome = await ledgers[0]!.scheduleSession({
    programmeId: options.programmeId ?? 1, talkId: null, venueId: 1, expertId: null, timeZone: 'Asia/Shanghai',
    startsAt: new Date(Date.now() + 3 * 86400_000), endsAt: new Date(Date.now() + 3 * 86400_000 + 3600_000),
    capacity, confirmation: 'AUTOMATIC', waitlist: options.waitlist ?? true, keptSeats: 0, keepDays: 0, priorityWaitlist: false,
  });
  return outcome.thing!;
}

function request(sessionId: number, schoolId: number, students: number): BookingRequest {
  return { sessionId, schoolId, students, teachers: 1, note: '', idempotencyKey: null, fingerprint: `${sessionId}:${schoolId}:${students}` };
}

/** What bookings' follower would have copied: a published programme at a whitelisted venue, for every stage, groups of 1 to 50. */
async function keepFactsOfProgramme(pool: Database, programmeId: number, venueId: number) {
  await pool.db.insert(venueFacts).values({ venueId, status: 'PUBLISHED', complianceStatus: 'WHITELISTED', complianceReason: '', timeZone: 'Asia/Shanghai' }).onConflictDoNothing();
  await pool.db.insert(programmeFacts).values({ programmeId, venueId, title: '科学探索', status: 'PUBLISHED', minParticipants: 1, maxParticipants: 50, gradeBands: [...gradeBands] }).onConflictDoNothing();
}

/** The facts are kept by hand here: there is nothing for them to catch up with. */
const factsKept = { catchUp: async () => {} };

const outboxRows = async (programmeId: number) =>
  (await pools[0]!.db.select({ n: sql<number>`count(*)::int` }).from(outbox).where(sql`${outbox.entity} = 'Programme' and ${outbox.entityId} = ${programmeId}`))[0]!.n;

describe('the booking ledger on two pools', () => {
  it('keeps seats held equal to the bookings holding them, within capacity, with no waitlist and 120 requests', async () => {
    const session = await newSession(30, { waitlist: false });
    const outcomes = await Promise.all(Array.from({ length: 120 }, (_, index) =>
      ledgers[index % 2]!.placeBooking(request(session.id, index + 1, 1 + (index % 4)), `school:${index + 1}`, factsKept)));
    const placed = outcomes.filter((outcome) => outcome.thing);
    const full = outcomes.filter((outcome) => outcome.userErrors[0]?.code === 'SESSION_FULL');
    expect(placed.length + full.length).toBe(120);
    const [stored] = await pools[0]!.db.select().from(sessions).where(eq(sessions.id, session.id));
    const held = placed.reduce((sum, outcome) => sum + outcome.thing!.students + outcome.thing!.teachers, 0);
    expect(stored!.seatsHeld).toBe(held);
    expect(held).toBeLessThanOrEqual(30);
    expect(held).toBeGreaterThan(30 - 5);
    const rows = await pools[0]!.db.select().from(bookings).where(eq(bookings.sessionId, session.id));
    expect(rows).toHaveLength(placed.length);
  });

  it('records the programme in the outbox with every change of seats, and nothing for a refusal', async () => {
    const session = await newSession(4, { waitlist: false });
    const before = await outboxRows(1);
    const first = await ledgers[0]!.placeBooking(request(session.id, 1, 3), 'school:1', factsKept);
    expect(first.thing?.status).toBe('CONFIRMED');
    expect(await outboxRows(1)).toBe(before + 1);
    const refused = await ledgers[1]!.placeBooking(request(session.id, 2, 3), 'school:2', factsKept);
    expect(refused.userErrors[0]?.code).toBe('SESSION_FULL');
    expect(await outboxRows(1)).toBe(before + 1);
    const cancelled = await ledgers[1]!.changeBooking({ bookingId: first.thing!.id, to: 'CANCELLED', actor: 'school:1', reason: null, authorize: () => null });
    expect(cancelled.thing?.status).toBe('CANCELLED');
    expect(await outboxRows(1)).toBe(before + 2);
  });

  it('rolls back everything when the caller is refused inside the transaction', async () => {
    const session = await newSession(10);
    const booked = await ledgers[0]!.placeBooking(request(session.id, 3, 2), 'school:3', factsKept);
    const refusal = new Error('not yours');
    await expect(ledgers[1]!.changeBooking({ bookingId: booked.thing!.id, to: 'CANCELLED', actor: 'school:4', reason: null, authorize: () => { throw refusal; } })).rejects.toBe(refusal);
    const [stored] = await pools[0]!.db.select().from(bookings).where(eq(bookings.id, booked.thing!.id));
    expect(stored!.status).toBe('CONFIRMED');
    const [seats] = await pools[0]!.db.select().from(sessions).where(eq(sessions.id, session.id));
    expect(seats!.seatsHeld).toBe(3);
  });

  it('answers a booking as it is stored, and records its history in order', async () => {
    const session = await newSession(3);
    const confirmed = await ledgers[0]!.placeBooking({ ...request(session.id, 5, 2), idempotencyKey: 'k-5', note: '两个班' }, 'school:5', factsKept);
    const waiting = await ledgers[1]!.placeBooking(request(session.id, 6, 2), 'school:6', factsKept);
    for (const placed of [confirmed.thing!, waiting.thing!]) {
      const [stored] = await pools[0]!.db.select().from(bookings).where(eq(bookings.id, placed.id));
      expect(placed).toEqual(stored);
    }
    expect(confirmed.thing).toMatchObject({ status: 'CONFIRMED', note: '两个班', idempotencyKey: 'k-5' });
    expect(confirmed.thing!.createdAt).toBeInstanceOf(Date);
    const history = await pools[0]!.db.select().from(bookingEvents).where(eq(bookingEvents.bookingId, waiting.thing!.id)).orderBy(bookingEvents.id);
    expect(history.map((event) => [event.fromStatus, event.toStatus])).toEqual([[null, 'REQUESTED'], ['REQUESTED', 'WAITLISTED']]);
    expect(history[0]!.at.getTime()).toBeLessThanOrEqual(history[1]!.at.getTime());
  });

  it('judges a refusal by an offer\'s facts again once they caught up, and keeps nothing when they still refuse', async () => {
    await keepFactsOfProgramme(pools[0]!, 2, 1);
    await pools[0]!.db.update(programmeFacts).set({ status: 'DRAFT' }).where(eq(programmeFacts.programmeId, 2));
    const session = await newSession(10, { programmeId: 2 });
    let caughtUp = 0;
    const stillDraft = { catchUp: async () => { caughtUp += 1; } };
    const refused = await ledgers[0]!.placeBooking(request(session.id, 7, 2), 'school:7', stillDraft);
    expect(refused.userErrors[0]).toMatchObject({ code: 'OFFER_NOT_AVAILABLE', field: ['input', 'sessionId'] });
    expect(caughtUp).toBe(1);
    expect(await pools[0]!.db.select().from(bookings).where(eq(bookings.sessionId, session.id))).toHaveLength(0);
    const publishes = { catchUp: () => pools[1]!.db.update(programmeFacts).set({ status: 'PUBLISHED' }).where(eq(programmeFacts.programmeId, 2)).then(() => {}) };
    const placed = await ledgers[1]!.placeBooking(request(session.id, 7, 2), 'school:7', publishes);
    expect(placed.thing?.status).toBe('CONFIRMED');
  });

  it('refuses a school it does not know, naming the field, without catching up', async () => {
    const session = await newSession(10);
    const refused = await ledgers[0]!.placeBooking(request(session.id, 987654, 2), 'school:987654', { catchUp: () => Promise.reject(new Error('not asked')) });
    expect(refused.userErrors[0]).toMatchObject({ code: 'NOT_FOUND', field: ['input', 'schoolId'] });
  });
});
