import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { System } from '../../gateway/system.js';
import { subgraphFactories } from '../../gateway/registry.js';
import { SupergraphLink } from '../../kit/platform/supergraph.js';
import { graphql, millisecondsUntil, startTestSystem } from '../support/system.js';
import { asAdmin, asSchool, programmeForEveryone, REQUEST_BOOKING, rowId, scheduleSession, schoolIds, type BookableProgramme } from '../support/bookings.js';

/** Operations the bookings subgraph sent to the gateway, and statements it sent to PostgreSQL. */
let gatewayRequests = 0;
let bookingsStatements = 0;
let system: System;
let programme: BookableProgramme;
let schools: string[];
let admin: Record<string, string>;

beforeAll(async () => {
  const createBookings = subgraphFactories.bookings;
  subgraphFactories.bookings = (database, supergraph, services) => createBookings(database, countingLink(supergraph), services);
  try {
    system = await startTestSystem({ onStatement: (subgraph) => { if (subgraph === 'bookings') bookingsStatements += 1; } });
  } finally {
    subgraphFactories.bookings = createBookings;
  }
  programme = await programmeForEveryone(system);
  schools = await schoolIds(system, 40);
  admin = await asAdmin();
});
afterAll(() => system?.stop());

const CREATE = `mutation($input: CreateProgrammeInput!) { createProgramme(input: $input) { programme { id } userErrors { code } } }`;
const PUBLISH = `mutation($id: ID!) { publishProgramme(id: $id) { programme { id status } userErrors { code } } }`;
const UNPUBLISH = `mutation($id: ID!) { unpublishProgramme(id: $id) { programme { id status } userErrors { code } } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateProgrammeInput!) { updateProgramme(id: $id, input: $input) { programme { id } userErrors { code } } }`;
const SUSPEND = `mutation($id: ID!) { setComplianceStatus(venueId: $id, status: SUSPENDED, reason: "消防检查未通过") { venue { id complianceStatus } userErrors { code } } }`;

/** A link to the same gateway that counts what is sent through it. */
function countingLink(supergraph: SupergraphLink): SupergraphLink {
  const counting = new SupergraphLink();
  void supergraph.ready().then(() => counting.bind((query, variables) => {
    gatewayRequests += 1;
    return supergraph.execute(query, variables);
  }));
  return counting;
}

let nextSchool = 0;

async function book(sessionId: string, students = 8) {
  const schoolId = schools[nextSchool++]!;
  const answer = await graphql(system.url, REQUEST_BOOKING, { input: { sessionId, schoolId, students, teachers: 1 } }, await asSchool(schoolId));
  expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
  return answer.data.requestBooking as { booking: { id: string; status: string } | null; userErrors: { code: string }[] };
}

async function mutate(query: string, variables: Record<string, unknown>) {
  const answer = await graphql(system.url, query, variables, admin);
  expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
  const payload = Object.values(answer.data)[0] as { userErrors: unknown[] };
  expect(payload.userErrors).toEqual([]);
  return payload;
}

async function programmeFact(programmeId: string) {
  const [row] = await system.databases.bookings.sql<{ status: string; max: number }[]>`
    select status, max_participants as max from bookings.programme_facts where programme_id = ${rowId(programmeId)}`;
  return row;
}

async function newProgramme(groupSize = { min: 1, max: 40 }): Promise<string> {
  const created = await mutate(CREATE, {
    input: {
      venueId: programme.venueId, kind: 'WORKSHOP', title: '叶脉书签工作坊', titleEn: 'Leaf bookmark workshop', subjects: ['BIOLOGY'],
      gradeBands: ['PRIMARY_LOWER', 'PRIMARY_UPPER', 'JUNIOR', 'SENIOR'], durationMinutes: 60, groupSize, price: '0', delivery: 'ON_SITE',
    },
  }) as unknown as { programme: { id: string } };
  await mutate(PUBLISH, { id: created.programme.id });
  return created.programme.id;
}

describe('bookings decides from facts it keeps', () => {
  it('books a programme published a moment ago, catching up with the courses outbox rather than refusing it', async () => {
    const id = await newProgramme();
    const session = await scheduleSession(system, id, { capacity: 30 });
    const booked = await book(session.id);
    expect(booked.userErrors).toEqual([]);
    expect(booked.booking?.status).toBe('CONFIRMED');
  });

  it('asks the gateway nothing while booking, nor for a school\'s calendar entries', async () => {
    const session = await scheduleSession(system, programme.id, { capacity: 200 });
    const schoolId = schools[nextSchool]!;
    gatewayRequests = 0;
    for (let count = 0; count < 10; count += 1) expect((await book(session.id)).userErrors).toEqual([]);
    expect(gatewayRequests).toBe(0);
    bookingsStatements = 0;
    const calendars = await graphql(system.url, `query($id: ID!) { school(id: $id) { bookings(first: 50) { edges { node { calendar } } } } }`, { id: schoolId }, admin);
    const entries = calendars.data.school.bookings.edges.flatMap((edge: { node: { calendar: string | null } }) => edge.node.calendar ?? []);
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.every((entry: string) => entry.includes('SUMMARY:') && entry.includes('BEGIN:VEVENT'))).toBe(true);
    expect(gatewayRequests).toBe(0);
    expect(bookingsStatements).toBeLessThan(12);
  });

  it('refuses a programme within a second of its unpublishing', async () => {
    const id = await newProgramme();
    const session = await scheduleSession(system, id, { capacity: 30 });
    await mutate(UNPUBLISH, { id });
    const lag = await millisecondsUntil(async () => (await programmeFact(id))?.status === 'UNPUBLISHED');
    expect(lag).toBeLessThan(1000);
    expect((await book(session.id)).userErrors.map((error) => error.code)).toEqual(['OFFER_NOT_AVAILABLE']);
  });

  it('holds a group to a programme\'s new size within a second of the change', async () => {
    const id = await newProgramme({ min: 1, max: 40 });
    const session = await scheduleSession(system, id, { capacity: 100 });
    expect((await book(session.id, 20)).userErrors).toEqual([]);
    await mutate(UPDATE, { id, input: { groupSize: { min: 1, max: 10 } } });
    const lag = await millisecondsUntil(async () => (await programmeFact(id))?.max === 10);
    expect(lag).toBeLessThan(1000);
    expect((await book(session.id, 20)).userErrors.map((error) => error.code)).toEqual(['GROUP_TOO_LARGE']);
    expect((await book(session.id, 8)).userErrors).toEqual([]);
  });

  it('refuses a venue\'s sessions within a second of its suspension', async () => {
    const session = await scheduleSession(system, programme.id, { capacity: 30 });
    await mutate(SUSPEND, { id: programme.venueId });
    const lag = await millisecondsUntil(async () => {
      const [row] = await system.databases.bookings.sql`select compliance_status from bookings.venue_facts where venue_id = ${rowId(programme.venueId)}`;
      return row?.compliance_status === 'SUSPENDED';
    });
    expect(lag).toBeLessThan(1000);
    expect((await book(session.id)).userErrors.map((error) => error.code)).toEqual(['VENUE_NOT_BOOKABLE']);
  });
});
