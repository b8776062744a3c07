import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KepuClaims } from '../../gateway/auth.js';
import type { System } from '../../gateway/system.js';
import { createApiKey } from '../support/access.js';
import { signedIn } from '../support/bearer.js';
import { programmeForEveryone, scheduleSession } from '../support/bookings.js';
import { graphql, startTestSystem, type GraphQLAnswer } from '../support/system.js';

/**
 * Every role against every protected field and mutation, through the gateway. Each check is run by
 * every actor; the outcome is `allowed` / `shown`, `hidden` (null where hiding existence is right),
 * a permission error's code, or the userError a business rule answers once permission is granted.
 * Refused attempts run first, all of them, and must leave every table as it was.
 */
const ACTORS = ['anonymous', 'apiKey', 'school', 'otherSchool', 'venue', 'otherVenue', 'expert', 'district', 'otherDistrict', 'admin'] as const;
type Actor = (typeof ACTORS)[number];
type Outcome = string;
const REFUSALS = ['UNAUTHENTICATED', 'FORBIDDEN'];

interface Check {
  name: string;
  query: string;
  /** Variables for an actor; a mutation that can succeed only once gets a target of its own per allowed actor. */
  variables?: (actor: Actor) => Record<string, unknown>;
  /** What the answer's data shows when no error was raised. */
  read: (data: any) => Outcome;
  expected: Record<Actor, Outcome>;
}

let system: System;
const headers = {} as Record<Actor, Record<string, string>>;
let school: { id: string; district: string };
let otherSchool: { id: string; district: string };
/** The venue the `venue` actor manages (offering a programme every school may book), its expert, and records made for the run. */
const ids: Record<string, string> = {};
/** A target per allowed actor for mutations that change a record once: bookings to confirm, sessions to cancel… */
const targets: Record<string, Partial<Record<Actor, string>>> = {};

beforeAll(async () => {
  system = await startTestSystem();
  const programme = await programmeForEveryone(system);
  ids.programme = programme.id;
  ids.venue = programme.venueId;
  ids.otherVenue = await otherPublishedVenue(ids.venue);
  [school, otherSchool] = await schoolsInTwoDistricts();
  headers.admin = await signedIn({ role: 'admin' }, 'matrix-admin');
  ids.expert = (await asAdmin(`mutation($input: CreateExpertInput!) { createExpert(input: $input) { expert { id } } }`, { input: expertInput() })).createExpert.expert.id;
  await asAdmin(`mutation($id: ID!) { publishExpert(id: $id) { userErrors { code } } }`, { id: ids.expert });

  const claims: Record<Exclude<Actor, 'anonymous' | 'apiKey' | 'admin'>, KepuClaims> = {
    school: { role: 'school', schoolId: school.id },
    otherSchool: { role: 'school', schoolId: otherSchool.id },
    venue: { role: 'venue', venueId: ids.venue },
    otherVenue: { role: 'venue', venueId: ids.otherVenue },
    expert: { role: 'expert', expertId: ids.expert },
    district: { role: 'district', district: school.district },
    otherDistrict: { role: 'district', district: otherSchool.district },
  };
  headers.anonymous = {};
  headers.apiKey = { 'x-api-key': (await createApiKey(system.url, { name: 'Matrix app' })).key };
  for (const [actor, claim] of Object.entries(claims)) headers[actor as Actor] = await signedIn(claim, `matrix-${actor}`);
  await createCatalogueRecords();
  await createBookingRecords();
  await createComplianceRecords();
});

const ISSUE_NOTICE = `mutation($input: IssueRectificationNoticeInput!) { issueRectificationNotice(input: $input) { notice { id } userErrors { code } } }`;
const noticeInput = (venueId: string) => ({ venueId, reason: '矩阵整改', deadline: new Date(Date.now() + 30 * 86400_000).toISOString() });
/** The district of the `venue` actor's venue, whose account sees that venue's notices. */
let venueDistrict = '';

