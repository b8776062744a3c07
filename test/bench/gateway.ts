import { randomBytes } from 'node:crypto';
import { setInternalSecret } from '../../kit/platform/identity.js';
import { remoteDataSource } from '../../gateway/data-sources.js';
import { serveGateway } from '../../gateway/server.js';
import { settingsFromEnvironment } from '../../gateway/settings.js';
import { subgraphNames } from '../../gateway/subgraphs.js';
import { catalogueScenarios, type Endpoints, type Route } from './catalogue-scenarios.js';
import { median } from './load.js';
import { loadInChildProcess, startBenchSystem } from './subprocess.js';

const CLIENTS = 50;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const ROUTES: Route[] = ['straightToSubgraphs', 'throughGateway', 'throughGatewayOverHttp'];

/** Gateway against bare subgraphs at 50 clients: requests per second and p95, medians of several rounds. */
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
    console.log(`\nGateway overhead: ${CLIENTS} clients, ${ROUNDS} rounds of ${SECONDS} s each, medians`);
    console.log('scenario                          route                      req/s     p95 ms  of bare');
    for (const scenario of catalogueScenarios) {
      const rates = Object.fromEntries(ROUTES.map((route) => [route, [] as number[]]));
      const p95s = Object.fromEntries(ROUTES.map((route) => [route, [] as number[]]));
      for (let round = 0; round < ROUNDS; round += 1) {
        for (const route of ROUTES) {
          const result = await loadInChildProcess('./load-worker.ts', { endpoints, scenario: scenario.name, route, clients: CLIENTS, seconds: SECONDS, internalSecret });
          if (result.errors > 0) throw new Error(`${scenario.name} ${route}: ${result.errors} failed requests`);
          rates[route]!.push(result.requestsPerSecond);
          p95s[route]!.push(result.p95Ms);
        }
      }
      for (const route of ROUTES) {
        const ratio = median(rates[route]!) / median(rates.straightToSubgraphs!);
        console.log(`${scenario.name.padEnd(34)}${route.padEnd(24)}${median(rates[route]!).toFixed(0).padStart(8)}${median(p95s[route]!).toFixed(1).padStart(11)}${(ratio * 100).toFixed(0).padStart(8)} %`);
      }
    }
  } finally {
    await gatewayOverHttp.close();
    await system.dispose();
  }
}
