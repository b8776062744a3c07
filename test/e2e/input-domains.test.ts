import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { System } from '../../gateway/system.js';
import { signedIn } from '../support/bearer.js';
import { graphql, startTestSystem } from '../support/system.js';

/**
 * Values of the right shape outside their domain, sent to reads and mutations of every subgraph:
 * impossible dates and times, years Kepu does not take, unknown time zones, numbers beyond what
 * PostgreSQL stores, and cursors that this API never gave out. Each is refused with a stable code
 * (BAD_USER_INPUT, or a userError at its field) and changes nothing; none reaches PostgreSQL.
 */
let system: System;
let admin: Record<string, string>;
let district: string;
beforeAll(async () => {
  system = await startTestSystem();
  admin = await signedIn({ role: 'admin' });
  const [school] = await system.databases.bookings.sql<{ district: string }[]>`select district from bookings.schools order by id limit 1`;
  district = school!.district;
});
afterAll(() => system?.stop());

const cursor = (key: unknown) => Buffer.from(JSON.stringify(key)).toString('base64url');

/** Cursors of the right encoding whose keys cannot be positions in the list they page. */
const FORGED_CURSORS = [
  cursor(['not a time', 1]), cursor(['2027-02-30T10:00:00.000Z', 1]), cursor([2 ** 80]), cursor(['1e400']), cursor([1.5]),
  cursor(['2027-03-01T10:00:00.000Z', 2 ** 63]), cursor(['2027-03-01T10:00:00.000Z', 'x']), cursor([-1, 2, 3, 4]), cursor(['x']), cursor([1e308]),
];

/** Connections and the sort key their cursors carry, as a public caller pages them. */
const PAGED_READS: [string, string][] = [
  ['venues', `query($after: String) { venues(first: 2, after: $after) { edges { node { id } } } }`],
  ['alliances', `query($after: String) { alliances(first: 2, after: $after) { edges { node { id } } } }`],
  ['programmes', `query($after: String) { programmes(first: 2, after: $after) { edges { node { id } } } }`],
  ['talks', `query($after: String) { talks(first: 2, after: $after) { edges { node { id } } } }`],
  ['experts', `query($after: String) { experts(first: 2, after: $after) { edges { node { id } } } }`],
  ['schools', `query($after: String) { schools(first: 2, after: $after) { edges { node { id } } } }`],
  ['programme sessions', `query($after: String) { programmes(first: 3) { edges { node { sessions(first: 2, after: $after) { edges { node { id } } } } } } }`],
  ['complianceLists', `query($after: String) { complianceLists(first: 2, after: $after) { edges { node { id } } } }`],
  ['search', `query($after: String) { search(query: "科学", first: 2, after: $after) { hits { item { __typename } } } }`],
];

function expectBadUserInput(answer: { errors?: { extensions?: { code?: string } }[] }, what: string) {
  const codes = answer.errors?.map((error) => error.extensions?.code) ?? [];
  expect(codes.length, `${what}: ${JSON.stringify(answer).slice(0, 300)}`).toBeGreaterThan(0);
  expect(codes.every((code) => code === 'BAD_USER_INPUT'), `${what}: ${JSON.stringify(answer).slice(0, 300)}`).toBe(true);
}

/** How GraphQL itself refuses a value its type cannot hold (an Int beyond 32 bits): literal or variable. */
const REFUSAL_CODES = ['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED'];

/** Row counts and newest row versions of every table a mutation may write. */
async function tableState(): Promise<string> {
  const sql = system.databases.venues.sql;
  const tables = await sql<{ schema: string; name: string }[]>`
    select table_schema as schema, table_name as name from information_schema.tables
    where table_schema in ('venues', 'courses', 'experts', 'bookings', 'access') and table_type = 'BASE TABLE'
      and not (table_schema = 'access' and table_name = 'rate_windows') order by 1, 2`;
  const rows = await sql.unsafe(tables.map(({ schema, name }) => `select '${schema}.${name}' as t, count(*)::text || '/' || coalesce(max(xmin::text::bigint), 0)::text as s from "${schema}"."${name}"`).join(' union all '));
  return JSON.stringify(rows);
}

