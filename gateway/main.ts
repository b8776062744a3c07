import cluster from 'node:cluster';
import { availableParallelism } from 'node:os';
import { connect } from '../kit/database/connection.js';
import { StartupError, stopServersOnlyWhenAsked } from '../kit/database/embedded.js';
import { portIsTaken } from '../kit/platform/ports.js';
import { buildPagesIfChanged } from '../web/server/build.js';
import { pagesListener } from '../web/server/pages.js';
import { remoteDataSource } from './data-sources.js';
import { serveGateway } from './server.js';
import { subgraphDatabaseUrl, subgraphNames, subgraphUrl } from './subgraphs.js';
import { startSystem } from './system.js';
import { partsReadyFlag, startProcesses } from './processes.js';
import { complianceSubgraphs, scheduleComplianceOnGateway } from './compliance-schedule.js';
import { defaultIndexFile } from '../subgraphs/search/main.js';
import { announcingSubgraphs, subgraphEntry, subgraphVariables } from '../subgraphs/manifest.js';
import { configOrExit } from '../kit/platform/config.js';
import { log } from '../kit/platform/log.js';
import { startTracing } from '../kit/platform/tracing.js';

/**
 * `npm start`: the whole system on embedded defaults, with the demo catalogue on first run: on every
 * core (each subgraph in a process of its own, the gateway in `KEPU_WORKERS` cluster workers), or in
 * one process with `KEPU_WORKERS=1`. With every `<SUBGRAPH>_URL` set, only the gateway, in front of
 * subgraphs running elsewhere.
 */
const config = configOrExit(subgraphVariables);
const port = config.PORT ?? 4000;
const host = config.HOST ?? '0.0.0.0';
const remote = subgraphNames.every((name) => config.subgraphVariables[subgraphEntry(name).urlVariable]);
const workers = config.KEPU_WORKERS ?? availableParallelism();

// Checked before PostgreSQL starts, so that a taken port costs nothing and says what to do.
// A gateway worker shares the port its supervisor handed out.
if (cluster.isPrimary && (await portIsTaken(port, host))) {
  console.error(`Port ${port} is already in use, by another Kepu or another program. Stop it, or start Kepu on another port: PORT=${port + 1} npm start`);
  process.exit(1);
}
const tracing = await startTracing('kepu-gateway', config.OTEL_EXPORTER_OTLP_ENDPOINT);
const running = await start().catch((error) => {
  if (!(error instanceof StartupError)) throw error;
  console.error(error.message);
  return process.exit(1);
});
let stopping = false;
stopServersOnlyWhenAsked();
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, cluster.isWorker ? 'stopping this gateway worker' : 'stopping Kepu');
    await running.stop();
    await tracing?.stop();
    process.exit(0);
  });
}

function start() {
  if (cluster.isWorker) return startGatewayOnly(partsReadyFlag());
  if (remote) return startGatewayOnly();
  return workers > 1 ? startOnEveryCore() : startEverything();
}

async function startEverything() {
  log.info('starting Kepu: PostgreSQL, migrations, demo data, subgraphs, gateway');
  const pages = webPages();
  const system = await startSystem({
    port,
    host,
    databaseUrl: config.DATABASE_URL,
    dataDir: `${config.KEPU_DATA_DIR ?? '.kepu'}/postgres`,
    dataFolder: config.KEPU_DATA_DIR ?? '.kepu',
    searchIndexFile: config.KEPU_SEARCH_INDEX_FILE ?? defaultIndexFile(config.KEPU_DATA_DIR),
    seed: config.KEPU_SEED ?? true,
    complianceIntervalMs: (config.KEPU_COMPLIANCE_INTERVAL_SECONDS ?? 60) * 1000,
    pages,
  });
  log.info({ url: system.url, pages: pages ? system.url.replace(/graphql$/, '') : null, subgraphs: system.subgraphUrls }, 'Kepu is ready');
  log.info('sign in as a demo school on the pages, or: npm run token -- --role school --school-id sch_1, then send "Authorization: Bearer <token>"');
  return system;
}

