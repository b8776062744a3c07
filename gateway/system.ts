import type { RequestListener } from 'node:http';
import { connect, type Database } from '../kit/database/connection.js';
import { startEmbeddedPostgres, type EmbeddedServer } from '../kit/database/embedded.js';
import { migrateSubgraph } from '../kit/database/migrate.js';
import { announcingSubgraphs, migrationsOf, subgraphEntry } from '../subgraphs/manifest.js';
import { isSeeded, seedDemo } from '../seed/load.js';
import { startOfToday } from '../seed/today.js';
import { serveSubgraph, type Listening } from '../kit/subgraph/http.js';
import type { Subgraph } from '../kit/subgraph/server.js';
import type { SearchEngine } from '../search/engine.js';
import { createSearchEngine, readerOf, SearchIndex, startSearchIndexing, type CatalogueReader } from '../subgraphs/search/main.js';
import { SupergraphLink } from '../kit/platform/supergraph.js';
import { anonymous } from '../kit/platform/viewer.js';
import { InProcessDataSource } from './data-sources.js';
import { executeAsService, executeOnGateway } from './service.js';
import { serveGateway } from './server.js';
import type { GatewaySettings } from './settings.js';
import { subgraphFactories, type SubgraphServices } from './registry.js';
import { subgraphNames, type SubgraphName } from './subgraphs.js';
import { runComplianceJobs, scheduleCompliance, type ComplianceRun } from './compliance-schedule.js';
import { log } from '../kit/platform/log.js';
import { startConfig } from '../kit/platform/config.js';

export interface SystemOptions {
  /** Gateway port; 0 takes a free one. */
  port: number;
  host?: string;
  /** An external PostgreSQL for every subgraph; without it an embedded server runs in `dataDir`. */
  databaseUrl?: string;
  dataDir?: string;
  /** The outermost folder the embedded server may change (`KEPU_DATA_DIR`); `dataDir` when left out. */
  dataFolder?: string;
  /** Load the demo catalogue into an empty database. */
  seed?: boolean;
  /** Reported for every SQL statement a subgraph sends, for statement-count tests. */
  onStatement?: (subgraph: SubgraphName, statement: string) => void;
  /** The search engine; by default Meilisearch when `MEILISEARCH_URL` is set, else the embedded one. */
  searchEngine?: SearchEngine;
  /** The gateway's limits and protections; from the environment when omitted. */
  settings?: GatewaySettings;
  /** How often overdue rectification notices are enforced and schools told; 0 or left out never (tests run the jobs themselves). */
  complianceIntervalMs?: number;
  /** Serves the web pages beside the API. */
  pages?: RequestListener;
  /** Where the embedded search index is saved, to be loaded at the next start; without it, it is built at every start. */
  searchIndexFile?: string;
  /**
   * `changes`: the search index starts empty and takes in only what changes from now on, instead of
   * being built from the whole catalogue before the system reports ready (the default, `catalogue`).
   */
  searchIndexFrom?: 'catalogue' | 'changes';
}

export interface System {
  url: string;
  subgraphUrls: Record<SubgraphName, string>;
  databases: Record<SubgraphName, Database>;
  searchEngine: SearchEngine;
  /** Reads the published catalogue through the gateway in this process, as the search indexer does. */
  catalogueReader: CatalogueReader;
  subgraphs: Record<SubgraphName, Subgraph>;
  /** Runs the compliance jobs once, as the schedule does, as if it were `now`. */
  runComplianceJobs(now?: Date): Promise<ComplianceRun>;
  stop(): Promise<void>;
}

/** Starts the whole of Kepu in this process: database, migrations, demo data, subgraphs, gateway and the search index. */
export async function startSystem(options: SystemOptions): Promise<System> {
  const prepared = await prepareDatabases(options);
  const { urls, databases } = prepared;
  const stops: (() => Promise<void>)[] = [() => prepared.stop()];
  try {
    const searchEngine = options.searchEngine ?? (await createSearchEngine());
    stops.unshift(() => searchEngine.close());
    const supergraph = new SupergraphLink();
    // Search reads the catalogue (and schools' pairings) through the gateway as an anonymous caller.
    const catalogue = new SupergraphLink();
    const catalogueReader = readerOf(catalogue.execute);
    const searchIndex = new SearchIndex(searchEngine, catalogueReader);
    const subgraphs = await startSubgraphs(databases, supergraph, { searchIndex });
    const listening = await listenSubgraphs(subgraphs);
    stops.unshift(...Object.values(listening).map((server) => () => server.close()));
    stops.unshift(...Object.values(subgraphs).map((subgraph) => () => subgraph.server.stop()));
    // The search index is built through the gateway, so it listens first and reports ready only once the index is in.
    let ready = false;
    const gateway = await serveGateway({
      isReady: () => ready,
      dataSources: inProcessDataSources(subgraphs),
      access: databases.access,
      catalogueDatabaseUrls: announcingSubgraphs.map((name) => urls[name]),
      settings: options.settings,
      pages: options.pages,
      port: options.port,
      host: options.host,
    });
    stops.unshift(() => gateway.close());
    supergraph.bind(executeAsService(gateway.server, 'bookings'));
    catalogue.bind(executeOnGateway(gateway.server, anonymous));
    const indexing = await startSearchIndexing({ searchIndex, databaseUrls: urls, indexFile: options.searchIndexFile, indexFrom: options.searchIndexFrom });
    stops.unshift(() => indexing.stop());
    const runCompliance = (now?: Date) => runComplianceJobs(databases, supergraph, now);
    const compliance = scheduleCompliance(runCompliance, options.complianceIntervalMs ?? 0);
    stops.unshift(() => compliance.stop());
    ready = true;
    return {
      url: gateway.url,
      subgraphUrls: mapSubgraphs((name) => listening[name].url),
      databases,
      searchEngine: searchIndex.engine,
      catalogueReader,
      subgraphs,
      runComplianceJobs: runCompliance,
      stop: () => runInOrder(stops),
    };
  } catch (error) {
    await runInOrder(stops);
    throw error;
  }
}

