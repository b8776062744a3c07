import { randomBytes } from 'node:crypto';
import { setInternalSecret } from '../../kit/platform/identity.js';
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
  { scenario: reference.name, clients: CLIENTS, previous: '-', target: '-' },
  { scenario: catalogueScenarios[0]!.name, clients: CLIENTS, previous: '428 req/s; 481 with kept answers (1 round)', target: '>= 3,000 req/s' },
  { scenario: catalogueScenarios[1]!.name, clients: CLIENTS, previous: '96 req/s, p95 ~700 ms; 451 with kept answers (1 round)', target: '>= 1,000 req/s, p95 < 100 ms, >= 40 % of reference' },
  { scenario: searchWithHits.name, clients: SEARCH_CLIENTS, previous: '174-340 req/s, p95 46-119 ms', target: 'p95 < 20 ms' },
];

/**
 * Gateway against bare subgraphs at 50 clients: requests per second and p95, medians of several
 * rounds; then the targets' table, through the same gateway, beside a `{ __typename }` reference
 * that costs the gateway its least.
 */
export async function benchGateway(): Promise<void> {
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
