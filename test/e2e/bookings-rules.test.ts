import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { System } from '../../gateway/system.js';
import { signedIn } from '../support/bearer.js';
import { errorCodes, graphql, startTestSystem } from '../support/system.js';
import {
  asAdmin, asSchool, asVenue,  programmeForEveryone, REQUEST_BOOKING, SCHEDULE_SESSION, scheduleSession, schoolIds, snapshot, type BookableProgramme,
} from '../support/bookings.js';

let system: System;
let programme: BookableProgramme;
let schools: string[];
beforeAll(async () => {
  system = await startTestSystem();
  programme = await programmeForEveryone(system);
  schools = await schoolIds(system, 20);
});
afterAll(() => system?.stop());

const query = async <Row>(statement: ReturnType<typeof sql>) => system.databases.bookings.db.execute<Row & Record<string, unknown>>(statement);

/** A programme id found with SQL; fixtures only, the code under test never reads these tables. */
async function programmeWhere(condition: ReturnType<typeof sql>): Promise<{ id: number; venue_id: number }> {
  const [row] = await query<{ id: number; venue_id: number }>(sql`
    select p.id::int as id, p.venue_id::int as venue_id from courses.programmes p join venues.venues v on v.id = p.venue_id
    where v.status = 'PUBLISHED' and ${condition} order by p.id limit 1`);
  if (!row) throw new Error('The demo catalogue has no programme for this test.');
  return row;
}

/** A session stored as if scheduled before its programme or venue changed. */
async function storedSession(programmeId: number, venueId: number): Promise<string> {
  const [row] = await query<{ id: number }>(sql`
    insert into bookings.sessions (programme_id, venue_id, starts_at, ends_at, capacity)
    values (${programmeId}, ${venueId}, now() + interval '5 days', now() + interval '5 days 2 hours', 40) returning id::int as id`);
  return `ses_${row!.id}`;
}

async function schoolOfStage(stage: string): Promise<string> {
  const [row] = await query<{ id: number }>(sql`select id::int as id from bookings.schools where stage = ${stage} order by id limit 1`);
  return `sch_${row!.id}`;
}

const group = () => ({ students: Math.max(1, programme.min), teachers: 1 });

/** Sends a booking request and checks it was refused with `code`, leaving every bookings table as it was. */
async function expectRefused(code: string, input: Record<string, unknown>, sessionId?: string) {
  const schoolId = input.schoolId as string;
  const before = await snapshot(system, sessionId);
  const answer = await graphql(system.url, REQUEST_BOOKING, { input }, await asSchool(schoolId));
  expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
  expect(answer.data.requestBooking.booking).toBeNull();
  expect(answer.data.requestBooking.userErrors.map((error: { code: string }) => error.code)).toEqual([code]);
  expect(answer.data.requestBooking.userErrors[0].message.length).toBeGreaterThan(10);
  expect(await snapshot(system, sessionId)).toEqual(before);
}

