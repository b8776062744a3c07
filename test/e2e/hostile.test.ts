import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveGateway } from '../../gateway/server.js';
import { inProcessDataSources, type System } from '../../gateway/system.js';
import { remoteDataSource } from '../../gateway/data-sources.js';
import { subgraphNames } from '../../gateway/subgraphs.js';
import { IDENTITY_HEADER, signIdentity } from '../../kit/platform/identity.js';
import { anonymous } from '../../kit/platform/viewer.js';
import { connect } from '../../kit/database/connection.js';
import type { Listening } from '../../kit/subgraph/http.js';
import { startGateway } from '../support/access.js';
import { countRows, signedIn } from '../support/bearer.js';
import { fragmentAttack, largestSpreads, withHealthKeptQuick } from '../support/hostile.js';
import { errorCodes, startTestSystem, testSettings, type GraphQLAnswer } from '../support/system.js';

/**
 * Requests crafted to stall or overload Kepu: each is answered within a second, and /health keeps
 * answering within 200 ms meanwhile (gateway and subgraphs share one event loop, so a request
 * that holds it stalls everything).
 */
let system: System;
let health: string;
const gateways: Listening[] = [];
beforeAll(async () => {
  system = await startTestSystem({ settings: { trustProxy: true } });
  health = system.url.replace(/\/graphql$/, '/health');
  // The first requests compile the gateway's code paths; the suite measures what follows.
  for (const query of ['{ venues(first: 1) { totalCount } }', fragmentAttack(3), fragmentAttack(200), '{ venues(']) await post(system.url, { query });
});
afterAll(async () => {
  for (const gateway of gateways) await gateway.close();
  await system?.stop();
});

let nextAddress = 1;
/** Each request from an address of its own, so that one test's rate limit never meets another's. */
function freshAddress(): Record<string, string> {
  nextAddress += 1;
  return { 'x-forwarded-for': `203.0.113.${nextAddress}` };
}

async function post(url: string, body: unknown, headers: Record<string, string> = freshAddress()) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: JSON.parse(text) as GraphQLAnswer & Record<string, any> };
}

/** Sends the request while watching /health: the answer within 1 s, and /health kept quick meanwhile. */
async function promptly<Result>(work: () => Promise<Result>): Promise<Result> {
  const timed = await withHealthKeptQuick(health, work);
  expect(timed.ms).toBeLessThan(1_000);
  return timed.result;
}

async function gateway(settings: Parameters<typeof startGateway>[1]): Promise<Listening> {
  const started = await startGateway(system, { trustProxy: true, ...settings });
  gateways.push(started);
  return started;
}

function limitOf(answer: GraphQLAnswer): unknown[] {
  return (answer.errors ?? []).map((error) => [error.extensions?.code, (error.extensions as { limit?: string } | undefined)?.limit]);
}

describe('the fragment attack', () => {
  const spreads = largestSpreads(testSettings().limits.maxTokens);

  it('is refused at once at the largest spread count the token limit allows', async () => {
    const answer = await promptly(() => post(system.url, { query: fragmentAttack(spreads) }));
    expect(answer.status).toBe(400);
    expect(new Set(errorCodes(answer.body))).toEqual(new Set(['QUERY_TOO_COMPLEX']));
  });

  it('is priced at once, each fragment once, when no other limit stops it first', async () => {
    const limits = testSettings().limits;
    const pricingOnly = await gateway({ limits: { ...limits, maxSpreads: 1_000_000, maxFieldsPerSelection: 1_000_000 } });
    const answer = await promptly(() => post(pricingOnly.url, { query: fragmentAttack(spreads) }));
    expect(limitOf(answer.body)).toEqual([['QUERY_TOO_COMPLEX', 'cost']]);
    expect(answer.body.errors?.[0]?.extensions).toMatchObject({ max: limits.maxCost });
  });

  it('is refused for its spreads when there are more than 100', async () => {
    const answer = await promptly(() => post(system.url, { query: fragmentAttack(30) }));
    expect(limitOf(answer.body)).toEqual([['QUERY_TOO_COMPLEX', 'spreads']]);
  });

  it('prices a fragment spread at several levels as often as it is spread', async () => {
    const query = `{ ...A ...A } fragment A on Query { venues(first: 10) { edges { node { id } } } }`;
    const answer = await post(system.url, { query });
    expect(answer.body.errors).toBeUndefined();
    expect(answer.headers.get('x-kepu-cost')).toBe(String(2 * (1 + 10 * 2)));
  });
});

