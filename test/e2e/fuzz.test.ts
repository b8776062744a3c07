import { createHmac } from 'node:crypto';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Random as SeedRandom } from '../../seed/random.js';
import { mintToken } from '../../gateway/auth.js';
import type { System } from '../../gateway/system.js';
import { IDENTITY_HEADER, signIdentity } from '../../kit/platform/identity.js';
import { anonymous } from '../../kit/platform/viewer.js';
import { graphql, startTestSystem } from '../support/system.js';

/**
 * Throws generated malformed and hostile requests at the gateway (and a few straight at a
 * subgraph) and checks that each is refused with a 4xx or answered with a GraphQL error, that no
 * answer leaks a stack trace, that the gateway still serves a normal query, and that no row changed.
 */
const REQUESTS = 1_200;
const CONCURRENCY = 16;
/** The same seed gives the same requests, so a failure can be replayed: `KEPU_FUZZ_SEED=<seed> npx vitest run test/e2e/fuzz.test.ts`. */
const SEED = Number(process.env.KEPU_FUZZ_SEED ?? 20_261_125);

let system: System;
beforeAll(async () => {
  // Each request claims an address of its own, so the anonymous rate limit does not cut the run short.
  system = await startTestSystem({ settings: { trustProxy: true } });
});
afterAll(() => system?.stop());

interface HostileRequest {
  family: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  /** Send to a subgraph directly instead of the gateway. */
  toSubgraph?: boolean;
  /** For requests a gateway may answer normally (a forged identity read as anonymous): what the data must show. */
  acceptData?: (data: any) => boolean;
  /** The only error codes an answer may carry, when it matters which. */
  codes?: string[];
}

type Random = () => number;

function seeded(seed: number): Random {
  const source = new SeedRandom(seed);
  return () => source.next();
}

const pick = <Item>(random: Random, items: readonly Item[]): Item => items[Math.floor(random() * items.length)]!;
const between = (random: Random, low: number, high: number) => low + Math.floor(random() * (high - low + 1));
const json = (body: unknown) => JSON.stringify(body);
const bytes = (random: Random, length: number) => Buffer.from(Array.from({ length }, () => Math.floor(random() * 256)));

const VALID_QUERIES = [
  `{ venues(first: 5) { edges { node { id name } } } }`,
  `query($id: ID!) { venue(id: $id) { name programmes(first: 3) { totalCount } } }`,
  `query($first: Int) { programmes(first: $first) { edges { node { id title } } } }`,
  `{ me { role } }`,
];
const ADMIN_MUTATIONS = [
  `mutation { createApiKey(input: { name: "fuzz", scopes: ["catalogue:read"] }) { key userErrors { code } } }`,
  `mutation { revokeApiKey(id: "key_1") { apiKey { id } userErrors { code } } }`,
  `{ apiKeys(first: 5) { totalCount } }`,
];

function nested(depth: number): string {
  let selection = 'id';
  for (let level = 0; level < depth; level += 1) selection = `programmes(first: 2) { edges { node { venue { ${selection} } } } }`;
  return `{ venues(first: 2) { edges { node { ${selection} } } } }`;
}

