import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { eq } from 'drizzle-orm';
import { connect } from '../../kit/database/connection.js';
import { startEmbeddedPostgres } from '../../kit/database/embedded.js';
import { migrateSubgraph } from '../../kit/database/migrate.js';
import * as courses from '../../subgraphs/courses/tables.js';
import { generateCatalogue } from '../../seed/catalogue.js';
import { loadCatalogue } from '../../seed/load.js';
import { startOfToday } from '../../seed/today.js';
import { settingsFromEnvironment } from '../../gateway/settings.js';
import { migrationsOf, subgraphNames } from '../../subgraphs/manifest.js';
import type { ProgrammeDocumentFragment } from '../../subgraphs/search/operations.generated.js';
import { startSystem, type System } from '../../gateway/system.js';
import { createEmbeddedEngine } from '../../search/orama.js';
import { reindex } from '../../subgraphs/search/reindex.js';
import { recordChanges } from '../../kit/database/outbox.js';
import { median, percentile, post, type LoadResult } from './load.js';
import { millisecondsUntil } from '../support/system.js';
import { searchMixes, searchVariables, TURNS_PER_LOAD, type SearchMix } from './search-queries.js';
import { facetFields, type ItemType, type Near } from '../../search/engine.js';
import { evaluate, loadQueries, readDocuments, table } from '../relevance/relevance.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const SCALES = (process.env.BENCH_SEARCH_SCALES ?? '1,100').split(',').map(Number);
const CHANGES = 50;

/**
 * `npm run bench search`: at the demo size and at 100 times it, on a throw-away embedded
 * PostgreSQL: how long the start-up index build takes, a reindex over HTTP, search latency
 * through the gateway, and the time from a committed change to it being found.
 */
