import { connect, type Database } from '../../kit/database/connection.js';
import { migrateSubgraph } from '../../kit/database/migrate.js';
import { serveSubgraph } from '../../kit/subgraph/http.js';
import { createSubgraph } from '../../kit/subgraph/server.js';
import { isEntryPoint, stopOnSignals } from '../../kit/subgraph/standalone.js';
import { httpReader } from './catalogue.js';
import { migrationsOf, outboxSources, subgraphEntry, subgraphVariables, type OutboxSource } from '../manifest.js';
import { configOrExit, type Config } from '../../kit/platform/config.js';
import { SearchIndex } from './search-index.js';
import { createSearchEngine, defaultIndexFile, startSearchIndexing, type SearchIndexing } from './running.js';
import { createSearchLoaders } from './loaders.js';
import { resolvers } from './resolvers.js';
import { createSearchStore } from './store.js';
import { partnershipReads } from './partnerships.js';
import { log } from '../../kit/platform/log.js';
import { startTracing } from '../../kit/platform/tracing.js';

/** What the in-process system needs to run search beside the gateway: the engine, the index, and the indexing that follows the outboxes. */
export { readerOf, type CatalogueReader } from './catalogue.js';
export { createSearchEngine, defaultIndexFile, startSearchIndexing, SearchIndex };

/** The search subgraph: `search` over the engine, answering with references the other subgraphs resolve. */
export function createSearchSubgraph(searchIndex: SearchIndex, database: Database | null) {
  return createSubgraph({
    name: 'search',
    schemaUrl: new URL('./schema.graphql', import.meta.url),
    resolvers,
    store: createSearchStore(searchIndex, database && partnershipReads(database)),
    createLoaders: createSearchLoaders,
  });
}

/**
 * `tsx subgraphs/search/main.ts`: the search subgraph as its own process. With KEPU_GATEWAY_URL
 * and DATABASE_URL it also indexes: fills an empty index and follows the outboxes; it is ready
 * once the index is in, and while the outboxes' database answers.
 */
if (isEntryPoint(import.meta.url)) {
  const config = configOrExit(subgraphVariables);
  const tracing = await startTracing('kepu-search', config.OTEL_EXPORTER_OTLP_ENDPOINT);
  const engine = await createSearchEngine();
  const gatewayUrl = config.KEPU_GATEWAY_URL;
  const searchIndex = new SearchIndex(engine, gatewayUrl ? httpReader(gatewayUrl) : withoutGateway);
  const databaseUrl = config.subgraphVariables[subgraphEntry('search').databaseVariable] ?? config.DATABASE_URL;
  const database = databaseUrl ? await migrated(databaseUrl) : null;
  const subgraph = await createSearchSubgraph(searchIndex, database);
  const indexes = Boolean(databaseUrl && gatewayUrl);
  let indexing: SearchIndexing | null = null;
  const isReady = async () => !indexes || (indexing !== null && (await indexing.reachable()));
  const listening = await serveSubgraph(subgraph, config.PORT ?? 4001, config.HOST ?? '0.0.0.0', isReady);
  log.info({ subgraph: 'search', engine: engine.name, url: listening.url }, 'subgraph is ready');
  const indexFile = config.KEPU_SEARCH_INDEX_FILE ?? defaultIndexFile(config.KEPU_DATA_DIR);
  if (indexes) indexing = await startStandaloneIndexing(searchIndex, databaseUrl!, config, indexFile);
  stopOnSignals(async () => {
    await indexing?.stop();
    await listening.close();
    await subgraph.server.stop();
    await database?.close();
    await engine.close();
    await tracing?.stop();
  });
}

async function withoutGateway(): Promise<never> {
  throw new Error('The search index is built from the catalogue the gateway serves: set KEPU_GATEWAY_URL.');
}

/** Search's own database, brought up to date. */
async function migrated(databaseUrl: string): Promise<Database> {
  const database = connect(databaseUrl, { max: 4, name: 'search' });
  await migrateSubgraph(database, migrationsOf('search'));
  return database;
}

async function startStandaloneIndexing(searchIndex: SearchIndex, databaseUrl: string, config: Config, indexFile: string) {
  const urlOf = (name: OutboxSource | 'search') => config.subgraphVariables[subgraphEntry(name).databaseVariable] ?? databaseUrl;
  const databaseUrls = Object.fromEntries([...outboxSources, 'search' as const].map((name) => [name, urlOf(name)])) as Record<OutboxSource | 'search', string>;
  // The gateway starts after its subgraphs, this one included: until it answers, try again.
  for (;;) {
    try {
      return await startSearchIndexing({ searchIndex, databaseUrls, indexFile });
    } catch (error) {
      log.warn({ subgraph: 'search', err: error }, 'cannot index yet; trying again in 2 s');
      await new Promise((resolve) => setTimeout(resolve, 2000));
    }
  }
}