const families: Record<string, (random: Random) => HostileRequest | Promise<HostileRequest>> = {
  brokenJson: (random) => {
    const valid = json({ query: pick(random, VALID_QUERIES) });
    const broken = pick(random, [valid.slice(0, between(random, 1, valid.length - 1)), `${valid}}`, valid.replace(':', ''), '{"query": "{ venues', '\u0000\u0001\u0002', '{"query":', bytes(random, 40).toString('latin1')]);
    return { family: 'brokenJson', body: broken };
  },
  wrongTypes: (random) => ({
    family: 'wrongTypes',
    body: pick(random, [
      json({ query: 42 }), json({ query: ['{ me { role } }'] }), json({ query: { me: 'role' } }), json(null), json('query'), json(true),
      json({ query: '{ me { role } }', variables: 'first=5' }), json({ query: '{ me { role } }', operationName: 7 }),
      json({ query: '{ me { role } }', extensions: 'apq' }), json([{ query: '{ me { role } }' }, { query: '{ me { role } }' }]), json({}),
    ]),
  }),
  wrongVariableTypes: (random) => ({
    family: 'wrongVariableTypes',
    body: pick(random, [
      json({ query: VALID_QUERIES[2], variables: { first: pick(random, ['ten', 1e12, -5, 2.5, true, [1], { n: 1 }]) } }),
      json({ query: VALID_QUERIES[1], variables: { id: pick(random, [123, null, 'prg_1', 'ven_-1', 'ven_99999999999999999999', '']) } }),
      json({ query: VALID_QUERIES[1] }),
      json({ query: `query($f: VenueFilter) { venues(filter: $f) { totalCount } }`, variables: { f: { kinds: ['SPACESHIP'], cities: 'Beijing' } } }),
      json({ query: `query($from: DateTime) { programmes(first: 1) { edges { node { sessions(filter: { from: $from }) { totalCount } } } } }`, variables: { from: pick(random, ['yesterday', '2026-13-45T99:00:00Z', 17]) } }),
      json({ query: `{ venues(first: 101) { totalCount } }` }),
      json({ query: `{ venues(first: 5, after: "not-a-cursor") { totalCount } }` }),
    ]),
  }),
  outOfDomain: (random) => {
    const cursor = Buffer.from(JSON.stringify(pick(random, [
      ['not a time', 1], ['2027-02-30T10:00:00.000Z', 1], [2 ** 80], [1.5], [-1, 2, 3], ['x'], [1e308], ['2027-03-01T10:00:00.000Z', 2 ** 63], ['+010000-01-01T00:00:00.000Z', 1],
    ]))).toString('base64url');
    const list = pick(random, [
      `venues(first: 2, after: $a) { totalCount }`, `programmes(first: 2, after: $a) { totalCount }`, `schools(first: 2, after: $a) { totalCount }`,
      `talks(first: 2, after: $a) { totalCount }`, `programmes(first: 2) { edges { node { sessions(first: 2, after: $a) { totalCount } } } }`,
    ]);
    const instant = pick(random, ['2027-02-30T10:00:00+08:00', '2027-01-01T24:00:00Z', '1899-12-31T00:00:00Z', '+010000-01-01T00:00:00Z', '2027-01-01T10:00:00+14:01']);
    return pick(random, [
      { family: 'outOfDomain', body: json({ query: `query($a: String) { ${list} }`, variables: { a: cursor } }), codes: ['BAD_USER_INPUT'] },
      { family: 'outOfDomain', body: json({ query: `query($f: DateTime) { programmes(first: 1) { edges { node { sessions(filter: { from: $f }) { totalCount } } } } }`, variables: { f: instant } }), codes: ['BAD_USER_INPUT'] },
      { family: 'outOfDomain', body: json({ query: `query($f: DateTime!, $t: DateTime!) { search(filter: { openBetween: { from: $f, to: $t } }) { totalCount } }`, variables: { f: instant, t: '2027-02-01T10:00:00Z' } }), codes: ['BAD_USER_INPUT'] },
    ]);
  },
  hugeLists: (random) => {
    const size = between(random, 1_000, 8_000);
    const cities = Array.from({ length: size }, (_, index) => `City${index}`);
    return pick(random, [
      { family: 'hugeLists', body: json({ query: `query($f: VenueFilter) { venues(filter: $f, first: 100000) { totalCount } }`, variables: { f: { cities } } }) },
      { family: 'hugeLists', body: json({ query: `query($ids: [ID!]) { programmes(filter: { venueIds: $ids }, first: 100) { edges { node { venue { programmes(first: 100) { edges { node { id } } } } } } } }`, variables: { ids: cities.map((_, index) => `ven_${index + 1}`) } }) },
    ]);
  },
  deepNesting: (random) => pick(random, [
    { family: 'deepNesting', body: json({ query: nested(between(random, 4, 40)) }) },
    { family: 'deepNesting', body: json({ query: `${'{'.repeat(between(random, 50, 5_000))}` }) },
    { family: 'deepNesting', body: json({ query: `query($f: VenueFilter) { venues(filter: $f) { totalCount } }`, variables: { f: JSON.parse(`${'{"cities":'.repeat(200)}null${'}'.repeat(200)}`) } }) },
  ]),
  aliasFlood: (random) => {
    const count = between(random, 31, 2_000);
    const field = pick(random, ['venues(first: 100) { totalCount }', 'me { role }', '__typename', 'programmes(first: 100) { edges { node { id } } }']);
    return { family: 'aliasFlood', body: json({ query: `{ ${Array.from({ length: count }, (_, index) => `a${index}: ${field}`).join(' ')} }` }) };
  },
  directivesAndFragments: (random) => pick(random, [
    { family: 'directivesAndFragments', body: json({ query: `{ venues(first: 1) { totalCount ${'@include(if: true) '.repeat(between(random, 31, 500))} } }` }) },
    { family: 'directivesAndFragments', body: json({ query: `{ venues(first: 1) { ...A } } fragment A on VenueConnection { ...B } fragment B on VenueConnection { ...A }` }) },
    { family: 'directivesAndFragments', body: json({ query: `{ venues(first: 1) { totalCount @skip(if: true) @skip(if: false) @deprecated } }` }) },
  ]),
  tokenSoup: (random) => {
    const words = ['{', '}', '(', ')', 'venues', 'first:', '100', '...', 'on', 'query', 'mutation', '$x', '"', '#', ':', '[', ']', '@', '__schema'];
    return { family: 'tokenSoup', body: json({ query: Array.from({ length: between(random, 1, 4_000) }, () => pick(random, words)).join(' ') }) };
  },
  unknownFields: (random) => ({
    family: 'unknownFields',
    body: json({ query: pick(random, [`{ venues(first: 1) { edges { node { contactPhone secret } } } }`, `{ schools { edges { node { password } } } }`, `mutation { dropDatabase }`, `subscription { venues { id } }`, `{ venue(id: "ven_1") { name } }`.replace('name', 'nam')]) }),
  }),
  personalData: (random) => ({
    family: 'personalData',
    headers: pick<Record<string, string>>(random, [{}, { [IDENTITY_HEADER]: signIdentity({ ...anonymous, role: 'admin' }) }]),
    body: json({ query: `{ schools(first: 100) { edges { node { contactName contactEmail contactPhone } } } venues(first: 100) { edges { node { contactEmail contactPhone } } } }` }),
    acceptData: (data) => [...data.schools.edges, ...data.venues.edges].every(({ node }: any) => Object.values(node).every((value) => value === null)),
  }),
  forgedIdentity: async (random) => {
    const admin = { ...anonymous, role: 'admin' as const, subject: 'mallory' };
    const forged = pick(random, [
      signIdentity(admin),
      signIdentity(admin, Date.now() - 10 * 60_000),
      `${Buffer.from(json({ ...admin, issuedAt: Date.now() })).toString('base64url')}.${createHmac('sha256', 'guessed-secret').update('x').digest('base64url')}`,
      'e30.e30',
      'x'.repeat(between(random, 1, 5_000)),
    ]);
    const toSubgraph = random() < 0.3 && forged !== signIdentity(admin);
    const query = pick(random, [...ADMIN_MUTATIONS, '{ me { role } }']);
    return {
      family: 'forgedIdentity',
      headers: { [IDENTITY_HEADER]: forged },
      body: json({ query }),
      toSubgraph,
      acceptData: (data) => data?.me?.role === 'ANONYMOUS',
      codes: ['UNAUTHENTICATED'],
    };
  },
  badTokens: async (random) => {
    const claims = { role: 'admin' as const };
    const token = await pick(random, [
      () => mintToken('mallory', claims, Math.floor(Date.now() / 1000) - between(random, 1, 100_000)),
      () => new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setSubject('mallory').setExpirationTime('1h').sign(new TextEncoder().encode('not-the-secret')),
      async () => `${Buffer.from(json({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${Buffer.from(json({ sub: 'mallory', role: 'admin', exp: 9e9 })).toString('base64url')}.`,
      async () => (await mintToken('mallory', claims)).slice(0, -3) + 'abc',
      () => mintToken('mallory', { role: 'emperor' as never }),
      () => mintToken('mallory', { role: 'school', schoolId: 'ven_1' }),
      async () => bytes(random, between(random, 1, 300)).toString('base64url'),
    ])();
    const scheme = pick(random, ['Bearer', 'bearer', 'Basic', 'Token', '']);
    return { family: 'badTokens', headers: { authorization: `${scheme} ${token}`.trim() }, body: json({ query: pick(random, ADMIN_MUTATIONS) }), codes: ['UNAUTHENTICATED'] };
  },
  bogusApiKeys: (random) => ({
    family: 'bogusApiKeys',
    headers: {
      'x-api-key': pick(random, [`kp_live_${bytes(random, 32).toString('base64url')}`, 'kp_live_', `kp_test_${bytes(random, 32).toString('base64url')}`, bytes(random, between(random, 1, 3_000)).toString('hex'), "' or 1=1 --"]),
      ...(random() < 0.2 ? { authorization: 'Bearer whatever' } : {}),
    },
    body: json({ query: pick(random, [...VALID_QUERIES.slice(0, 1), ...ADMIN_MUTATIONS]) }),
    codes: ['UNAUTHENTICATED'],
  }),
  oversized: (random) => ({ family: 'oversized', body: json({ query: '{ me { role } }', variables: { padding: 'x'.repeat(between(random, 257 * 1024, 600 * 1024)) } }) }),
  httpShapes: (random) => pick(random, [
    { family: 'httpShapes', method: 'PUT', body: json({ query: '{ me { role } }' }) },
    { family: 'httpShapes', method: 'DELETE' },
    { family: 'httpShapes', method: 'GET', headers: { 'content-type': 'text/plain' } },
    { family: 'httpShapes', headers: { 'content-type': 'text/plain' }, body: json({ query: ADMIN_MUTATIONS[0] }) },
    { family: 'httpShapes', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'query=mutation%20%7B%20revokeApiKey(id%3A%20%22key_1%22)%20%7B%20userErrors%20%7B%20code%20%7D%20%7D%20%7D' },
    { family: 'httpShapes', body: '' },
  ]),
  persistedQueries: (random) => ({
    family: 'persistedQueries',
    body: json(pick(random, [
      { extensions: { persistedQuery: { version: 1, sha256Hash: bytes(random, 32).toString('hex') } } },
      { query: '{ me { role } }', extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } } },
      { extensions: { persistedQuery: { version: 2, sha256Hash: 'abc' } } },
      { extensions: { persistedQuery: 'yes' } },
    ])),
  }),
};