export async function benchSearch(): Promise<void> {
  for (const scale of SCALES) {
    const dataDir = mkdtempSync(join(tmpdir(), 'kepu-bench-search-'));
    const server = await startEmbeddedPostgres(dataDir, { persistent: false });
    try {
      console.log(`\nSearch at ${scale} × the demo catalogue (embedded engine)`);
      const databaseUrl = await server.createDatabase('kepu');
      const loaded = await loadScale(databaseUrl, scale);
      console.log(`  catalogue loaded into PostgreSQL in ${seconds(loaded)}`);
      const started = performance.now();
      // The bench measures search, not the anonymous rate limit, which would refuse most of its requests.
      const settings = { ...settingsFromEnvironment({}), rateLimits: { anonymousPerMinute: 1e12, signedInPerMinute: 1e12 } };
      const system = await startSystem({ port: 0, databaseUrl, settings });
      const documents = await system.searchEngine.count();
      const startup = performance.now() - started;
      try {
        console.log(`  start-up with index build through the gateway: ${seconds(startup)} for ${documents} documents`);
        if (scale === 1) await benchRelevance(system);
        await benchSuggestions(system);
        await benchReindex(system, documents);
        await benchEngineOnly(system, documents);
        await benchEngineQueries(system);
        for (const mix of searchMixes) {
          for (const clients of [1, 10]) await benchLatency(system, mix, clients);
        }
        await benchFreshness(system);
      } finally {
        await system.stop();
      }
    } finally {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
}

export async function loadScale(databaseUrl: string, scale: number): Promise<number> {
  const started = performance.now();
  const database = connect(databaseUrl, { max: 2 });
  try {
    for (const name of subgraphNames) await migrateSubgraph(database, migrationsOf(name));
    const catalogue = generateCatalogue({ scale, now: startOfToday() });
    await loadCatalogue({ venues: database, courses: database, experts: database, bookings: database }, catalogue);
  } finally {
    await database.close();
  }
  return performance.now() - started;
}

async function benchReindex(system: System, documents: number): Promise<void> {
  const started = performance.now();
  const progress = await reindex(system.searchEngine, system.catalogueReader, null);
  const elapsed = (performance.now() - started) / 1000;
  console.log(`  full reindex through the gateway in-process: ${progress.done} items read, ${documents} documents, ${elapsed.toFixed(1)} s, ${(documents / elapsed).toFixed(0)} documents/s`);
}

/** The engine alone, without reading the catalogue: how fast it takes documents in. */
async function benchEngineOnly(system: System, documents: number): Promise<void> {
  const all = await system.searchEngine.search({ text: '', filter: {}, offset: 0, limit: 0, facets: [] });
  if (all.totalCount !== documents) throw new Error(`the index answers ${all.totalCount} of ${documents} documents`);
  const engine = createEmbeddedEngine();
  const sample = await sampleDocuments(system, Math.min(documents, 5000));
  const started = performance.now();
  await engine.upsert(sample);
  const elapsed = (performance.now() - started) / 1000;
  console.log(`  embedded engine alone: ${sample.length} documents in ${elapsed.toFixed(2)} s, ${(sample.length / elapsed).toFixed(0)} documents/s`);
}

async function sampleDocuments(system: System, count: number) {
  const { documentFragments, toDocument } = await import('../../subgraphs/search/documents.js');
  const { data } = await system.catalogueReader<{ programmes: { edges: { node: ProgrammeDocumentFragment }[] } }>(
    `{ programmes(first: 100) { edges { node { ...ProgrammeDocument } } } } ${documentFragments.Programme.definitions}`,
  );
  const base = data.programmes.edges.map((edge) => toDocument('Programme', { ...edge.node, sessions: { edges: [] } })).filter((document) => document !== null);
  return Array.from({ length: count }, (_, index) => ({ ...base[index % base.length], id: `prg_${1_000_000 + index}` }));
}

/** The "nothing cached" mix straight on the engine, in this process: what the engine costs, apart from the gateway and resolving hits. */
export async function benchEngineQueries(system: System): Promise<void> {
  // The first pass after a start also pays for compiling the engine's code; the second, with requests of its own, is what a running Kepu answers in.
  for (const [pass, firstTurn] of [['first pass after the start', 0], ['next 130', 130]] as const) {
    const times = await timedEngineQueries(system, firstTurn);
    const sorted = [...times].sort((a, b) => a.ms - b.ms);
    const ms = sorted.map((time) => time.ms);
    console.log(`  engine alone, nothing cached, ${pass}: median ${percentile(ms, 0.5).toFixed(1)} ms, p95 ${percentile(ms, 0.95).toFixed(1)} ms, slowest ${sorted.at(-1)!.ms.toFixed(0)} ms for ${sorted.at(-1)!.query}`);
  }
}

/** 130 searches of the "nothing cached" mix from `firstTurn` on, straight to the engine, one after another. */
async function timedEngineQueries(system: System, firstTurn: number): Promise<{ ms: number; query: string }[]> {
  const typeNames: Record<string, ItemType> = { VENUE: 'Venue', PROGRAMME: 'Programme', TALK: 'Talk', EXPERT: 'Expert' };
  const times: { ms: number; query: string }[] = [];
  for (let turn = firstTurn; turn < firstTurn + 130; turn += 1) {
    const { query, filter = {}, near } = searchVariables('nothing cached', turn) as { query: string; filter?: Record<string, any>; near: Near };
    const openBetween = { from: Date.parse(filter.openBetween.from), to: Date.parse(filter.openBetween.to) };
    const request = { ...filter, openBetween, types: filter.types?.map((type: string) => typeNames[type]!) };
    const started = performance.now();
    await system.searchEngine.search({ text: query, filter: Object.fromEntries(Object.entries(request).filter(([, value]) => value !== undefined)), near, offset: 0, limit: 10, facets: facetFields });
    times.push({ ms: performance.now() - started, query: `${JSON.stringify(query)} ${JSON.stringify(filter)}` });
  }
  return times;
}

/** Loads run so far: each starts at turns of its own. */
let loads = 0;

export async function benchLatency(system: System, mix: SearchMix, clients: number): Promise<void> {
  loads += 1;
  const result = await searchLoad({ url: system.url, mix, clients, seconds: SECONDS, firstTurn: loads * TURNS_PER_LOAD });
  if (result.errors > 0) throw new Error(`${result.errors} searches failed`);
  console.log(`  search through the gateway, ${mix.padEnd(14)} ${String(clients).padStart(2)} client(s): median ${result.p50Ms.toFixed(1)} ms, p95 ${result.p95Ms.toFixed(1)} ms, ${result.requestsPerSecond.toFixed(0)} req/s`);
}

function searchLoad(config: { url: string; mix: SearchMix; clients: number; seconds: number; firstTurn: number }): Promise<LoadResult> {
  const script = fileURLToPath(new URL('./search-load-worker.ts', import.meta.url));
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['--import', 'tsx', script, JSON.stringify(config)], { maxBuffer: 1 << 20 }, (error, stdout, stderr) => {
      if (error) return reject(new Error(`search load failed: ${stderr || error.message}`));
      resolve(JSON.parse(stdout) as LoadResult);
    });
  });
}

