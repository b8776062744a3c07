import type { GraphQLDataSource } from '@apollo/gateway';
import { describe, expect, it } from 'vitest';
import type { GatewayContext } from '../../gateway/auth.js';
import { PublicReads } from '../../gateway/public-reads.js';
import type { SubgraphFetch } from '../../gateway/subgraph-fetch.js';
import { anonymous } from '../../kit/platform/viewer.js';

/**
 * A subgraph whose one record a mutation retitles; the gateway's kept answers sit in front of it.
 * PostgreSQL's announcement of the change never comes here: only the gateway's own view of the write.
 */
function venuesBehindKeptAnswers() {
  let title = '中国科学技术馆';
  let executions = 0;
  const venues: GraphQLDataSource<GatewayContext> = {
    process: async ({ request }) => {
      executions += 1;
      if (request.query!.startsWith('mutation')) title = String(request.variables!.title);
      return { data: { venue: { name: title } } };
    },
  };
  const reads = new PublicReads({ maxEntries: 100, maxAgeMs: 60_000 });
  reads.listen(true);
  return { source: reads.wrap('venues', venues), executions: () => executions };
}

const visitor: GatewayContext = { viewer: anonymous, caller: { bucket: 'ip:203.0.113.9', rateLimitPerMinute: 1000 } };
const manager: GatewayContext = { viewer: { ...anonymous, role: 'venue', subject: 'manager-1', venueId: 1 }, caller: { bucket: 'user:manager-1', rateLimitPerMinute: 1000 } };

const fetchOf = (query: string, context: GatewayContext, variables: Record<string, unknown> = {}) =>
  ({ request: { query, variables }, context, kind: 0 }) as unknown as SubgraphFetch;

describe('public reads kept by the gateway', () => {
  it('answers a read after a write through the same gateway with what the write made, before any announcement', async () => {
    const { source, executions } = venuesBehindKeptAnswers();
    const read = () => source.process(fetchOf('query { venue(id: "ven_1") { name } }', visitor));
    expect((await read()).data).toEqual({ venue: { name: '中国科学技术馆' } });
    expect((await read()).data).toEqual({ venue: { name: '中国科学技术馆' } });
    expect(executions()).toBe(1);

    await source.process(fetchOf('mutation($title: String) { updateVenue(title: $title) { venue { name } } }', manager, { title: '中国科技馆新馆' }));
    expect((await read()).data).toEqual({ venue: { name: '中国科技馆新馆' } });
  });

  it('keep entities one by one, fetching only those not kept, in the order asked', async () => {
    const { source, asked, reads } = venueEntitiesBehindKeptAnswers();
    const names = async (...ids: string[]) => ((await source.process(entityFetchOf(ids))).data as { _entities: ({ name: string } | null)[] })._entities.map((venue) => venue?.name ?? null);

    expect(await names('ven_1', 'ven_2')).toEqual(['场馆 ven_1', '场馆 ven_2']);
    expect(await names('ven_2', 'ven_3', 'ven_1')).toEqual(['场馆 ven_2', '场馆 ven_3', '场馆 ven_1']);
    expect(await names('ven_3', 'ven_2')).toEqual(['场馆 ven_3', '场馆 ven_2']);
    expect(asked).toEqual([['ven_1', 'ven_2'], ['ven_3']]);

    reads.changed('venues');
    expect(await names('ven_1')).toEqual(['场馆 ven_1']);
    expect(asked.at(-1)).toEqual(['ven_1']);
  });

  it('give each reader its own copy of a kept entity', async () => {
    const { source } = venueEntitiesBehindKeptAnswers();
    const first = await source.process(entityFetchOf(['ven_1']));
    (first.data as { _entities: { name: string }[] })._entities[0]!.name = 'changed by the gateway merging it';
    const again = await source.process(entityFetchOf(['ven_1', 'ven_2']));
    expect((again.data as { _entities: { name: string }[] })._entities[0]!.name).toBe('场馆 ven_1');
  });

  it('pass on errors about entities as the subgraph gives them for the whole fetch, and keep nothing of it', async () => {
    const { source, asked } = venueEntitiesBehindKeptAnswers();
    await source.process(entityFetchOf(['ven_1']));
    const answer = await source.process(entityFetchOf(['ven_1', 'ven_broken']));
    expect(answer.errors?.map((error) => error.path)).toEqual([['_entities', 1, 'name']]);
    expect((answer.data as { _entities: unknown[] })._entities).toEqual([{ name: '场馆 ven_1' }, null]);
    await source.process(entityFetchOf(['ven_1', 'ven_broken']));
    expect(asked).toEqual([['ven_1'], ['ven_broken'], ['ven_1', 'ven_broken'], ['ven_broken'], ['ven_1', 'ven_broken']]);
  });
});

/** A venues subgraph resolving entity fetches, which records the venues each fetch asked for; `ven_broken` fails. */
function venueEntitiesBehindKeptAnswers() {
  const asked: string[][] = [];
  const venues: GraphQLDataSource<GatewayContext> = {
    process: async ({ request }) => {
      const ids = (request.variables!.representations as { id: string }[]).map((representation) => representation.id);
      asked.push(ids);
      const broken = ids.indexOf('ven_broken');
      const _entities = ids.map((id) => (id === 'ven_broken' ? null : { name: `场馆 ${id}` }));
      return broken < 0 ? { data: { _entities } } : { data: { _entities }, errors: [{ message: 'This venue could not be read.', path: ['_entities', broken, 'name'] }] };
    },
  };
  const reads = new PublicReads({ maxEntries: 100, maxAgeMs: 60_000 });
  reads.listen(true);
  return { source: reads.wrap('venues', venues), asked, reads };
}

const ENTITY_QUERY = 'query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Venue { name } } }';
const entityFetchOf = (ids: string[]) => fetchOf(ENTITY_QUERY, visitor, { representations: ids.map((id) => ({ __typename: 'Venue', id })) });
