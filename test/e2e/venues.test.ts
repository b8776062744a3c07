import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { System } from '../../gateway/system.js';
import { errorCodes, graphql, startTestSystem, type GraphQLAnswer } from '../support/system.js';

let system: System;
beforeAll(async () => {
  system = await startTestSystem();
});
afterAll(() => system?.stop());

const VENUES = /* GraphQL */ `
  query Venues($filter: VenueFilter, $first: Int, $after: String) {
    venues(filter: $filter, first: $first, after: $after) {
      totalCount
      edges { cursor node { id name nameEn kind city district location { lat lon } complianceStatus status } }
      pageInfo { hasNextPage endCursor }
    }
  }`;

type VenueNode = { id: string; name: string; nameEn: string; kind: string; city: string; district: string; status: string };

async function allVenues(filter: Record<string, unknown>, pageSize: number): Promise<VenueNode[]> {
  const found: VenueNode[] = [];
  let after: string | null = null;
  for (;;) {
    const answer: GraphQLAnswer = await graphql(system.url, VENUES, { filter, first: pageSize, after });
    found.push(...answer.data.venues.edges.map((edge: { node: VenueNode }) => edge.node));
    if (!answer.data.venues.pageInfo.hasNextPage) return found;
    after = answer.data.venues.pageInfo.endCursor;
  }
}

describe('venues through the gateway', () => {
  it('answers /health once everything is up', async () => {
    const response = await fetch(system.url.replace('/graphql', '/health'));
    expect(response.status).toBe(200);
  });

  it('finds the Beijing Planetarium by city and kind, then by its id', async () => {
    const answer = await graphql(system.url, VENUES, { filter: { cities: ['Beijing'], kinds: ['PLANETARIUM'] } });
    const planetarium = answer.data.venues.edges.map((edge: { node: VenueNode }) => edge.node).find((venue: VenueNode) => venue.name === '北京天文馆');
    expect(planetarium).toMatchObject({ nameEn: 'Beijing Planetarium', district: 'Xicheng', kind: 'PLANETARIUM', status: 'PUBLISHED' });

    const byId = await graphql(system.url, `query($id: ID!) { venue(id: $id) { name timeZone groupSize { min max } } }`, { id: planetarium.id });
    expect(byId.data.venue).toMatchObject({ name: '北京天文馆', timeZone: 'Asia/Shanghai' });
  });

  it('filters by city, district and kind, and every venue returned matches', async () => {
    const filter = { cities: ['Chongqing'], districts: ['Beibei', 'Jiangbei'], kinds: ['MUSEUM', 'UNIVERSITY', 'SCIENCE_CENTRE', 'RESEARCH_INSTITUTE'] };
    const venues = await allVenues(filter, 5);
    expect(venues.map((venue) => venue.name)).toEqual(expect.arrayContaining(['重庆科技馆', '西南大学', '重庆自然博物馆']));
    for (const venue of venues) {
      expect(venue.city).toBe('Chongqing');
      expect(filter.districts).toContain(venue.district);
      expect(filter.kinds).toContain(venue.kind);
    }
  });

  it('pages through every published venue exactly once, with a stable total', async () => {
    const first = await graphql(system.url, VENUES, { first: 1 });
    const total = first.data.venues.totalCount;
    const paged = await allVenues({}, 17);
    expect(paged).toHaveLength(total);
    expect(new Set(paged.map((venue) => venue.id)).size).toBe(total);
    expect(paged.every((venue) => venue.status === 'PUBLISHED')).toBe(true);
  });

  it('counts what the filter matches on every page, not what is left after the cursor', async () => {
    const filter = { cities: ['Chongqing'] };
    const [{ count }] = await system.databases.venues.sql`select count(*)::int as count from venues.venues where city = 'Chongqing' and status = 'PUBLISHED'`;
    const first = await graphql(system.url, VENUES, { filter, first: 2 });
    const second = await graphql(system.url, VENUES, { filter, first: 2, after: first.data.venues.pageInfo.endCursor });
    expect(count).toBeGreaterThan(4);
    expect([first.data.venues.totalCount, second.data.venues.totalCount]).toEqual([count, count]);
    expect(second.data.venues.edges[0].node.id).not.toBe(first.data.venues.edges[1].node.id);
  });

  it('returns null for an id that does not exist', async () => {
    const answer = await graphql(system.url, `{ venue(id: "ven_999999") { name } }`);
    expect(answer.errors).toBeUndefined();
    expect(answer.data.venue).toBeNull();
  });

  it.each([
    ['a malformed id', `{ venue(id: "42; drop table venues") { name } }`],
    ['an id of another type', `{ venue(id: "prg_1") { name } }`],
    ['more than 100 per page', `{ venues(first: 101) { totalCount } }`],
    ['a negative page size', `{ venues(first: -1) { totalCount } }`],
    ['a forged cursor', `{ venues(after: "bm90LWEtY3Vyc29y") { totalCount } }`],
  ])('refuses %s with BAD_USER_INPUT, not a crash', async (_, query) => {
    const answer = await graphql(system.url, query);
    expect(answer.status).toBeLessThan(500);
    expect(errorCodes(answer)).toEqual(['BAD_USER_INPUT']);
    expect(JSON.stringify(answer)).not.toMatch(/stacktrace|at .*\.ts:/);
  });
});
