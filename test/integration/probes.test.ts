import { afterAll, describe, expect, it } from 'vitest';
import { connect } from '../../kit/database/connection.js';
import { serveSubgraph, type Listening } from '../../kit/subgraph/http.js';
import { createVenuesSubgraph } from '../../subgraphs/venues/main.js';
import { createTestDatabase } from '../support/databases.js';
import { graphql } from '../support/system.js';
import { IDENTITY_HEADER, signIdentity } from '../../kit/platform/identity.js';
import { anonymous } from '../../kit/platform/viewer.js';

const closing: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const close of closing.reverse()) await close();
});

/** The venues subgraph on its own, ready while `database` answers, as a standalone process serves it. */
async function venuesOver(url: string): Promise<Listening> {
  const database = connect(url, { max: 1 });
  const subgraph = await createVenuesSubgraph(database);
  const listening = await serveSubgraph(subgraph, 0, '127.0.0.1', () => database.reachable());
  closing.push(() => database.close(), () => subgraph.server.stop(), () => listening.close());
  return listening;
}

const probe = (listening: Listening, path: string) => fetch(listening.url.replace('/graphql', path));

describe('liveness, readiness and metrics', () => {
  it('a subgraph is live and ready while its database answers, and counts its requests by operation', async () => {
    const venues = await venuesOver(await createTestDatabase('demo'));
    expect((await probe(venues, '/live')).status).toBe(200);
    expect((await probe(venues, '/ready')).status).toBe(200);
    const query = 'query VenueCount { venues(first: 1) { totalCount } }';
    await graphql(venues.url, query, undefined, { [IDENTITY_HEADER]: signIdentity(anonymous, Date.now(), query) });
    const text = await (await probe(venues, '/metrics')).text();
    expect(text).toMatch(/kepu_requests_total\{operation="VenueCount",status="200"\} [1-9]/);
    expect(text).toContain('kepu_request_duration_seconds_bucket{le="0.005",operation="VenueCount"}');
    expect(text).toContain('kepu_process_cpu_seconds_total');
  });

  it('a subgraph whose database does not answer is live but not ready, within a second or so', async () => {
    const venues = await venuesOver('postgres://kepu:kepu@127.0.0.1:9/nowhere');
    expect((await probe(venues, '/live')).status).toBe(200);
    const started = performance.now();
    const ready = await probe(venues, '/ready');
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ status: 'not ready' });
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
