import { fileURLToPath } from 'node:url';
import { connect, type Database } from '../database/connection.js';
import { migrateSubgraph, type MigrationHistory } from '../database/migrate.js';
import { serveSubgraph } from './http.js';
import type { Subgraph } from './server.js';
import { configOrExit, type Config } from '../platform/config.js';
import { log } from '../platform/log.js';
import { postToGatewayAs, SupergraphLink } from '../platform/supergraph.js';
import { startTracing } from '../platform/tracing.js';
import { serviceViewer } from '../platform/viewer.js';

/** True when the module at `moduleUrl` is the script node was started with. */
export function isEntryPoint(moduleUrl: string): boolean {
  return process.argv[1] === fileURLToPath(moduleUrl);
}

/** A subgraph as the manifest describes it to a process of its own. */
export interface Deployment {
  name: string;
  /** The variable that gives the subgraph a database of its own; DATABASE_URL otherwise. */
  databaseVariable: string;
  migrations: MigrationHistory;
}

/**
 * Runs one subgraph as its own process, as a deployment does (`tsx subgraphs/venues/main.ts`):
 * its database from its database variable or `DATABASE_URL`, its port from `PORT`.
 */
export async function serveStandalone(deployment: Deployment, create: (database: Database, config: Config) => Promise<Subgraph<any, any>>): Promise<void> {
  const { name, databaseVariable } = deployment;
  const config = configOrExit({ databaseVariables: [databaseVariable], urlVariables: [] });
  const url = config.subgraphVariables[databaseVariable] ?? config.DATABASE_URL;
  if (!url) throw new Error(`Set DATABASE_URL (or ${databaseVariable}) to run the ${name} subgraph on its own.`);
  if (!config.KEPU_INTERNAL_SECRET) throw new Error(`Set KEPU_INTERNAL_SECRET to the gateway's value: the ${name} subgraph answers only operations the gateway signs with it.`);
  const tracing = await startTracing(`kepu-${name}`, config.OTEL_EXPORTER_OTLP_ENDPOINT);
  const database = connect(url, { name });
  await migrateSubgraph(database, deployment.migrations);
  const subgraph = await create(database, config);
  const listening = await serveSubgraph(subgraph, config.PORT ?? 4001, config.HOST ?? '0.0.0.0', () => database.reachable());
  log.info({ subgraph: name, url: listening.url }, 'subgraph is ready');
  stopOnSignals(async () => {
    await listening.close();
    await subgraph.server.stop();
    await database.close();
    await tracing?.stop();
  });
}

/**
 * Stops a process running on its own cleanly on Ctrl-C or a container's SIGTERM, then exits; once,
 * however many of them arrive (Ctrl-C reaches `npm start`'s children too, and its supervisor then
 * sends SIGTERM). A child of `npm start` also stops when its supervisor is gone.
 */
export function stopOnSignals(stop: () => Promise<void>): void {
  let stopping: Promise<void> | null = null;
  const exit = () => {
    stopping ??= stop().then(() => process.exit(0), (error) => {
      log.error({ err: error }, 'did not stop cleanly');
      process.exit(1);
    });
  };
  process.on('SIGINT', exit);
  process.on('SIGTERM', exit);
  if (process.connected) process.once('disconnect', exit);
}

/**
 * How a subgraph on its own asks the supergraph about others' data: the gateway at
 * KEPU_GATEWAY_URL, as the administrator it is in one process, vouched for by the internal secret.
 */
export function gatewayLink(name: string, config: Config): SupergraphLink {
  if (!config.KEPU_GATEWAY_URL) throw new Error(`Set KEPU_GATEWAY_URL to the gateway the ${name} subgraph asks about other subgraphs' records.`);
  const link = new SupergraphLink();
  link.bind(postToGatewayAs(config.KEPU_GATEWAY_URL, serviceViewer(name, 'admin')));
  return link;
}
