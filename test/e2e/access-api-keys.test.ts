import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { System } from '../../gateway/system.js';
import { signedIn } from '../support/bearer.js';
import { createApiKey, CREATE_API_KEY } from '../support/access.js';
import { errorCodes, graphql, startTestSystem } from '../support/system.js';

let system: System;
beforeAll(async () => {
  system = await startTestSystem({ settings: { apiKeyCacheSeconds: 1 } });
});
afterAll(() => system?.stop());

const ME = /* GraphQL */ `{ me { role subject district scopes apiKeyName school { id name } venue { id name } expert { id name } } }`;
const API_KEYS = /* GraphQL */ `query($filter: ApiKeyFilter) { apiKeys(filter: $filter, first: 100) { totalCount edges { node { id name prefix active lastUsedAt revokedAt } } } }`;
const VENUES = /* GraphQL */ `{ venues(first: 2) { edges { node { id name } } } }`;

describe('me', () => {
  it('is anonymous without credentials', async () => {
    const answer = await graphql(system.url, ME);
    expect(answer.data.me).toEqual({ role: 'ANONYMOUS', subject: null, district: null, scopes: [], apiKeyName: null, school: null, venue: null, expert: null });
  });

  it('names the school a school coordinator acts for, resolved by the bookings subgraph', async () => {
    const answer = await graphql(system.url, ME, {}, await signedIn({ role: 'school', schoolId: 'sch_1' }, 'teacher-7'));
    expect(answer.errors).toBeUndefined();
    expect(answer.data.me).toMatchObject({ role: 'SCHOOL', subject: 'teacher-7', school: { id: 'sch_1' } });
    expect(answer.data.me.school.name).toBeTruthy();
  });

  it('names the venue of a venue manager and the expert of an expert, and a district administrator\'s district', async () => {
    const venue = await graphql(system.url, ME, {}, await signedIn({ role: 'venue', venueId: 'ven_1' }));
    expect(venue.data.me).toMatchObject({ role: 'VENUE', venue: { id: 'ven_1' } });
    expect(venue.data.me.venue.name).toBeTruthy();
    const expert = await graphql(system.url, ME, {}, await signedIn({ role: 'expert', expertId: 'exp_1' }));
    expect(expert.data.me).toMatchObject({ role: 'EXPERT', expert: { id: 'exp_1' } });
    expect(expert.data.me.expert.name).toBeTruthy();
    const district = await graphql(system.url, ME, {}, await signedIn({ role: 'district', district: 'Haidian' }));
    expect(district.data.me).toMatchObject({ role: 'DISTRICT', district: 'Haidian', school: null });
  });

  it('cannot be forged with an identity header sent to the gateway', async () => {
    const forged = Buffer.from(JSON.stringify({ role: 'admin', subject: 'mallory', issuedAt: Date.now() })).toString('base64url');
    const answer = await graphql(system.url, ME, {}, { 'x-kepu-identity': `${forged}.c2lnbmF0dXJl` });
    expect(answer.data.me.role).toBe('ANONYMOUS');
  });
});