/** A venue in the `district` actor's district to issue notices to, and open notices to close. */
async function createComplianceRecords(): Promise<void> {
  const answer = await graphql(system.url, `query($district: String!) { venues(first: 1, filter: { districts: [$district], complianceStatuses: [WHITELISTED] }) { edges { node { id } } } }`, { district: school.district });
  ids.districtVenue = answer.data.venues.edges[0].node.id;
  venueDistrict = (await graphql(system.url, `query($id: ID!) { venue(id: $id) { district } }`, { id: ids.venue })).data.venue.district;
  const issue = async (venueId: string) => (await asAdmin(ISSUE_NOTICE, { input: noticeInput(venueId) })).issueRectificationNotice.notice.id as string;
  ids.venueNotice = await issue(ids.venue);
  ids.notice = await issue(ids.districtVenue);
  targets.closeRectificationNotice = { district: await issue(ids.districtVenue), admin: await issue(ids.districtVenue) };
  const ADD = `mutation($a: ID!, $v: ID!) { addAllianceMember(allianceId: $a, venueId: $v) { userErrors { code } } }`;
  ids.alliance = (await asAdmin(`mutation($d: String) { createAlliance(input: { name: "矩阵联盟", city: "Beijing", district: $d }) { alliance { id } userErrors { code } } }`, { d: school.district })).createAlliance.alliance.id;
  for (const member of [ids.venue, ids.districtVenue]) await asAdmin(ADD, { a: ids.alliance, v: member });
  targets.removeAllianceMember = { district: ids.venue, admin: ids.districtVenue };
  const drawn = await asAdmin(`mutation($d: String) { drawInspection(input: { population: PROVIDERS, percent: 100, district: $d, seed: 1, title: "矩阵抽查" }) { inspection { id items(first: 1) { edges { node { venue { id } } } } } userErrors { code } } }`, { d: school.district });
  ids.inspection = drawn.drawInspection.inspection.id;
  ids.inspectedVenue = drawn.drawInspection.inspection.items.edges[0].node.venue.id;
}
afterAll(() => system?.stop());

async function asAdmin(query: string, variables: Record<string, unknown>): Promise<any> {
  const answer = await graphql(system.url, query, variables, headers.admin);
  const payload = answer.data && Object.values(answer.data)[0] as { userErrors?: unknown[] } | undefined;
  if (answer.errors || payload?.userErrors?.length) throw new Error(JSON.stringify(answer));
  return answer.data;
}

async function otherPublishedVenue(venueId: string): Promise<string> {
  const venues = await graphql(system.url, `{ venues(first: 5) { edges { node { id } } } }`);
  return venues.data.venues.edges.map((edge: any) => edge.node.id).find((id: string) => id !== venueId);
}

async function schoolsInTwoDistricts() {
  const answer = await graphql(system.url, `{ schools(first: 100) { edges { node { id district } } } }`);
  const schools = answer.data.schools.edges.map((edge: any) => edge.node) as { id: string; district: string }[];
  return [schools[0]!, schools.find((candidate) => candidate.district !== schools[0]!.district)!] as const;
}

const ALL_BANDS = ['PRIMARY_LOWER', 'PRIMARY_UPPER', 'JUNIOR', 'SENIOR'];
const VENUE_INPUT = { kind: 'MUSEUM', name: '矩阵测试馆', city: 'Beijing', district: 'Haidian', location: { lat: 39.96, lon: 116.31 } };
const programmeInput = () => ({ venueId: ids.venue, kind: 'WORKSHOP', title: '矩阵工作坊', subjects: ['PHYSICS'], gradeBands: ['JUNIOR'], durationMinutes: 60, groupSize: { min: 5, max: 30 }, delivery: 'ON_SITE' });
const expertInput = () => ({ name: '矩阵专家', fields: ['PHYSICS'], affiliationId: ids.venue, contactEmail: 'matrix@example.org' });
const talkInput = () => ({ expertId: ids.expert, title: '矩阵讲座', subjects: ['PHYSICS'], gradeBands: ALL_BANDS, durationMinutes: 45, maxAudience: 500, delivery: 'IN_SCHOOL' });
const group = { students: 10, teachers: 1 };

