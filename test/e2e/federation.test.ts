import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { System } from '../../gateway/system.js';
import type { SubgraphName } from '../../gateway/subgraphs.js';
import { errorCodes, graphql, startTestSystem } from '../support/system.js';

let system: System;
const statements: Record<string, number> = {};
beforeAll(async () => {
  system = await startTestSystem({
    onStatement: (subgraph, statement) => {
      if (!isDriverTypeLookup(statement)) statements[subgraph] = (statements[subgraph] ?? 0) + 1;
    },
  });
});
afterAll(() => system?.stop());

/** postgres.js reads the array types once on each new pooled connection; that is the pool warming up, not the request. */
function isDriverTypeLookup(statement: string): boolean {
  return statement.includes('pg_catalog.pg_type');
}

async function countStatements(query: string, variables?: Record<string, unknown>) {
  for (const name of Object.keys(statements)) delete statements[name];
  const answer = await graphql(system.url, query, variables);
  expect(answer.errors, JSON.stringify(answer)).toBeUndefined();
  return { answer, perSubgraph: { ...statements } as Partial<Record<SubgraphName, number>> };
}

const PROGRAMMES_WITH_VENUE_AND_SESSIONS = /* GraphQL */ `
  query($first: Int) {
    programmes(first: $first) {
      edges { node { id title venue { name district } sessions(first: 3) { totalCount edges { node { startsAt seatsLeft } } } } }
    }
  }`;

describe('one request across the four subgraphs', () => {
  it('shows a venue with its programmes, experts and their talks, and upcoming sessions with seats left', async () => {
    const venues = await graphql(system.url, `{ venues(filter: { cities: ["Beijing"], kinds: [SCIENCE_CENTRE] }) { edges { node { id name } } } }`);
    const museum = venues.data.venues.edges.find((edge: { node: { name: string } }) => edge.node.name === '中国科学技术馆').node;

    const answer = await graphql(system.url, /* GraphQL */ `
      query($id: ID!) {
        venue(id: $id) {
          name
          programmes(first: 5) { totalCount edges { node { title venue { name } sessions(first: 2) { edges { node { id startsAt seatsLeft capacity } } } } } }
          experts(first: 5) { edges { node { name affiliation { name } talks(first: 2) { edges { node { title expert { name } sessions(first: 2) { edges { node { startsAt seatsLeft } } } } } } } } }
        }
      }`, { id: museum.id });
    expect(answer.errors).toBeUndefined();
    const venue = answer.data.venue;
    expect(venue.programmes.totalCount).toBeGreaterThan(0);
    for (const { node: programme } of venue.programmes.edges) {
      expect(programme.venue.name).toBe('中国科学技术馆');
      for (const { node: session } of programme.sessions.edges) {
        expect(new Date(session.startsAt).getTime()).toBeGreaterThan(Date.now());
        expect(session.startsAt).toMatch(/\+08:00$/);
        expect(session.seatsLeft).toBeGreaterThanOrEqual(0);
        expect(session.seatsLeft).toBeLessThanOrEqual(session.capacity);
      }
    }
    for (const { node: expert } of venue.experts.edges) {
      expect(expert.affiliation.name).toBe('中国科学技术馆');
      for (const { node: talk } of expert.talks.edges) expect(talk.expert.name).toBe(expert.name);
    }
  });

  it('shows a school with its pairings and their venues or science vice-principals', async () => {
    const schools = await graphql(system.url, `{ schools(first: 100) { edges { node { id name pairings(first: 5) { totalCount edges { node { kind active venue { name city } expert { name } } } } } } } }`);
    expect(schools.errors).toBeUndefined();
    const paired = schools.data.schools.edges.map((edge: any) => edge.node).filter((school: any) => school.pairings.totalCount > 0);
    expect(paired.length).toBeGreaterThan(0);
    for (const school of paired) {
      for (const { node: pairing } of school.pairings.edges) {
        if (pairing.kind === 'PARTNER_VENUE') expect(pairing.venue?.name).toBeTruthy();
        else expect(pairing.expert?.name).toBeTruthy();
      }
    }
  });

  it('shows an expert with the venue it is affiliated to, and the venue lists its paired schools', async () => {
    const experts = await graphql(system.url, `{ experts(filter: { academiciansOnly: true }, first: 10) { edges { node { name academicianOf affiliation { id name pairedSchools(first: 3) { totalCount edges { node { name } } } } } } } }`);
    expect(experts.errors).toBeUndefined();
    const academicians = experts.data.experts.edges.map((edge: any) => edge.node);
    expect(academicians.length).toBeGreaterThan(0);
    expect(academicians.every((expert: any) => ['CAS', 'CAE'].includes(expert.academicianOf))).toBe(true);
    expect(academicians.some((expert: any) => expert.affiliation?.name)).toBe(true);
  });
});

