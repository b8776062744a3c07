import { fileURLToPath } from 'node:url';
import { startConfig, type Config } from '../kit/platform/config.js';
import { subgraphEntry, subgraphFile, type SubgraphName } from '../subgraphs/manifest.js';

export { subgraphNames, type SubgraphName } from '../subgraphs/manifest.js';

export function schemaPath(name: SubgraphName): string {
  return fileURLToPath(subgraphFile(name, 'schema.graphql'));
}

/** The URL a deployment serves a subgraph at (its `<NAME>_URL`); the embedded default runs them in-process instead. */
export function subgraphUrl(name: SubgraphName, config: Config = startConfig()): string {
  return config.subgraphVariables[subgraphEntry(name).urlVariable] ?? `http://${name}:4001/graphql`;
}

/** A subgraph's own database (its `<NAME>_DATABASE_URL`), else the shared `DATABASE_URL`. */
export function subgraphDatabaseUrl(name: SubgraphName, config: Config = startConfig()): string | undefined {
  return config.subgraphVariables[subgraphEntry(name).databaseVariable] ?? config.DATABASE_URL;
}
