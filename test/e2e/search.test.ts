import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { System } from '../../gateway/system.js';
import { signedIn } from '../support/bearer.js';
import { errorCodes, graphql, millisecondsUntil, startTestSystem } from '../support/system.js';

let system: System;
beforeAll(async () => {
  system = await startTestSystem();
});
afterAll(() => system?.stop());

const HIT = /* GraphQL */ `
  hits {
    distanceKm
    item {
      __typename
      ... on Venue { id name nameEn kind city complianceStatus }
      ... on Programme { id title titleEn venue { name city } }
      ... on Talk { id title expert { name } }
      ... on Expert { id name }
    }
  }`;

async function search(variables: Record<string, unknown>, selection = `totalCount ${HIT} pageInfo { hasNextPage endCursor }`) {
  const answer = await graphql(system.url, `
    query($query: String, $filter: CatalogueFilter, $near: GeoPointInput, $facets: [String!], $first: Int, $after: String) {
      search(query: $query, filter: $filter, near: $near, facets: $facets, first: $first, after: $after) { ${selection} }
    }`, variables);
  return answer;
}

/** The venue of every programme hit of a filter, in one page of up to 100. */
async function programmeVenues(filter: Record<string, unknown>): Promise<string[]> {
  const answer = await search({ filter, first: 100 }, 'hits { item { ... on Programme { venue { id } } } }');
  expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
  return answer.data.search.hits.map((hit: any) => hit.item.venue.id);
}