describe('booking requests refused with a userError, writing nothing', () => {
  it('a session that has started or was cancelled: SESSION_CLOSED', async () => {
    const started = await scheduleSession(system, programme.id, { capacity: 30 });
    await query(sql`update bookings.sessions set starts_at = now() - interval '1 hour', ends_at = now() + interval '1 hour' where id = ${Number(started.id.slice(4))}`);
    await expectRefused('SESSION_CLOSED', { sessionId: started.id, schoolId: schools[0], ...group() }, started.id);
    const cancelled = await scheduleSession(system, programme.id, { capacity: 30 });
    await graphql(system.url, `mutation($id: ID!) { cancelSession(id: $id, reason: "闭馆") { userErrors { code } } }`, { id: cancelled.id }, await asAdmin());
    await expectRefused('SESSION_CLOSED', { sessionId: cancelled.id, schoolId: schools[0], ...group() }, cancelled.id);
  });

  it('an unknown session: NOT_FOUND', async () => {
    await expectRefused('NOT_FOUND', { sessionId: 'ses_987654321', schoolId: schools[0], ...group() });
  });

  it('an unpublished programme: OFFER_NOT_AVAILABLE; a blacklisted or suspended venue: VENUE_NOT_BOOKABLE', async () => {
    const draft = await programmeWhere(sql`p.status <> 'PUBLISHED'`);
    const draftSession = await storedSession(draft.id, draft.venue_id);
    await expectRefused('OFFER_NOT_AVAILABLE', { sessionId: draftSession, schoolId: await schoolOfStage('COMPLETE'), students: 5, teachers: 1 }, draftSession);
    const barred = await programmeWhere(sql`p.status = 'PUBLISHED' and v.compliance_status in ('BLACKLISTED', 'SUSPENDED')`);
    const barredSession = await storedSession(barred.id, barred.venue_id);
    await expectRefused('VENUE_NOT_BOOKABLE', { sessionId: barredSession, schoolId: await schoolOfStage('COMPLETE'), students: 5, teachers: 1 }, barredSession);
  });

  it('groups outside the programme\'s size, and no students: GROUP_TOO_LARGE, GROUP_TOO_SMALL, INVALID_GROUP', async () => {
    const session = await scheduleSession(system, programme.id, { capacity: 500 });
    await expectRefused('GROUP_TOO_LARGE', { sessionId: session.id, schoolId: schools[1], students: programme.max, teachers: 1 }, session.id);
    await expectRefused('INVALID_GROUP', { sessionId: session.id, schoolId: schools[1], students: 0, teachers: 2 }, session.id);
    await expectRefused('INVALID_GROUP', { sessionId: session.id, schoolId: schools[1], students: -4, teachers: 1 }, session.id);
    const bigGroups = await programmeWhere(sql`p.status = 'PUBLISHED' and v.compliance_status in ('WHITELISTED', 'UNDER_RECTIFICATION') and p.min_group >= 3`);
    const bigSession = await scheduleSession(system, `prg_${bigGroups.id}`, { capacity: 500 });
    await expectRefused('GROUP_TOO_SMALL', { sessionId: bigSession.id, schoolId: await schoolOfStage('COMPLETE'), students: 1, teachers: 0 }, bigSession.id);
  });

  it('a programme not for the school\'s stage: GRADE_BAND_MISMATCH', async () => {
    const seniorOnly = await programmeWhere(sql`p.status = 'PUBLISHED' and v.compliance_status = 'WHITELISTED' and p.grade_bands = array['SENIOR']::courses.grade_band[] and p.min_group <= 6`);
    const session = await scheduleSession(system, `prg_${seniorOnly.id}`, { capacity: 200 });
    await expectRefused('GRADE_BAND_MISMATCH', { sessionId: session.id, schoolId: await schoolOfStage('PRIMARY'), students: 6, teachers: 1 }, session.id);
  });

  it('the same school twice: ALREADY_BOOKED; no seats and no waitlist: SESSION_FULL', async () => {
    const session = await scheduleSession(system, programme.id, { capacity: group().students + group().teachers, waitlist: false });
    const first = await graphql(system.url, REQUEST_BOOKING, { input: { sessionId: session.id, schoolId: schools[2], ...group() } }, await asSchool(schools[2]!));
    expect(first.data.requestBooking.booking.status).toBe('CONFIRMED');
    await expectRefused('ALREADY_BOOKED', { sessionId: session.id, schoolId: schools[2], ...group() }, session.id);
    await expectRefused('SESSION_FULL', { sessionId: session.id, schoolId: schools[3], ...group() }, session.id);
  });
});

