import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, type Database } from '../../kit/database/connection.js';
import { ApiKeyAuthenticator } from '../../gateway/api-keys.js';
import { RateLimiter } from '../../gateway/rate-limits.js';
import { createAccessStore, type AccessStore } from '../../subgraphs/access/store.js';
import { createTestDatabase } from '../support/databases.js';

let database: Database;
let store: AccessStore;
const statements: string[] = [];
beforeAll(async () => {
  // postgres.js reads the catalogue's array types on each new connection; only Kepu's own statements count.
  const own = (statement: string) => !statement.includes('pg_catalog');
  database = connect(await createTestDatabase('empty'), { max: 4, onStatement: (statement) => own(statement) && statements.push(statement) });
  store = createAccessStore(database.db);
});
afterAll(() => database?.close());

function statementsDuring<Result>(work: () => Promise<Result>): Promise<{ result: Result; count: number }> {
  statements.length = 0;
  return work().then((result) => ({ result, count: statements.length }));
}

describe('rate limiter', () => {
  it('never deadlocks when statements at once charge the same callers in opposite orders', async () => {
    const callers = Array.from({ length: 12 }, (_, index) => `subject:deadlock-${index}`);
    const charges = (order: string[]) => new Map(order.map((bucket) => [bucket, 1]));
    for (let round = 0; round < 60; round += 1) {
      await Promise.all([store.spend(charges(callers)), store.spend(charges([...callers].reverse())), store.spend(charges(callers))]);
    }
    const spent = await store.spend(charges(callers));
    expect(spent.map((window) => window.spent)).toEqual(callers.map(() => 181));
  });

  it('counts requests arriving together in one statement, in order, and refuses those over the limit', async () => {
    const limiter = new RateLimiter(store);
    try {
      const { result, count } = await statementsDuring(() => Promise.all(Array.from({ length: 10 }, () => limiter.charge('ip:192.0.2.1', 10, 55))));
      expect(count).toBe(1);
      expect(result.map((charge) => charge.spent)).toEqual([10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
      expect(result.map((charge) => charge.allowed)).toEqual([true, true, true, true, true, false, false, false, false, false]);
      expect(result.every((charge) => charge.secondsLeft >= 1 && charge.secondsLeft <= 60)).toBe(true);
    } finally {
      limiter.stop();
    }
  });

  it('refuses a caller already over its limit without asking the database again', async () => {
    const limiter = new RateLimiter(store);
    try {
      await limiter.charge('ip:192.0.2.2', 100, 50);
      const { result, count } = await statementsDuring(() => limiter.charge('ip:192.0.2.2', 1, 50));
      expect(result.allowed).toBe(false);
      expect(count).toBe(0);
    } finally {
      limiter.stop();
    }
  });

  it('shares one window between limiters, as between gateway processes', async () => {
    const [first, second] = [new RateLimiter(store), new RateLimiter(store)];
    try {
      expect((await first.charge('key:7', 30, 50)).allowed).toBe(true);
      const charged = await second.charge('key:7', 30, 50);
      expect(charged).toMatchObject({ spent: 60, allowed: false });
    } finally {
      first.stop();
      second.stop();
    }
  });
});

describe('API key authentication', () => {
  it('looks a key up once per cache period, marks it used, and refuses it once revoked and the period is over', async () => {
    const { row, key } = await store.createApiKey({ name: 'Portal', scopes: ['catalogue:read'], rateLimitPerMinute: 1000, createdBy: 'admin' });
    const keys = new ApiKeyAuthenticator(store, 5);
    const now = Date.now();

    const first = await statementsDuring(() => keys.authenticate(key, now));
    expect(first.result.viewer).toMatchObject({ role: 'anonymous', scopes: ['catalogue:read'], apiKeyId: row.id });
    expect(first.result.rateLimitPerMinute).toBe(1000);
    expect(first.count).toBe(2);
    const [used] = await store.apiKeysByIds([row.id]);
    expect(used!.lastUsedAt).not.toBeNull();

    expect((await statementsDuring(() => keys.authenticate(key, now + 1000))).count).toBe(0);
    await store.revokeApiKey(row.id);
    expect((await keys.authenticate(key, now + 4000)).viewer.apiKeyId).toBe(row.id);
    await expect(keys.authenticate(key, now + 5001)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('marks a key used at most once a minute', async () => {
    const { key } = await store.createApiKey({ name: 'Busy app', scopes: ['catalogue:read'], rateLimitPerMinute: 1000, createdBy: 'admin' });
    const keys = new ApiKeyAuthenticator(store, 0);
    await keys.authenticate(key);
    const again = await statementsDuring(() => keys.authenticate(key));
    expect(again.count).toBe(1);
  });

  it('refuses malformed keys without a query', async () => {
    const keys = new ApiKeyAuthenticator(store, 5);
    const refused = await statementsDuring(() => keys.authenticate('kp_live_short').catch((error) => error));
    expect(refused.result.extensions.code).toBe('UNAUTHENTICATED');
    expect(refused.count).toBe(0);
  });
});
