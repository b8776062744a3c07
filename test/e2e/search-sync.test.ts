import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as bookings from '../../subgraphs/bookings/tables.js';
import * as courses from '../../subgraphs/courses/tables.js';
import * as venues from '../../subgraphs/venues/tables.js';
import { mintToken } from '../../gateway/auth.js';
import type { System } from '../../gateway/system.js';
import { SearchIndex } from '../../subgraphs/search/search-index.js';
import { recordChanges } from '../../kit/database/outbox.js';
import { graphql, startTestSystem } from '../support/system.js';

const run = promisify(execFile);

let system: System;
beforeAll(async () => {
  system = await startTestSystem();
});
afterAll(() => system?.stop());

async function searchIds(query: string, filter: Record<string, unknown> = {}): Promise<string[]> {
  const answer = await graphql(system.url, 'query($query: String, $filter: CatalogueFilter) { search(query: $query, filter: $filter, first: 100) { hits { item { ... on Venue { id } ... on Programme { id } ... on Talk { id } ... on Expert { id } } } } }', { query, filter });
  expect(answer.errors).toBeUndefined();
  return answer.data.search.hits.map((hit: any) => hit.item.id);
}

/** Waits until search shows what it should; the indexer polls, so a change takes a moment. */
async function eventually(check: () => Promise<boolean>, seconds = 10): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`search did not catch up within ${seconds} s`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** What a publishing mutation of the courses subgraph commits: the change and its outbox row, together. */
async function changeProgramme(id: number, values: Partial<typeof courses.programmes.$inferInsert>): Promise<void> {
  await system.databases.courses.db.transaction(async (tx) => {
    await tx.update(courses.programmes).set(values).where(eq(courses.programmes.id, id));
    await recordChanges(tx, courses.outbox, [{ entity: 'Programme', entityId: id }]);
  });
}

describe('search keeps in step with the catalogue', () => {
  it('finds a retitled programme, and stops finding it once unpublished', async () => {
    await changeProgramme(1, { titleZh: '量子纠缠魔术工作坊', titleEn: 'Quantum Entanglement Magic Workshop' });
    await eventually(async () => (await searchIds('量子纠缠')).includes('prg_1'));
    expect(await searchIds('entanglement')).toContain('prg_1');

    await changeProgramme(1, { status: 'UNPUBLISHED' });
    await eventually(async () => !(await searchIds('量子纠缠')).includes('prg_1'));
  });

  it('hides a venue and its programmes once the venue is blacklisted', async () => {
    const [programme] = await system.databases.courses.db.select().from(courses.programmes).where(sql`${courses.programmes.venueId} = 2 and ${courses.programmes.status} = 'PUBLISHED'`).limit(1);
    expect(await searchIds('国家动物博物馆')).toContain('ven_2');
    expect(await searchIds(programme!.titleZh)).toContain(`prg_${programme!.id}`);

    await system.databases.venues.db.transaction(async (tx) => {
      await tx.update(venues.venues).set({ complianceStatus: 'BLACKLISTED' }).where(eq(venues.venues.id, 2));
      await recordChanges(tx, venues.outbox, [{ entity: 'Venue', entityId: 2 }]);
    });
    await eventually(async () => !(await searchIds('国家动物博物馆')).includes('ven_2'));
    await eventually(async () => !(await searchIds(programme!.titleZh)).includes(`prg_${programme!.id}`));
  });

  it('drops a programme from "open between" once its sessions there are full', async () => {
    // A session with no sibling of its programme in the same second: filling it fills the programme's whole window.
    const [session] = await system.databases.bookings.db.select().from(bookings.sessions)
      .where(sql`${bookings.sessions.programmeId} is not null and ${bookings.sessions.startsAt} > now() + interval '1 day' and ${bookings.sessions.seatsHeld} < ${bookings.sessions.capacity} and ${bookings.sessions.status} = 'SCHEDULED'
        and not exists (select 1 from ${bookings.sessions} as sibling where sibling.programme_id = ${bookings.sessions.programmeId} and sibling.id <> ${bookings.sessions.id}
          and sibling.starts_at between ${bookings.sessions.startsAt} - interval '1 second' and ${bookings.sessions.startsAt} + interval '1 second')`)
      .orderBy(bookings.sessions.startsAt).limit(1);
    const programmeId = `prg_${session!.programmeId}`;
    const window = { from: new Date(session!.startsAt.getTime() - 1000).toISOString(), to: new Date(session!.startsAt.getTime() + 1000).toISOString() };
    const others = await system.databases.bookings.db.select().from(bookings.sessions)
      .where(sql`${bookings.sessions.programmeId} = ${session!.programmeId} and ${bookings.sessions.startsAt} between ${window.from} and ${window.to} and ${bookings.sessions.id} <> ${session!.id}`);
    expect(others).toHaveLength(0);
    const programmeStillOpen = () => searchIds('', { types: ['PROGRAMME'], openBetween: window });
    expect(await programmeStillOpen()).toContain(programmeId);

    await system.databases.bookings.db.transaction(async (tx) => {
      await tx.update(bookings.sessions).set({ seatsHeld: sql`${bookings.sessions.capacity}` }).where(eq(bookings.sessions.id, session!.id));
      await recordChanges(tx, bookings.outbox, [{ entity: 'Programme', entityId: session!.programmeId! }]);
    });
    await eventually(async () => !(await programmeStillOpen()).includes(programmeId));
  });
});

