import type { CodegenConfig } from '@graphql-codegen/cli';
import { manifest } from './subgraphs/manifest.js';

/** Resolver types are generated from each subgraph's schema.graphql, the one place the contract is written. */
const config: CodegenConfig = {
  overwrite: true,
  generates: Object.fromEntries(
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
  ),
};

export default config;
