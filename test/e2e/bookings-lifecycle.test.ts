import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { System } from '../../gateway/system.js';
import { createOfferCatalogue } from '../../subgraphs/bookings/offers.js';
import { followCatalogueFacts } from '../../subgraphs/bookings/facts.js';
import { postToGateway, SupergraphLink } from '../../kit/platform/supergraph.js';
import { signedIn } from '../support/bearer.js';
import { graphql, startTestSystem } from '../support/system.js';
import {
  asAdmin, asSchool, asVenue,  BOOKING_FIELDS, programmeForEveryone, REQUEST_BOOKING, SCHEDULE_SESSION, scheduleSession, schoolIds, sessionLedger, type BookableProgramme,
} from '../support/bookings.js';

let system: System;
let programme: BookableProgramme;
let schools: string[];
beforeAll(async () => {
  system = await startTestSystem();
  programme = await programmeForEveryone(system);
  schools = await schoolIds(system, 10);
});
afterAll(() => system?.stop());

const group = () => ({ students: Math.max(1, programme.min), teachers: 1 });

async function request(schoolId: string, sessionId: string, extra: Record<string, unknown> = {}) {
  const answer = await graphql(system.url, REQUEST_BOOKING, { input: { sessionId, schoolId, ...group(), ...extra } }, await asSchool(schoolId));
  expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
  return answer.data.requestBooking;
}

const variableTypes: Record<string, string> = { id: 'ID!', reason: 'String', attended: 'Boolean!' };

/** A booking mutation taking the named arguments, each from a variable of the same name. */
function CHANGE(mutation: string, ...args: string[]) {
  const definitions = args.map((arg) => `$${arg}: ${variableTypes[arg]}`).join(', ');
  return `mutation(${definitions}) { ${mutation}(${args.map((arg) => `${arg}: $${arg}`).join(', ')}) { booking { ${BOOKING_FIELDS} calendar } userErrors { code message } } }`;
}