/** Where the subgraphs that announce their changes keep their tables, when the gateway is told; it keeps public answers only then. */
function catalogueDatabaseUrls(): string[] | undefined {
  const urls = announcingSubgraphs.map((name) => subgraphDatabaseUrl(name));
  return urls.every(Boolean) ? (urls as string[]) : undefined;
}

async function startOnEveryCore() {
  log.info({ workers }, `starting Kepu on every core: PostgreSQL, migrations and demo data here, each subgraph in a process of its own, the gateway in ${workers}`);
  const pages = config.KEPU_WEB !== false;
  if (pages) buildPagesIfChanged();
  const processes = await startProcesses({
    port,
    host,
    workers,
    databaseUrl: config.DATABASE_URL,
    dataDir: `${config.KEPU_DATA_DIR ?? '.kepu'}/postgres`,
    dataFolder: config.KEPU_DATA_DIR ?? '.kepu',
    seed: config.KEPU_SEED ?? true,
    complianceIntervalMs: (config.KEPU_COMPLIANCE_INTERVAL_SECONDS ?? 60) * 1000,
  });
  log.info({
    url: processes.url,
    pages: pages ? processes.url.replace(/graphql$/, '') : null,
    subgraphs: processes.subgraphUrls,
    processes: processes.pids(),
    scheduledJobs: 'supervisor',
  }, 'Kepu is ready');
  log.info('sign in as a demo school on the pages, or: npm run token -- --role school --school-id sch_1, then send "Authorization: Bearer <token>"');
  return processes;
}

/** In front of subgraphs elsewhere; a cluster worker is ready once its supervisor says every part answered. */
async function startGatewayOnly(isReady?: () => boolean) {
  const accessUrl = subgraphDatabaseUrl('access');
  if (!accessUrl) throw new Error('Set ACCESS_DATABASE_URL (or DATABASE_URL): the gateway checks API keys and keeps rate limits in the access schema.');
  if (!config.KEPU_INTERNAL_SECRET) throw new Error('Set KEPU_INTERNAL_SECRET to the value the subgraphs have: they answer only fetches the gateway signs with it.');
  const access = connect(accessUrl);
  const dataSources = Object.fromEntries(subgraphNames.map((name) => [name, remoteDataSource(name, subgraphUrl(name))]));
  const pages = cluster.isWorker ? servedPages() : webPages();
  const gateway = await serveGateway({ dataSources, access, port, host, isReady, catalogueDatabaseUrls: catalogueDatabaseUrls(), pages });
  // A cluster worker's supervisor runs the jobs; a gateway on its own runs them itself.
  const compliance = cluster.isWorker ? null : complianceJobs(gateway.server);
  log.info({ url: gateway.url, scheduledJobs: compliance ? 'here' : 'elsewhere' }, cluster.isWorker ? 'gateway worker listening' : 'Kepu gateway is ready');
  return { stop: async () => { await compliance?.stop(); await gateway.close(); await access.close(); } };
}

/** The scheduled compliance jobs, when the subgraphs' databases are known and the interval is not 0. */
function complianceJobs(server: Parameters<typeof scheduleComplianceOnGateway>[1]) {
  const intervalMs = (config.KEPU_COMPLIANCE_INTERVAL_SECONDS ?? 60) * 1000;
  const urls = Object.fromEntries(complianceSubgraphs.map((name) => [name, subgraphDatabaseUrl(name)]));
  if (intervalMs === 0 || !Object.values(urls).every(Boolean)) return null;
  return scheduleComplianceOnGateway(urls as Parameters<typeof scheduleComplianceOnGateway>[0], server, intervalMs);
}

/** The pages at `/`, built first when their sources changed; KEPU_WEB=false serves the API alone. */
function webPages() {
  if (config.KEPU_WEB !== false) buildPagesIfChanged();
  return servedPages();
}

/** The pages as built (a gateway worker's supervisor built them before it started). */
function servedPages() {
  return config.KEPU_WEB === false ? undefined : pagesListener();
}
