import type { Database } from '../../kit/database/connection.js';
import { createSubgraph } from '../../kit/subgraph/server.js';
import { isEntryPoint, serveStandalone } from '../../kit/subgraph/standalone.js';
import { deploymentOf } from '../manifest.js';
import { createExpertLoaders } from './loaders.js';
import { resolvers } from './resolvers.js';
import { createExpertStore } from './store.js';

/** The experts subgraph: experts' public profiles and their talks. */
export function createExpertsSubgraph(database: Database) {
  return createSubgraph({
    name: 'experts',
    schemaUrl: new URL('./schema.graphql', import.meta.url),
    resolvers,
    store: createExpertStore(database.db),
    createLoaders: createExpertLoaders,
  });
}

if (isEntryPoint(import.meta.url)) await serveStandalone(deploymentOf('experts'), createExpertsSubgraph);
