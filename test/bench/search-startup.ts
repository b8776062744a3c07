import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { eq } from 'drizzle-orm';
import * as courses from '../../subgraphs/courses/tables.js';
import { startEmbeddedPostgres } from '../../kit/database/embedded.js';
import { recordChanges } from '../../kit/database/outbox.js';
import { mintToken } from '../../gateway/auth.js';
import { settingsFromEnvironment } from '../../gateway/settings.js';
import { startSystem, type System } from '../../gateway/system.js';
import { post } from './load.js';
import { benchEngineQueries, benchLatency, loadScale } from './search.js';
import { searchMixes } from './search-queries.js';

const SCALES = (process.env.BENCH_SEARCH_SCALES ?? '1,100').split(',').map(Number);

/**
 * `npm run bench search-startup`: start-up with the embedded index saved, at the demo size and
 * 100 times it: the first start (which builds the index), a save while Kepu answers (how long the
 * event loop waits meanwhile), and the next start, which loads the saved index and builds nothing;
 * then the engine alone and search through the gateway on that index, since this bench is the quick way
 * to an index of 100 times the demo.
 */
export async function benchSearchStartup(): Promise<void> {
  for (const scale of SCALES) {
    const dataDir = mkdtempSync(join(tmpdir(), 'kepu-bench-startup-'));
    const server = await startEmbeddedPostgres(join(dataDir, 'postgres'), { persistent: false, dataFolder: dataDir });
    const indexFile = join(dataDir, 'search', 'index.jsonl.gz');
    try {
      console.log(`\nStart-up at ${scale} × the demo catalogue (embedded engine, index saved to a file)`);
      const databaseUrl = await server.createDatabase('kepu');
      await loadScale(databaseUrl, scale);
      const first = await timedStart(databaseUrl, indexFile);
      console.log(`  first start, index built through the gateway: ${seconds(first.ms)}, ${await first.system.searchEngine.count()} documents, rebuild ${(await rebuildOf(first.system))?.state ?? 'none'}`);
      await benchSave(first.system, indexFile);
      const stopping = performance.now();
      await first.system.stop();
      console.log(`  stop (saves nothing new): ${seconds(performance.now() - stopping)}; saved file ${(statSync(indexFile).size / 1e6).toFixed(1)} MB`);
      const second = await timedStart(databaseUrl, indexFile);
      console.log(`  next start, saved index loaded and caught up: ${seconds(second.ms)}, ${await second.system.searchEngine.count()} documents, rebuild ${(await rebuildOf(second.system))?.state ?? 'none'} (target under 15 s at 100 ×)`);
      await benchEngineQueries(second.system);
      for (const mix of searchMixes) await benchLatency(second.system, mix, 10);
      await second.system.stop();
    } finally {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
}

async function timedStart(databaseUrl: string, searchIndexFile: string): Promise<{ system: System; ms: number }> {
  const started = performance.now();
  const settings = { ...settingsFromEnvironment({}), rateLimits: { anonymousPerMinute: 1e12, signedInPerMinute: 1e12 } };
  const system = await startSystem({ port: 0, databaseUrl, settings, searchIndexFile });
  return { system, ms: performance.now() - started };
}

/** The latest rebuild as an administrator sees it: null when the index was loaded rather than built. */
async function rebuildOf(system: System): Promise<{ state: string } | null> {
  const token = await mintToken('bench-admin', { role: 'admin' });
  const data = await post(system.url, '{ searchIndex { latestRebuild { state } } }', {}, { authorization: `Bearer ${token}` });
  return data.searchIndex.latestRebuild;
}

/** Commits a change, waits for the save it causes, and reports how long the event loop was held meanwhile. */
async function benchSave(system: System, indexFile: string): Promise<void> {
  const firstSave = performance.now();
  await until(() => existsSync(indexFile));
  console.log(`  first save, after the build: on disk ${seconds(performance.now() - firstSave)} after the start returned`);
  const before = statSync(indexFile).mtimeMs;
  await system.databases.courses.db.transaction(async (tx) => {
    await tx.update(courses.programmes).set({ titleEn: `Bench saved ${Date.now()}` }).where(eq(courses.programmes.id, 1));
    await recordChanges(tx, courses.outbox, [{ entity: 'Programme', entityId: 1 }]);
  });
  const delay = monitorEventLoopDelay({ resolution: 5 });
  const started = performance.now();
  delay.enable();
  await until(() => statSync(indexFile).mtimeMs !== before);
  delay.disable();
  const ms = (nanoseconds: number) => (nanoseconds / 1e6).toFixed(0);
  console.log(`  save after a change, while answering: done ${seconds(performance.now() - started)} after the commit; event loop delay meanwhile p99 ${ms(delay.percentile(99))} ms, max ${ms(delay.max)} ms`);
}

async function until(done: () => boolean): Promise<void> {
  const started = performance.now();
  while (!done()) {
    if (performance.now() - started > 300_000) throw new Error('the index was not saved within 5 minutes');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function seconds(milliseconds: number): string {
  return `${(milliseconds / 1000).toFixed(1)} s`;
}