describe('cursors this API never gave out', () => {
  it.each(PAGED_READS)('%s: refused with BAD_USER_INPUT', async (name, query) => {
    for (const after of FORGED_CURSORS) {
      const answer = await graphql(system.url, query, { after }, admin);
      expectBadUserInput(answer, `${name} after ${Buffer.from(after, 'base64url').toString()}`);
    }
  });

  it('a cursor a page gave out still pages on', async () => {
    const first = await graphql(system.url, PAGED_READS[0]![1], {});
    const after = first.data.venues.edges.at(-1).node.id;
    expect(after).toMatch(/^ven_/);
    const page = await graphql(system.url, `query($after: String) { venues(first: 2, after: $after) { pageInfo { endCursor } edges { node { id } } } }`, {});
    const next = await graphql(system.url, PAGED_READS[0]![1], { after: page.data.venues.pageInfo.endCursor });
    expect(next.errors).toBeUndefined();
    expect(next.data.venues.edges.length).toBe(2);
  });
});

describe('reads refuse values outside their domain', () => {
  const cases: [string, string, Record<string, unknown>][] = [
    ['an impossible coverage date', `query($d: String!, $a: String) { districtCoverage(district: $d, asOf: $a) { asOf } }`, { a: '2026-02-30' }],
    ['a coverage date before 1900', `query($d: String!, $a: String) { districtCoverage(district: $d, asOf: $a) { asOf } }`, { a: '1899-12-31' }],
    ['24:00 in a session filter', `query($f: DateTime) { programmes(first: 1) { edges { node { sessions(filter: { from: $f }) { totalCount } } } } }`, { f: '2027-01-01T24:00:00+08:00' }],
    ['a year after 9999 in a session filter', `query($f: DateTime) { programmes(first: 1) { edges { node { sessions(filter: { to: $f }) { totalCount } } } } }`, { f: '+010000-01-01T00:00:00Z' }],
    ['a huge offset in search dates', `query($f: DateTime!, $t: DateTime!) { search(filter: { openBetween: { from: $f, to: $t } }) { totalCount } }`, { f: '2027-01-01T10:00:00+23:00', t: '2027-02-01T10:00:00Z' }],
    ['a radius beyond the earth', `query { search(near: { lat: 39.9, lon: 116.4, radiusKm: 1e300 }) { totalCount } }`, {}],
    ['a latitude beyond the pole', `query { search(near: { lat: 91, lon: 116.4 }) { totalCount } }`, {}],
    ['an id beyond any row', `query { venue(id: "ven_99999999999999999") { id } }`, {}],
  ];
  it.each(cases)('%s: BAD_USER_INPUT', async (name, query, variables) => {
    const answer = await graphql(system.url, query, { d: district, ...variables }, admin);
    expectBadUserInput(answer, name);
  });
});

