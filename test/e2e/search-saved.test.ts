import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import * as courses from '../../subgraphs/courses/tables.js';
import * as experts from '../../subgraphs/experts/tables.js';
import { mintToken } from '../../gateway/auth.js';
import type { System } from '../../gateway/system.js';
import { recordChanges } from '../../kit/database/outbox.js';
import { createTestDatabase } from '../support/databases.js';
import { graphql, startTestSystem } from '../support/system.js';

const folder = mkdtempSync(join(tmpdir(), 'kepu-saved-index-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

let running: System | null = null;
afterAll(() => running?.stop());

async function start(databaseUrl: string, indexFile: string): Promise<System> {
  running = await startTestSystem({ databaseUrl, searchIndexFile: indexFile });
  return running;
}

async function stop(system: System): Promise<void> {
  await system.stop();
  running = null;
}

/** What an administrator sees of the index: its size and its latest rebuild (null when none ran since the start). */
async function indexStatus(system: System): Promise<{ documents: number; latestRebuild: { state: string } | null }> {
  const admin = { authorization: `Bearer ${await mintToken('admin-1', { role: 'admin' })}` };
  const answer = await graphql(system.url, '{ searchIndex { documents latestRebuild { state } } }', {}, admin);
  expect(answer.errors).toBeUndefined();
  return answer.data.searchIndex;
}

async function searchIds(system: System, query: string): Promise<string[]> {
  const answer = await graphql(system.url, 'query($query: String) { search(query: $query, first: 100) { hits { item { ... on Venue { id } ... on Programme { id } ... on Talk { id } ... on Expert { id } } } } }', { query });
  expect(answer.errors).toBeUndefined();
  return answer.data.search.hits.map((hit: any) => hit.item.id);
}

/** Chinese, pinyin, a wrong character with the right sound, an English typo, words of the thesaurus, and completions. */
const queries = ['博物馆', 'bowuguan', 'bwg', '植物圆', 'planetarum', '天文讲座', '望远镜', 'PKU', ''];
const prefixes = ['北京天', 'beijingtian', 'bjtw', 'Beijing Plan', '望远'];

/** Every query's hits with their explanations and did-you-mean, and every prefix's completions. */
async function answersOf(system: System): Promise<unknown[]> {
  const admin = { authorization: `Bearer ${await mintToken('admin-1', { role: 'admin' })}` };
  const found = [];
  for (const query of queries) {
    const answer = await graphql(system.url, `query($query: String) { search(query: $query, first: 30, explain: true, facets: ["kind", "subject", "city"]) {
      totalCount relaxed droppedWords didYouMean facets { field values { value count } }
      hits { explanation { score } item { ... on Venue { id } ... on Programme { id } ... on Talk { id } ... on Expert { id } } } } }`, { query }, admin);
    expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
    found.push(answer.data.search);
  }
  for (const prefix of prefixes) found.push((await graphql(system.url, 'query($prefix: String!) { searchSuggestions(prefix: $prefix) { text kind } }', { prefix })).data.searchSuggestions);
  return found;
}

/** A first start: the index is built from the catalogue, then saved when the system stops. */
async function builtAndSaved(databaseUrl: string, indexFile: string): Promise<{ documents: number; answers: string[]; everything: unknown[] }> {
  const system = await start(databaseUrl, indexFile);
  const status = await indexStatus(system);
  expect(status.latestRebuild).toEqual({ state: 'SUCCEEDED' });
  const answers = await searchIds(system, '博物馆');
  const everything = await answersOf(system);
  await stop(system);
  expect(existsSync(indexFile)).toBe(true);
  return { documents: status.documents, answers, everything };
}

/** Each test starts Kepu several times over, a full index build among them. */
const RESTARTS_TIMEOUT = 240_000;

describe('the embedded search index across restarts', () => {
  it('loads the saved index at start instead of rebuilding it, and answers as before', async () => {
    const databaseUrl = await createTestDatabase('demo');
    const indexFile = join(folder, 'restart', 'index.jsonl.gz');
    const first = await builtAndSaved(databaseUrl, indexFile);
    expect(first.answers.length).toBeGreaterThan(0);

    const system = await start(databaseUrl, indexFile);
    expect(await indexStatus(system)).toEqual({ documents: first.documents, latestRebuild: null });
    expect(await searchIds(system, '博物馆')).toEqual(first.answers);
    expect(await answersOf(system)).toEqual(first.everything);
    await stop(system);
  }, RESTARTS_TIMEOUT);

  it('finds what was changed while it was stopped, and no longer finds what was unpublished or deleted', async () => {
    const databaseUrl = await createTestDatabase('demo');
    const indexFile = join(folder, 'changes', 'index.jsonl.gz');
    await builtAndSaved(databaseUrl, indexFile);

    const database = (await start(databaseUrl, indexFile)).databases;
    const [unpublished] = await database.courses.db.select().from(courses.programmes).where(eq(courses.programmes.status, 'PUBLISHED')).limit(1).offset(3);
    const [talk] = await database.experts.db.select().from(experts.talks).where(eq(experts.talks.status, 'PUBLISHED')).limit(1);
    const system = running!;
    expect(await searchIds(system, unpublished!.titleZh)).toContain(`prg_${unpublished!.id}`);
    expect(await searchIds(system, talk!.titleZh)).toContain(`tlk_${talk!.id}`);
    await stop(system);

    const stoppedDatabase = await startTestSystem({ databaseUrl }).then(async (plain) => {
      // Written straight to the tables, as a subgraph's mutations do, while the saving Kepu is down.
      await plain.databases.courses.db.transaction(async (tx) => {
        await tx.update(courses.programmes).set({ titleZh: '量子纠缠魔术工作坊', titleEn: 'Quantum Entanglement Magic Workshop' }).where(eq(courses.programmes.id, 1));
        await tx.update(courses.programmes).set({ status: 'UNPUBLISHED' }).where(eq(courses.programmes.id, unpublished!.id));
        await recordChanges(tx, courses.outbox, [{ entity: 'Programme', entityId: 1 }, { entity: 'Programme', entityId: unpublished!.id }]);
      });
      await plain.databases.experts.db.transaction(async (tx) => {
        await tx.delete(experts.talks).where(eq(experts.talks.id, talk!.id));
        await recordChanges(tx, experts.outbox, [{ entity: 'Talk', entityId: talk!.id }]);
      });
      return plain;
    });
    await stoppedDatabase.stop();

    const restarted = await start(databaseUrl, indexFile);
    expect((await indexStatus(restarted)).latestRebuild).toBeNull();
    expect(await searchIds(restarted, '量子纠缠')).toContain('prg_1');
    expect(await searchIds(restarted, 'entanglement')).toContain('prg_1');
    expect(await searchIds(restarted, unpublished!.titleZh)).not.toContain(`prg_${unpublished!.id}`);
    expect(await searchIds(restarted, talk!.titleZh)).not.toContain(`tlk_${talk!.id}`);
    await stop(restarted);
  }, RESTARTS_TIMEOUT);

  it('rebuilds the index when the saved one is corrupt, of another version, or from another database', async () => {
    const databaseUrl = await createTestDatabase('demo');
    const indexFile = join(folder, 'damaged', 'index.jsonl.gz');
    const { documents, answers } = await builtAndSaved(databaseUrl, indexFile);
    const whole = readFileSync(indexFile);
    const [header, ...rest] = gunzipSync(whole).toString('utf8').split('\n');

    const damaged = {
      corrupt: whole.subarray(0, Math.floor(whole.length / 2)),
      'another version': gzipSync([JSON.stringify({ ...JSON.parse(header!), engine: 'an-older-engine' }), ...rest].join('\n')),
      'truncated lines': gzipSync([header, ...rest.slice(0, 3)].join('\n')),
    };
    for (const [name, bytes] of Object.entries(damaged)) {
      writeFileSync(indexFile, bytes);
      const system = await start(databaseUrl, indexFile);
      expect(await indexStatus(system), name).toEqual({ documents, latestRebuild: { state: 'SUCCEEDED' } });
      expect(await searchIds(system, '博物馆'), name).toEqual(answers);
      await stop(system);
    }

    const otherDatabase = await createTestDatabase('demo');
    const system = await start(otherDatabase, indexFile);
    expect((await indexStatus(system)).latestRebuild).toEqual({ state: 'SUCCEEDED' });
    await stop(system);
  }, RESTARTS_TIMEOUT);
});