async function createCatalogueRecords(): Promise<void> {
  ids.draftVenue = (await asAdmin(`mutation($input: CreateVenueInput!) { createVenue(input: $input) { venue { id } } }`, { input: VENUE_INPUT })).createVenue.venue.id;
  ids.draftProgramme = (await asAdmin(`mutation($input: CreateProgrammeInput!) { createProgramme(input: $input) { programme { id } } }`, { input: programmeInput() })).createProgramme.programme.id;
  ids.draftExpert = (await asAdmin(`mutation($input: CreateExpertInput!) { createExpert(input: $input) { expert { id } } }`, { input: expertInput() })).createExpert.expert.id;
  ids.draftTalk = (await asAdmin(`mutation($input: CreateTalkInput!) { createTalk(input: $input) { talk { id } } }`, { input: talkInput() })).createTalk.talk.id;
  ids.talk = (await asAdmin(`mutation($input: CreateTalkInput!) { createTalk(input: $input) { talk { id } } }`, { input: talkInput() })).createTalk.talk.id;
  await asAdmin(`mutation($id: ID!) { publishTalk(id: $id) { userErrors { code } } }`, { id: ids.talk });
  ids.apiKey = (await createApiKey(system.url, { name: 'Key to revoke' })).id;
  await asAdmin(`mutation($id: ID!) { updateVenue(id: $id, input: { contactPhone: "010-12345678", contactEmail: "office@example.org" }) { userErrors { code } } }`, { id: ids.venue });
}

async function talkSession(daysAhead = 9): Promise<string> {
  const startsAt = new Date(Date.now() + daysAhead * 86400_000);
  const input = { talkId: ids.talk, startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 3600_000).toISOString(), capacity: 500, confirmation: 'APPROVAL' };
  return (await asAdmin(`mutation($input: ScheduleSessionInput!) { scheduleSession(input: $input) { session { id } userErrors { code } } }`, { input })).scheduleSession.session.id;
}

async function book(sessionId: string): Promise<string> {
  const input = { sessionId, schoolId: school.id, ...group };
  return (await asAdmin(`mutation($input: RequestBookingInput!) { requestBooking(input: $input) { booking { id } userErrors { code } } }`, { input })).requestBooking.booking.id;
}

async function pairWith(venueId: string): Promise<string> {
  const input = { schoolId: school.id, kind: 'PARTNER_VENUE', venueId, startsOn: '2026-09-01' };
  return (await asAdmin(`mutation($input: CreatePairingInput!) { createPairing(input: $input) { pairing { id } userErrors { code } } }`, { input })).createPairing.pairing.id;
}

/** Venues the school is not paired with yet, for pairings the matrix creates. */
async function unpairedVenues(count: number): Promise<string[]> {
  const answer = await graphql(system.url, `query($id: ID!) { school(id: $id) { pairings(first: 100) { edges { node { venue { id } } } } } venues(first: 100) { edges { node { id } } } }`, { id: school.id }, headers.admin);
  const paired = new Set(answer.data.school.pairings.edges.map((edge: any) => edge.node.venue?.id));
  return answer.data.venues.edges.map((edge: any) => edge.node.id).filter((id: string) => !paired.has(id) && id !== ids.venue).slice(0, count);
}

async function createBookingRecords(): Promise<void> {
  ids.session = (await scheduleSession(system, ids.programme, { capacity: 500, confirmation: 'APPROVAL' })).id;
  ids.talkSession = await talkSession();
  ids.booking = await book(ids.session);
  ids.talkBooking = await book(ids.talkSession);
  // A school books a session once, so each booking to be changed is in a session of its own.
  let days = 10;
  const programmeSession = async () => (await scheduleSession(system, ids.programme!, { capacity: 50, confirmation: 'APPROVAL', daysAhead: (days += 1) })).id;
  const perActor = async (actors: Actor[], make: () => Promise<string>) => {
    const made: Partial<Record<Actor, string>> = {};
    for (const actor of actors) made[actor] = await make();
    return made;
  };
  targets.requestBooking = await perActor(['school', 'admin'], programmeSession);
  targets.confirmBooking = await perActor(['venue', 'admin'], async () => book(await programmeSession()));
  targets.declineBooking = await perActor(['venue', 'admin'], async () => book(await programmeSession()));
  targets.cancelBooking = await perActor(['school', 'venue', 'admin'], async () => book(await programmeSession()));
  targets.confirmTalkBooking = await perActor(['venue', 'expert', 'admin'], async () => book(await talkSession((days += 1))));
  targets.cancelSession = await perActor(['venue', 'admin'], programmeSession);
  ids.confirmedBooking = await book((await scheduleSession(system, ids.programme!, { capacity: 50, daysAhead: (days += 1) })).id);
  const venues = await unpairedVenues(6);
  targets.createPairing = { school: venues[0], district: venues[1], admin: venues[2] };
  targets.endPairing = await perActor(['school', 'district', 'admin'], () => pairWith(venues.pop()!));
}

