import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { System } from '../../gateway/system.js';
import { asSchool, asVenue, programmeForEveryone, REQUEST_BOOKING, scheduleSession, schoolIds } from '../support/bookings.js';
import { awaitFreshMinute, createApiKey } from '../support/access.js';
import { graphql, startTestSystem } from '../support/system.js';

let system: System;
const statements: Record<string, number> = {};
beforeAll(async () => {
  system = await startTestSystem({
    settings: { rateLimits: { anonymousPerMinute: 1e9, signedInPerMinute: 1e9 } },
    onStatement: (subgraph, statement) => {
      if (!statement.includes('pg_catalog.pg_type')) statements[subgraph] = (statements[subgraph] ?? 0) + 1;
    },
  });
});
afterAll(() => system?.stop());

async function venueStatementsOf(read: () => Promise<unknown>): Promise<number> {
  statements.venues = 0;
  await read();
  return statements.venues;
}

/** Reads until `expected` holds, for at most a second (or `ms`): announcements arrive a moment after the commit. */
async function withinASecond<Value>(read: () => Promise<Value>, expected: (value: Value) => boolean, ms = 1000): Promise<Value> {
  const deadline = Date.now() + ms;
  let value = await read();
  while (!expected(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    value = await read();
  }
  return value;
}

const venueName = async (id: string) => (await graphql(system.url, `{ venue(id: "${id}") { id name } }`)).data.venue.name as string;

/** A venue's page: the venue, its programmes and their sessions, from three subgraphs. */
const VENUE_PAGE = `query VenuePage($id: ID!) {
  venue(id: $id) { id name programmes(first: 5) { edges { node { id title sessions(first: 3) { edges { node { id seatsLeft } } } } } } }
}`;

async function askAsPublic(query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) {
  const response = await fetch(system.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  return { cache: response.headers.get('x-cache'), cost: response.headers.get('x-kepu-cost'), remaining: response.headers.get('ratelimit-remaining'), body: await response.json() };
}

/** Statements in the catalogue's subgraphs; the access database still counts every request's cost. */
function catalogueStatements(): number {
  return Object.entries(statements).filter(([subgraph]) => subgraph !== 'access').reduce((sum, [, count]) => sum + count, 0);
}

describe('public reads', () => {
  it('answer a repeated question whole, touching no subgraph, with the same limits and charges', async () => {
    const first = await askAsPublic(VENUE_PAGE, { id: 'ven_3' });
    for (const subgraph of Object.keys(statements)) statements[subgraph] = 0;
    const again = await askAsPublic(VENUE_PAGE, { id: 'ven_3' });
    expect(first.cache).toBe('miss');
    expect(again).toEqual({ ...first, cache: 'hit', remaining: expect.any(String) });
    expect(again.cost).toMatch(/^\d+$/);
    expect(catalogueStatements()).toBe(0);
    expect(statements.access).toBeGreaterThan(0);

    const signedIn = await askAsPublic(VENUE_PAGE, { id: 'ven_3' }, await asVenue('ven_3'));
    expect(signedIn.cache).toBeNull();
    const readingPastCopies = await askAsPublic(VENUE_PAGE, { id: 'ven_3' }, { 'cache-control': 'no-cache' });
    expect(readingPastCopies.cache).toBeNull();
    expect(catalogueStatements()).toBeGreaterThan(0);
  });

  it('charge a kept answer to whoever asks, and refuse it once that caller is over its limit', async () => {
    const page = `{ venues(first: 20) { edges { node { id name } } } }`;
    const [kiosk, museumApp] = [await createApiKey(system.url, { name: '展厅触摸屏', rateLimitPerMinute: 100 }), await createApiKey(system.url, { name: '博物馆小程序', rateLimitPerMinute: 100 })];
    await awaitFreshMinute(system);
    const first = await askAsPublic(page, {}, { 'x-api-key': kiosk.key });
    const again = await askAsPublic(page, {}, { 'x-api-key': kiosk.key });
    const otherApp = await askAsPublic(page, {}, { 'x-api-key': museumApp.key });
    expect([first.cache, again.cache, otherApp.cache]).toEqual(['miss', 'hit', 'hit']);
    expect([first.remaining, again.remaining, otherApp.remaining]).toEqual(['59', '18', '59']);
    const over = await askAsPublic(page, {}, { 'x-api-key': kiosk.key });
    expect(over.body.errors.map((error: any) => error.extensions.code)).toEqual(['RATE_LIMITED']);
    expect(over.body.data).toBeUndefined();
  });

  it('drop a whole answer when any subgraph it was made from changes', async () => {
    const programme = await programmeForEveryone(system);
    const session = await scheduleSession(system, programme.id, { capacity: 30 });
    const page = async () => (await askAsPublic(`{ session(id: "${session.id}") { seatsLeft programme { title venue { name } } } }`, {})).body.data.session;
    expect((await page()).seatsLeft).toBe(30);
    await system.databases.courses.sql`update courses.programmes set title_zh = '改过名的项目' where id = ${Number(programme.id.split('_')[1])}`;
    expect((await withinASecond(page, (answer) => answer.programme.title === '改过名的项目')).programme.title).toBe('改过名的项目');
  });

  it('are answered from what the gateway kept, until a write to the tables behind them commits', async () => {
    const id = 'ven_5';
    const before = await venueName(id);
    // Another test's writes may still be announced a moment later; the answer kept after them is asked again.
    expect(await withinASecond(() => venueStatementsOf(() => venueName(id)), (count) => count === 0)).toBe(0);

    const renamed = await graphql(system.url, `mutation($id: ID!) { updateVenue(id: $id, input: { name: "重命名的科技馆" }) { userErrors { code } } }`, { id }, await asVenue(id));
    expect(renamed.data.updateVenue.userErrors).toEqual([]);
    expect(await withinASecond(() => venueName(id), (name) => name === '重命名的科技馆')).toBe('重命名的科技馆');
    expect(before).not.toBe('重命名的科技馆');
  });

  it('keep search answers and suggestions until the search index changes', async () => {
    const find = `query($query: String!) { search(query: $query, first: 5) { totalCount hits { item { ... on Venue { id name } } } } }`;
    const suggest = `query($prefix: String!) { searchSuggestions(prefix: $prefix, first: 5) { text } }`;
    const names = async () => (await askAsPublic(find, { query: '改名后的天文馆' })).body.data.search.hits.map((hit: any) => hit.item.name);
    expect(await names()).not.toContain('改名后的天文馆');
    await askAsPublic(suggest, { prefix: '改名后的天文' });
    expect(await withinASecond(async () => (await askAsPublic(find, { query: '改名后的天文馆' })).cache, (cache) => cache === 'hit')).toBe('hit');
    expect((await askAsPublic(suggest, { prefix: '改名后的天文' })).body.data.searchSuggestions).toEqual([]);

    const renamed = await graphql(system.url, `mutation { updateVenue(id: "ven_3", input: { name: "改名后的天文馆" }) { userErrors { code } } }`, {}, await asVenue('ven_3'));
    expect(renamed.data.updateVenue.userErrors).toEqual([]);
    // The index follows the venues' outbox a moment after the commit; the bench measures how long.
    expect(await withinASecond(names, (found) => found.includes('改名后的天文馆'), 5000)).toContain('改名后的天文馆');
    const suggestions = async () => (await askAsPublic(suggest, { prefix: '改名后的天文' })).body.data.searchSuggestions.map((one: any) => one.text);
    expect(await withinASecond(suggestions, (found) => found.length > 0, 5000)).toEqual(['改名后的天文馆']);
  });

  it('follow writes made by any process, straight to the database', async () => {
    const id = 'ven_6';
    await venueName(id);
    await system.databases.venues.sql`update venues.venues set name_zh = '另一个进程改的名字' where id = 6`;
    expect(await withinASecond(() => venueName(id), (name) => name === '另一个进程改的名字')).toBe('另一个进程改的名字');
  });

  it('show the seats a booking took at once', async () => {
    const programme = await programmeForEveryone(system);
    const session = await scheduleSession(system, programme.id, { capacity: 40 });
    const seatsLeft = async () => (await graphql(system.url, `{ session(id: "${session.id}") { seatsLeft } }`)).data.session.seatsLeft as number;
    expect(await seatsLeft()).toBe(40);
    const [schoolId] = await schoolIds(system, 1);
    const booked = await graphql(system.url, REQUEST_BOOKING, {
      input: { sessionId: session.id, schoolId, students: programme.min, teachers: 1, idempotencyKey: 'public-reads-1' },
    }, await asSchool(schoolId!));
    expect(booked.data.requestBooking.userErrors).toEqual([]);
    expect(await withinASecond(seatsLeft, (seats) => seats < 40)).toBe(40 - programme.min - 1);
  });

  it('never give anyone what only a signed-in caller may see, nor keep what a signed-in caller saw', async () => {
    const [schoolId] = await schoolIds(system, 1);
    const contact = `{ school(id: "${schoolId}") { contactPhone } }`;
    const anonymousFirst = await graphql(system.url, contact);
    const signedIn = await graphql(system.url, contact, {}, await asSchool(schoolId!));
    const anonymousAfter = await graphql(system.url, contact);
    expect(anonymousFirst.data.school.contactPhone).toBeNull();
    expect(signedIn.data.school.contactPhone).toEqual(expect.any(String));
    expect(anonymousAfter.data.school.contactPhone).toBeNull();

    const created = await graphql(system.url, `mutation { createProgramme(input: { venueId: "ven_7", title: "只给场馆看的草稿", kind: VISIT, subjects: [PHYSICS], gradeBands: [JUNIOR], durationMinutes: 60, groupSize: { min: 5, max: 30 }, delivery: ON_SITE }) { programme { id } userErrors { code message } } }`, {}, await asVenue('ven_7'));
    expect(created.data.createProgramme.userErrors).toEqual([]);
    const draftId = created.data.createProgramme.programme.id;
    const asOwner = await graphql(system.url, `{ programme(id: "${draftId}") { title } }`, {}, await asVenue('ven_7'));
    expect(asOwner.data.programme.title).toBe('只给场馆看的草稿');
    expect((await graphql(system.url, `{ programme(id: "${draftId}") { title } }`)).data.programme).toBeNull();
  });
});