describe('a booking through its life', () => {
  it('is confirmed at once in an automatic session, shows a calendar entry, and is cancelled by the school with its history', async () => {
    const session = await scheduleSession(system, programme.id, { capacity: 30 });
    const { booking, userErrors } = await request(schools[0]!, session.id, { note: '七年级（2）班' });
    expect(userErrors).toEqual([]);
    expect(booking.status).toBe('CONFIRMED');
    expect(booking.session.seatsLeft).toBe(30 - booking.participants);

    const read = await graphql(system.url, `query($id: ID!) { booking(id: $id) { status calendar } }`, { id: booking.id }, await asSchool(schools[0]!));
    expect(read.data.booking.calendar).toMatch(/BEGIN:VEVENT/);
    expect(read.data.booking.calendar).toMatch(new RegExp(`DTSTART;TZID=${session.timeZone}:\\d{8}T\\d{6}`));
    expect(read.data.booking.calendar).toContain(`UID:${booking.id}@kepu`);

    const cancelled = await graphql(system.url, CHANGE('cancelBooking', 'id', 'reason'), { id: booking.id, reason: '考试安排冲突' }, await asSchool(schools[0]!));
    expect(cancelled.data.cancelBooking.booking.status).toBe('CANCELLED');
    expect(cancelled.data.cancelBooking.booking.calendar).toBeNull();
    expect(cancelled.data.cancelBooking.booking.history.map((event: any) => [event.from, event.to])).toEqual([[null, 'REQUESTED'], ['REQUESTED', 'CONFIRMED'], ['CONFIRMED', 'CANCELLED']]);
    expect(cancelled.data.cancelBooking.booking.history.at(-1)).toMatchObject({ actor: schools[0], reason: '考试安排冲突' });
    expect((await sessionLedger(system, session.id)).seatsHeld).toBe(0);
  });

  it('holds seats in an approval session until the venue confirms or declines', async () => {
    const session = await scheduleSession(system, programme.id, { capacity: 30, confirmation: 'APPROVAL' });
    const first = await request(schools[1]!, session.id);
    const second = await request(schools[2]!, session.id);
    expect(first.booking.status).toBe('REQUESTED');
    expect(second.booking.session.seatsLeft).toBe(30 - first.booking.participants - second.booking.participants);

    const venue = await asVenue(programme.venueId);
    const confirmed = await graphql(system.url, CHANGE('confirmBooking', 'id'), { id: first.booking.id }, venue);
    expect(confirmed.data.confirmBooking.booking.status).toBe('CONFIRMED');
    expect(confirmed.data.confirmBooking.booking.history.at(-1).actor).toBe(programme.venueId);
    const declined = await graphql(system.url, CHANGE('declineBooking', 'id', 'reason'), { id: second.booking.id, reason: '场地已满' }, venue);
    expect(declined.data.declineBooking.booking.status).toBe('DECLINED');
    const again = await graphql(system.url, CHANGE('confirmBooking', 'id'), { id: second.booking.id }, venue);
    expect(again.data.confirmBooking.userErrors[0].code).toBe('INVALID_TRANSITION');
    const ledger = await sessionLedger(system, session.id);
    expect(ledger.seatsHeld).toBe(first.booking.participants);
  });

  it('moves the waitlist up in order when seats are freed', async () => {
    const size = group().students + group().teachers;
    const session = await scheduleSession(system, programme.id, { capacity: size * 2 });
    const answers = [];
    for (const school of schools.slice(3, 7)) answers.push(await request(school, session.id));
    expect(answers.map((answer) => answer.booking.status)).toEqual(['CONFIRMED', 'CONFIRMED', 'WAITLISTED', 'WAITLISTED']);
    expect(await waitlistPositions(answers.map((answer) => answer.booking.id))).toEqual([null, null, 1, 2]);

    const cancelled = await graphql(system.url, CHANGE('cancelBooking', 'id', 'reason'), { id: answers[0].booking.id, reason: null }, await asSchool(schools[3]!));
    expect(cancelled.data.cancelBooking.userErrors).toEqual([]);
    const statuses = (await sessionLedger(system, session.id)).bookings.map((booking) => booking.status);
    expect(statuses).toEqual(['CANCELLED', 'CONFIRMED', 'CONFIRMED', 'WAITLISTED']);
    const promoted = await graphql(system.url, `query($id: ID!) { booking(id: $id) { history { from to actor } } }`, { id: answers[2].booking.id }, await asSchool(schools[5]!));
    expect(promoted.data.booking.history.at(-1)).toEqual({ from: 'WAITLISTED', to: 'CONFIRMED', actor: 'system' });
    expect(await waitlistPositions(answers.map((answer) => answer.booking.id))).toEqual([null, null, null, 1]);
  });

  it('takes attendance only once the session has started', async () => {
    const session = await scheduleSession(system, programme.id, { capacity: 30 });
    const { booking } = await request(schools[7]!, session.id);
    const venue = await asVenue(programme.venueId);
    const early = await graphql(system.url, CHANGE('markAttendance', 'id', 'attended'), { id: booking.id, attended: true }, venue);
    expect(early.data.markAttendance.userErrors[0].code).toBe('SESSION_NOT_STARTED');
    await system.databases.bookings.sql`update bookings.sessions set starts_at = now() - interval '1 hour', ends_at = now() + interval '1 hour' where id = ${Number(session.id.slice(4))}`;
    const marked = await graphql(system.url, CHANGE('markAttendance', 'id', 'attended'), { id: booking.id, attended: false }, venue);
    expect(marked.data.markAttendance.booking.status).toBe('NO_SHOW');
    const ledger = await sessionLedger(system, session.id);
    expect(ledger.seatsHeld).toBe(ledger.held);
  });

  it('cancels a session and every active booking of it with the reason', async () => {
    const session = await scheduleSession(system, programme.id, { capacity: 30, confirmation: 'APPROVAL' });
    const bookings = [await request(schools[8]!, session.id), await request(schools[9]!, session.id)];
    const answer = await graphql(system.url, `mutation($id: ID!) { cancelSession(id: $id, reason: "设备检修") { session { status cancelReason seatsLeft } userErrors { code } } }`, { id: session.id }, await asVenue(programme.venueId));
    expect(answer.data.cancelSession).toEqual({ session: { status: 'CANCELLED', cancelReason: '设备检修', seatsLeft: 0 }, userErrors: [] });
    for (const { booking } of bookings) {
      const read = await graphql(system.url, `query($id: ID!) { booking(id: $id) { status history { to reason } } }`, { id: booking.id }, await asAdmin());
      expect(read.data.booking.status).toBe('CANCELLED');
      expect(read.data.booking.history.at(-1).reason).toContain('设备检修');
    }
    expect((await sessionLedger(system, session.id)).seatsHeld).toBe(0);
  });
});

