import { settingsFromEnvironment } from '../../gateway/settings.js';
import { catalogueScenarios, type Endpoints } from './catalogue-scenarios.js';
import { median } from './load.js';
import { loadInChildProcess, startBenchSystem } from './subprocess.js';

const CLIENTS = 50;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

/** Gateway against bare subgraphs at 50 clients: requests per second and p95, medians of several rounds. */
export async function benchGateway(): Promise<void> {
  // Load from one address would run into the anonymous rate limit at once; this bench measures federation, not limits.
  const system = await startBenchSystem({ settings: { ...settingsFromEnvironment({}), rateLimits: { anonymousPerMinute: 1e12, signedInPerMinute: 1e12 } } });
  try {
    const endpoints: Endpoints = { gateway: system.url, subgraphs: system.subgraphUrls };
    console.log(`\nGateway overhead: ${CLIENTS} clients, ${ROUNDS} rounds of ${SECONDS} s each, medians`);
    console.log('scenario                          route                 req/s     p95 ms');
    for (const scenario of catalogueScenarios) {
      const rates: Record<string, number[]> = { throughGateway: [], straightToSubgraphs: [] };
      const p95s: Record<string, number[]> = { throughGateway: [], straightToSubgraphs: [] };
      for (let round = 0; round < ROUNDS; round += 1) {
        for (const route of ['straightToSubgraphs', 'throughGateway'] as const) {
          const result = await loadInChildProcess('./load-worker.ts', { endpoints, scenario: scenario.name, route, clients: CLIENTS, seconds: SECONDS });
          if (result.errors > 0) throw new Error(`${scenario.name} ${route}: ${result.errors} failed requests`);
          rates[route]!.push(result.requestsPerSecond);
          p95s[route]!.push(result.p95Ms);
        }
      }
      for (const route of ['straightToSubgraphs', 'throughGateway']) {
        console.log(`${scenario.name.padEnd(34)}${route.padEnd(20)}${median(rates[route]!).toFixed(0).padStart(8)}${median(p95s[route]!).toFixed(1).padStart(11)}`);
      }
      const ratio = median(rates.throughGateway!) / median(rates.straightToSubgraphs!);
      console.log(`${''.padEnd(34)}gateway / straight: ${(ratio * 100).toFixed(0)} % of the bare subgraphs' rate`);
    }
  } finally {
    await system.dispose();
  }
}
