import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { System } from '../../gateway/system.js';
import { asSchool, programmeForEveryone, REQUEST_BOOKING, scheduleSession, schoolIds } from '../support/bookings.js';
import { createTestDatabase } from '../support/databases.js';
import { graphql, startTestSystem, type GraphQLAnswer } from '../support/system.js';

const VENUE_PAGE = /* GraphQL */ `
  query($first: Int) {
    venues(first: $first) { edges { node { id name programmes(first: 3) { edges { node { title sessions(first: 2) { edges { node { startsAt seatsLeft } } } } } } } } }
  }`;
const CLIENTS = 20;

interface Counting {
  counter: { venues: number };
  /** The catalogue's database, for a connection of the test's own that the counter does not see. */
  databaseUrl: Promise<string>;
  started: Promise<System>;
}

function countingSystem(mergeFetches: boolean): Counting {
  const counter = { venues: 0 };
  const databaseUrl = createTestDatabase('demo');
  const started = databaseUrl.then((url) => startTestSystem({
    databaseUrl: url,
    settings: { mergeFetches, publicReads: null, rateLimits: { anonymousPerMinute: 1e9, signedInPerMinute: 1e9 } },
    onStatement: (subgraph, statement) => {
      if (subgraph === 'venues' && !statement.includes('pg_catalog.pg_type')) counter.venues += 1;
    },
  }));
  return { counter, databaseUrl, started };
}

/**
 * The statements `clients` identical venue pages cost the venues subgraph. The venues table stays
 * locked until every client has had a second to arrive, so "at the same moment" does not depend on
 * how fast a busy machine happens to be.
 */
async function statementsFor({ counter, databaseUrl, started }: Counting, clients: number): Promise<number> {
  const system = await started;
  const holder = postgres(await databaseUrl, { max: 1, onnotice: () => {} });
  counter.venues = 0;
  let answered!: Promise<GraphQLAnswer[]>;
  try {
    await holder.begin(async (transaction) => {
      await transaction`lock table venues.venues in access exclusive mode`;
      answered = Promise.all(Array.from({ length: clients }, () => graphql(system.url, VENUE_PAGE, { first: 5 })));
      await new Promise((resolve) => setTimeout(resolve, 1000));
    });
  } finally {
    await holder.end();
  }
  const answers = await answered;
  for (const answer of answers) expect(answer.errors).toBeUndefined();
  expect(new Set(answers.map((answer) => JSON.stringify(answer.data))).size).toBe(1);
  return counter.venues;
}

describe('identical query fetches in flight at once', () => {
  const merged = countingSystem(true);
  const unmerged = countingSystem(false);
  let mergedSystem: System;
  let unmergedSystem: System;
  beforeAll(async () => {
    [mergedSystem, unmergedSystem] = await Promise.all([merged.started, unmerged.started]);
  });
  afterAll(async () => {
    await mergedSystem?.stop();
    await unmergedSystem?.stop();
  });

  it('reach a subgraph once, and every client gets the whole answer', async () => {
    const alone = await statementsFor(merged, 1);
    expect(alone).toBeGreaterThan(0);
    expect(await statementsFor(unmerged, CLIENTS)).toBe(CLIENTS * alone);
    expect(await statementsFor(merged, CLIENTS)).toBe(alone);
  });

  it('never give one caller what a subgraph answered another', async () => {
    const schools = await schoolIds(mergedSystem, 6);
    const query = (id: string) => `{ school(id: "${id}") { id contactPhone } }`;
    const phones = await mergedSystem.databases.bookings.sql`select id::int as id, contact_phone from bookings.schools where id = any(${schools.map((id) => Number(id.slice(4)))})`;
    const phoneOf = new Map(phones.map((row) => [`sch_${row.id}`, row.contact_phone as string]));
    const asked = schools.flatMap((id) => [1, 2, 3].flatMap(() => [
      asSchool(id).then((headers) => graphql(mergedSystem.url, query(id), {}, headers)).then((answer) => ({ answer, expected: { id, contactPhone: phoneOf.get(id) } })),
      graphql(mergedSystem.url, query(id)).then((answer) => ({ answer, expected: { id, contactPhone: null } })),
    ]));
    for (const { answer, expected } of await Promise.all(asked)) {
      expect(answer.errors).toBeUndefined();
      expect(answer.data.school).toEqual(expected);
    }
  });

  it('answer a read that follows a booking with the seats the booking took', async () => {
    const programme = await programmeForEveryone(mergedSystem);
    const session = await scheduleSession(mergedSystem, programme.id, { capacity: 40 });
    const [schoolId] = await schoolIds(mergedSystem, 1);
    const seatsLeft = `{ session(id: "${session.id}") { seatsLeft } }`;
    const readers = Array.from({ length: 10 }, () => graphql(mergedSystem.url, seatsLeft));
    const booked = await graphql(mergedSystem.url, REQUEST_BOOKING, {
      input: { sessionId: session.id, schoolId, students: programme.min, teachers: 1, idempotencyKey: 'merged-fetches-1' },
    }, await asSchool(schoolId!));
    expect(booked.data.requestBooking.userErrors).toEqual([]);
    const after = await graphql(mergedSystem.url, seatsLeft);
    expect(after.data.session.seatsLeft).toBe(40 - programme.min - 1);
    await Promise.all(readers);
  });
});