describe('floods of fields', () => {
  it('800 repeated __typename are a QUERY_TOO_COMPLEX, not an aborted validation', async () => {
    const answer = await promptly(() => post(system.url, { query: `{ ${'__typename '.repeat(800)}}` }));
    expect(answer.status).toBe(400);
    expect(limitOf(answer.body)).toEqual([['QUERY_TOO_COMPLEX', 'fields']]);
  });

  it('400 fields with aliases are as much a QUERY_TOO_COMPLEX', async () => {
    const answer = await promptly(() => post(system.url, { query: `{ ${Array.from({ length: 400 }, (_, index) => `f${index}: __typename`).join(' ')} }` }));
    expect(limitOf(answer.body)).toEqual([['QUERY_TOO_COMPLEX', 'fields']]);
  });
});

describe('refused operations and rate limits', () => {
  it('charge every refused operation to its caller', async () => {
    const small = await gateway({ rateLimits: { anonymousPerMinute: 3, signedInPerMinute: 3 } });
    const client = freshAddress();
    const refused = [];
    for (const query of ['{ venues(', fragmentAttack(30), `{ ${'__typename '.repeat(800)}}`]) refused.push((await post(small.url, { query }, client)).status);
    expect(refused).toEqual([400, 400, 400]);
    const next = await post(small.url, { query: '{ __typename }' }, client);
    expect(next.status).toBe(429);
  });

  it('refuse a caller over its limit before reading its operation, with the ratelimit headers', async () => {
    const small = await gateway({ rateLimits: { anonymousPerMinute: 1, signedInPerMinute: 1 } });
    const client = freshAddress();
    expect((await post(small.url, { query: '{ venues(first: 5) { edges { node { id } } } }' }, client)).status).toBe(429);
    const answer = await post(small.url, { query: '{ this is not GraphQL' }, client);
    expect(answer.status).toBe(429);
    expect(errorCodes(answer.body)).toEqual(['RATE_LIMITED']);
    expect(answer.headers.get('ratelimit-limit')).toBe('1');
    expect(answer.headers.get('ratelimit-remaining')).toBe('0');
    expect(Number(answer.headers.get('ratelimit-reset'))).toBeGreaterThan(0);
    expect(answer.headers.get('retry-after')).toBe(answer.headers.get('ratelimit-reset'));
  });
});