/** `allowed` (or the given outcome) for these actors; UNAUTHENTICATED without a token, FORBIDDEN for every other role. */
function onlyFor(actors: Actor[], allowed: Outcome = 'allowed'): Record<Actor, Outcome> {
  return Object.fromEntries(ACTORS.map((actor) => [actor, actors.includes(actor) ? allowed : actor === 'anonymous' || actor === 'apiKey' ? 'UNAUTHENTICATED' : 'FORBIDDEN'])) as Record<Actor, Outcome>;
}

/** `shown` to these actors and `hidden` from every other. */
function shownTo(actors: Actor[]): Record<Actor, Outcome> {
  return Object.fromEntries(ACTORS.map((actor) => [actor, actors.includes(actor) ? 'shown' : 'hidden'])) as Record<Actor, Outcome>;
}

const shownIfPresent = (value: unknown) => (value === null || value === undefined ? 'hidden' : 'shown');
/** A mutation payload: allowed when it answered without userErrors; else the first userError's code. */
const payload = (field: string) => (data: any) => (data[field].userErrors.length === 0 ? 'allowed' : data[field].userErrors[0].code);
const byId = (key: string) => () => ({ id: ids[key] });
const target = (check: string, fallback: string) => (actor: Actor) => ({ id: targets[check]![actor] ?? ids[fallback] });
const VENUE_MANAGERS: Actor[] = ['venue', 'admin'];
const EXPERT_MANAGERS: Actor[] = ['expert', 'venue', 'admin'];
const SCHOOL_SIDE: Actor[] = ['school', 'district', 'admin'];

const readChecks: Check[] = [
  { name: 'a draft venue', query: `query($id: ID!) { venue(id: $id) { id } }`, variables: byId('draftVenue'), read: (data) => shownIfPresent(data.venue), expected: shownTo(['admin']) },
  { name: 'a draft programme', query: `query($id: ID!) { programme(id: $id) { id } }`, variables: byId('draftProgramme'), read: (data) => shownIfPresent(data.programme), expected: shownTo(VENUE_MANAGERS) },
  { name: 'a draft expert profile', query: `query($id: ID!) { expert(id: $id) { id } }`, variables: byId('draftExpert'), read: (data) => shownIfPresent(data.expert), expected: shownTo(VENUE_MANAGERS) },
  { name: 'a draft talk', query: `query($id: ID!) { talk(id: $id) { id } }`, variables: byId('draftTalk'), read: (data) => shownIfPresent(data.talk), expected: shownTo(EXPERT_MANAGERS) },
  { name: "a venue's contact phone", query: `query($id: ID!) { venue(id: $id) { contactPhone } }`, variables: byId('venue'), read: (data) => shownIfPresent(data.venue.contactPhone), expected: shownTo(VENUE_MANAGERS) },
  { name: "a venue's contact e-mail", query: `query($id: ID!) { venue(id: $id) { contactEmail } }`, variables: byId('venue'), read: (data) => shownIfPresent(data.venue.contactEmail), expected: shownTo(VENUE_MANAGERS) },
  { name: "an expert's contact e-mail", query: `query($id: ID!) { expert(id: $id) { contactEmail } }`, variables: byId('expert'), read: (data) => shownIfPresent(data.expert.contactEmail), expected: shownTo(EXPERT_MANAGERS) },
  { name: "a school's contact e-mail", query: `query($id: ID!) { school(id: $id) { contactEmail } }`, variables: () => ({ id: school.id }), read: (data) => shownIfPresent(data.school.contactEmail), expected: shownTo(SCHOOL_SIDE) },
  { name: "a school's contact phone", query: `query($id: ID!) { school(id: $id) { contactPhone } }`, variables: () => ({ id: school.id }), read: (data) => shownIfPresent(data.school.contactPhone), expected: shownTo(SCHOOL_SIDE) },
  { name: 'a booking for a programme session', query: `query($id: ID!) { booking(id: $id) { id students } }`, variables: byId('booking'), read: (data) => shownIfPresent(data.booking), expected: shownTo([...SCHOOL_SIDE, 'venue']) },
  { name: 'a booking for a talk session', query: `query($id: ID!) { booking(id: $id) { id students } }`, variables: byId('talkBooking'), read: (data) => shownIfPresent(data.booking), expected: shownTo([...SCHOOL_SIDE, 'venue', 'expert']) },
  { name: "the booked school's contact phone, through the booking", query: `query($id: ID!) { booking(id: $id) { school { name contactPhone } } }`, variables: byId('booking'), read: (data) => shownIfPresent(data.booking?.school.contactPhone), expected: shownTo(SCHOOL_SIDE) },
  { name: 'API keys', query: `{ apiKeys(first: 5) { totalCount } }`, read: () => 'allowed', expected: onlyFor(['admin']) },
  { name: "a district's coverage", query: `query($district: String!) { districtCoverage(district: $district) { schoolCount } }`, variables: () => ({ district: school.district }), read: () => 'allowed', expected: onlyFor(['district', 'admin']) },
  { name: 'rectification notices', query: `{ rectificationNotices(first: 5) { totalCount } }`, read: () => 'allowed', expected: onlyFor(['venue', 'otherVenue', 'district', 'otherDistrict', 'admin']) },
  {
    name: "a venue's rectification notices", query: `query($id: ID!) { venue(id: $id) { rectificationNotices { id } } }`, variables: byId('venue'), read: (data) => shownIfPresent(data.venue.rectificationNotices),
    get expected() { return shownTo(['venue', 'admin', ...(venueDistrict === school.district ? ['district' as const] : []), ...(venueDistrict === otherSchool.district ? ['otherDistrict' as const] : [])]); },
  },
  { name: 'published whitelists and blacklists', query: `{ complianceLists(first: 5) { totalCount edges { node { venues(first: 1) { totalCount } } } } }`, read: () => 'shown', expected: shownTo([...ACTORS]) },
  { name: 'random inspections', query: `{ inspections(first: 5) { totalCount } }`, read: () => 'allowed', expected: onlyFor(['district', 'otherDistrict', 'admin']) },
  { name: "a district's inspection", query: `query($id: ID!) { inspection(id: $id) { id } }`, variables: byId('inspection'), read: (data) => shownIfPresent(data.inspection), expected: shownTo(['district', 'admin']) },
  { name: 'the search index status', query: `{ searchIndex { documents } }`, read: () => 'allowed', expected: onlyFor(['admin']) },
];

