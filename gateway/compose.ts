import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { schemaPath, subgraphNames } from './subgraphs.js';

export const supergraphPath = fileURLToPath(new URL('./supergraph.graphql', import.meta.url));

/** Composes the supergraph from every subgraph's schema.graphql, or throws with composition's own messages. */
export function composeSupergraph(): string {
  const result = composeServices(
    subgraphNames.map((name) => ({
      name,
      url: `http://${name}:4001/graphql`,
      typeDefs: parse(readFileSync(schemaPath(name), 'utf8')),
    })),
  );
  if (result.errors) {
    throw new Error(`The subgraphs do not compose:\n${result.errors.map((error) => `- ${error.message}`).join('\n')}`);
  }
  return result.supergraphSdl;
}

export function readSupergraph(): string {
  return readFileSync(supergraphPath, 'utf8');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(supergraphPath, composeSupergraph());
  console.log(`Wrote ${supergraphPath}`);
}