/**
 * Commits a retitled programme with its outbox row, as the courses subgraph does, then reads until
 * the new title shows: in a public read the gateway keeps (asked before each change, so it is kept
 * when the change commits) and in search.
 */
async function benchFreshness(system: System): Promise<void> {
  const kept: number[] = [];
  const searchable: number[] = [];
  const keptTitle = async () => (await post(system.url, '{ programme(id: "prg_1") { titleEn } }')).programme.titleEn as string;
  for (let change = 0; change < CHANGES; change += 1) {
    const word = `kepubench${change}x${Date.now().toString(36)}`;
    await keptTitle();
    await system.databases.courses.db.transaction(async (tx) => {
      await tx.update(courses.programmes).set({ titleEn: `Bench ${word}` }).where(eq(courses.programmes.id, 1));
      await recordChanges(tx, courses.outbox, [{ entity: 'Programme', entityId: 1 }]);
    });
    const committed = performance.now();
    const [read, found] = await Promise.all([
      millisecondsUntil(async () => (await keptTitle()).includes(word), 'a change in a kept read', { since: committed, timeoutMs: 30_000, pollMs: 5 }),
      millisecondsUntil(async () => (await post(system.url, 'query($query: String) { search(query: $query) { totalCount } }', { query: word })).search.totalCount > 0, 'a change in search', { since: committed, timeoutMs: 30_000, pollMs: 5 }),
    ]);
    kept.push(read);
    searchable.push(found);
  }
  for (const [label, waits] of [['in a kept public read', kept], ['in search', searchable]] as const) {
    waits.sort((a, b) => a - b);
    console.log(`  committed change visible ${label.padEnd(22)}: median ${median(waits).toFixed(0)} ms, p95 ${percentile(waits, 0.95).toFixed(0)} ms (${CHANGES} changes)`);
  }
  console.log(`  (announced on PostgreSQL's kepu_changes at commit; the indexer polls every ${process.env.KEPU_SEARCH_POLL_MS ?? 2000} ms should an announcement be lost)`);
}

/** The relevance suite (test/relevance) on this catalogue: nDCG@10 and zero hits by category. */
async function benchRelevance(system: System): Promise<void> {
  const documents = await readDocuments(system.catalogueReader);
  const outcomes = await evaluate(loadQueries(), documents, async ({ query, filter }) => {
    const result = await system.searchEngine.search({ text: query, filter: filter ?? {}, offset: 0, limit: 10, facets: [] });
    return { ids: result.hits.map((hit) => hit.id), totalCount: result.totalCount };
  });
  console.log(`  relevance (test/relevance/queries.json, engine ${system.searchEngine.name}):\n${table(outcomes).replace(/^/gm, '  ')}`);
}

const SUGGESTION_PREFIXES = ['北京', '北京天', 'bowu', 'bwg', 'beijing', 'Beijing Pl', '天文', 'tianw', 'museum', '恐', 'kongl', 'Tianjin U', '中国科', 'zhiwuy', 'robot', '重庆'];

/**
 * `searchSuggestions` through the gateway, one client, one prefix after another, as someone types:
 * as anyone gets them (prefixes typed before are kept answers), and read past every kept answer.
 */
async function benchSuggestions(system: System): Promise<void> {
  for (const [label, headers] of [['as typed', {}], ['nothing kept', { 'cache-control': 'no-cache' }]] as const) {
    const times: number[] = [];
    for (let turn = 0; turn < 400; turn += 1) {
      const started = performance.now();
      await post(system.url, 'query($prefix: String!) { searchSuggestions(prefix: $prefix, first: 8) { text kind item { __typename ... on Venue { id } ... on Programme { id } ... on Talk { id } ... on Expert { id } } } }', { prefix: SUGGESTION_PREFIXES[turn % SUGGESTION_PREFIXES.length] }, headers);
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    console.log(`  searchSuggestions through the gateway, 1 client, ${label}: median ${median(times).toFixed(1)} ms, p95 ${percentile(times, 0.95).toFixed(1)} ms (${times.length} prefixes typed)`);
  }
}

function seconds(milliseconds: number): string {
  return `${(milliseconds / 1000).toFixed(1)} s`;
}