async function generate(count: number): Promise<HostileRequest[]> {
  const random = seeded(SEED);
  const names = Object.keys(families);
  const requests: HostileRequest[] = [];
  for (let index = 0; index < count; index += 1) requests.push(await families[names[index % names.length]!]!(random));
  return requests;
}

interface Outcome {
  family: string;
  status: number;
  text: string;
}

async function send(request: HostileRequest, index: number): Promise<Outcome> {
  const url = request.toSubgraph ? system.subgraphUrls.access : system.url;
  const method = request.method ?? 'POST';
  const response = await fetch(url, {
    method,
    headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.${(index >> 16) & 255}.${(index >> 8) & 255}.${index & 255}`, ...request.headers },
    body: method === 'GET' || method === 'DELETE' ? undefined : request.body,
  });
  return { family: request.family, status: response.status, text: await response.text() };
}

async function withConcurrency<Item, Result>(items: Item[], limit: number, work: (item: Item, index: number) => Promise<Result>): Promise<Result[]> {
  const results: Result[] = new Array(items.length);
  let next = 0;
  await Promise.all(Array.from({ length: limit }, async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!, index);
    }
  }));
  return results;
}

/** Row counts of every table and a checksum of each one's contents, except the rate windows that requests are meant to fill. */
async function snapshotTables(): Promise<Record<string, string>> {
  const sql = system.databases.venues.sql;
  const tables = await sql<{ schema: string; name: string }[]>`
    select table_schema as schema, table_name as name from information_schema.tables
    where table_schema in ('venues', 'courses', 'experts', 'bookings', 'access') and table_type = 'BASE TABLE'
      and not (table_schema = 'access' and table_name = 'rate_windows')
    order by 1, 2`;
  const snapshot: Record<string, string> = {};
  for (const { schema, name } of tables) {
    const [row] = await sql.unsafe(`select count(*)::text as rows, coalesce(md5(string_agg(t::text, '|' order by t::text)), '') as checksum from "${schema}"."${name}" t`);
    snapshot[`${schema}.${name}`] = `${row!.rows} rows, ${row!.checksum}`;
  }
  return snapshot;
}

function acceptable(request: HostileRequest, outcome: Outcome): boolean {
  if (outcome.status >= 500) return false;
  const body = parsed(outcome.text);
  const codes = body?.errors?.map((error) => error.extensions?.code) ?? [];
  if (request.codes && codes.some((code) => !request.codes!.includes(code!))) return false;
  if (outcome.status >= 400) return true;
  return codes.length > 0 || (request.acceptData?.(body?.data) ?? false);
}

function parsed(text: string): { errors?: { extensions?: { code?: string } }[]; data?: unknown } | null {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

describe('hostile requests', () => {
  it(`${REQUESTS} generated malformed or hostile requests are each refused, leak nothing, and change no row`, async () => {
    const before = await snapshotTables();
    expect(Object.keys(before).length).toBeGreaterThan(10);
    const requests = await generate(REQUESTS);
    const outcomes = await withConcurrency(requests, CONCURRENCY, send);

    const wrong = outcomes.filter((outcome, index) => !acceptable(requests[index]!, outcome));
    expect(wrong.map((outcome) => `${outcome.family} ${outcome.status} ${outcome.text.slice(0, 200)}`)).toEqual([]);
    const leaks = outcomes.filter((outcome) => /stacktrace|\bat .+\.(ts|js|mjs):\d+/i.test(outcome.text));
    expect(leaks.map((outcome) => outcome.text.slice(0, 200))).toEqual([]);
    expect(new Set(outcomes.map((outcome) => outcome.family)).size).toBe(Object.keys(families).length);

    const normal = await graphql(system.url, `{ venues(first: 3) { edges { node { id name } } } }`);
    expect(normal.status).toBe(200);
    expect(normal.data.venues.edges).toHaveLength(3);
    expect(await snapshotTables()).toEqual(before);
  });
});
