import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KepuClaims } from '../../gateway/auth.js';
import type { System } from '../../gateway/system.js';
import { bearer, createApiKey } from '../support/access.js';
import { graphql, startTestSystem, type GraphQLAnswer } from '../support/system.js';

/**
 * Every role against every protected field and mutation, through the gateway. Each check is run
 * by every actor; the outcome is `allowed` / `shown`, `hidden` (null where hiding existence is
 * right), or the error code. Refused mutations run first, and must leave every table as it was.
 */
const ACTORS = ['anonymous', 'apiKey', 'school', 'otherSchool', 'venue', 'otherVenue', 'expert', 'district', 'otherDistrict', 'admin'] as const;
type Actor = (typeof ACTORS)[number];
type Outcome = string;

interface Check {
  name: string;
  query: string;
  variables?: () => Record<string, unknown>;
  /** What the answer's data shows when no error was raised. */
  read: (data: any) => Outcome;
  expected: Record<Actor, Outcome>;
}

let system: System;
const headers = {} as Record<Actor, Record<string, string>>;
/** The venue the `venue` actor manages, an expert affiliated with it, and records created for the run. */
const ids = {} as Record<'venue' | 'otherVenue' | 'expert' | 'draftVenue' | 'draftProgramme' | 'draftExpert' | 'draftTalk' | 'apiKey', string>;

beforeAll(async () => {
  system = await startTestSystem();
  const experts = await graphql(system.url, `{ experts(first: 50) { edges { node { id affiliation { id } } } } }`);
  const affiliated = experts.data.experts.edges.map((edge: any) => edge.node).find((expert: any) => expert.affiliation);
  ids.venue = affiliated.affiliation.id;
  ids.expert = affiliated.id;
  const venues = await graphql(system.url, `{ venues(first: 5) { edges { node { id } } } }`);
  ids.otherVenue = venues.data.venues.edges.map((edge: any) => edge.node.id).find((id: string) => id !== ids.venue);

  const claims: Record<Exclude<Actor, 'anonymous' | 'apiKey'>, KepuClaims> = {
    school: { role: 'school', schoolId: 'sch_1' },
    otherSchool: { role: 'school', schoolId: 'sch_2' },
    venue: { role: 'venue', venueId: ids.venue },
    otherVenue: { role: 'venue', venueId: ids.otherVenue },
    expert: { role: 'expert', expertId: ids.expert },
    district: { role: 'district', district: 'Haidian' },
    otherDistrict: { role: 'district', district: 'Xicheng' },
    admin: { role: 'admin' },
  };
  headers.anonymous = {};
  headers.apiKey = { 'x-api-key': (await createApiKey(system.url, { name: 'Matrix app' })).key };
  for (const [actor, claim] of Object.entries(claims)) headers[actor as Actor] = await bearer(claim, `matrix-${actor}`);
  await createRecords();
});
afterAll(() => system?.stop());

async function asAdmin(query: string, variables: Record<string, unknown>): Promise<any> {
  const answer = await graphql(system.url, query, variables, headers.admin);
  if (answer.errors) throw new Error(JSON.stringify(answer.errors));
  return answer.data;
}

const VENUE_INPUT = { kind: 'MUSEUM', name: '矩阵测试馆', city: 'Beijing', district: 'Haidian', location: { lat: 39.96, lon: 116.31 } };
const programmeInput = () => ({ venueId: ids.venue, kind: 'WORKSHOP', title: '矩阵工作坊', subjects: ['PHYSICS'], gradeBands: ['JUNIOR'], durationMinutes: 60, groupSize: { min: 5, max: 30 }, delivery: 'ON_SITE' });
const expertInput = () => ({ name: '矩阵专家', fields: ['PHYSICS'], affiliationId: ids.venue, contactEmail: 'matrix@example.org' });
const talkInput = () => ({ expertId: ids.expert, title: '矩阵讲座', subjects: ['PHYSICS'], gradeBands: ['JUNIOR'], durationMinutes: 45, maxAudience: 100, delivery: 'IN_SCHOOL' });

async function createRecords(): Promise<void> {
  ids.draftVenue = (await asAdmin(`mutation($input: CreateVenueInput!) { createVenue(input: $input) { venue { id } } }`, { input: VENUE_INPUT })).createVenue.venue.id;
  ids.draftProgramme = (await asAdmin(`mutation($input: CreateProgrammeInput!) { createProgramme(input: $input) { programme { id } } }`, { input: programmeInput() })).createProgramme.programme.id;
  ids.draftExpert = (await asAdmin(`mutation($input: CreateExpertInput!) { createExpert(input: $input) { expert { id } } }`, { input: expertInput() })).createExpert.expert.id;
  ids.draftTalk = (await asAdmin(`mutation($input: CreateTalkInput!) { createTalk(input: $input) { talk { id } } }`, { input: talkInput() })).createTalk.talk.id;
  ids.apiKey = (await createApiKey(system.url, { name: 'Key to revoke' })).id;
  await asAdmin(`mutation($id: ID!) { updateVenue(id: $id, input: { contactPhone: "010-12345678", contactEmail: "office@example.org" }) { venue { id } } }`, { id: ids.venue });
  await asAdmin(`mutation($id: ID!) { updateExpertProfile(id: $id, input: { contactEmail: "expert@example.org" }) { expert { id } } }`, { id: ids.expert });
}

