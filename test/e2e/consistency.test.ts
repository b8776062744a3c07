import { readFileSync } from 'node:fs';
import { buildSchema, getNamedType, isObjectType, type GraphQLField } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { System } from '../../gateway/system.js';
import { toPublicId, type EntityName } from '../../kit/graphql/ids.js';
import { createApiKey } from '../support/access.js';
import { signedIn } from '../support/bearer.js';
import { errorCodes, graphql, startTestSystem } from '../support/system.js';

/** The same question gets the same kind of answer wherever it is asked. */
let system: System;
beforeAll(async () => {
  system = await startTestSystem();
});
afterAll(() => system?.stop());

const supergraph = buildSchema(readFileSync(new URL('../../gateway/supergraph.graphql', import.meta.url), 'utf8'), { assumeValidSDL: true });

/** Every root field that fetches one record by `id: ID!`, with the entity it answers. */
function recordFields(): { name: string; entity: EntityName }[] {
  const fields = Object.values(supergraph.getQueryType()!.getFields()) as GraphQLField<unknown, unknown>[];
  return fields
    .filter((field) => field.args.length === 1 && field.args[0]!.name === 'id' && isObjectType(getNamedType(field.type)))
    .map((field) => ({ name: field.name, entity: getNamedType(field.type).name as EntityName }));
}

describe('ids', () => {
  it('of the right shape that name nothing are null everywhere; any other shape is BAD_USER_INPUT everywhere', async () => {
    const fields = recordFields();
    expect(fields.map((field) => field.name)).toEqual(expect.arrayContaining(['venue', 'programme', 'talk', 'expert', 'school', 'session', 'booking']));
    const admin = await signedIn({ role: 'admin' });
    for (const { name, entity } of fields) {
      const query = `query($id: ID!) { ${name}(id: $id) { __typename } }`;
      const prefix = toPublicId(entity, 1).replace(/1$/, '');
      for (const id of [`${prefix}0`, `${prefix}99999999`, `${prefix}0007`, `${prefix}9999999999999999`]) {
        const answer = await graphql(system.url, query, { id }, admin);
        expect([answer.errors, answer.data?.[name]], `${name}(${id})`).toEqual([undefined, null]);
      }
      const other = entity === 'Venue' ? 'prg_1' : 'ven_1';
      for (const id of [other, `${prefix}x`, `${prefix}-1`, `${prefix}`, `${prefix}12345678901234567`, '1', '']) {
        const answer = await graphql(system.url, query, { id }, admin);
        expect(errorCodes(answer), `${name}(${id})`).toEqual(['BAD_USER_INPUT']);
      }
    }
  });

  it('in a mutation follow the same rule: unknown is a NOT_FOUND userError, another shape BAD_USER_INPUT', async () => {
    const admin = await signedIn({ role: 'admin' });
    const PUBLISH = `mutation($id: ID!) { publishVenue(id: $id) { venue { id } userErrors { field code } } }`;
    for (const id of ['ven_0', 'ven_99999999']) {
      const answer = await graphql(system.url, PUBLISH, { id }, admin);
      expect(answer.data.publishVenue, id).toEqual({ venue: null, userErrors: [{ field: ['id'], code: 'NOT_FOUND' }] });
    }
    expect(errorCodes(await graphql(system.url, PUBLISH, { id: 'ses_1' }, admin))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('a third-party app', () => {
  it('is told it is an APP by me.role, with its key named', async () => {
    const { key } = await createApiKey(system.url, { name: 'school platform' });
    const answer = await graphql(system.url, '{ me { role apiKeyName scopes } }', undefined, { 'x-api-key': key });
    expect(answer.data.me).toEqual({ role: 'APP', apiKeyName: 'school platform', scopes: ['catalogue:read'] });
  });

  it('refused with 429 gets the ratelimit headers every answer carries', async () => {
    const { key } = await createApiKey(system.url, { name: 'tiny', rateLimitPerMinute: 1 });
    const statuses: number[] = [];
    let last: Response | undefined;
    for (let attempt = 0; attempt < 3; attempt += 1) {
      last = await fetch(system.url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': key }, body: JSON.stringify({ query: '{ venues(first: 5) { totalCount } }' }) });
      statuses.push(last.status);
      await last.text();
    }
    expect(statuses.at(-1)).toBe(429);
    expect(last!.headers.get('ratelimit-limit')).toBe('1');
    expect(last!.headers.get('ratelimit-remaining')).toBe('0');
    expect(Number(last!.headers.get('ratelimit-reset'))).toBeGreaterThan(0);
    expect(last!.headers.get('retry-after')).toBe(last!.headers.get('ratelimit-reset'));
  });
});

describe('booking history', () => {
  it('names schools, venues and experts by their public ids', async () => {
    const [row] = await system.databases.bookings.sql`
      select b.id, b.school_id from bookings.bookings b join bookings.booking_events e on e.booking_id = b.id
      where e.actor like 'school:%' order by b.id limit 1`;
    const answer = await graphql(system.url, `query($id: ID!) { booking(id: $id) { history { actor } } }`, { id: toPublicId('Booking', row!.id) }, await signedIn({ role: 'admin' }));
    const actors = answer.data.booking.history.map((event: any) => event.actor);
    expect(actors).toContain(toPublicId('School', Number(row!.school_id)));
    for (const actor of actors) expect(actor).not.toMatch(/^(school|venue|expert):/);
  });
});