describe('texts', () => {
  const CREATE_PROGRAMME = `mutation($input: CreateProgrammeInput!) { createProgramme(input: $input) { programme { id } userErrors { field code message } } }`;
  let manager: Record<string, string>;
  let venueId: string;
  beforeAll(async () => {
    const [row] = await system.databases.courses.sql`select venue_id from courses.programmes where status = 'PUBLISHED' order by venue_id limit 1`;
    venueId = `ven_${row!.venue_id}`;
    manager = { ...(await signedIn({ role: 'venue', venueId })), ...freshAddress() };
  });
  const workshop = (overrides: Record<string, unknown>) => ({
    venueId, kind: 'WORKSHOP', title: '水火箭工作坊', subjects: ['PHYSICS'], gradeBands: ['JUNIOR'], durationMinutes: 90,
    groupSize: { min: 10, max: 40 }, price: '0', delivery: 'ON_SITE', ...overrides,
  });

  it('over their limit are refused with TOO_LONG, the field and the limit, and nothing is written', async () => {
    const before = await countRows(system.databases.courses.sql, ['courses.programmes', 'courses.outbox']);
    const answer = await promptly(() => post(system.url, { query: CREATE_PROGRAMME, variables: { input: workshop({ title: '长'.repeat(80_000), curriculumLinks: [{ code: 'X', description: 'd'.repeat(5_001) }] }) } }, manager));
    const { programme, userErrors } = answer.body.data.createProgramme;
    expect(programme).toBeNull();
    expect(userErrors.map((error: any) => [error.code, error.field])).toEqual([
      ['TOO_LONG', ['input', 'title']], ['TOO_LONG', ['input', 'curriculumLinks', '0', 'description']],
    ]);
    expect(userErrors[0].message).toMatch(/200 characters/);
    expect(await countRows(system.databases.courses.sql, ['courses.programmes', 'courses.outbox'])).toEqual(before);
  });

  it('with a NUL byte are refused naming the field, in writes and in filters alike', async () => {
    const written = await post(system.url, { query: CREATE_PROGRAMME, variables: { input: workshop({ title: 'a\u0000b' }) } }, manager);
    expect(written.body.data.createProgramme.userErrors.map((error: any) => [error.code, error.field])).toEqual([['INVALID_TEXT', ['input', 'title']]]);
    const filtered = await post(system.url, { query: `query($cities: [String!]) { venues(filter: { cities: $cities }) { totalCount } }`, variables: { cities: ['北京\u0000'] } });
    expect(errorCodes(filtered.body)).toEqual(['BAD_USER_INPUT']);
    const literal = await post(system.url, { query: `{ schools(filter: { districts: ["x\\u0000"] }) { totalCount } }` });
    expect(errorCodes(literal.body)).toEqual(['BAD_USER_INPUT']);
  });

  it('limits every mutation\'s text, a booking\'s note and a decline\'s reason included', async () => {
    const note = await post(system.url, {
      query: `mutation($input: RequestBookingInput!) { requestBooking(input: $input) { booking { id } userErrors { field code } } }`,
      variables: { input: { sessionId: 'ses_1', schoolId: 'sch_1', students: 10, note: 'n'.repeat(2_001) } },
    }, { ...(await signedIn({ role: 'school', schoolId: 'sch_1' })), ...freshAddress() });
    expect(note.body.data.requestBooking.userErrors).toEqual([{ field: ['input', 'note'], code: 'TOO_LONG' }]);
    const reason = await post(system.url, {
      query: `mutation { declineBooking(id: "bkg_1", reason: "no\\u0000") { booking { id } userErrors { field code } } }`,
    }, manager);
    expect(reason.body.data.declineBooking.userErrors).toEqual([{ field: ['reason'], code: 'INVALID_TEXT' }]);
  });
});

describe('lists', () => {
  it('without "first" are priced at their maximum length: a route counts 30 stops', async () => {
    const answer = await post(system.url, { query: `{ programme(id: "prg_1") { route { venue { id } } } }` });
    expect(answer.headers.get('x-kepu-cost')).toBe(String(1 + (1 + 30 * 1)));
  });

  it('have an enforced maximum: a route of 31 stops is refused with TOO_MANY', async () => {
    const [row] = await system.databases.courses.sql`select venue_id from courses.programmes where status = 'PUBLISHED' order by venue_id limit 1`;
    const venueId = `ven_${row!.venue_id}`;
    const route = Array.from({ length: 31 }, () => ({ venueId, minutes: 30 }));
    const answer = await post(system.url, {
      query: `mutation($input: CreateProgrammeInput!) { createProgramme(input: $input) { programme { id } userErrors { field code } } }`,
      variables: { input: { venueId, kind: 'STUDY_TOUR', title: '研学', subjects: ['PHYSICS'], gradeBands: ['JUNIOR'], durationMinutes: 600, groupSize: { min: 10, max: 40 }, price: '0', delivery: 'ON_SITE', route } },
    }, { ...(await signedIn({ role: 'venue', venueId })), ...freshAddress() });
    expect(answer.body.data.createProgramme.userErrors).toEqual([{ field: ['input', 'route'], code: 'TOO_MANY' }]);
  });
});