const catalogueMutations: Check[] = [
  { name: 'createVenue', query: `mutation($input: CreateVenueInput!) { createVenue(input: $input) { userErrors { code } } }`, variables: () => ({ input: VENUE_INPUT }), read: payload('createVenue'), expected: onlyFor(['admin']) },
  { name: 'updateVenue', query: `mutation($id: ID!) { updateVenue(id: $id, input: { openingHours: "9:00-17:00" }) { userErrors { code } } }`, variables: byId('venue'), read: payload('updateVenue'), expected: onlyFor(VENUE_MANAGERS) },
  { name: 'publishVenue', query: `mutation($id: ID!) { publishVenue(id: $id) { userErrors { code } } }`, variables: byId('venue'), read: payload('publishVenue'), expected: onlyFor(VENUE_MANAGERS) },
  { name: 'unpublishVenue (a venue no actor manages)', query: `mutation($id: ID!) { unpublishVenue(id: $id) { userErrors { code } } }`, variables: byId('draftVenue'), read: payload('unpublishVenue'), expected: onlyFor(['admin']) },
  { name: 'setComplianceStatus', query: `mutation($id: ID!) { setComplianceStatus(venueId: $id, status: WHITELISTED, reason: "Inspected") { userErrors { code } } }`, variables: byId('venue'), read: payload('setComplianceStatus'), expected: onlyFor(['admin']) },
  { name: 'createProgramme', query: `mutation($input: CreateProgrammeInput!) { createProgramme(input: $input) { userErrors { code } } }`, variables: () => ({ input: programmeInput() }), read: payload('createProgramme'), expected: onlyFor(VENUE_MANAGERS) },
  { name: 'updateProgramme', query: `mutation($id: ID!) { updateProgramme(id: $id, input: { durationMinutes: 75 }) { userErrors { code } } }`, variables: byId('draftProgramme'), read: payload('updateProgramme'), expected: onlyFor(VENUE_MANAGERS) },
  { name: 'publishProgramme', query: `mutation($id: ID!) { publishProgramme(id: $id) { userErrors { code } } }`, variables: byId('draftProgramme'), read: payload('publishProgramme'), expected: onlyFor(VENUE_MANAGERS) },
  { name: 'unpublishProgramme', query: `mutation($id: ID!) { unpublishProgramme(id: $id) { userErrors { code } } }`, variables: byId('draftProgramme'), read: payload('unpublishProgramme'), expected: onlyFor(VENUE_MANAGERS) },
  { name: 'createExpert', query: `mutation($input: CreateExpertInput!) { createExpert(input: $input) { userErrors { code } } }`, variables: () => ({ input: expertInput() }), read: payload('createExpert'), expected: onlyFor(VENUE_MANAGERS) },
  { name: 'updateExpertProfile', query: `mutation($id: ID!) { updateExpertProfile(id: $id, input: { title: "研究员" }) { userErrors { code } } }`, variables: byId('expert'), read: payload('updateExpertProfile'), expected: onlyFor(EXPERT_MANAGERS) },
  { name: 'publishExpert (another expert of the venue)', query: `mutation($id: ID!) { publishExpert(id: $id) { userErrors { code } } }`, variables: byId('draftExpert'), read: payload('publishExpert'), expected: onlyFor(VENUE_MANAGERS) },
  { name: 'unpublishExpert (another expert of the venue)', query: `mutation($id: ID!) { unpublishExpert(id: $id) { userErrors { code } } }`, variables: byId('draftExpert'), read: payload('unpublishExpert'), expected: onlyFor(VENUE_MANAGERS) },
  { name: 'createTalk', query: `mutation($input: CreateTalkInput!) { createTalk(input: $input) { userErrors { code } } }`, variables: () => ({ input: talkInput() }), read: payload('createTalk'), expected: onlyFor(EXPERT_MANAGERS) },
  { name: 'updateTalk', query: `mutation($id: ID!) { updateTalk(id: $id, input: { maxAudience: 400 }) { userErrors { code } } }`, variables: byId('draftTalk'), read: payload('updateTalk'), expected: onlyFor(EXPERT_MANAGERS) },
  { name: 'publishTalk', query: `mutation($id: ID!) { publishTalk(id: $id) { userErrors { code } } }`, variables: byId('draftTalk'), read: payload('publishTalk'), expected: onlyFor(EXPERT_MANAGERS) },
  { name: 'unpublishTalk', query: `mutation($id: ID!) { unpublishTalk(id: $id) { userErrors { code } } }`, variables: byId('draftTalk'), read: payload('unpublishTalk'), expected: onlyFor(EXPERT_MANAGERS) },
  { name: 'createApiKey', query: `mutation { createApiKey(input: { name: "Matrix", scopes: ["catalogue:read"] }) { userErrors { code } } }`, read: payload('createApiKey'), expected: onlyFor(['admin']) },
  { name: 'rebuildSearchIndex', query: `mutation { rebuildSearchIndex { userErrors { code } } }`, read: payload('rebuildSearchIndex'), expected: onlyFor(['admin']) },
  { name: 'revokeApiKey', query: `mutation($id: ID!) { revokeApiKey(id: $id) { userErrors { code } } }`, variables: byId('apiKey'), read: payload('revokeApiKey'), expected: onlyFor(['admin']) },
];

