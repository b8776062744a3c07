import { monitorEventLoopDelay } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { System } from '../../gateway/system.js';
import { signedIn } from '../support/bearer.js';
import { median, withHealthKeptQuick } from '../support/hostile.js';
import { graphql, startTestSystem } from '../support/system.js';

/**
 * A single write, however large within the limits, and a full reindex never hold the event loop
 * (shared by the gateway, the subgraphs and the search index) long enough to stall others:
 * /health answers within 200 ms while they run.
 */
let system: System;
let health: string;
let venueId: string;
let manager: Record<string, string>;
let admin: Record<string, string>;
beforeAll(async () => {
  system = await startTestSystem();
  health = system.url.replace(/\/graphql$/, '/health');
  const [row] = await system.databases.courses.sql`select venue_id from courses.programmes where status = 'PUBLISHED' order by venue_id limit 1`;
  venueId = `ven_${row!.venue_id}`;
  manager = await signedIn({ role: 'venue', venueId });
  admin = await signedIn({ role: 'admin' });
});
afterAll(() => system?.stop());

/** Chinese and English words mixed, as long as each field may be: the most work tokenising can be given. */
function longest(length: number, seed: number): string {
  const words = ['科学', '实验', '火箭', '天文', '机器人', 'physics', 'robot', '生物多样性', 'lab', '航天'];
  let text = '';
  for (let index = seed; text.length < length; index += 7) text += words[index % words.length];
  return text.slice(0, length);
}

function largestProgramme(seed: number) {
  return {
    venueId, kind: 'STUDY_TOUR', title: longest(200, seed), titleEn: longest(200, seed + 1), summary: longest(5_000, seed + 2), summaryEn: longest(5_000, seed + 3),
    subjects: ['PHYSICS', 'ASTRONOMY'], gradeBands: ['JUNIOR'], durationMinutes: 600, groupSize: { min: 10, max: 40 }, price: '0', delivery: 'ON_SITE',
    route: Array.from({ length: 30 }, (_, index) => ({ venueId, minutes: 20, activity: longest(500, seed + index) })),
    curriculumLinks: Array.from({ length: 6 }, (_, index) => ({ code: `C${index}`, description: longest(5_000, seed + index) })),
  };
}

const CREATE = `mutation($input: CreateProgrammeInput!) { createProgramme(input: $input) { programme { id } userErrors { code field } } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateProgrammeInput!) { updateProgramme(id: $id, input: $input) { programme { id } userErrors { code field } } }`;
const PUBLISH = `mutation($id: ID!) { publishProgramme(id: $id) { programme { id } userErrors { code } } }`;

/**
 * Runs `work` while asking /health and watching the event loop, with /health kept quick
 * (`withHealthKeptQuick`). Prints the slowest probe and the longest stall, the figures to watch.
 */
async function watched<Result>(what: string, work: () => Promise<Result>): Promise<Result> {
  const delay = monitorEventLoopDelay({ resolution: 5 });
  const timed = await withHealthKeptQuick(health, async () => {
    delay.enable();
    try {
      return await work();
    } finally {
      delay.disable();
    }
  });
  console.info(`${what}: /health median ${median(timed.healthMs).toFixed(0)} ms, slowest ${Math.max(...timed.healthMs).toFixed(0)} ms; longest event-loop stall ${(delay.max / 1e6).toFixed(0)} ms`);
  return timed.result;
}

describe('the event loop', () => {
  it('keeps /health quick while the largest programmes are published and updated, and their search documents built', async () => {
    const result = await watched('largest programmes written', async () => {
      const ids: string[] = [];
      for (let seed = 0; seed < 4; seed += 1) {
        const created = await graphql(system.url, CREATE, { input: largestProgramme(seed) }, manager);
        expect(created.errors).toBeUndefined();
        expect(created.data.createProgramme.userErrors).toEqual([]);
        const id = created.data.createProgramme.programme.id;
        ids.push(id);
        expect((await graphql(system.url, PUBLISH, { id }, manager)).data.publishProgramme.userErrors).toEqual([]);
        const { venueId: _, ...changes } = largestProgramme(seed + 100);
        expect((await graphql(system.url, UPDATE, { id, input: changes }, manager)).data.updateProgramme.userErrors).toEqual([]);
      }
      // The indexer follows the outbox: wait until the last update is searchable.
      await expect.poll(async () => { const a = await graphql(system.url, `{ search(query: "${longest(12, 103)}", first: 5) { totalCount } }`); if (a.errors) console.error(JSON.stringify(a.errors)); return a.data?.search.totalCount; }, { timeout: 20_000 }).toBeGreaterThan(0);
      return ids;
    });
    expect(result).toHaveLength(4);
  }, 120_000);

  it('keeps /health quick while the whole search index is rebuilt', async () => {
    await watched('search index rebuilt', async () => {
      const started = await graphql(system.url, `mutation { rebuildSearchIndex { rebuild { state } userErrors { code } } }`, undefined, admin);
      expect(started.errors).toBeUndefined();
      await expect.poll(async () => (await graphql(system.url, `{ searchIndex { latestRebuild { state } } }`, undefined, admin)).data?.searchIndex.latestRebuild?.state, { timeout: 60_000, interval: 100 }).toBe('SUCCEEDED');
    });
  }, 120_000);
});