describe('dates', () => {
  const SESSIONS_FROM = `query($from: DateTime) { programmes(first: 1) { edges { node { sessions(filter: { from: $from }) { totalCount } } } } }`;

  it('that do not exist, or out of range, are BAD_USER_INPUT naming the field', async () => {
    for (const from of ['2027-02-30T10:00:00+08:00', '0000-01-01T00:00:00Z', '9999-12-31T00:00:00Z', '2027-01-01T10:00:00-23:59', '2027-01-01T24:30:00Z']) {
      const answer = await post(system.url, { query: SESSIONS_FROM, variables: { from } });
      expect(errorCodes(answer.body), from).toEqual(['BAD_USER_INPUT']);
      expect(answer.body.errors?.[0]?.message).toMatch(/\$from/);
    }
    const fine = await post(system.url, { query: SESSIONS_FROM, variables: { from: '2027-02-28T10:00:00+14:00' } });
    expect(fine.body.errors).toBeUndefined();
  });

  it('of a pairing that do not exist are a userError naming the field, and nothing is written', async () => {
    const before = await countRows(system.databases.bookings.sql, ['bookings.pairings']);
    for (const startsOn of ['2026-02-30', '0000-01-01']) {
      const answer = await post(system.url, {
        query: `mutation($input: CreatePairingInput!) { createPairing(input: $input) { pairing { id } userErrors { field code } } }`,
        variables: { input: { schoolId: 'sch_1', venueId: 'ven_1', kind: 'PARTNER_VENUE', startsOn } },
      }, { ...(await signedIn({ role: 'admin' })), ...freshAddress() });
      expect(answer.body.data?.createPairing.userErrors, JSON.stringify(answer.body)).toEqual([{ field: ['input', 'startsOn'], code: 'INVALID_DATES' }]);
    }
    expect(await countRows(system.databases.bookings.sql, ['bookings.pairings'])).toEqual(before);
  });
});

describe('links', () => {
  it('other than http and https are refused with INVALID_URL, and nothing changes', async () => {
    const UPDATE = `mutation($input: UpdateVenueInput!) { updateVenue(id: "ven_1", input: $input) { venue { website } userErrors { field code } } }`;
    const admin = { ...(await signedIn({ role: 'admin' })), ...freshAddress() };
    const [before] = await system.databases.venues.sql`select website from venues.venues where id = 1`;
    for (const website of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'ftp://example.org', 'https://', 'example.org']) {
      const answer = await post(system.url, { query: UPDATE, variables: { input: { website } } }, admin);
      expect(answer.body.data.updateVenue.userErrors, website).toEqual([{ field: ['input', 'website'], code: 'INVALID_URL' }]);
    }
    expect((await system.databases.venues.sql`select website from venues.venues where id = 1`)[0]).toEqual(before);
    const fine = await post(system.url, { query: UPDATE, variables: { input: { website: 'https://example.org/visit' } } }, admin);
    expect(fine.body.data.updateVenue).toEqual({ venue: { website: 'https://example.org/visit' }, userErrors: [] });
  });
});

describe('large bodies', () => {
  /** Streams up to `total` bytes of body and answers with the status and how much was sent before it came. */
  function upload(total: number, declareLength: boolean): Promise<{ status: number; sentBytes: number }> {
    return new Promise((resolve, reject) => {
      const target = new URL(system.url);
      const request = httpRequest({ host: target.hostname, port: target.port, path: target.pathname, method: 'POST',
        headers: { 'content-type': 'application/json', ...(declareLength ? { 'content-length': String(total) } : {}) } });
      let sentBytes = 0;
      let answered = false;
      request.on('response', (response) => {
        answered = true;
        response.resume();
        resolve({ status: response.statusCode ?? 0, sentBytes });
      });
      request.on('error', (error) => (answered ? undefined : reject(error)));
      const chunk = Buffer.alloc(64 * 1024, 'x');
      const pump = () => {
        while (!answered && sentBytes < total) {
          sentBytes += chunk.length;
          if (!request.write(chunk)) return void request.once('drain', pump);
        }
        if (!answered) request.end();
      };
      pump();
    });
  }

  it('are refused with 413 without reading 100 MB', async () => {
    for (const declareLength of [true, false]) {
      const answer = await promptly(() => upload(100 * 1024 * 1024, declareLength));
      expect(answer.status).toBe(413);
      expect(answer.sentBytes).toBeLessThan(20 * 1024 * 1024);
    }
  });
});

