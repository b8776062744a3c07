import type { Database } from '../../kit/database/connection.js';
import { createSubgraph } from '../../kit/subgraph/server.js';
import { isEntryPoint, serveStandalone } from '../../kit/subgraph/standalone.js';
import { deploymentOf } from '../manifest.js';
import { createAccessLoaders } from './loaders.js';
import { resolvers } from './resolvers.js';
import { createAccessStore } from './store.js';

/** The access subgraph: who the caller is, and the API keys of third-party apps. */
export function createAccessSubgraph(database: Database) {
  return createSubgraph({
    name: 'access',
    schemaUrl: new URL('./schema.graphql', import.meta.url),
    resolvers,
    store: createAccessStore(database.db),
    createLoaders: createAccessLoaders,
  });
}

if (isEntryPoint(import.meta.url)) await serveStandalone(deploymentOf('access'), createAccessSubgraph);