describe('API keys', () => {
  it('are created by an admin, work at once, record their use, and stop working once revoked', async () => {
    const admin = await signedIn({ role: 'admin' }, 'admin-ops');
    const created = await graphql(system.url, CREATE_API_KEY, { input: { name: 'District portal', scopes: ['catalogue:read'], rateLimitPerMinute: 5000 } }, admin);
    expect(created.data.createApiKey.userErrors).toEqual([]);
    const { key, apiKey } = created.data.createApiKey;
    expect(key).toMatch(/^kp_live_[A-Za-z0-9_-]{43}$/);
    expect(apiKey).toMatchObject({ name: 'District portal', scopes: ['catalogue:read'], rateLimitPerMinute: 5000, createdBy: 'admin-ops', active: true, lastUsedAt: null });
    expect(key.startsWith(apiKey.prefix)).toBe(true);
    expect(apiKey.prefix.length).toBeLessThan(20);

    const stored = await system.databases.access.sql`select key_hash from access.api_keys where id = ${Number(apiKey.id.slice(4))}`;
    expect(stored[0]!.key_hash).not.toContain(key.slice(8));

    const me = await graphql(system.url, ME, {}, { 'x-api-key': key });
    expect(me.data.me).toMatchObject({ role: 'APP', subject: apiKey.id, scopes: ['catalogue:read'], apiKeyName: 'District portal' });
    const venues = await graphql(system.url, VENUES, {}, { 'x-api-key': key });
    expect(venues.data.venues.edges).toHaveLength(2);

    const listed = await graphql(system.url, API_KEYS, {}, admin);
    const listedKey = listed.data.apiKeys.edges.map((edge: any) => edge.node).find((node: any) => node.id === apiKey.id);
    expect(listedKey.lastUsedAt).not.toBeNull();
    expect(JSON.stringify(listed)).not.toContain(key);

    const revoked = await graphql(system.url, `mutation($id: ID!) { revokeApiKey(id: $id) { apiKey { active revokedAt } userErrors { code } } }`, { id: apiKey.id }, admin);
    expect(revoked.data.revokeApiKey).toMatchObject({ apiKey: { active: false }, userErrors: [] });
    // This gateway trusts a key it looked up for one second (apiKeyCacheSeconds); then the revocation shows.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const refused = await graphql(system.url, VENUES, {}, { 'x-api-key': key });
    expect(refused.status).toBe(401);
    expect(errorCodes(refused)).toEqual(['UNAUTHENTICATED']);

    const activeOnly = await graphql(system.url, API_KEYS, {}, admin);
    expect(activeOnly.data.apiKeys.edges.map((edge: any) => edge.node.id)).not.toContain(apiKey.id);
    const withRevoked = await graphql(system.url, API_KEYS, { filter: { includeRevoked: true } }, admin);
    expect(withRevoked.data.apiKeys.edges.map((edge: any) => edge.node.id)).toContain(apiKey.id);
  });

  it('refuses unknown and malformed keys with 401 UNAUTHENTICATED', async () => {
    for (const key of ['kp_live_' + 'A'.repeat(43), 'nonsense', '', 'kp_live_' + 'A'.repeat(4000)]) {
      const answer = await graphql(system.url, VENUES, {}, { 'x-api-key': key });
      expect(answer.status, key.slice(0, 20)).toBe(401);
      expect(errorCodes(answer)).toEqual(['UNAUTHENTICATED']);
    }
  });

  it('are managed by admins only', async () => {
    const { id } = await createApiKey(system.url, { name: 'Mini-program' });
    const input = { name: 'Sneaky', scopes: ['catalogue:read'] };
    for (const role of ['school', 'venue', 'expert', 'district'] as const) {
      const headers = await signedIn({ role, schoolId: 'sch_1', venueId: 'ven_1', expertId: 'exp_1', district: 'Haidian' });
      expect(errorCodes(await graphql(system.url, CREATE_API_KEY, { input }, headers)), role).toEqual(['FORBIDDEN']);
      expect(errorCodes(await graphql(system.url, `mutation($id: ID!) { revokeApiKey(id: $id) { userErrors { code } } }`, { id }, headers)), role).toEqual(['FORBIDDEN']);
      expect(errorCodes(await graphql(system.url, API_KEYS, {}, headers)), role).toEqual(['FORBIDDEN']);
    }
    expect(errorCodes(await graphql(system.url, CREATE_API_KEY, { input }))).toEqual(['UNAUTHENTICATED']);
    const { key } = await createApiKey(system.url, { name: 'App with a key' });
    expect(errorCodes(await graphql(system.url, CREATE_API_KEY, { input }, { 'x-api-key': key }))).toEqual(['UNAUTHENTICATED']);
    const [{ count }] = await system.databases.access.sql`select count(*)::int as count from access.api_keys where name = 'Sneaky'`;
    expect(count).toBe(0);
  });

  it('explain what is wrong with a name, a scope or a rate limit, and create nothing', async () => {
    const admin = await signedIn({ role: 'admin' });
    const answer = await graphql(system.url, CREATE_API_KEY, { input: { name: '  ', scopes: ['bookings:write'], rateLimitPerMinute: 0 } }, admin);
    expect(answer.data.createApiKey.key).toBeNull();
    expect(answer.data.createApiKey.userErrors.map((error: any) => error.code)).toEqual(['INVALID_NAME', 'INVALID_SCOPE', 'INVALID_RATE_LIMIT']);
    const unknown = await graphql(system.url, `mutation { revokeApiKey(id: "key_999999") { apiKey { id } userErrors { code field } } }`, {}, admin);
    expect(unknown.data.revokeApiKey).toEqual({ apiKey: null, userErrors: [{ code: 'API_KEY_NOT_FOUND', field: ['id'] }] });
  });
});