describe('sessions and pairings refused with a userError, writing nothing', () => {
  async function expectSessionRefused(code: string, mutation: string, variables: Record<string, unknown>, headers: Record<string, string>) {
    const before = await snapshot(system);
    const answer = await graphql(system.url, mutation, variables, headers);
    expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
    const payload = Object.values(answer.data)[0] as { userErrors: { code: string }[] };
    expect(payload.userErrors.map((error) => error.code)).toEqual([code]);
    expect(await snapshot(system)).toEqual(before);
  }

  const inDays = (days: number) => new Date(Date.now() + days * 86400_000).toISOString();

  it('refuses impossible sessions', async () => {
    const admin = await asAdmin();
    const valid = { programmeId: programme.id, startsAt: inDays(3), endsAt: inDays(3.1), capacity: 20 };
    await expectSessionRefused('INVALID_CAPACITY', SCHEDULE_SESSION, { input: { ...valid, capacity: 0 } }, admin);
    await expectSessionRefused('INVALID_TIMES', SCHEDULE_SESSION, { input: { ...valid, endsAt: inDays(2.9) } }, admin);
    await expectSessionRefused('INVALID_TIMES', SCHEDULE_SESSION, { input: { ...valid, startsAt: inDays(-1), endsAt: inDays(-0.9) } }, admin);
    await expectSessionRefused('INVALID_OFFER', SCHEDULE_SESSION, { input: { ...valid, talkId: 'tlk_1' } }, admin);
    const draft = await programmeWhere(sql`p.status <> 'PUBLISHED'`);
    await expectSessionRefused('OFFER_NOT_AVAILABLE', SCHEDULE_SESSION, { input: { ...valid, programmeId: `prg_${draft.id}` } }, admin);
    const barred = await programmeWhere(sql`p.status = 'PUBLISHED' and v.compliance_status in ('BLACKLISTED', 'SUSPENDED')`);
    await expectSessionRefused('VENUE_NOT_BOOKABLE', SCHEDULE_SESSION, { input: { ...valid, programmeId: `prg_${barred.id}` } }, admin);
  });

  it('refuses lowering capacity below the seats held, and cancelling a session without a reason', async () => {
    const session = await scheduleSession(system, programme.id, { capacity: 30 });
    await graphql(system.url, REQUEST_BOOKING, { input: { sessionId: session.id, schoolId: schools[4], ...group() } }, await asSchool(schools[4]!));
    const venue = await asVenue(programme.venueId);
    await expectSessionRefused('CAPACITY_BELOW_HELD', `mutation($id: ID!) { updateSession(input: { id: $id, capacity: 1 }) { session { id } userErrors { code } } }`, { id: session.id }, venue);
    await expectSessionRefused('REASON_REQUIRED', `mutation($id: ID!) { cancelSession(id: $id, reason: " ") { session { id } userErrors { code } } }`, { id: session.id }, venue);
    const raised = await graphql(system.url, `mutation($id: ID!) { updateSession(input: { id: $id, capacity: 40 }) { session { capacity seatsLeft } userErrors { code } } }`, { id: session.id }, venue);
    expect(raised.data.updateSession.session.capacity).toBe(40);
  });

  it('pairs a school with a venue once, even asked six times at once, and refuses what cannot be a pairing', async () => {
    const school = schools[5]!;
    const headers = await asSchool(school);
    const CREATE = `mutation($input: CreatePairingInput!) { createPairing(input: $input) { pairing { id kind active venue { id } } userErrors { code } } }`;
    const input = { schoolId: school, kind: 'PARTNER_VENUE', venueId: programme.venueId, startsOn: '2026-09-01' };
    const attempts = await Promise.all(Array.from({ length: 6 }, () => graphql(system.url, CREATE, { input }, headers)));
    const made = attempts.filter((answer) => answer.data.createPairing.pairing);
    expect(made).toHaveLength(1);
    expect(attempts.filter((answer) => answer.data.createPairing.userErrors[0]?.code === 'ALREADY_PAIRED')).toHaveLength(5);
    const created = made[0]!;
    expect(created.data.createPairing.pairing).toMatchObject({ kind: 'PARTNER_VENUE', active: true, venue: { id: programme.venueId } });
    await expectSessionRefused('ALREADY_PAIRED', CREATE, { input }, headers);
    await expectSessionRefused('INVALID_PAIRING', CREATE, { input: { ...input, kind: 'SCIENCE_VICE_PRINCIPAL' } }, headers);
    await expectSessionRefused('INVALID_DATES', CREATE, { input: { ...input, endsOn: '2026-08-01' } }, headers);
    await expectSessionRefused('PARTNER_NOT_FOUND', CREATE, { input: { ...input, venueId: 'ven_987654' } }, headers);
    const ended = await graphql(system.url, `mutation($id: ID!) { endPairing(id: $id, endsOn: "2026-09-30") { pairing { endsOn active } userErrors { code } } }`, { id: created.data.createPairing.pairing.id }, headers);
    expect(ended.data.endPairing).toEqual({ pairing: { endsOn: '2026-09-30', active: false }, userErrors: [] });
  });
});

