import { fileURLToPath } from 'node:url';
import { connect, type Database } from '../database/connection.js';
import { migrateSubgraph, type MigrationHistory } from '../database/migrate.js';
import { serveSubgraph } from './http.js';
import type { Subgraph } from './server.js';
import { configOrExit } from '../platform/config.js';
import { log } from '../platform/log.js';
import { postToGateway, SupergraphLink } from '../platform/supergraph.js';

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
export async function serveStandalone(deployment: Deployment, create: (database: Database) => Promise<Subgraph<any, any>>): Promise<void> {
  const { name, databaseVariable } = deployment;
  const config = configOrExit({ databaseVariables: [databaseVariable], urlVariables: [] });
  const url = process.env[databaseVariable] || config.DATABASE_URL;
  if (!url) throw new Error(`Set DATABASE_URL (or ${databaseVariable}) to run the ${name} subgraph on its own.`);
  if (!config.KEPU_INTERNAL_SECRET) throw new Error(`Set KEPU_INTERNAL_SECRET to the gateway's value: the ${name} subgraph answers only operations the gateway signs with it.`);
  const database = connect(url);
  await migrateSubgraph(database, deployment.migrations);
  const subgraph = await create(database);
  const listening = await serveSubgraph(subgraph, config.PORT ?? 4001, config.HOST ?? '0.0.0.0', () => database.reachable());
  log.info({ subgraph: name, url: listening.url }, 'subgraph is ready');
  stopOnSignals(async () => {
    await listening.close();
    await subgraph.server.stop();
    await database.close();
  });
}

/** Stops a process running on its own cleanly on Ctrl-C or a container's SIGTERM, then exits. */
export function stopOnSignals(stop: () => Promise<void>): void {
  const exit = async () => {
    await stop();
    process.exit(0);
  };
  process.once('SIGINT', exit);
  process.once('SIGTERM', exit);
}

/**
 * How a subgraph on its own asks the supergraph about others' data: the gateway at
 * KEPU_GATEWAY_URL, with KEPU_GATEWAY_TOKEN (an admin token) as its bearer token if set.
 */
export function gatewayLink(name: string): SupergraphLink {
  const url = process.env.KEPU_GATEWAY_URL;
  if (!url) throw new Error(`Set KEPU_GATEWAY_URL to the gateway the ${name} subgraph asks about other subgraphs' records.`);
  const link = new SupergraphLink();
  const token = process.env.KEPU_GATEWAY_TOKEN;
  link.bind(postToGateway(url, token ? { authorization: `Bearer ${token}` } : {}));
  return link;
}
