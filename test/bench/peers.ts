import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEmbeddedPostgres } from '../../kit/database/embedded.js';
import { settingsFromEnvironment } from '../../gateway/settings.js';
import { manifest } from '../../subgraphs/manifest.js';
import { composeServices, KepuProcess, localCommand, localEnvironment, portsFor } from '../support/deployment.js';
import { catalogueScenarios, searchWithHits, type Endpoints, type GatewayScenario } from './catalogue-scenarios.js';
import { padWide } from './gateway.js';
import { median } from './load.js';
import { loadInChildProcess } from './subprocess.js';

const CLIENTS = 50;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const WARM_UP_SECONDS = 2;
const SCENARIOS: GatewayScenario[] = [...catalogueScenarios, searchWithHits];
const PEERS = [
  { name: 'Kepu', runtime: null },
  { name: 'Hive', runtime: 'default' },
  { name: 'Hive Rust', runtime: 'router' },
] as const;
type Peer = (typeof PEERS)[number]['name'];

interface Measured {
  requestsPerSecond: number;
  p95Ms: number;
}

/**
 * Kepu's gateway beside its peers, Hive Gateway with its defaults and with Hive Router's Rust query
 * planner, in front of the same subgraph processes (docker-compose.yml's commands, from the compiled
 * build, against one embedded PostgreSQL with the demo catalogue) and the same static supergraph:
 * requests per second and p95 of the catalogue list, the venue page and a search with its hits
 * resolved, 50 anonymous clients, medians of rounds that take turns between the gateways.
 */
