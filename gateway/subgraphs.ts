import { fileURLToPath } from 'node:url';

/** Every subgraph the supergraph is composed of, in composition order. */
export const subgraphNames = ['venues', 'courses', 'experts', 'bookings', 'access', 'search'] as const;

export type SubgraphName = (typeof subgraphNames)[number];

export function schemaPath(name: SubgraphName): string {
  const folder = `../subgraphs/${name}`;
  return fileURLToPath(new URL(`${folder}/schema.graphql`, import.meta.url));
}

/** The URL a deployment serves a subgraph at; the embedded default runs them in-process instead. */
export function subgraphUrl(name: SubgraphName): string {
  return process.env[`${name.toUpperCase()}_URL`] ?? `http://${name}:4001/graphql`;
}