describe('mutations refuse values outside their domain and change nothing', () => {
  const cases: [string, string, Record<string, unknown>][] = [
    ['an unknown time zone', `mutation($v: ID!, $z: String) { updateVenue(id: $v, input: { timeZone: $z }) { userErrors { code field } } }`, { v: 'ven_1', z: 'Mars/Olympus_Mons' }],
    ['a time zone as an offset', `mutation($v: ID!, $z: String) { updateVenue(id: $v, input: { timeZone: $z }) { userErrors { code field } } }`, { v: 'ven_1', z: '+08:00' }],
    ['an impossible alliance founding date', `mutation($f: String) { createAlliance(input: { name: "联盟", city: "北京", foundedOn: $f }) { userErrors { code field } } }`, { f: '2027-02-30' }],
    ['a founding year before 1900', `mutation($f: String) { createAlliance(input: { name: "联盟", city: "北京", foundedOn: $f }) { userErrors { code field } } }`, { f: '1899-01-01' }],
    ['an impossible pairing start', `mutation($f: String!) { createPairing(input: { schoolId: "sch_1", kind: PARTNER_VENUE, venueId: "ven_1", startsOn: $f }) { userErrors { code field } } }`, { f: '2027-04-31' }],
    ['an impossible target date', `mutation($d: String!, $f: String!) { setCoverageTarget(input: { district: $d, measure: VISIT, percent: 50, dueOn: $f }) { userErrors { code field } } }`, { f: '2027-02-29' }],
    ['a target over 100 %', `mutation($d: String!) { setCoverageTarget(input: { district: $d, measure: VISIT, percent: 1e300, dueOn: "2030-01-01" }) { userErrors { code field } } }`, {}],
    ['an impossible notice deadline', `mutation($t: DateTime!) { issueRectificationNotice(input: { venueId: "ven_1", reason: "消防", deadline: $t }) { userErrors { code field } } }`, { t: '2027-02-30T10:00:00+08:00' }],
    ['a session at 24:30', `mutation($t: DateTime!) { scheduleSession(input: { programmeId: "prg_1", startsAt: $t, endsAt: "2027-03-02T10:00:00+08:00", capacity: 10 }) { userErrors { code field } } }`, { t: '2027-03-01T24:30:00+08:00' }],
    ['a capacity beyond int4', `mutation { scheduleSession(input: { programmeId: "prg_1", startsAt: "2027-03-01T10:00:00+08:00", endsAt: "2027-03-01T12:00:00+08:00", capacity: 2147483648 }) { userErrors { code field } } }`, {}],
    ['a kept-seat release of 2^31-1 days', `mutation { scheduleSession(input: { programmeId: "prg_1", startsAt: "2027-03-01T10:00:00+08:00", endsAt: "2027-03-01T12:00:00+08:00", capacity: 10, releaseKeptSeatsDaysBefore: 2147483647 }) { userErrors { code field } } }`, {}],
    ['a group of 2^31-1 students', `mutation { requestBooking(input: { sessionId: "ses_1", schoolId: "sch_1", students: 2147483647, teachers: 2147483647 }) { userErrors { code field } } }`, {}],
    ['an inspection share of 1e300 %', `mutation($d: String) { drawInspection(input: { population: SCHOOLS, percent: 1e300, district: $d, title: "抽查" }) { userErrors { code field } } }`, {}],
    ['a rate limit beyond int4', `mutation { createApiKey(input: { name: "app", scopes: ["catalogue:read"], rateLimitPerMinute: 99999999999 }) { userErrors { code field } } }`, {}],
    ['a duration of 2^31-1 minutes', `mutation { updateProgramme(id: "prg_1", input: { durationMinutes: 2147483647 }) { userErrors { code field } } }`, {}],
  ];
  it.each(cases)('%s', async (name, query, variables) => {
    const before = await tableState();
    const answer = await graphql(system.url, query, { d: district, ...variables }, admin);
    const codes = answer.errors?.map((error: { extensions?: { code?: string } }) => error.extensions?.code) ?? [];
    const payload = answer.data ? Object.values(answer.data)[0] as { userErrors?: { code: string; field: string[] }[] } | null : null;
    const refusals = payload?.userErrors ?? [];
    expect(codes.includes('INTERNAL_SERVER_ERROR') || codes.includes(undefined), `${name}: ${JSON.stringify(answer).slice(0, 400)}`).toBe(false);
    expect(codes.length > 0 ? codes.every((code: string | undefined) => REFUSAL_CODES.includes(code!)) : refusals.length === 1, `${name}: ${JSON.stringify(answer).slice(0, 400)}`).toBe(true);
    for (const refusal of refusals) expect(refusal.field?.length, name).toBeGreaterThan(0);
    expect(await tableState()).toBe(before);
  });
});
