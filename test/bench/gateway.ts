import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setInternalSecret } from '../../kit/platform/identity.js';
import { freePort } from '../../kit/platform/ports.js';
import { remoteDataSource } from '../../gateway/data-sources.js';
import { serveGateway } from '../../gateway/server.js';
import { settingsFromEnvironment } from '../../gateway/settings.js';
import { subgraphNames } from '../../gateway/subgraphs.js';
import { catalogueScenarios, reference, searchWithHits, type Endpoints, type Route } from './catalogue-scenarios.js';
import { median } from './load.js';
import { loadInChildProcess, startBenchSystem } from './subprocess.js';

const CLIENTS = 50;
const SEARCH_CLIENTS = 10;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const ROUTES: Route[] = ['straightToSubgraphs', 'throughGateway', 'throughGatewayOverHttp'];

/** Medians of the rounds of one scenario on one route. */
interface Measured {
  requestsPerSecond: number;
  p95Ms: number;
}

/** The rows of issue 13's table: what each was before, and what it should reach on this machine. */
const TARGETS = [
  { scenario: reference.name, clients: CLIENTS, previous: '6,726 req/s at 33bf30c, same machine and day', target: '-' },
  { scenario: catalogueScenarios[0]!.name, clients: CLIENTS, previous: '428 req/s; 9,148 at 33bf30c', target: '>= 3,000 req/s' },
  { scenario: catalogueScenarios[1]!.name, clients: CLIENTS, previous: '96 req/s, p95 ~700 ms; 8,570, p95 11 at 33bf30c', target: '>= 1,000 req/s, p95 < 100 ms, >= 40 % of reference' },
  { scenario: searchWithHits.name, clients: SEARCH_CLIENTS, previous: '174-340 req/s, p95 46-119 ms; p95 3.6 at 33bf30c', target: 'p95 < 20 ms' },
];

/**
 * Gateway against bare subgraphs at 50 clients: requests per second and p95, medians of several
 * rounds; then the targets' table, through the same gateway, beside a `{ __typename }` reference
 * that costs the gateway its least.
 */
export async function benchGateway(): Promise<void> {
  if (process.env.BENCH_START === 'npm') return benchNpmStart();
  // Load from one address would run into the anonymous rate limit at once; this bench measures federation, not limits.
  const settings = { ...settingsFromEnvironment({ KEPU_MERGE_FETCHES: process.env.KEPU_MERGE_FETCHES, KEPU_CACHE_PUBLIC_READS: process.env.KEPU_CACHE_PUBLIC_READS }), rateLimits: { anonymousPerMinute: 1e12, signedInPerMinute: 1e12 } };
  // The worker signs its requests straight to the subgraphs with the secret they share with the gateway.
  const internalSecret = randomBytes(32).toString('hex');
  setInternalSecret(internalSecret);
  const system = await startBenchSystem({ settings });
  const dataSources = Object.fromEntries(subgraphNames.map((name) => [name, remoteDataSource(name, system.subgraphUrls[name])]));
  const gatewayOverHttp = await serveGateway({ dataSources, access: system.databases.access, settings, port: 0 });
  try {
    const endpoints: Endpoints = { gateway: system.url, gatewayOverHttp: gatewayOverHttp.url, subgraphs: system.subgraphUrls };
    // Rounds take turns between routes, so that a noisy moment of the machine falls on each alike.
    const measure = async (scenario: string, routes: Route[], clients: number): Promise<Record<Route, Measured>> => {
      const rates = new Map<Route, number[]>(routes.map((route) => [route, []]));
      const p95s = new Map<Route, number[]>(routes.map((route) => [route, []]));
      for (let round = 0; round < ROUNDS; round += 1) {
        for (const route of routes) {
          const result = await loadInChildProcess('./load-worker.ts', { endpoints, scenario, route, clients, seconds: SECONDS, internalSecret });
          if (result.errors > 0) throw new Error(`${scenario} ${route}: ${result.errors} failed requests`);
          rates.get(route)!.push(result.requestsPerSecond);
          p95s.get(route)!.push(result.p95Ms);
        }
      }
      return Object.fromEntries(routes.map((route) => [route, { requestsPerSecond: median(rates.get(route)!), p95Ms: median(p95s.get(route)!) }])) as Record<Route, Measured>;
    };
    const throughGateway = new Map<string, Measured>();
    console.log(`\nGateway overhead: ${CLIENTS} clients, ${ROUNDS} rounds of ${SECONDS} s each, medians`);
    console.log('scenario                          route                      req/s     p95 ms  of bare');
    for (const scenario of catalogueScenarios) {
      const measured = await measure(scenario.name, ROUTES, CLIENTS);
      throughGateway.set(scenario.name, measured.throughGateway);
      for (const route of ROUTES) {
        const ratio = measured[route].requestsPerSecond / measured.straightToSubgraphs.requestsPerSecond;
        console.log(`${scenario.name.padEnd(34)}${route.padEnd(24)}${measured[route].requestsPerSecond.toFixed(0).padStart(8)}${measured[route].p95Ms.toFixed(1).padStart(11)}${(ratio * 100).toFixed(0).padStart(8)} %`);
      }
    }
    for (const scenario of [reference, searchWithHits]) {
      const clients = TARGETS.find((row) => row.scenario === scenario.name)!.clients;
      throughGateway.set(scenario.name, (await measure(scenario.name, ['throughGateway'], clients)).throughGateway);
    }
    printTargets(throughGateway);
  } finally {
    await gatewayOverHttp.close();
    await system.dispose();
  }
}