const inFuture = (days: number, hours = 2) => {
  const startsAt = new Date(Date.now() + days * 86400_000);
  return { startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + hours * 3600_000).toISOString() };
};

const DRAW_INSPECTION = `mutation($d: String) { drawInspection(input: { population: SCHOOLS, percent: 10, district: $d, title: "矩阵抽查" }) { userErrors { code } } }`;

const bookingMutations: Check[] = [
  { name: 'scheduleSession of a programme', query: `mutation($input: ScheduleSessionInput!) { scheduleSession(input: $input) { userErrors { code } } }`, variables: () => ({ input: { programmeId: ids.programme, ...inFuture(20), capacity: 40 } }), read: payload('scheduleSession'), expected: onlyFor(VENUE_MANAGERS) },
  { name: 'scheduleSession of a talk', query: `mutation($input: ScheduleSessionInput!) { scheduleSession(input: $input) { userErrors { code } } }`, variables: () => ({ input: { talkId: ids.talk, ...inFuture(21, 1), capacity: 40 } }), read: payload('scheduleSession'), expected: onlyFor(EXPERT_MANAGERS) },
  { name: 'updateSession', query: `mutation($id: ID!) { updateSession(input: { id: $id, capacity: 450 }) { userErrors { code } } }`, variables: byId('session'), read: payload('updateSession'), expected: onlyFor(VENUE_MANAGERS) },
  { name: 'cancelSession', query: `mutation($id: ID!) { cancelSession(id: $id, reason: "Closed for repairs") { userErrors { code } } }`, variables: target('cancelSession', 'session'), read: payload('cancelSession'), expected: onlyFor(VENUE_MANAGERS) },
  { name: 'requestBooking for the school', query: `mutation($input: RequestBookingInput!) { requestBooking(input: $input) { userErrors { code } } }`, variables: (actor) => ({ input: { sessionId: targets.requestBooking![actor] ?? ids.session, schoolId: school.id, ...group } }), read: payload('requestBooking'), expected: onlyFor(['school', 'admin']) },
  { name: 'confirmBooking for a programme session', query: `mutation($id: ID!) { confirmBooking(id: $id) { userErrors { code } } }`, variables: target('confirmBooking', 'booking'), read: payload('confirmBooking'), expected: onlyFor(VENUE_MANAGERS) },
  { name: 'confirmBooking for a talk session', query: `mutation($id: ID!) { confirmBooking(id: $id) { userErrors { code } } }`, variables: target('confirmTalkBooking', 'talkBooking'), read: payload('confirmBooking'), expected: onlyFor(EXPERT_MANAGERS) },
  { name: 'declineBooking', query: `mutation($id: ID!) { declineBooking(id: $id, reason: "Full") { userErrors { code } } }`, variables: target('declineBooking', 'booking'), read: payload('declineBooking'), expected: onlyFor(VENUE_MANAGERS) },
  { name: 'cancelBooking', query: `mutation($id: ID!) { cancelBooking(id: $id, reason: "Exams") { userErrors { code } } }`, variables: target('cancelBooking', 'booking'), read: payload('cancelBooking'), expected: onlyFor(['school', 'venue', 'admin']) },
  { name: 'markAttendance (before the session starts)', query: `mutation($id: ID!) { markAttendance(id: $id, attended: true) { userErrors { code } } }`, variables: byId('confirmedBooking'), read: payload('markAttendance'), expected: onlyFor(VENUE_MANAGERS, 'SESSION_NOT_STARTED') },
  { name: 'createPairing', query: `mutation($input: CreatePairingInput!) { createPairing(input: $input) { userErrors { code } } }`, variables: (actor) => ({ input: { schoolId: school.id, kind: 'PARTNER_VENUE', venueId: targets.createPairing![actor] ?? ids.otherVenue, startsOn: '2026-09-01' } }), read: payload('createPairing'), expected: onlyFor(SCHOOL_SIDE) },
  { name: 'setCoverageTarget', query: `mutation($district: String!) { setCoverageTarget(input: { district: $district, measure: PARTNER_VENUE, percent: 100, dueOn: "2099-07-01" }) { userErrors { code } } }`, variables: () => ({ district: school.district }), read: payload('setCoverageTarget'), expected: onlyFor(['district', 'admin']) },
  { name: 'issueRectificationNotice', query: ISSUE_NOTICE, variables: () => ({ input: noticeInput(ids.districtVenue!) }), read: payload('issueRectificationNotice'), expected: onlyFor(['district', 'admin']) },
  { name: 'closeRectificationNotice', query: `mutation($id: ID!) { closeRectificationNotice(id: $id, note: "复查合格") { userErrors { code } } }`, variables: target('closeRectificationNotice', 'notice'), read: payload('closeRectificationNotice'), expected: onlyFor(['district', 'admin']) },
  { name: 'publishComplianceList', query: `mutation { publishComplianceList(input: { list: WHITELIST, title: "矩阵白名单" }) { userErrors { code } } }`, read: payload('publishComplianceList'), expected: onlyFor(['district', 'otherDistrict', 'admin']) },
  { name: 'createAlliance', query: `mutation { createAlliance(input: { name: "矩阵联盟", city: "Beijing" }) { userErrors { code } } }`, read: payload('createAlliance'), expected: onlyFor(['district', 'otherDistrict', 'admin']) },
  { name: 'addAllianceMember', query: `mutation($a: ID!, $v: ID!) { addAllianceMember(allianceId: $a, venueId: $v) { userErrors { code } } }`, variables: () => ({ a: ids.alliance, v: ids.otherVenue }), read: payload('addAllianceMember'), expected: onlyFor(['district', 'admin']) },
  { name: 'removeAllianceMember', query: `mutation($a: ID!, $v: ID!) { removeAllianceMember(allianceId: $a, venueId: $v) { userErrors { code } } }`, variables: (actor) => ({ a: ids.alliance, v: targets.removeAllianceMember![actor] ?? ids.venue }), read: payload('removeAllianceMember'), expected: onlyFor(['district', 'admin']) },
  { name: 'drawInspection of its own district', query: DRAW_INSPECTION, variables: (actor) => ({ d: actor === 'admin' ? school.district : null }), read: payload('drawInspection'), expected: onlyFor(['district', 'otherDistrict', 'admin']) },
  { name: "drawInspection of the school's district", query: DRAW_INSPECTION, variables: () => ({ d: school.district }), read: payload('drawInspection'), expected: onlyFor(['district', 'admin']) },
  { name: 'recordInspectionFinding', query: `mutation($i: ID!, $v: ID!) { recordInspectionFinding(input: { inspectionId: $i, itemId: $v, outcome: COMPLIANT, note: "合格" }) { userErrors { code } } }`, variables: () => ({ i: ids.inspection, v: ids.inspectedVenue }), read: payload('recordInspectionFinding'), expected: onlyFor(['district', 'admin']) },
  { name: 'endPairing', query: `mutation($id: ID!) { endPairing(id: $id, endsOn: "2027-07-01") { userErrors { code } } }`, variables: (actor) => ({ id: targets.endPairing![actor] ?? targets.endPairing!.admin }), read: payload('endPairing'), expected: onlyFor(SCHOOL_SIDE) },
];

