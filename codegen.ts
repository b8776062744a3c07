import type { CodegenConfig } from '@graphql-codegen/cli';
import { manifest } from './subgraphs/manifest.js';

/** The folders whose code sends operations to the supergraph, through the gateway. */
const operationSenders = ['subgraphs/bookings', 'subgraphs/search', 'gateway'];

/**
 * Resolver types are generated from each subgraph's schema.graphql, the one place the contract is
 * written; the types of the operations sent to the supergraph from the composed supergraph, so an
 * operation that no longer fits the API fails here rather than at run time.
 */
const config: CodegenConfig = {
  overwrite: true,
  generates: Object.fromEntries([
    ...manifest.map(({ folder, rows }) => [
      `${folder}/generated.ts`,
      {
        schema: [`${folder}/schema.graphql`, 'kit/graphql/federation.graphql'],
        plugins: ['typescript', 'typescript-resolvers'],
        config: {
          federation: true,
          useIndexSignature: false,
          contextType: './context.js#Context',
          mappers: Object.fromEntries(Object.entries(rows).map(([type, row]) => [type, `./rows.js#${row}`])),
          enumsAsTypes: true,
          useTypeImports: true,
          avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
          scalars: { ID: 'string', DateTime: { input: 'Date', output: 'string' } },
        },
      },
    ]),
    ...operationSenders.map((folder) => [
      `${folder}/operations.generated.ts`,
      {
        schema: 'gateway/supergraph.graphql',
        documents: [`${folder}/*.ts`, `!${folder}/*generated.ts`],
        plugins: ['typescript-operations'],
        config: {
          enumsAsTypes: true,
          useTypeImports: true,
          skipTypename: true,
          preResolveTypes: true,
          avoidOptionals: true,
          scalars: { ID: 'string', DateTime: 'string' },
        },
      },
    ]),
  ]),
};

export default config;