describe('who may see and change bookings', () => {
  let bookingId: string;
  let sessionId: string;
  let owner: string;
  beforeAll(async () => {
    owner = schools[10]!;
    const session = await scheduleSession(system, programme.id, { capacity: 60, confirmation: 'APPROVAL' });
    sessionId = session.id;
    const answer = await graphql(system.url, REQUEST_BOOKING, { input: { sessionId, schoolId: owner, ...group() } }, await asSchool(owner));
    bookingId = answer.data.requestBooking.booking.id;
  });

  const READ = `query($id: ID!) { booking(id: $id) { id students school { name contactPhone } } }`;

  it('shows a booking to its school, the session\'s venue and the school\'s district, and to nobody else', async () => {
    const [{ district }] = await query<{ district: string }>(sql`select district from bookings.schools where id = ${Number(owner.slice(4))}`);
    const [{ other }] = await query<{ other: string }>(sql`select min(district) as other from bookings.schools where district <> ${district}`);
    const own = await graphql(system.url, READ, { id: bookingId }, await asSchool(owner));
    expect(own.data.booking.school.contactPhone).toBeTruthy();
    const byVenue = await graphql(system.url, READ, { id: bookingId }, await asVenue(programme.venueId));
    expect(byVenue.data.booking).toMatchObject({ id: bookingId, students: group().students, school: { contactPhone: null } });
    expect(byVenue.data.booking.school.name).toBeTruthy();
    const byDistrict = await graphql(system.url, READ, { id: bookingId }, await signedIn({ role: 'district', district }));
    expect(byDistrict.data.booking.school.contactPhone).toBeTruthy();

    expect((await graphql(system.url, READ, { id: bookingId }, await asSchool(schools[11]!))).data.booking).toBeNull();
    expect((await graphql(system.url, READ, { id: bookingId }, await signedIn({ role: 'district', district: other }))).data.booking).toBeNull();
    expect((await graphql(system.url, READ, { id: bookingId }, await asVenue('ven_987654'))).data.booking).toBeNull();
    expect((await graphql(system.url, READ, { id: bookingId })).data.booking).toBeNull();
    const anonymousList = await graphql(system.url, `query($id: ID!) { school(id: $id) { contactPhone bookings { totalCount } } session(id: "${sessionId}") { seatsLeft bookings { totalCount } } }`, { id: owner });
    expect(anonymousList.data).toEqual({ school: { contactPhone: null, bookings: { totalCount: 0 } }, session: { seatsLeft: 60 - group().students - group().teachers, bookings: { totalCount: 0 } } });
  });

  it('lists a venue\'s incoming requests for the venue, and its school\'s bookings for the school', async () => {
    const venueList = await graphql(system.url, `query($id: ID!) { venue(id: $id) { bookingRequests(filter: { statuses: [REQUESTED] }, first: 100) { totalCount edges { node { id status } } } } }`, { id: programme.venueId }, await asVenue(programme.venueId));
    expect(venueList.data.venue.bookingRequests.edges.map((edge: any) => edge.node.id)).toContain(bookingId);
    expect(venueList.data.venue.bookingRequests.edges.every((edge: any) => edge.node.status === 'REQUESTED')).toBe(true);
    const otherVenue = await graphql(system.url, `query($id: ID!) { venue(id: $id) { bookingRequests { totalCount } } }`, { id: programme.venueId }, await asVenue('ven_1'));
    expect(otherVenue.data.venue.bookingRequests.totalCount).toBe(programme.venueId === 'ven_1' ? venueList.data.venue.bookingRequests.totalCount : 0);
    const schoolList = await graphql(system.url, `query($id: ID!) { school(id: $id) { upcoming: bookings(filter: { upcoming: true }) { edges { node { id } } } past: bookings(filter: { past: true }) { edges { node { id } } } } }`, { id: owner }, await asSchool(owner));
    expect(schoolList.data.school.upcoming.edges.map((edge: any) => edge.node.id)).toContain(bookingId);
    expect(schoolList.data.school.past.edges.map((edge: any) => edge.node.id)).not.toContain(bookingId);
  });

  it('refuses changes by anyone but the school or the session\'s host, and changes nothing', async () => {
    const before = await snapshot(system, sessionId);
    const cancel = `mutation($id: ID!) { cancelBooking(id: $id, reason: "不需要") { booking { status } userErrors { code } } }`;
    const confirm = `mutation($id: ID!) { confirmBooking(id: $id) { booking { status } userErrors { code } } }`;
    expect(errorCodes(await graphql(system.url, cancel, { id: bookingId }))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await graphql(system.url, cancel, { id: bookingId }, await asSchool(schools[11]!)))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await graphql(system.url, confirm, { id: bookingId }, await asSchool(owner)))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await graphql(system.url, confirm, { id: bookingId }, await asVenue('ven_987654')))).toEqual(['FORBIDDEN']);
    const forOther = await graphql(system.url, REQUEST_BOOKING, { input: { sessionId, schoolId: schools[12], ...group() } }, await asSchool(owner));
    expect(errorCodes(forOther)).toEqual(['FORBIDDEN']);
    const venueSchedules = await graphql(system.url, SCHEDULE_SESSION, { input: { programmeId: programme.id, startsAt: new Date(Date.now() + 86400_000).toISOString(), endsAt: new Date(Date.now() + 90000_000).toISOString(), capacity: 10 } }, await asVenue('ven_987654'));
    expect(errorCodes(venueSchedules)).toEqual(['FORBIDDEN']);
    const otherVenue = await asVenue('ven_987654');
    expect(errorCodes(await graphql(system.url, `mutation($id: ID!) { cancelSession(id: $id, reason: "不办了") { userErrors { code } } }`, { id: sessionId }, otherVenue))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await graphql(system.url, `mutation($id: ID!) { updateSession(input: { id: $id, capacity: 100 }) { userErrors { code } } }`, { id: sessionId }, otherVenue))).toEqual(['FORBIDDEN']);
    expect(await snapshot(system, sessionId)).toEqual(before);
  });

  it('lets the venue cancel a school\'s booking only with a reason', async () => {
    const venue = await asVenue(programme.venueId);
    const before = await snapshot(system, sessionId);
    const CANCEL = `mutation($id: ID!, $reason: String) { cancelBooking(id: $id, reason: $reason) { booking { status history { actor reason } } userErrors { code } } }`;
    const silent = await graphql(system.url, CANCEL, { id: bookingId }, venue);
    expect(silent.data.cancelBooking).toEqual({ booking: null, userErrors: [{ code: 'REASON_REQUIRED' }] });
    expect(await snapshot(system, sessionId)).toEqual(before);
    const explained = await graphql(system.url, CANCEL, { id: bookingId, reason: '讲解员生病' }, venue);
    expect(explained.data.cancelBooking.booking.status).toBe('CANCELLED');
    expect(explained.data.cancelBooking.booking.history.at(-1)).toEqual({ actor: programme.venueId, reason: '讲解员生病' });
  });

  it('lets only the school, its district or an administrator pair it', async () => {
    const school = schools[13]!;
    const [{ district }] = await query<{ district: string }>(sql`select district from bookings.schools where id = ${Number(school.slice(4))}`);
    const [{ other }] = await query<{ other: string }>(sql`select min(district) as other from bookings.schools where district <> ${district}`);
    const CREATE = `mutation($input: CreatePairingInput!) { createPairing(input: $input) { pairing { id school { id } } userErrors { code } } }`;
    const input = { schoolId: school, kind: 'PARTNER_VENUE', venueId: programme.venueId, startsOn: '2026-09-01' };
    const before = await snapshot(system);
    expect(errorCodes(await graphql(system.url, CREATE, { input }, await signedIn({ role: 'district', district: other })))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await graphql(system.url, CREATE, { input }, await asSchool(schools[14]!)))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await graphql(system.url, CREATE, { input }, await asVenue(programme.venueId)))).toEqual(['FORBIDDEN']);
    expect(await snapshot(system)).toEqual(before);
    const byDistrict = await graphql(system.url, CREATE, { input }, await signedIn({ role: 'district', district }));
    expect(byDistrict.data.createPairing.pairing.school.id).toBe(school);
    const END = `mutation($id: ID!) { endPairing(id: $id, endsOn: "2026-12-31") { pairing { endsOn } userErrors { code } } }`;
    expect(errorCodes(await graphql(system.url, END, { id: byDistrict.data.createPairing.pairing.id }, await asSchool(schools[14]!)))).toEqual(['FORBIDDEN']);
  });
});