const mutationChecks = [...catalogueMutations, ...bookingMutations];

async function outcome(check: Check, actor: Actor): Promise<Outcome> {
  const answer: GraphQLAnswer = await graphql(system.url, check.query, check.variables?.(actor), headers[actor]);
  if (answer.errors?.length) return answer.errors[0]!.extensions?.code ?? 'ERROR';
  return check.read(answer.data);
}

async function run(check: Check, actors: readonly Actor[]): Promise<Partial<Record<Actor, Outcome>>> {
  const outcomes: Partial<Record<Actor, Outcome>> = {};
  for (const actor of actors) outcomes[actor] = await outcome(check, actor);
  return outcomes;
}

function expectedFor(check: Check, refused: boolean): Partial<Record<Actor, Outcome>> {
  return Object.fromEntries(ACTORS.filter((actor) => REFUSALS.includes(check.expected[actor]) === refused).map((actor) => [actor, check.expected[actor]]));
}

/** Row counts and checksums of every table but the rate windows. */
async function snapshotTables(): Promise<Record<string, string>> {
  const sql = system.databases.venues.sql;
  const tables = await sql<{ schema: string; name: string }[]>`
    select table_schema as schema, table_name as name from information_schema.tables
    where table_schema in ('venues', 'courses', 'experts', 'bookings', 'access') and table_type = 'BASE TABLE'
      and not (table_schema = 'access' and table_name = 'rate_windows')`;
  const snapshot: Record<string, string> = {};
  for (const { schema, name } of tables) {
    const [row] = await sql.unsafe(`select count(*) || ' ' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '') as state from "${schema}"."${name}" t`);
    snapshot[`${schema}.${name}`] = row!.state;
  }
  return snapshot;
}

describe('permission matrix', () => {
  it.each(readChecks.map((check) => [check.name, check] as const))('reading %s', async (_, check) => {
    expect(await run(check, ACTORS)).toEqual(check.expected);
  });

  it('refused mutations change nothing, and each refusal says why', async () => {
    const before = await snapshotTables();
    const refused: Record<string, Partial<Record<Actor, Outcome>>> = {};
    const expected: Record<string, Partial<Record<Actor, Outcome>>> = {};
    for (const check of mutationChecks) {
      expected[check.name] = expectedFor(check, true);
      refused[check.name] = await run(check, Object.keys(expected[check.name]!) as Actor[]);
    }
    expect(refused).toEqual(expected);
    expect(await snapshotTables()).toEqual(before);
  });

  it('permitted mutations go through for owners, their districts and admins', async () => {
    const permitted: Record<string, Partial<Record<Actor, Outcome>>> = {};
    const expected: Record<string, Partial<Record<Actor, Outcome>>> = {};
    for (const check of mutationChecks) {
      expected[check.name] = expectedFor(check, false);
      permitted[check.name] = await run(check, Object.keys(expected[check.name]!) as Actor[]);
    }
    expect(permitted).toEqual(expected);
  });
});