/** `allowed` for these actors; UNAUTHENTICATED without a token, FORBIDDEN for every other role. */
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
const VENUE_MANAGERS: Actor[] = ['venue', 'admin'];
const EXPERT_MANAGERS: Actor[] = ['expert', 'venue', 'admin'];

const readChecks: Check[] = [
  { name: 'a draft venue', query: `query($id: ID!) { venue(id: $id) { id } }`, variables: () => ({ id: ids.draftVenue }), read: (data) => shownIfPresent(data.venue), expected: shownTo(['admin']) },
  { name: 'a draft programme', query: `query($id: ID!) { programme(id: $id) { id } }`, variables: () => ({ id: ids.draftProgramme }), read: (data) => shownIfPresent(data.programme), expected: shownTo(VENUE_MANAGERS) },
  { name: 'a draft expert profile', query: `query($id: ID!) { expert(id: $id) { id } }`, variables: () => ({ id: ids.draftExpert }), read: (data) => shownIfPresent(data.expert), expected: shownTo(VENUE_MANAGERS) },
  { name: 'a draft talk', query: `query($id: ID!) { talk(id: $id) { id } }`, variables: () => ({ id: ids.draftTalk }), read: (data) => shownIfPresent(data.talk), expected: shownTo(EXPERT_MANAGERS) },
  { name: "a venue's contact phone", query: `query($id: ID!) { venue(id: $id) { contactPhone } }`, variables: () => ({ id: ids.venue }), read: (data) => shownIfPresent(data.venue.contactPhone), expected: shownTo(VENUE_MANAGERS) },
  { name: "a venue's contact e-mail", query: `query($id: ID!) { venue(id: $id) { contactEmail } }`, variables: () => ({ id: ids.venue }), read: (data) => shownIfPresent(data.venue.contactEmail), expected: shownTo(VENUE_MANAGERS) },
  { name: "an expert's contact e-mail", query: `query($id: ID!) { expert(id: $id) { contactEmail } }`, variables: () => ({ id: ids.expert }), read: (data) => shownIfPresent(data.expert.contactEmail), expected: shownTo(EXPERT_MANAGERS) },
  { name: 'API keys', query: `{ apiKeys(first: 5) { totalCount } }`, read: () => 'allowed', expected: onlyFor(['admin']) },
];