export async function benchPeers(): Promise<void> {
  console.log(`\nPeers: load average ${loadAverage()} at the start`);
  const built = spawnSync(process.execPath, ['--import', 'tsx', 'build.ts'], { encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`npm run build failed:\n${built.stdout}${built.stderr}`);
  const dataDir = mkdtempSync(join(tmpdir(), 'kepu-peers-'));
  const postgres = await startEmbeddedPostgres(join(dataDir, 'postgres'), { dataFolder: dataDir });
  const processes: KepuProcess[] = [];
  try {
    const databaseUrl = await postgres.createDatabase('kepu');
    const seeded = spawnSync(process.execPath, ['dist/seed/cli.js', '--database-url', databaseUrl], { encoding: 'utf8' });
    if (seeded.status !== 0) throw new Error(`Loading the demo catalogue failed:\n${seeded.stdout}${seeded.stderr}`);
    const { gateways, all } = await deployment(databaseUrl, dataDir);
    processes.push(...all);
    for (const child of all) child.start();
    await Promise.all(all.map((child) => child.waitUntil(200, 300_000)));
    console.log(describeKepu());

    const endpoints = (peer: Peer): Endpoints => ({ gateway: gateways[peer].url, gatewayOverHttp: gateways[peer].url, subgraphs: subgraphUrls(all) });
    for (const scenario of SCENARIOS) await expectSameData(scenario, endpoints);
    const results = new Map<string, Record<Peer, Measured>>();
    for (const scenario of SCENARIOS) results.set(scenario.name, await measure(scenario.name, endpoints));
    const crashes = all.flatMap((child) => child.crashes);
    if (crashes.length > 0) throw new Error(`Processes stopped during the bench: ${crashes.join('; ')}`);
    printTable(results);
  } finally {
    // Kepu's standalone gateway has been seen to hang in its SIGTERM stop and outlive the bench; a bench's gateways keep nothing.
    await Promise.all(processes.map((child) => child.stop(child.name === 'gateway' || child.name.startsWith('Hive') ? 'SIGKILL' : 'SIGTERM')));
    await postgres.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The subgraphs and Kepu's gateway as docker-compose.yml runs them, and the two Hive Gateways with the gateway's environment. */
async function deployment(databaseUrl: string, dataDir: string) {
  const secrets = { KEPU_JWT_SECRET: randomBytes(24).toString('hex'), KEPU_INTERNAL_SECRET: randomBytes(24).toString('hex') };
  const services = composeServices();
  const names = [...manifest.map((entry) => entry.name), 'gateway'];
  const ports = await portsFor([...names, ...PEERS.filter((peer) => peer.runtime).map((peer) => peer.name)]);
  const environmentOf = (name: string) => {
    const environment = localEnvironment(services[name]!.environment ?? {}, { ports, databaseUrl, secrets });
    // Meilisearch is not running here; without these search indexes into its embedded engine.
    for (const variable of Object.keys(environment).filter((key) => key.startsWith('MEILISEARCH_'))) delete environment[variable];
    // The saved search index goes in the bench's own folder; the gateways serve the API alone, without the pages.
    return { ...environment, NODE_ENV: 'production', LOG_LEVEL: 'warn', LOG_PRETTY: 'false', KEPU_DATA_DIR: dataDir, KEPU_WEB: 'false' };
  };
  const subgraphs = manifest.map(({ name }) => new KepuProcess(name, localCommand(services[name]!.command!), environmentOf(name), ports[name]!));
  // Rate limits lifted (Hive Gateway has none); anything else is Kepu's default, or what this bench's own environment says.
  const kepuEnvironment = { ...environmentOf('gateway'), KEPU_RATE_LIMIT_ANONYMOUS: String(1e12) };
  const hiveScript = fileURLToPath(new URL('./hive-gateway.ts', import.meta.url));
  const gateways = Object.fromEntries(PEERS.map((peer) => [peer.name, peer.runtime
    ? new KepuProcess(peer.name, [process.execPath, '--import', 'tsx', hiveScript], { ...kepuEnvironment, HIVE_RUNTIME: peer.runtime }, ports[peer.name]!)
    : new KepuProcess('gateway', localCommand(services.gateway!.command!), kepuEnvironment, ports.gateway!)])) as Record<Peer, KepuProcess>;
  return { gateways, all: [...subgraphs, ...Object.values(gateways)] };
}

function subgraphUrls(all: KepuProcess[]): Endpoints['subgraphs'] {
  return Object.fromEntries(all.map((child) => [child.name, child.url])) as Endpoints['subgraphs'];
}

/** Kepu's gateway's processes inherit this bench's environment, where KEPU_MERGE_FETCHES or KEPU_CACHE_PUBLIC_READS may turn a feature off. */
function describeKepu(): string {
  const told = { KEPU_MERGE_FETCHES: process.env.KEPU_MERGE_FETCHES, KEPU_CACHE_PUBLIC_READS: process.env.KEPU_CACHE_PUBLIC_READS };
  const settings = settingsFromEnvironment(told);
  const source = (name: keyof typeof told) => (told[name] ? `${name}=${told[name]}` : 'default');
  return [
    'Gateways: Kepu (node dist/gateway/main.js, every <SUBGRAPH>_URL set, KEPU_WEB=false), Hive Gateway with its defaults, Hive Gateway with the Rust query planner',
    `Kepu's gateway: merging of in-flight fetches ${settings.mergeFetches ? 'on' : 'off'} (${source('KEPU_MERGE_FETCHES')}), cached public reads ${settings.publicReads ? 'on' : 'off'} (${source('KEPU_CACHE_PUBLIC_READS')})`,
  ].join('\n');
}

/** Every gateway answers the scenario's query with the same data, byte for byte, before any is timed. */
async function expectSameData(scenario: GatewayScenario, endpoints: (peer: Peer) => Endpoints): Promise<void> {
  const answers = await Promise.all(PEERS.map(async (peer) => JSON.stringify(await scenario.throughGateway(endpoints(peer.name)))));
  const differing = PEERS.filter((_, index) => answers[index] !== answers[0]).map((peer) => peer.name);
  if (differing.length > 0) {
    throw new Error(`${scenario.name}: ${differing.join(' and ')} answered other data than Kepu:\n${PEERS.map((peer, index) => `${peer.name}: ${answers[index]!.slice(0, 2000)}`).join('\n')}`);
  }
  console.log(`${scenario.name}: all three gateways answer byte-identical data (${Buffer.byteLength(answers[0]!)} bytes)`);
}

/** Medians of the rounds, which take turns between the gateways so that a noisy moment of the machine falls on each alike. */
async function measure(scenario: string, endpoints: (peer: Peer) => Endpoints): Promise<Record<Peer, Measured>> {
  const run = async (peer: Peer, seconds: number) => {
    const result = await loadInChildProcess('./load-worker.ts', { endpoints: endpoints(peer), scenario, route: 'throughGateway', clients: CLIENTS, seconds, internalSecret: '' });
    if (result.errors > 0) throw new Error(`${scenario} through ${peer}: ${result.errors} failed requests`);
    return result;
  };
  for (const peer of PEERS) await run(peer.name, WARM_UP_SECONDS);
  const rounds = new Map<Peer, Measured[]>(PEERS.map((peer) => [peer.name, []]));
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const peer of PEERS) rounds.get(peer.name)!.push(await run(peer.name, SECONDS));
  }
  return Object.fromEntries(PEERS.map((peer) => {
    const measured = rounds.get(peer.name)!;
    return [peer.name, { requestsPerSecond: median(measured.map((one) => one.requestsPerSecond)), p95Ms: median(measured.map((one) => one.p95Ms)) }];
  })) as Record<Peer, Measured>;
}

function printTable(results: Map<string, Record<Peer, Measured>>): void {
  console.log(`\n${CLIENTS} clients, ${ROUNDS} rounds of ${SECONDS} s per gateway (after a ${WARM_UP_SECONDS} s warm-up), medians; ratios of req/s`);
  console.log(`${'query'.padEnd(34)}${PEERS.map((peer) => `${`${peer.name} req/s`.padStart(16)}${'p95 ms'.padStart(8)}`).join('')}${'Kepu/Hive Rust'.padStart(16)}${'Kepu/Hive'.padStart(11)}`);
  for (const [scenario, measured] of results) {
    const ratio = (peer: Peer) => `${(measured.Kepu.requestsPerSecond / measured[peer].requestsPerSecond).toFixed(2)}x`;
    const cells = PEERS.map((peer) => `${measured[peer.name].requestsPerSecond.toFixed(0).padStart(16)}${measured[peer.name].p95Ms.toFixed(1).padStart(8)}`).join('');
    console.log(`${padWide(scenario, 34)}${cells}${ratio('Hive Rust').padStart(16)}${ratio('Hive').padStart(11)}`);
  }
  console.log(`Load average ${loadAverage()} at the end (the machine's other work shares the cores: compare the ratios)`);
}

function loadAverage(): string {
  return loadavg().map((value) => value.toFixed(2)).join(' / ');
}
