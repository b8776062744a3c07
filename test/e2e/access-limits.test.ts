import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256 } from '../../gateway/persisted-queries.js';
import type { System } from '../../gateway/system.js';
import type { Listening } from '../../kit/subgraph/http.js';
import { signedIn } from '../support/bearer.js';
import { awaitFreshMinute, createApiKey, startGateway } from '../support/access.js';
import { errorCodes, graphql, startTestSystem } from '../support/system.js';

let system: System;
const extraGateways: Listening[] = [];
beforeAll(async () => {
  system = await startTestSystem();
});
afterAll(async () => {
  for (const gateway of extraGateways) await gateway.close();
  await system?.stop();
});

async function gateway(settings: Parameters<typeof startGateway>[1]): Promise<Listening> {
  const started = await startGateway(system, settings);
  extraGateways.push(started);
  return started;
}

/** A page of 20 venues: 1 for the list, 2 per venue (edge and node). */
const TWENTY_VENUES = `{ venues(first: 20) { edges { node { id name } } } }`;
const TWENTY_VENUES_COST = 41;

async function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { status: response.status, headers: response.headers, body: (await response.json()) as any };
}

describe('query limits', () => {
  function limitOf(answer: { errors?: { extensions?: Record<string, unknown> }[] }) {
    return answer.errors?.map((error) => [error.extensions?.code, error.extensions?.limit]);
  }

  it('refuses a query nested deeper than 15 levels', async () => {
    let selection = 'id';
    for (let level = 0; level < 5; level += 1) selection = `programmes(first: 1) { edges { node { venue { ${selection} } } } }`;
    const answer = await graphql(system.url, `{ venues(first: 1) { edges { node { ${selection} } } } }`);
    expect(answer.status).toBe(400);
    expect(limitOf(answer)).toEqual([['QUERY_TOO_COMPLEX', 'depth']]);
    expect(answer.errors?.[0]?.message).toMatch(/depth limit of 15/);
  });

  it('prices lists by their page size, also when "first" is a variable, and refuses a query over 20,000', async () => {
    const query = `query($n: Int) { venues(first: $n) { edges { node { programmes(first: $n) { edges { node { id } } } } } } }`;
    const small = await graphql(system.url, query, { n: 5 });
    expect(small.errors).toBeUndefined();
    const large = await graphql(system.url, query, { n: 100 });
    expect(large.status).toBe(400);
    expect(limitOf(large)).toEqual([['QUERY_TOO_COMPLEX', 'cost']]);
    expect(large.errors?.[0]).toMatchObject({ extensions: { max: 20_000, found: 20_301 } });
  });

  it('refuses floods of aliases, directives and tokens', async () => {
    const aliases = await graphql(system.url, `{ ${Array.from({ length: 31 }, (_, index) => `a${index}: venues(first: 1) { totalCount }`).join(' ')} }`);
    expect(limitOf(aliases)).toEqual([['QUERY_TOO_COMPLEX', 'aliases']]);
    const directives = await graphql(system.url, `{ venues(first: 1) { ${Array.from({ length: 31 }, () => 'totalCount @include(if: true)').join(' ')} } }`);
    expect(limitOf(directives)).toEqual([['QUERY_TOO_COMPLEX', 'directives']]);
    const tokens = await graphql(system.url, `{ venues(first: 1) { edges { node { ${'id '.repeat(3000)}} } } }`);
    expect(tokens.status).toBe(400);
    expect(limitOf(tokens)).toEqual([['QUERY_TOO_COMPLEX', 'tokens']]);
    for (const answer of [aliases, directives]) expect(answer.status).toBe(400);
  });

  it('refuses a body over 256 KiB before parsing it', async () => {
    const response = await fetch(system.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `{ __typename }`, variables: { padding: 'x'.repeat(300 * 1024) } }) });
    expect(response.status).toBe(413);
    expect(((await response.json()) as any).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('says what a query cost in a response header', async () => {
    const answer = await post(system.url, { query: TWENTY_VENUES });
    expect(answer.headers.get('x-kepu-cost')).toBe(String(TWENTY_VENUES_COST));
  });
});

