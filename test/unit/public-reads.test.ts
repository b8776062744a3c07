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
});