describe('batched loading', () => {
  it('lists 5 or 50 programmes with venue and sessions in the same few statements per subgraph', async () => {
    const few = await countStatements(PROGRAMMES_WITH_VENUE_AND_SESSIONS, { first: 5 });
    const many = await countStatements(PROGRAMMES_WITH_VENUE_AND_SESSIONS, { first: 50 });
    expect(many.answer.data.programmes.edges).toHaveLength(50);
    expect(many.answer.data.programmes.edges.filter((edge: any) => edge.node.venue?.name).length).toBeGreaterThan(40);
    for (const subgraph of ['courses', 'venues', 'bookings'] as const) {
      expect(many.perSubgraph[subgraph], subgraph).toBeGreaterThan(0);
      expect(many.perSubgraph[subgraph], subgraph).toBeLessThanOrEqual(3);
      expect(many.perSubgraph[subgraph], subgraph).toBe(few.perSubgraph[subgraph]);
    }
  });
});

describe('list filters a school would use', () => {
  it('programmes by subject, grade band and delivery', async () => {
    const answer = await graphql(system.url, `{ programmes(filter: { subjects: [ASTRONOMY], gradeBands: [JUNIOR], deliveries: [ON_SITE] }, first: 50) { totalCount edges { node { subjects gradeBands delivery } } } }`);
    expect(answer.data.programmes.totalCount).toBeGreaterThan(0);
    for (const { node } of answer.data.programmes.edges) {
      expect(node.subjects).toContain('ASTRONOMY');
      expect(node.gradeBands).toContain('JUNIOR');
      expect(node.delivery).toBe('ON_SITE');
    }
  });

  it('programmes of one venue', async () => {
    const venue = (await graphql(system.url, `{ venues(first: 1) { edges { node { id } } } }`)).data.venues.edges[0].node;
    const answer = await graphql(system.url, `query($ids: [ID!]) { programmes(filter: { venueIds: $ids }, first: 100) { edges { node { venue { id } } } } }`, { ids: [venue.id] });
    expect(answer.data.programmes.edges.every((edge: any) => edge.node.venue.id === venue.id)).toBe(true);
  });

  it('talks by subject and grade band', async () => {
    const answer = await graphql(system.url, `{ talks(filter: { subjects: [BIOLOGY], gradeBands: [PRIMARY_UPPER] }, first: 50) { totalCount edges { node { subjects gradeBands expert { name } } } } }`);
    expect(answer.data.talks.totalCount).toBeGreaterThan(0);
    for (const { node } of answer.data.talks.edges) {
      expect(node.subjects).toContain('BIOLOGY');
      expect(node.gradeBands).toContain('PRIMARY_UPPER');
      expect(node.expert.name).toBeTruthy();
    }
  });

  it('sessions of a programme in a date range, soonest first, paged without gaps', async () => {
    const from = new Date(Date.now() + 7 * 86400_000).toISOString();
    const to = new Date(Date.now() + 60 * 86400_000).toISOString();
    const programmes = await graphql(system.url, `{ programmes(first: 100) { edges { node { id sessions(first: 0) { totalCount } } } } }`);
    const busiest = programmes.data.programmes.edges.map((edge: any) => edge.node).sort((a: any, b: any) => b.sessions.totalCount - a.sessions.totalCount)[0];
    const SESSIONS = `query($id: ID!, $from: DateTime, $to: DateTime, $after: String) { programme(id: $id) { sessions(filter: { from: $from, to: $to }, first: 2, after: $after) { totalCount edges { node { id startsAt } } pageInfo { hasNextPage endCursor } } } }`;
    const seen: { id: string; startsAt: string }[] = [];
    let after: string | null = null;
    let totalCount = 0;
    do {
      const page: any = await graphql(system.url, SESSIONS, { id: busiest.id, from, to, after });
      expect(page.errors).toBeUndefined();
      totalCount = page.data.programme.sessions.totalCount;
      seen.push(...page.data.programme.sessions.edges.map((edge: any) => edge.node));
      after = page.data.programme.sessions.pageInfo.hasNextPage ? page.data.programme.sessions.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toHaveLength(totalCount);
    expect(new Set(seen.map((session) => session.id)).size).toBe(seen.length);
    const starts = seen.map((session) => new Date(session.startsAt).getTime());
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(starts.every((start) => start >= Date.parse(from) && start < Date.parse(to))).toBe(true);
  });

  it('refuses a date that has no offset', async () => {
    const query = `query($from: DateTime) { programmes(first: 1) { edges { node { sessions(filter: { from: $from }) { totalCount } } } } }`;
    const answer = await graphql(system.url, query, { from: '2026-12-01 09:00' });
    expect(answer.status).toBeLessThan(500);
    expect(errorCodes(answer)).toContain('BAD_USER_INPUT');
    expect(answer.errors?.[0]?.message).toMatch(/2026-12-01T09:30:00\+08:00/);
  });
});
