import type { Database } from '../../kit/database/connection.js';
import { createSubgraph } from '../../kit/subgraph/server.js';
import { isEntryPoint, serveStandalone } from '../../kit/subgraph/standalone.js';
import { deploymentOf } from '../manifest.js';
import { createAccessLoaders } from './loaders.js';
import { resolvers } from './resolvers.js';
import { createAccessStore, type AccessStore } from './store.js';

export { API_KEY_PATTERN, hashApiKey, type KeyHolder } from './store.js';

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

/**
 * What a gateway itself reads and writes in the access schema, on every request and before any
 * subgraph is asked: the API key a caller sent, and the rate windows every gateway shares.
 */
export type GatewayAccess = Pick<AccessStore, 'keyHolder' | 'touchApiKey' | 'spend' | 'forgetClosedWindows'>;

export function createGatewayAccess(database: Database): GatewayAccess {
  const { keyHolder, touchApiKey, spend, forgetClosedWindows } = createAccessStore(database.db);
  return { keyHolder, touchApiKey, spend, forgetClosedWindows };
}

if (isEntryPoint(import.meta.url)) await serveStandalone(deploymentOf('access'), createAccessSubgraph);