describe('without the access database', () => {
  it('requests are refused with 503, SERVICE_UNAVAILABLE and Retry-After, for API keys too', async () => {
    const unreachable = connect('postgres://kepu@127.0.0.1:1/nowhere', { max: 1 });
    const blind = await serveGateway({ dataSources: inProcessDataSources(system.subgraphs), access: unreachable, settings: testSettings(), port: 0 });
    gateways.push(blind);
    try {
      for (const headers of [{}, { 'x-api-key': `kp_live_${'a'.repeat(43)}` }] as Record<string, string>[]) {
        const answer = await promptly(() => post(blind.url, { query: '{ venues(first: 1) { totalCount } }' }, headers));
        expect(answer.status).toBe(503);
        expect(errorCodes(answer.body)).toEqual(['SERVICE_UNAVAILABLE']);
        expect(Number(answer.headers.get('retry-after'))).toBeGreaterThan(0);
      }
    } finally {
      await unreachable.close();
    }
  });
});

describe('a subgraph reached around the gateway', () => {
  const ALIASES = `{ ${Array.from({ length: 200 }, (_, index) => `a${index}: venues(first: 100) { edges { node { id name } } }`).join(' ')} }`;

  it('answers nothing the gateway did not sign: not its SDL, not a flood of aliases, not another operation under a signed header', async () => {
    for (const name of subgraphNames) {
      const url = system.subgraphUrls[name];
      const signedForOther = { [IDENTITY_HEADER]: signIdentity({ ...anonymous, role: 'admin' }, Date.now(), '{ __typename }') };
      const oldStyle = { [IDENTITY_HEADER]: signIdentity({ ...anonymous, role: 'admin' }) };
      for (const [query, headers] of [['{ _service { sdl } }', {}], [ALIASES, {}], ['{ _service { sdl } }', signedForOther], ['{ _service { sdl } }', oldStyle]] as const) {
        const answer = await promptly(() => post(url, { query }, headers));
        expect(answer.status, `${name} ${query.slice(0, 30)}`).toBe(401);
        expect(errorCodes(answer.body)).toEqual(['UNAUTHENTICATED']);
        expect(JSON.stringify(answer.body)).not.toContain('type Query');
      }
      const get = await fetch(`${url}?query=${encodeURIComponent('{ _service { sdl } }')}`);
      expect(get.status).toBe(401);
      for (const probe of ['/health', '/live', '/ready', '/metrics']) expect((await fetch(url.replace('/graphql', probe))).status, probe).toBe(200);
    }
  });

  it('answers what the gateway signed, so a gateway in front of subgraphs over HTTP works as before', async () => {
    const query = '{ _service { sdl } }';
    const signed = await post(system.subgraphUrls.venues, { query }, { [IDENTITY_HEADER]: signIdentity(anonymous, Date.now(), query) });
    expect(signed.status).toBe(200);
    expect(signed.body.data._service.sdl).toContain('type Venue');
    const overHttp = await serveGateway({
      dataSources: Object.fromEntries(subgraphNames.map((name) => [name, remoteDataSource(name, system.subgraphUrls[name])])),
      access: system.databases.access, settings: testSettings(), port: 0,
    });
    gateways.push(overHttp);
    const answer = await post(overHttp.url, { query: '{ venues(first: 2) { edges { node { id programmes(first: 1) { totalCount } } } } }' });
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data.venues.edges).toHaveLength(2);
  });
});