const mutationChecks: Check[] = [
  { name: 'createVenue', query: `mutation($input: CreateVenueInput!) { createVenue(input: $input) { userErrors { code } } }`, variables: () => ({ input: VENUE_INPUT }), read: payload('createVenue'), expected: onlyFor(['admin']) },
  { name: 'updateVenue', query: `mutation($id: ID!) { updateVenue(id: $id, input: { openingHours: "9:00-17:00" }) { userErrors { code } } }`, variables: () => ({ id: ids.venue }), read: payload('updateVenue'), expected: onlyFor(VENUE_MANAGERS) },
  { name: 'publishVenue', query: `mutation($id: ID!) { publishVenue(id: $id) { userErrors { code } } }`, variables: () => ({ id: ids.venue }), read: payload('publishVenue'), expected: onlyFor(VENUE_MANAGERS) },
  { name: 'unpublishVenue (a venue no actor manages)', query: `mutation($id: ID!) { unpublishVenue(id: $id) { userErrors { code } } }`, variables: () => ({ id: ids.draftVenue }), read: payload('unpublishVenue'), expected: onlyFor(['admin']) },
  { name: 'setComplianceStatus', query: `mutation($id: ID!) { setComplianceStatus(venueId: $id, status: WHITELISTED, reason: "Inspected") { userErrors { code } } }`, variables: () => ({ id: ids.venue }), read: payload('setComplianceStatus'), expected: onlyFor(['admin']) },
  { name: 'createProgramme', query: `mutation($input: CreateProgrammeInput!) { createProgramme(input: $input) { userErrors { code } } }`, variables: () => ({ input: programmeInput() }), read: payload('createProgramme'), expected: onlyFor(VENUE_MANAGERS) },
  { name: 'updateProgramme', query: `mutation($id: ID!) { updateProgramme(id: $id, input: { durationMinutes: 75 }) { userErrors { code } } }`, variables: () => ({ id: ids.draftProgramme }), read: payload('updateProgramme'), expected: onlyFor(VENUE_MANAGERS) },
  { name: 'publishProgramme', query: `mutation($id: ID!) { publishProgramme(id: $id) { userErrors { code } } }`, variables: () => ({ id: ids.draftProgramme }), read: payload('publishProgramme'), expected: onlyFor(VENUE_MANAGERS) },
  { name: 'unpublishProgramme', query: `mutation($id: ID!) { unpublishProgramme(id: $id) { userErrors { code } } }`, variables: () => ({ id: ids.draftProgramme }), read: payload('unpublishProgramme'), expected: onlyFor(VENUE_MANAGERS) },
  { name: 'createExpert', query: `mutation($input: CreateExpertInput!) { createExpert(input: $input) { userErrors { code } } }`, variables: () => ({ input: expertInput() }), read: payload('createExpert'), expected: onlyFor(VENUE_MANAGERS) },
  { name: 'updateExpertProfile', query: `mutation($id: ID!) { updateExpertProfile(id: $id, input: { title: "研究员" }) { userErrors { code } } }`, variables: () => ({ id: ids.expert }), read: payload('updateExpertProfile'), expected: onlyFor(EXPERT_MANAGERS) },
  { name: 'publishExpert (another expert of the venue)', query: `mutation($id: ID!) { publishExpert(id: $id) { userErrors { code } } }`, variables: () => ({ id: ids.draftExpert }), read: payload('publishExpert'), expected: onlyFor(VENUE_MANAGERS) },
  { name: 'unpublishExpert (another expert of the venue)', query: `mutation($id: ID!) { unpublishExpert(id: $id) { userErrors { code } } }`, variables: () => ({ id: ids.draftExpert }), read: payload('unpublishExpert'), expected: onlyFor(VENUE_MANAGERS) },
  { name: 'createTalk', query: `mutation($input: CreateTalkInput!) { createTalk(input: $input) { userErrors { code } } }`, variables: () => ({ input: talkInput() }), read: payload('createTalk'), expected: onlyFor(EXPERT_MANAGERS) },
  { name: 'updateTalk', query: `mutation($id: ID!) { updateTalk(id: $id, input: { maxAudience: 120 }) { userErrors { code } } }`, variables: () => ({ id: ids.draftTalk }), read: payload('updateTalk'), expected: onlyFor(EXPERT_MANAGERS) },
  { name: 'publishTalk', query: `mutation($id: ID!) { publishTalk(id: $id) { userErrors { code } } }`, variables: () => ({ id: ids.draftTalk }), read: payload('publishTalk'), expected: onlyFor(EXPERT_MANAGERS) },
  { name: 'unpublishTalk', query: `mutation($id: ID!) { unpublishTalk(id: $id) { userErrors { code } } }`, variables: () => ({ id: ids.draftTalk }), read: payload('unpublishTalk'), expected: onlyFor(EXPERT_MANAGERS) },
  { name: 'createApiKey', query: `mutation { createApiKey(input: { name: "Matrix", scopes: ["catalogue:read"] }) { userErrors { code } } }`, read: payload('createApiKey'), expected: onlyFor(['admin']) },
  { name: 'revokeApiKey', query: `mutation($id: ID!) { revokeApiKey(id: $id) { userErrors { code } } }`, variables: () => ({ id: ids.apiKey }), read: payload('revokeApiKey'), expected: onlyFor(['admin']) },
];

async function outcome(check: Check, actor: Actor): Promise<Outcome> {
  const answer: GraphQLAnswer = await graphql(system.url, check.query, check.variables?.(), headers[actor]);
  if (answer.errors?.length) return answer.errors[0]!.extensions?.code ?? 'ERROR';
  return check.read(answer.data);
}

async function run(check: Check, actors: readonly Actor[]): Promise<Partial<Record<Actor, Outcome>>> {
  const outcomes: Partial<Record<Actor, Outcome>> = {};
  for (const actor of actors) outcomes[actor] = await outcome(check, actor);
  return outcomes;
}

function pickActors(expected: Record<Actor, Outcome>, allowed: boolean): Actor[] {
  return ACTORS.filter((actor) => (expected[actor] === 'allowed') === allowed);
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
      const actors = pickActors(check.expected, false);
      refused[check.name] = await run(check, actors);
      expected[check.name] = Object.fromEntries(actors.map((actor) => [actor, check.expected[actor]]));
    }
    expect(refused).toEqual(expected);
    expect(await snapshotTables()).toEqual(before);
  });

  it('allowed mutations succeed for their owners and admins', async () => {
    const allowed: Record<string, Partial<Record<Actor, Outcome>>> = {};
    const expected: Record<string, Partial<Record<Actor, Outcome>>> = {};
    for (const check of mutationChecks) {
      const actors = pickActors(check.expected, true);
      allowed[check.name] = await run(check, actors);
      expected[check.name] = Object.fromEntries(actors.map((actor) => [actor, 'allowed']));
    }
    expect(allowed).toEqual(expected);
  });
});