function daysFromToday(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

async function found(variables: Record<string, unknown>) {
  const answer = await search(variables);
  expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
  return answer.data.search;
}

describe('search through the gateway', () => {
  it('answers the query from the issue: planetariums near a point in Beijing for junior grades, resolved by their own subgraphs', async () => {
    const answer = await graphql(system.url, /* GraphQL */ `{
      search(query: "天文馆", filter: { gradeBands: [JUNIOR], cities: ["Beijing"] }, near: { lat: 39.95, lon: 116.40, radiusKm: 15 }, first: 10) {
        totalCount
        facets { field values { value count } }
        hits { distanceKm item { __typename
          ... on Venue { name kind programmes(first: 3) { edges { node { title } } } }
          ... on Programme { title venue { name } sessions(first: 2) { edges { node { startsAt seatsLeft } } } }
          ... on Talk { title expert { name } } } }
        pageInfo { hasNextPage endCursor } } }`);
    expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
    const { hits, totalCount, facets } = answer.data.search;
    expect(totalCount).toBeGreaterThan(0);
    expect(hits.map((hit: any) => hit.item.name)).toContain('北京天文馆');
    const distances = hits.map((hit: any) => hit.distanceKm);
    expect(distances.every((distance: number) => distance >= 0 && distance <= 15)).toBe(true);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(facets.map((facet: any) => facet.field)).toEqual(['kind', 'subject', 'gradeBand', 'city', 'district']);
    expect(facets.find((facet: any) => facet.field === 'city').values).toEqual([{ value: 'Beijing', count: totalCount }]);
  });

  it('finds Chinese names without spaces: 科技馆 finds 中国科学技术馆 and 重庆科技馆', async () => {
    const { hits } = await found({ query: '科技馆', filter: { types: ['VENUE'] }, first: 50 });
    const names = hits.map((hit: any) => hit.item.name);
    expect(names).toContain('中国科学技术馆');
    expect(names).toContain('重庆科技馆');
  });

  it('forgives one or two typos in English: planetarim, musuem', async () => {
    const planetariums = await found({ query: 'planetarim', filter: { types: ['VENUE'] } });
    expect(planetariums.hits.map((hit: any) => hit.item.name)).toContain('北京天文馆');
    const museums = await found({ query: 'musuem', filter: { types: ['VENUE'] }, first: 50 });
    expect(museums.hits.length).toBeGreaterThan(0);
    expect(museums.hits.some((hit: any) => /Museum/.test(hit.item.nameEn))).toBe(true);
  });

  it('matches a mixed Chinese and English query on both', async () => {
    const { hits } = await found({ query: '北京 planetarium', first: 20 });
    expect(hits[0].item.name).toBe('北京天文馆');
  });

  it('returns the filtered catalogue for an empty query, with facets under the filter', async () => {
    const all = await found({ query: '', filter: { cities: ['Beijing'], types: ['VENUE'] }, first: 100 });
    const venues = await graphql(system.url, '{ venues(filter: { cities: ["Beijing"] }, first: 100) { totalCount edges { node { complianceStatus } } } }');
    const shown = venues.data.venues.edges.filter((edge: any) => !['BLACKLISTED', 'SUSPENDED'].includes(edge.node.complianceStatus));
    expect(all.totalCount).toBe(shown.length);
  });

  it('filters by kind, subject, grade band, delivery and free only, every hit obeying the filter', async () => {
    const answer = await graphql(system.url, /* GraphQL */ `{
      search(filter: { types: [PROGRAMME], kinds: [MUSEUM], subjects: [BIOLOGY], gradeBands: [PRIMARY_UPPER], deliveries: [ON_SITE], freeOnly: true }, first: 100) {
        totalCount hits { item { ... on Programme { subjects gradeBands delivery free venue { kind } } } } } }`);
    expect(answer.errors).toBeUndefined();
    const programmes = answer.data.search.hits.map((hit: any) => hit.item);
    expect(programmes.length).toBeGreaterThan(0);
    for (const programme of programmes) {
      expect(programme.subjects).toContain('BIOLOGY');
      expect(programme.gradeBands).toContain('PRIMARY_UPPER');
      expect(programme).toMatchObject({ delivery: 'ON_SITE', free: true, venue: { kind: 'MUSEUM' } });
    }
  });

  it('finds programmes with a session with seats left between two dates', async () => {
    const from = new Date(Date.now() + 7 * 86_400_000).toISOString();
    const to = new Date(Date.now() + 21 * 86_400_000).toISOString();
    const answer = await graphql(system.url, /* GraphQL */ `
      query($from: DateTime!, $to: DateTime!) {
        search(filter: { types: [PROGRAMME], openBetween: { from: $from, to: $to } }, first: 20) {
          totalCount hits { item { ... on Programme { sessions(filter: { from: $from, to: $to, openOnly: true }, first: 1) { totalCount } } } } } }`, { from, to });
    expect(answer.errors).toBeUndefined();
    expect(answer.data.search.totalCount).toBeGreaterThan(0);
    for (const hit of answer.data.search.hits) expect(hit.item.sessions.totalCount).toBeGreaterThan(0);
  });

  it('pages with a cursor: pages join up to the whole list with nothing twice', async () => {
    const whole = await found({ query: '科学', first: 60 });
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: any = await found({ query: '科学', first: 25, after });
      seen.push(...page.hits.map((hit: any) => `${hit.item.__typename}:${hit.item.id}`));
      after = page.pageInfo.hasNextPage && seen.length < 60 ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen.slice(0, 60)).toEqual(whole.hits.map((hit: any) => `${hit.item.__typename}:${hit.item.id}`));
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('refuses a cursor from another search', async () => {
    const first = await found({ query: '科学', first: 5 });
    const answer = await search({ query: '物理', first: 5, after: first.pageInfo.endCursor });
    expect(errorCodes(answer)).toEqual(['BAD_USER_INPUT']);
  });

  it('never shows anything of a blacklisted or suspended venue', async () => {
    const hidden = await graphql(system.url, '{ venues(filter: { complianceStatuses: [BLACKLISTED, SUSPENDED] }, first: 10) { edges { node { id name } } } }');
    const venues = hidden.data.venues.edges.map((edge: any) => edge.node);
    expect(venues.length).toBeGreaterThan(0);
    for (const venue of venues) {
      const { hits } = await found({ query: venue.name, first: 100 });
      expect(hits.some((hit: any) => hit.item.id === venue.id)).toBe(false);
      expect(hits.some((hit: any) => hit.item.venue?.name === venue.name)).toBe(false);
    }
  });

  it('finds programmes of the venues a school is paired with, and nothing for an unknown school', async () => {
    const answer = await graphql(system.url, /* GraphQL */ `{
      schools(first: 100) { edges { node { id pairings(filter: { kinds: [PARTNER_VENUE], activeOnly: true }) { edges { node { venue { id } } } } } } } }`);
    expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
    const paired = answer.data.schools.edges
      .map((edge: any) => ({ id: edge.node.id as string, venues: edge.node.pairings.edges.map((pairing: any) => pairing.node.venue.id as string) }))
      .filter((school: { venues: string[] }) => school.venues.length > 0);
    let venuesFound: string[] = [];
    for (const school of paired) {
      const hits = await programmeVenues({ pairedWithSchool: school.id, types: ['PROGRAMME'] });
      expect(hits.every((venue) => school.venues.includes(venue)), `${school.id}: ${hits.join(', ')}`).toBe(true);
      venuesFound = venuesFound.concat(hits);
      if (hits.length > 0) break;
    }
    expect(venuesFound.length).toBeGreaterThan(0);
    expect((await found({ filter: { pairedWithSchool: 'sch_999999' } })).totalCount).toBe(0);
  });

  it("follows a new partnership into a school's search within a second, and its end out of it, from search's own tables", async () => {
    const admin = await signedIn({ role: 'admin' }, 'search-pairing-admin');
    const lonely = await graphql(system.url, `{ schools(first: 100) { edges { node { id pairings(filter: { kinds: [PARTNER_VENUE] }) { totalCount } } } } }`);
    const school = lonely.data.schools.edges.map((edge: any) => edge.node).find((node: any) => node.pairings.totalCount === 0).id as string;
    const listed = await graphql(system.url, `{ programmes(first: 1) { edges { node { venue { id } } } } }`);
    const venue = listed.data.programmes.edges[0].node.venue.id as string;
    expect(await programmeVenues({ pairedWithSchool: school, types: ['PROGRAMME'] })).toEqual([]);

    const created = await graphql(system.url, `mutation($input: CreatePairingInput!) { createPairing(input: $input) { pairing { id } userErrors { code } } }`,
      { input: { schoolId: school, kind: 'PARTNER_VENUE', venueId: venue, startsOn: daysFromToday(-60) } }, admin);
    expect(created.data.createPairing.userErrors).toEqual([]);
    const paired = await millisecondsUntil(async () => (await programmeVenues({ pairedWithSchool: school, types: ['PROGRAMME'] })).length > 0, 'the partnership');
    expect(paired).toBeLessThan(1000);
    expect(new Set(await programmeVenues({ pairedWithSchool: school, types: ['PROGRAMME'] }))).toEqual(new Set([venue]));
    const [kept] = await system.databases.search.sql<{ venue: string }[]>`
      select venue_id::text as venue from search.venue_partnerships where school_id = ${Number(school.replace('sch_', ''))}`;
    expect(`ven_${kept!.venue}`).toBe(venue);

    const ended = await graphql(system.url, `mutation($id: ID!, $endsOn: String!) { endPairing(id: $id, endsOn: $endsOn) { userErrors { code } } }`,
      { id: created.data.createPairing.pairing.id, endsOn: daysFromToday(-2) }, admin);
    expect(ended.data.endPairing.userErrors).toEqual([]);
    const unpaired = await millisecondsUntil(async () => (await programmeVenues({ pairedWithSchool: school, types: ['PROGRAMME'] })).length === 0, 'the end of the partnership');
    expect(unpaired).toBeLessThan(1000);
  });

  it("keeps a search to an alliance's members: their programmes and talks, and nothing else", async () => {
    const admin = await signedIn({ role: 'admin' }, 'search-alliance-admin');
    const talks = await graphql(system.url, `{ talks(first: 50) { edges { node { expert { affiliation { id } } } } } }`);
    const withTalks = talks.data.talks.edges.map((edge: any) => edge.node.expert?.affiliation?.id).filter(Boolean) as string[];
    const programmes = await graphql(system.url, `{ programmes(first: 50) { edges { node { venue { id } } } } }`);
    const withProgrammes = programmes.data.programmes.edges.map((edge: any) => edge.node.venue.id) as string[];
    const members = [...new Set([withTalks[0]!, ...withProgrammes.filter((id) => id !== withTalks[0]).slice(0, 2)])];
    const created = await graphql(system.url, `mutation { createAlliance(input: { name: "检索测试科学教育联盟", city: "Beijing", district: "Haidian" }) { alliance { id } } }`, {}, admin);
    const alliance = created.data.createAlliance.alliance.id as string;
    for (const venue of members) await graphql(system.url, `mutation($a: ID!, $v: ID!) { addAllianceMember(allianceId: $a, venueId: $v) { userErrors { code } } }`, { a: alliance, v: venue }, admin);
    const listed = await graphql(system.url, `query($ids: [ID!]) { programmes(filter: { venueIds: $ids }, first: 1) { totalCount } }`, { ids: members });
    const everyMember = async () => (await found({ filter: { alliance, types: ['PROGRAMME'] }, first: 100 })).totalCount === listed.data.programmes.totalCount;
    expect(await millisecondsUntil(everyMember, "the alliance's members")).toBeLessThan(1000);

    const programmeHits = await programmeVenues({ alliance, types: ['PROGRAMME'] });
    expect(programmeHits.length).toBeGreaterThan(0);
    expect(programmeHits.every((venue) => members.includes(venue))).toBe(true);
    const talkHits = await search({ filter: { alliance, types: ['TALK'] }, first: 100 }, 'totalCount hits { item { ... on Talk { expert { affiliation { id } } } } }');
    expect(talkHits.data.search.totalCount).toBeGreaterThan(0);
    expect(talkHits.data.search.hits.every((hit: any) => members.includes(hit.item.expert.affiliation.id))).toBe(true);
    const everything = await search({ filter: { alliance }, first: 100 }, 'totalCount hits { item { __typename ... on Venue { id } ... on Programme { venue { id } } } }');
    expect(everything.data.search.hits.filter((hit: any) => hit.item.__typename === 'Venue').every((hit: any) => members.includes(hit.item.id))).toBe(true);
    expect((await found({ filter: { alliance: 'all_99999999' } })).totalCount).toBe(0);
  });

  it.each([
    ['an alliance id given as a venue', { filter: { alliance: 'ven_1' } }],
    ['a query of 10,000 characters', { query: '科'.repeat(10_000) }],
    ['an unknown facet', { facets: ['price'] }],
    ['a radius of -1', { near: { lat: 39.9, lon: 116.4, radiusKm: -1 } }],
    ['a latitude of 200', { near: { lat: 200, lon: 116.4 } }],
    ['a page of 1,000', { first: 1000 }],
    ['a venue id given as a school', { filter: { pairedWithSchool: 'ven_1' } }],
  ])('refuses %s with BAD_USER_INPUT', async (_, variables) => {
    const answer = await search(variables);
    expect(errorCodes(answer)).toEqual(['BAD_USER_INPUT']);
  });

  it('searches quotes and ` OR 1=1` as text, in the query and in filter values', async () => {
    for (const query of ['" OR 1=1', "天文馆' OR 1=1 --", '\\"; DROP TABLE venues; --']) {
      const answer = await search({ query, filter: { cities: ['Beijing" OR city != "x'] } });
      expect(answer.errors).toBeUndefined();
      expect(answer.data.search.totalCount).toBe(0);
    }
    const answer = await search({ query: '" OR 1=1' });
    expect(answer.errors).toBeUndefined();
  });
});

describe('search that is never a dead end', () => {
  it('answers a query no item matches in full with the items matching most of it, saying which words were dropped', async () => {
    const result = (await search({ query: '植物园 xqzvbn', first: 5 }, 'totalCount relaxed droppedWords')).data.search;
    expect(result.relaxed).toBe(true);
    expect(result.droppedWords).toEqual(['xqzvbn']);
    expect(result.totalCount).toBeGreaterThan(0);
    const answer = await search({ query: '北京天文馆' }, 'relaxed droppedWords didYouMean totalCount');
    expect(answer.data.search).toMatchObject({ relaxed: false, droppedWords: [], didYouMean: null });
  });

  it('offers the catalogue’s own words for a sound-alike character and an English typo it cannot place', async () => {
    expect((await search({ query: '植物圆' }, 'didYouMean totalCount')).data.search).toMatchObject({ didYouMean: '植物园' });
    const answer = await search({ query: 'beijing planetaruim zzzqqq' }, 'didYouMean relaxed');
    expect(answer.data.search.relaxed).toBe(true);
  });

  it('answers queries of punctuation, spaces, emoji, control characters or 500 mixed characters normally or as bad input, never with a server error', async () => {
    const mixed = Array.from({ length: 500 }, (_, index) => ['科', 'a', '😀', ' ', '館', 'é', '\u0001'][index % 7]).join('');
    for (const query of ['!!!…—？', '     ', '😀🔭', '\u0000\u0007\u001f', mixed, '"\\\'', '%_*']) {
      const answer = await search({ query }, 'totalCount relaxed droppedWords');
      expect(answer.status, JSON.stringify(query)).toBeLessThan(500);
      if (answer.errors) expect(errorCodes(answer)).toEqual(['BAD_USER_INPUT']);
      else expect(answer.data.search.totalCount).toBeGreaterThanOrEqual(0);
    }
  });
});

describe('as-you-type suggestions', () => {
  const suggest = async (prefix: string, first = 8) => {
    const answer = await graphql(system.url, `query($prefix: String!, $first: Int) { searchSuggestions(prefix: $prefix, first: $first) { text kind item { __typename ... on Venue { id name } } } }`, { prefix, first });
    expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
    return answer.data.searchSuggestions as { text: string; kind: string; item: { __typename: string; name?: string } | null }[];
  };

  it('completes Chinese, pinyin and English prefixes with names of the catalogue', async () => {
    expect((await suggest('北京天')).map((suggestion) => suggestion.text)).toContain('北京天文馆');
    expect((await suggest('beijingtian')).map((suggestion) => suggestion.text)).toContain('北京天文馆');
    expect((await suggest('bjtw')).map((suggestion) => suggestion.text)).toContain('北京天文馆');
    expect((await suggest('Beijing Plan')).map((suggestion) => suggestion.text)).toContain('Beijing Planetarium');
    const venue = (await suggest('北京天文')).find((suggestion) => suggestion.kind === 'VENUE')!;
    expect(venue.item).toMatchObject({ __typename: 'Venue', name: '北京天文馆' });
  });

  it('suggests topics too, and at most as many as asked', async () => {
    expect(await suggest('望远', 3)).toContainEqual({ text: '望远镜', kind: 'TOPIC', item: null });
    expect((await suggest('b', 5)).length).toBeLessThanOrEqual(5);
    expect(await suggest('   ')).toEqual([]);
  });

  it('refuses more than 20 suggestions', async () => {
    const answer = await graphql(system.url, '{ searchSuggestions(prefix: "bo", first: 21) { text } }');
    expect(errorCodes(answer)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('explaining scores', () => {
  const EXPLAIN = 'query($query: String) { search(query: $query, explain: true, first: 3) { hits { explanation { score parts { name value } } } } }';

  it('gives administrators each hit’s score parts', async () => {
    const answer = await graphql(system.url, EXPLAIN, { query: '北京 天文馆' }, await signedIn({ role: 'admin' }));
    expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
    const [first] = answer.data.search.hits;
    expect(first.explanation.score).toBeGreaterThan(0);
    expect(first.explanation.parts.map((part: { name: string }) => part.name)).toEqual(expect.arrayContaining(['word "北京"', 'word "天文馆"', 'phrase bonus']));
  });

  it('refuses anyone else', async () => {
    expect(errorCodes(await graphql(system.url, EXPLAIN, { query: '天文馆' }))).toContain('UNAUTHENTICATED');
    expect(errorCodes(await graphql(system.url, EXPLAIN, { query: '天文馆' }, await signedIn({ role: 'school', schoolId: 'sch_1' })))).toContain('FORBIDDEN');
  });
});