function printTargets(measured: Map<string, Measured>): void {
  const base = measured.get(reference.name)!.requestsPerSecond;
  console.log(`\nThrough the gateway in this process, against the targets (${ROUNDS} rounds of ${SECONDS} s, medians; share = req/s of the { __typename } reference)`);
  console.log(`${'row'.padEnd(34)}${'clients'.padStart(8)}${'req/s'.padStart(8)}${'p95 ms'.padStart(9)}${'share'.padStart(8)}  ${'previous'.padEnd(58)}target`);
  for (const row of TARGETS) {
    const { requestsPerSecond, p95Ms } = measured.get(row.scenario)!;
    const share = `${((requestsPerSecond / base) * 100).toFixed(0)} %`;
    console.log(`${padWide(row.scenario, 34)}${String(row.clients).padStart(8)}${requestsPerSecond.toFixed(0).padStart(8)}${p95Ms.toFixed(1).padStart(9)}${share.padStart(8)}  ${row.previous.padEnd(58)}${row.target}`);
  }
}

/** Pads to a width on a terminal, where a Chinese character takes two columns. */
export function padWide(text: string, width: number): string {
  const wide = [...text].filter((character) => /\p{Script=Han}/u.test(character)).length;
  return text.padEnd(width - wide);
}

/**
 * `BENCH_START=npm npm run bench gateway`: the table's rows through `npm start` itself, in one process
 * (`KEPU_WORKERS=1`) and on every core, both running at once and measured in turns, so that a busy
 * moment of a shared machine falls on each alike; with the load average before and after.
 */
async function benchNpmStart(): Promise<void> {
  const cores = Number(process.env.KEPU_WORKERS ?? availableParallelism());
  const before = loadavg();
  const starts = await Promise.all([startNpm(1), startNpm(cores)]);
  try {
    const measured = new Map<string, Measured[]>();
    for (const row of TARGETS) {
      const rates = starts.map((): number[] => []);
      const p95s = starts.map((): number[] => []);
      for (let round = 0; round < ROUNDS; round += 1) {
        for (const [index, start] of starts.entries()) {
          const endpoints = { gateway: start.url, gatewayOverHttp: start.url, subgraphs: {} as Endpoints['subgraphs'] };
          const result = await loadInChildProcess('./load-worker.ts', { endpoints, scenario: row.scenario, route: 'throughGateway', clients: row.clients, seconds: SECONDS, internalSecret: '' });
          if (result.errors > 0) throw new Error(`${row.scenario} with ${start.workers} gateway processes: ${result.errors} failed requests`);
          rates[index]!.push(result.requestsPerSecond);
          p95s[index]!.push(result.p95Ms);
        }
      }
      measured.set(row.scenario, starts.map((_, index) => ({ requestsPerSecond: median(rates[index]!), p95Ms: median(p95s[index]!) })));
    }
    const after = loadavg();
    console.log(`\nnpm start in one process against npm start on every core (${cores} gateway processes, each subgraph in its own), ${ROUNDS} rounds of ${SECONDS} s, medians`);
    console.log(`load average (1, 5, 15 min) before ${before.map((value) => value.toFixed(1)).join(' ')}, after ${after.map((value) => value.toFixed(1)).join(' ')}; ${availableParallelism()} cores`);
    console.log(`${'row'.padEnd(34)}${'clients'.padStart(8)}${'one: req/s'.padStart(12)}${'p95 ms'.padStart(9)}${'every core: req/s'.padStart(19)}${'p95 ms'.padStart(9)}${'ratio'.padStart(8)}`);
    for (const row of TARGETS) {
      const [single, multi] = measured.get(row.scenario)!;
      const ratio = multi!.requestsPerSecond / single!.requestsPerSecond;
      console.log(`${padWide(row.scenario, 34)}${String(row.clients).padStart(8)}${single!.requestsPerSecond.toFixed(0).padStart(12)}${single!.p95Ms.toFixed(1).padStart(9)}${multi!.requestsPerSecond.toFixed(0).padStart(19)}${multi!.p95Ms.toFixed(1).padStart(9)}${ratio.toFixed(2).padStart(8)}`);
    }
  } finally {
    for (const start of starts) await start.stop();
  }
}

/** `npm start` on a throw-away data folder with `workers` gateway processes, without rate limits (this measures federation, not limits). */
async function startNpm(workers: number): Promise<{ workers: number; url: string; stop(): Promise<void> }> {
  const folder = mkdtempSync(join(tmpdir(), 'kepu-bench-start-'));
  const port = await freePort();
  const { DATABASE_URL: _, ...env } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', 'gateway/main.ts'], {
    env: {
      ...env, KEPU_WORKERS: String(workers), KEPU_DATA_DIR: folder, PORT: String(port), HOST: '127.0.0.1', KEPU_WEB: 'false', KEPU_COMPLIANCE_INTERVAL_SECONDS: '0',
      KEPU_RATE_LIMIT_ANONYMOUS: '1000000000000', KEPU_RATE_LIMIT_SIGNED_IN: '1000000000000', LOG_LEVEL: 'warn',
    },
    stdio: 'inherit',
  });
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await once(child, 'exit');
    }
    rmSync(folder, { recursive: true, force: true });
  };
  // Ready only once every part answers and the search index is in.
  while (!(await answers(`http://127.0.0.1:${port}/ready`))) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`npm start with KEPU_WORKERS=${workers} exited with ${child.exitCode} before it was ready`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { workers, url: `http://127.0.0.1:${port}/graphql`, stop };
}

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url, { signal: AbortSignal.timeout(2000) })).ok;
  } catch {
    return false;
  }
}
