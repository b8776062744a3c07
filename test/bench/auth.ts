import { getOperationAST, parse } from 'graphql';
import { ApiKeyAuthenticator } from '../../gateway/api-keys.js';
import { mintToken, viewerFromAuthorization } from '../../gateway/auth.js';
import { operationCost } from '../../gateway/cost.js';
import { RateLimiter } from '../../gateway/rate-limits.js';
import { serveGateway } from '../../gateway/server.js';
import { settingsFromEnvironment, type GatewaySettings } from '../../gateway/settings.js';
import { inProcessDataSources, type System } from '../../gateway/system.js';
import type { Listening } from '../../kit/subgraph/http.js';
import { createAccessStore } from '../../subgraphs/access/store.js';
import { median } from './load.js';
import { loadInChildProcess, startBenchSystem } from './subprocess.js';

const CLIENTS = 50;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const QUERY = `{ venues(filter: { cities: ["Beijing"] }, first: 20) { edges { node { id name nameEn kind district location { lat lon } } } } }`;

interface Route {
  name: string;
  url: string;
  headers: Record<string, string>;
}

/**
 * What authentication, query limits and rate limiting add to a typical catalogue query: the same
 * subgraphs behind a gateway without protections and behind gateways with them, called with an
 * API key and with a bearer token, at 50 clients. Also counts the access database's statements per request.
 */
export async function benchAuth(): Promise<void> {
  let accessStatements = 0;
  const system = await startBenchSystem({ onStatement: (subgraph) => { if (subgraph === 'access') accessStatements += 1; } });
  const gateways: Listening[] = [];
  try {
    const start = async (settings: Partial<GatewaySettings>) => {
      const gateway = await serveGateway({ dataSources: inProcessDataSources(system.subgraphs), access: system.databases.access, settings: { ...settingsFromEnvironment({}), ...settings }, port: 0 });
      gateways.push(gateway);
      return gateway.url;
    };
    const bare = await start({ guarded: false });
    const guarded = await start({ rateLimits: { anonymousPerMinute: 1e12, signedInPerMinute: 1e12 } });
    const key = await createBenchKey(system);
    const token = await mintToken('bench-school', { role: 'school', schoolId: 'sch_1' });
    const routes: Route[] = [
      { name: 'no auth, no limits', url: bare, headers: {} },
      { name: 'API key + limits + rate limit', url: guarded, headers: { 'x-api-key': key } },
      { name: 'bearer token + limits + rate limit', url: guarded, headers: { authorization: `Bearer ${token}` } },
      { name: 'anonymous + limits + rate limit', url: guarded, headers: {} },
    ];

    console.log(`\nAuthentication and limits at the gateway: ${CLIENTS} clients, ${ROUNDS} rounds of ${SECONDS} s, routes interleaved in turn, medians`);
    console.log(`query: ${QUERY}`);
    for (const route of routes) await measure(route, 1);
    const measured = new Map<string, { rates: number[]; p50s: number[]; p95s: number[]; statements: number[] }>(
      routes.map((route) => [route.name, { rates: [], p50s: [], p95s: [], statements: [] }]),
    );
    for (let round = 0; round < ROUNDS; round += 1) {
      // Each round starts with a different route, so no route always runs first or last.
      for (const route of [...routes.slice(round % routes.length), ...routes.slice(0, round % routes.length)]) {
        accessStatements = 0;
        const result = await measure(route, SECONDS);
        const figures = measured.get(route.name)!;
        figures.rates.push(result.requestsPerSecond);
        figures.p50s.push(result.p50Ms);
        figures.p95s.push(result.p95Ms);
        figures.statements.push(accessStatements / result.requests);
      }
    }
    console.log('route                                   req/s     p50 ms    p95 ms   access statements/request');
    for (const route of routes) {
      const figures = measured.get(route.name)!;
      console.log(`${route.name.padEnd(36)}${median(figures.rates).toFixed(0).padStart(8)}${median(figures.p50s).toFixed(1).padStart(11)}${median(figures.p95s).toFixed(1).padStart(10)}${median(figures.statements).toFixed(2).padStart(14)}`);
    }
    const baseline = median(measured.get(routes[0]!.name)!.rates);
    for (const route of routes.slice(1)) {
      console.log(`${route.name}: ${((median(measured.get(route.name)!.rates) / baseline) * 100).toFixed(0)} % of the unprotected gateway's rate`);
    }
    await printWorkPerRequest(system, key, token);
  } finally {
    for (const gateway of gateways) await gateway.close();
    await system.dispose();
  }
}

/** The gateway's own work per request, timed in this process, which a busy machine disturbs less than throughput. */
async function printWorkPerRequest(system: System, key: string, token: string): Promise<void> {
  const document = parse(QUERY);
  const operation = getOperationAST(document)!;
  const schema = system.subgraphs.venues.schema;
  const keys = new ApiKeyAuthenticator(createAccessStore(system.databases.access.db), 5);
  const limiter = new RateLimiter(createAccessStore(system.databases.access.db));
  await keys.authenticate(key);
  try {
    console.log('\nwork per request, in-process (median of 5 runs)');
    const line = (label: string, microseconds: number, note = '') => console.log(`  ${label.padEnd(44)}${microseconds.toFixed(1).padStart(8)} µs${note}`);
    line(`pricing the query (cost ${operationCost(schema, document, operation, {})})`, await perCall(() => operationCost(schema, document, operation, {}), 20_000));
    line('verifying a bearer token (HS256)', await perCall(() => viewerFromAuthorization(`Bearer ${token}`), 20_000));
    line('an API key found in the cache', await perCall(() => keys.authenticate(key), 20_000));
    line('charging a rate limit, one request at a time', await perCall(() => limiter.charge('bench:serial', 41, 1e12), 500), ' (a statement each)');
    const together = await perCall(() => Promise.all(Array.from({ length: 50 }, () => limiter.charge('bench:together', 41, 1e12))), 100);
    line('charging a rate limit, 50 requests together', together / 50, ' per request (one statement for the 50)');
  } finally {
    limiter.stop();
  }
}

async function perCall(work: () => unknown, calls: number): Promise<number> {
  const runs: number[] = [];
  for (let run = 0; run < 5; run += 1) {
    const started = performance.now();
    for (let call = 0; call < calls; call += 1) await work();
    runs.push(((performance.now() - started) * 1000) / calls);
  }
  return median(runs);
}

async function measure(route: Route, seconds: number) {
  const result = await loadInChildProcess('./auth-worker.ts', { url: route.url, query: QUERY, headers: route.headers, clients: CLIENTS, seconds });
  if (result.errors > 0) throw new Error(`${route.name}: ${result.errors} failed requests`);
  return result;
}

async function createBenchKey(system: System): Promise<string> {
  const { key } = await createAccessStore(system.databases.access.db).createApiKey({ name: 'Bench', scopes: ['catalogue:read'], rateLimitPerMinute: 2_000_000_000, createdBy: 'bench' });
  return key;
}