describe('rebuilding the search index', () => {
  const admin = async () => ({ authorization: `Bearer ${await mintToken('admin-1', { role: 'admin' })}` });
  const status = async () => (await graphql(system.url, '{ searchIndex { engine documents latestRebuild { state itemsRead itemsTotal failure } } }', {}, await admin())).data.searchIndex;

  it('keeps answering in full while an administrator rebuilds it, refuses a second rebuild meanwhile, and converges to the same answers', async () => {
    const before = await searchIds('', {});
    const total = (await graphql(system.url, '{ search { totalCount } }')).data.search.totalCount;
    const started = await graphql(system.url, 'mutation { rebuildSearchIndex { rebuild { state } userErrors { code } } }', {}, await admin());
    expect(started.data.rebuildSearchIndex).toEqual({ rebuild: { state: 'RUNNING' }, userErrors: [] });
    const again = await graphql(system.url, 'mutation { rebuildSearchIndex { rebuild { state } userErrors { code } } }', {}, await admin());
    expect(again.data.rebuildSearchIndex).toEqual({ rebuild: null, userErrors: [{ code: 'REBUILD_RUNNING' }] });
    const counts: number[] = [];
    while ((await status()).latestRebuild.state === 'RUNNING') counts.push((await graphql(system.url, '{ search { totalCount } }')).data.search.totalCount);
    expect(counts.length).toBeGreaterThan(0);
    expect(new Set(counts)).toEqual(new Set([total]));
    const finished = await status();
    expect(finished.latestRebuild).toMatchObject({ state: 'SUCCEEDED', failure: null });
    expect(finished.latestRebuild.itemsRead).toBe(finished.latestRebuild.itemsTotal);
    expect(await searchIds('', {})).toEqual(before);
  });

  it('leaves the live index as it was when the catalogue cannot be read to the end', async () => {
    const documents = await system.searchEngine.count();
    let reads = 0;
    const failing = new SearchIndex(system.searchEngine, async (query, variables) => {
      reads += 1;
      if (reads > 3) throw new Error('Reading the catalogue failed: the courses subgraph is down');
      return system.catalogueReader(query, variables);
    });
    failing.startRebuild();
    await expect(failing.rebuildFinished()).rejects.toThrow('courses subgraph is down');
    expect(failing.latestRebuild).toMatchObject({ state: 'FAILED', failure: 'Reading the catalogue failed: the courses subgraph is down' });
    expect(await system.searchEngine.count()).toBe(documents);
    expect(await searchIds('科技馆')).not.toEqual([]);
  });

  it('is what `npm run reindex` asks the running system for', async () => {
    const { stdout } = await run('npx', ['tsx', 'gateway/reindex-cli.ts'], { env: { ...process.env, KEPU_GATEWAY_URL: system.url } });
    const documents = (await status()).documents;
    expect(stdout).toMatch(new RegExp(`Rebuilt the embedded index: read \\d+ items in [\\d.]+ s .*it holds ${documents} documents`));
  });

  it('tells who runs `npm run reindex` with no Kepu to ask', async () => {
    const failed = await run('npx', ['tsx', 'gateway/reindex-cli.ts'], { env: { ...process.env, KEPU_GATEWAY_URL: 'http://127.0.0.1:9/graphql' } }).catch((error) => error);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain('Cannot reach Kepu at http://127.0.0.1:9/graphql');
  });
});

describe('search follows the publishing mutations', () => {
  it('finds a programme its venue retitles and publishes, and loses it when unpublished or the venue is suspended', async () => {
    const venue = { authorization: `Bearer ${await mintToken('manager-3', { role: 'venue', venueId: 'ven_3' })}` };
    const admin = { authorization: `Bearer ${await mintToken('admin-1', { role: 'admin' })}` };
    const [programme] = await system.databases.courses.db.select().from(courses.programmes).where(sql`${courses.programmes.venueId} = 3 and ${courses.programmes.status} = 'PUBLISHED'`).limit(1);
    const id = `prg_${programme!.id}`;

    const retitled = await graphql(system.url, 'mutation($id: ID!) { updateProgramme(id: $id, input: { title: "磁悬浮列车模型实验课", titleEn: "Maglev Train Model Lab" }) { userErrors { code } } }', { id }, venue);
    expect(retitled.errors).toBeUndefined();
    expect(retitled.data.updateProgramme.userErrors).toEqual([]);
    await eventually(async () => (await searchIds('磁悬浮')).includes(id));
    expect(await searchIds('maglev')).toContain(id);

    await graphql(system.url, 'mutation($id: ID!) { unpublishProgramme(id: $id) { userErrors { code } } }', { id }, venue);
    await eventually(async () => !(await searchIds('磁悬浮')).includes(id));
    await graphql(system.url, 'mutation($id: ID!) { publishProgramme(id: $id) { userErrors { code } } }', { id }, venue);
    await eventually(async () => (await searchIds('磁悬浮')).includes(id));

    const suspended = await graphql(system.url, 'mutation { setComplianceStatus(venueId: "ven_3", status: SUSPENDED, reason: "inspection") { userErrors { code } } }', {}, admin);
    expect(suspended.errors).toBeUndefined();
    await eventually(async () => !(await searchIds('磁悬浮')).includes(id));
    expect(await searchIds('', { types: ['VENUE'], kinds: ['PLANETARIUM'] })).not.toContain('ven_3');
  });
});
