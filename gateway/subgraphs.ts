import { fileURLToPath } from 'node:url';
import { subgraphEntry, subgraphFile, type SubgraphName } from '../subgraphs/manifest.js';

export { subgraphNames, type SubgraphName } from '../subgraphs/manifest.js';

export function schemaPath(name: SubgraphName): string {
  return fileURLToPath(subgraphFile(name, 'schema.graphql'));
}

/** The URL a deployment serves a subgraph at; the embedded default runs them in-process instead. */
export function subgraphUrl(name: SubgraphName): string {
  return process.env[subgraphEntry(name).urlVariable] ?? `http://${name}:4001/graphql`;
}