export interface PreparedDatabases {
  /** The database every subgraph without a variable of its own uses. */
  sharedUrl: string;
  /** The database each subgraph uses: its own variable's, else the shared one. */
  urls: Record<SubgraphName, string>;
  databases: Record<SubgraphName, Database>;
  /** The embedded server, when one was started; null with an external `databaseUrl`. */
  embedded: EmbeddedServer | null;
  /** Closes the connections, then stops the embedded server. */
  stop(): Promise<void>;
}

/** PostgreSQL (the embedded server unless `databaseUrl` is given), every subgraph's migrations, and the demo catalogue when asked and missing. */
export async function prepareDatabases(options: Pick<SystemOptions, 'databaseUrl' | 'dataDir' | 'dataFolder' | 'seed' | 'onStatement'>): Promise<PreparedDatabases> {
  const embedded = options.databaseUrl ? null : await startEmbeddedPostgres(options.dataDir ?? '.kepu/postgres', { dataFolder: options.dataFolder });
  const stops: (() => Promise<void>)[] = embedded ? [() => embedded.stop()] : [];
  try {
    const sharedUrl = options.databaseUrl ?? (await embedded!.createDatabase('kepu'));
    const urls = mapSubgraphs((name) => startConfig().subgraphVariables[subgraphEntry(name).databaseVariable] ?? sharedUrl);
    const databases = await connectSubgraphDatabases(options, urls);
    stops.unshift(() => Promise.all(Object.values(databases).map((database) => database.close())).then(() => {}));
    if (options.seed && !(await isSeeded(databases.venues))) await seedDemo(databases, { scale: 1, now: startOfToday() });
    return { sharedUrl, urls, databases, embedded, stop: () => runInOrder(stops) };
  } catch (error) {
    await runInOrder(stops);
    throw error;
  }
}

/** Data sources that call each subgraph's server in this process. */
export function inProcessDataSources(subgraphs: Record<SubgraphName, Subgraph>): Record<SubgraphName, InProcessDataSource> {
  return mapSubgraphs((name) => new InProcessDataSource(subgraphs[name]));
}

async function connectSubgraphDatabases(options: Pick<SystemOptions, 'onStatement'>, urls: Record<SubgraphName, string>): Promise<Record<SubgraphName, Database>> {
  const databases = mapSubgraphs((name) =>
    connect(urls[name], { name, onStatement: options.onStatement && ((statement) => options.onStatement!(name, statement)) }),
  );
  for (const name of subgraphNames) await migrateSubgraph(databases[name], migrationsOf(name));
  return databases;
}

async function startSubgraphs(databases: Record<SubgraphName, Database>, supergraph: SupergraphLink, services: SubgraphServices): Promise<Record<SubgraphName, Subgraph>> {
  const started = await Promise.all(subgraphNames.map((name) => subgraphFactories[name](databases[name], supergraph, services)));
  return mapSubgraphs((name) => started[subgraphNames.indexOf(name)] as Subgraph);
}

async function listenSubgraphs(subgraphs: Record<SubgraphName, Subgraph>): Promise<Record<SubgraphName, Listening>> {
  const listening = await Promise.all(subgraphNames.map((name) => serveSubgraph(subgraphs[name], 0)));
  return mapSubgraphs((name) => listening[subgraphNames.indexOf(name)]!);
}

function mapSubgraphs<Value>(valueFor: (name: SubgraphName) => Value): Record<SubgraphName, Value> {
  return Object.fromEntries(subgraphNames.map((name) => [name, valueFor(name)])) as Record<SubgraphName, Value>;
}

async function runInOrder(steps: (() => Promise<void>)[]): Promise<void> {
  for (const step of steps) await step().catch((error) => log.error({ err: error }, 'a part of Kepu did not stop cleanly'));
}