describe('a talk booked by a school', () => {
  it('is scheduled by its expert, who sees and confirms its bookings; another expert may not', async () => {
    const talks = await graphql(system.url, `{ talks(first: 100) { edges { node { id gradeBands maxAudience expert { id affiliation { id complianceStatus timeZone } } } } } }`);
    const talk = talks.data.talks.edges.map((edge: any) => edge.node).find((node: any) =>
      node.maxAudience >= 10 && (!node.expert.affiliation || ['WHITELISTED', 'UNDER_RECTIFICATION'].includes(node.expert.affiliation.complianceStatus)));
    const otherExpert = talks.data.talks.edges.map((edge: any) => edge.node.expert.id).find((id: string) => id !== talk.expert.id);
    const expert = await signedIn({ role: 'expert', expertId: talk.expert.id });
    const startsAt = new Date(Date.now() + 10 * 86400_000);
    const input = { talkId: talk.id, startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 3600_000).toISOString(), capacity: 40, confirmation: 'APPROVAL' };
    const refused = await graphql(system.url, SCHEDULE_SESSION, { input }, await signedIn({ role: 'expert', expertId: otherExpert }));
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const scheduled = await graphql(system.url, SCHEDULE_SESSION, { input }, expert);
    const session = scheduled.data.scheduleSession.session;
    expect(session.timeZone).toBe(talk.expert.affiliation?.timeZone ?? 'Asia/Shanghai');
    expect(session.venue?.id ?? null).toBe(talk.expert.affiliation?.id ?? null);

    const [{ id }] = await system.databases.bookings.db.execute<{ id: number }>(sql`select id::int as id from bookings.schools where stage = 'COMPLETE' order by id limit 1`);
    const school = `sch_${id}`;
    const requested = await graphql(system.url, REQUEST_BOOKING, { input: { sessionId: session.id, schoolId: school, students: 8, teachers: 1 } }, await asSchool(school));
    expect(requested.data.requestBooking.booking.status).toBe('REQUESTED');
    const seen = await graphql(system.url, `query($id: ID!) { session(id: $id) { bookings { totalCount edges { node { id school { name } } } } } }`, { id: session.id }, expert);
    expect(seen.data.session.bookings.edges.map((edge: any) => edge.node.id)).toEqual([requested.data.requestBooking.booking.id]);
    const confirmed = await graphql(system.url, CHANGE('confirmBooking', 'id'), { id: requested.data.requestBooking.booking.id }, expert);
    expect(confirmed.data.confirmBooking.booking.status).toBe('CONFIRMED');
    expect(confirmed.data.confirmBooking.booking.history.at(-1).actor).toBe(talk.expert.id);
  });
});

describe('a bookings subgraph in a process of its own', () => {
  it('learns the catalogue\'s facts by posting to the gateway, as KEPU_GATEWAY_URL configures it', async () => {
    const link = new SupergraphLink();
    link.bind(postToGateway(system.url, { authorization: (await asAdmin()).authorization }));
    const bookings = system.databases.bookings;
    const follower = followCatalogueFacts(bookings, system.databases, link);
    await bookings.sql`delete from bookings.programme_facts`;
    await bookings.sql`delete from bookings.followed_outboxes`;
    await follower.catchUp();
    const offers = createOfferCatalogue(bookings.db, follower);
    const factsOf = async (programmeId: number) => (await offers.judgeOffer({ programmeId }, () => null)).facts;
    const facts = await factsOf(Number(programme.id.slice(4)));
    expect(facts).toMatchObject({ published: true, minParticipants: programme.min, maxParticipants: programme.max, gradeBands: programme.gradeBands, venueId: Number(programme.venueId.slice(4)) });
    expect(await factsOf(987654)).toBeNull();
  });
});

/** Each booking's place on its waitlist, as its school sees it. */
async function waitlistPositions(ids: string[]): Promise<(number | null)[]> {
  const query = `query { ${ids.map((id, index) => `b${index}: booking(id: "${id}") { waitlistPosition }`).join(' ')} }`;
  const answer = await graphql(system.url, query, {}, await asAdmin());
  return ids.map((_, index) => answer.data[`b${index}`].waitlistPosition);
}
