import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { System } from '../../gateway/system.js';
import type { Listening } from '../../subgraphs/kit/http.js';
import { startGateway } from '../support/access.js';
import { fragmentAttack, largestSpreads, timedWithHealth } from '../support/hostile.js';
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
  for (const query of ['{ venues(first: 1) { totalCount } }', fragmentAttack(3), '{ venues(']) await post(system.url, { query });
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

/** Sends the request while watching /health, and checks both stayed quick. */
async function promptly<Result>(work: () => Promise<Result>): Promise<Result> {
  const timed = await timedWithHealth(health, work);
  expect(timed.ms).toBeLessThan(1_000);
  expect(Math.max(0, ...timed.healthMs)).toBeLessThan(200);
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