describe('rate limits', () => {
  it('are shared by every gateway over the same database, and answer 429 with Retry-After', async () => {
    const settings = { trustProxy: true, rateLimits: { anonymousPerMinute: 100, signedInPerMinute: 100 } };
    const [first, second] = [await gateway(settings), await gateway(settings)];
    await awaitFreshMinute(system);
    const client = { 'x-forwarded-for': '203.0.113.7' };
    const one = await post(first.url, { query: TWENTY_VENUES }, client);
    const two = await post(second.url, { query: TWENTY_VENUES }, client);
    expect([one.status, two.status]).toEqual([200, 200]);
    expect(two.headers.get('ratelimit-remaining')).toBe(String(100 - 2 * TWENTY_VENUES_COST));

    const three = await post(first.url, { query: TWENTY_VENUES }, client);
    expect(three.status).toBe(429);
    expect(three.body.errors.map((error: any) => error.extensions.code)).toEqual(['RATE_LIMITED']);
    const retryAfter = Number(three.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(three.body.errors[0].extensions.retryAfterSeconds).toBe(retryAfter);
    expect((await post(second.url, { query: TWENTY_VENUES }, client)).status).toBe(429);

    const otherClient = await post(second.url, { query: TWENTY_VENUES }, { 'x-forwarded-for': '198.51.100.9' });
    expect(otherClient.status).toBe(200);
    const teacher = await post(first.url, { query: TWENTY_VENUES }, { ...client, ...(await signedIn({ role: 'school', schoolId: 'sch_1' }, 'teacher-rate')) });
    expect(teacher.status).toBe(200);
  });

  it('count a query while it runs, but a mutation before: a caller over its limit elsewhere changes nothing', async () => {
    const settings = { rateLimits: { anonymousPerMinute: 100, signedInPerMinute: 100 } };
    const [first, second] = [await gateway(settings), await gateway(settings)];
    const officer = await signedIn({ role: 'admin' }, 'admin-over-limit');
    await awaitFreshMinute(system);
    expect((await post(first.url, { query: TWENTY_VENUES }, officer)).status).toBe(200);
    expect((await post(second.url, { query: TWENTY_VENUES }, officer)).status).toBe(200);
    expect((await post(second.url, { query: TWENTY_VENUES }, officer)).status).toBe(429);

    const founding = `mutation { createAlliance(input: { name: "限额之外的联盟", city: "测试市" }) { alliance { id } } }`;
    const refused = await post(first.url, { query: founding }, officer);
    expect(refused.status).toBe(429);
    expect(refused.body.errors[0].extensions.code).toBe('RATE_LIMITED');
    expect(refused.body.data).toBeUndefined();
    const alliances = await graphql(system.url, `{ alliances(first: 100) { edges { node { name } } } }`);
    expect(alliances.data.alliances.edges.map((edge: any) => edge.node.name)).not.toContain('限额之外的联盟');
  });

  it('give each API key the limit the admin set for it', async () => {
    const { key } = await createApiKey(system.url, { name: 'Small app', rateLimitPerMinute: 50 });
    await awaitFreshMinute(system);
    expect((await post(system.url, { query: TWENTY_VENUES }, { 'x-api-key': key })).status).toBe(200);
    const refused = await post(system.url, { query: TWENTY_VENUES }, { 'x-api-key': key });
    expect(refused.status).toBe(429);
    expect(refused.body.errors[0].extensions.code).toBe('RATE_LIMITED');
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
  });

  it('make a client that tries key after key wait: each refused key costs its address 100', async () => {
    const guarded = await gateway({ trustProxy: true, rateLimits: { anonymousPerMinute: 500, signedInPerMinute: 500 } });
    await awaitFreshMinute(system);
    const client = { 'x-forwarded-for': '192.0.2.44' };
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 7; attempt += 1) {
      statuses.push((await post(guarded.url, { query: TWENTY_VENUES }, { ...client, 'x-api-key': `kp_live_${'x'.repeat(42)}${attempt}` })).status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429]);
    const waiting = await post(guarded.url, { query: TWENTY_VENUES }, { ...client, 'x-api-key': `kp_live_${'y'.repeat(43)}` });
    expect(waiting.body.errors[0].extensions.code).toBe('RATE_LIMITED');
    expect(Number(waiting.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
  });
});

describe('persisted queries', () => {
  it('run an operation registered once by its hash alone (automatic persisted queries)', async () => {
    const query = `{ venues(first: 3) { totalCount } }`;
    const persistedQuery = { version: 1, sha256Hash: sha256(query) };
    const unknown = await post(system.url, { extensions: { persistedQuery } });
    expect(unknown.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const registered = await post(system.url, { query, extensions: { persistedQuery } });
    expect(registered.body.data.venues.totalCount).toBeGreaterThan(0);
    const byHash = await post(system.url, { extensions: { persistedQuery } });
    expect(byHash.body.data).toEqual(registered.body.data);
    const mismatched = await post(system.url, { query: `{ venues(first: 4) { totalCount } }`, extensions: { persistedQuery } });
    expect(mismatched.status).toBe(400);
    expect(mismatched.body.errors[0]).toMatchObject({ message: 'provided sha does not match query', extensions: { code: 'BAD_REQUEST' } });
  });

  it('are all a persisted-only gateway runs: operations from its manifest, by hash', async () => {
    const known = `{ venues(first: 1) { totalCount } }`;
    const manifest = join(mkdtempSync(join(tmpdir(), 'kepu-pq-')), 'manifest.json');
    writeFileSync(manifest, JSON.stringify({ format: 'apollo-persisted-query-manifest', version: 1, operations: [{ id: sha256(known), name: 'VenueCount', type: 'query', body: known }] }));
    const strict = await gateway({ persistedQueriesOnly: true, persistedQueriesFile: manifest });

    const byHash = await post(strict.url, { extensions: { persistedQuery: { version: 1, sha256Hash: sha256(known) } } });
    expect(byHash.body.data.venues.totalCount).toBeGreaterThan(0);

    const plain = await post(strict.url, { query: known });
    expect(plain.status).toBe(400);
    expect(plain.body.errors.map((error: any) => error.extensions.code)).toEqual(['PERSISTED_QUERY_REQUIRED']);

    const other = `{ venues(first: 2) { totalCount } }`;
    const persistedQuery = { version: 1, sha256Hash: sha256(other) };
    const registering = await post(strict.url, { query: other, extensions: { persistedQuery } });
    expect(registering.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_REQUIRED');
    expect((await post(strict.url, { extensions: { persistedQuery } })).body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });
});

describe('introspection and CSRF', () => {
  const INTROSPECTION = `{ __schema { queryType { name } } }`;

  it('introspection is on by default and off when the deployment turns it off', async () => {
    expect((await graphql(system.url, INTROSPECTION)).data.__schema.queryType.name).toBe('Query');
    const closed = await gateway({ introspection: false });
    const answer = await graphql(closed.url, INTROSPECTION);
    expect(answer.status).toBe(400);
    expect(errorCodes(answer)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    const typo = await graphql(closed.url, `{ venus(first: 1) { totalCount } }`);
    expect(JSON.stringify(typo.errors)).not.toMatch(/Did you mean/);
  });

  it('refuses a GET or form-style request that a browser could send cross-site', async () => {
    const simpleGet = await fetch(`${system.url}?query=${encodeURIComponent('{ venues(first: 1) { totalCount } }')}`);
    expect(simpleGet.status).toBe(400);
    expect(await simpleGet.text()).toMatch(/CSRF/);
    const form = await fetch(system.url, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ query: '{ __typename }' }) });
    expect(form.status).toBe(400);
    expect(await form.text()).toMatch(/CSRF/);
    const preflighted = await fetch(`${system.url}?query=${encodeURIComponent('{ venues(first: 1) { totalCount } }')}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(preflighted.status).toBe(200);
  });
});
