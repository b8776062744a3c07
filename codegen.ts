import type { CodegenConfig } from '@graphql-codegen/cli';
import { manifest } from './subgraphs/manifest.js';

/** Resolver types are generated from each subgraph's schema.graphql, the one place the contract is written. */
const resolverTypes: CodegenConfig['generates'] = Object.fromEntries(
  manifest.map(({ folder, rows }) => [
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
);

/** The folders whose code sends operations to the supergraph, through the gateway. */
const operationSenders = ['subgraphs/bookings', 'subgraphs/courses', 'subgraphs/experts', 'subgraphs/search', 'gateway'];

/**
 * The types of the operations Kepu's own code sends to the supergraph, from the composed
 * supergraph: an operation that no longer fits the API fails here rather than at run time.
 */
const internalOperations: CodegenConfig['generates'] = Object.fromEntries(
  operationSenders.map((folder) => [
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
);

/** The pages' operations, typed against the composed supergraph's public API. */
const pages: CodegenConfig['generates'] = {
  'web/src/graphql/': {
    schema: 'gateway/supergraph.graphql',
    documents: ['web/src/**/*.tsx', 'web/src/**/*.ts', '!web/src/graphql/**'],
    preset: 'client',
    presetConfig: { fragmentMasking: false },
    config: { enumsAsTypes: true, useTypeImports: true, scalars: { DateTime: 'string' }, avoidOptionals: false },
  },
};

const config: CodegenConfig = { overwrite: true, generates: { ...resolverTypes, ...internalOperations, ...pages } };

export default config;
