import { connect } from '../kit/database/connection.js';
import { StartupError, stopServersOnlyWhenAsked } from '../kit/database/embedded.js';
import { portIsTaken } from '../kit/platform/ports.js';
import { buildPagesIfChanged } from '../web/server/build.js';
import { pagesListener } from '../web/server/pages.js';
import { remoteDataSource } from './data-sources.js';
import { serveGateway } from './server.js';
import { subgraphDatabaseUrl, subgraphNames, subgraphUrl } from './subgraphs.js';
import { startSystem } from './system.js';
import { defaultIndexFile } from '../subgraphs/search/main.js';
import { outboxSources, subgraphEntry, subgraphVariables } from '../subgraphs/manifest.js';
import { configOrExit } from '../kit/platform/config.js';
import { log } from '../kit/platform/log.js';
import { startTracing } from '../kit/platform/tracing.js';

/**
 * `npm start`: the whole system in one process on embedded defaults, with the demo catalogue on
 * first run. With every `<SUBGRAPH>_URL` set, only the gateway, in front of subgraphs running elsewhere.
 */
const config = configOrExit(subgraphVariables);
const port = config.PORT ?? 4000;
const host = config.HOST ?? '0.0.0.0';
const remote = subgraphNames.every((name) => config.subgraphVariables[subgraphEntry(name).urlVariable]);

// Checked before PostgreSQL starts, so that a taken port costs nothing and says what to do.
if (await portIsTaken(port, host)) {
  console.error(`Port ${port} is already in use, by another Kepu or another program. Stop it, or start Kepu on another port: PORT=${port + 1} npm start`);
  process.exit(1);
}
const tracing = await startTracing('kepu-gateway', config.OTEL_EXPORTER_OTLP_ENDPOINT);
const running = await (remote ? startGatewayOnly() : startEverything()).catch((error) => {
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
    log.info({ signal }, 'stopping Kepu');
    await running.stop();
    await tracing?.stop();
    process.exit(0);
  });
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

/** Where the catalogue subgraphs keep their tables, when the gateway is told; it keeps public answers only then. */
function catalogueDatabaseUrls(): string[] | undefined {
  const urls = outboxSources.map((name) => subgraphDatabaseUrl(name));
  return urls.every(Boolean) ? (urls as string[]) : undefined;
}

async function startGatewayOnly() {
  const accessUrl = subgraphDatabaseUrl('access');
  if (!accessUrl) throw new Error('Set ACCESS_DATABASE_URL (or DATABASE_URL): the gateway checks API keys and keeps rate limits in the access schema.');
  if (!config.KEPU_INTERNAL_SECRET) throw new Error('Set KEPU_INTERNAL_SECRET to the value the subgraphs have: they answer only fetches the gateway signs with it.');
  const access = connect(accessUrl);
  const dataSources = Object.fromEntries(subgraphNames.map((name) => [name, remoteDataSource(name, subgraphUrl(name))]));
  const gateway = await serveGateway({ dataSources, access, port, host, catalogueDatabaseUrls: catalogueDatabaseUrls(), pages: webPages() });
  log.info({ url: gateway.url }, 'Kepu gateway is ready');
  return { stop: async () => { await gateway.close(); await access.close(); } };
}

/** The pages at `/`, built first when their sources changed; KEPU_WEB=false serves the API alone. */
function webPages() {
  if (config.KEPU_WEB === false) return undefined;
  buildPagesIfChanged();
  return pagesListener();
}
