import type { Database } from '../../kit/database/connection.js';
import { createSubgraph } from '../../kit/subgraph/server.js';
import { isEntryPoint, serveStandalone } from '../../kit/subgraph/standalone.js';
import { deploymentOf } from '../manifest.js';
import { createProgrammeLoaders } from './loaders.js';
import { resolvers } from './resolvers.js';
import { createProgrammeStore } from './store.js';

/** The courses subgraph: programmes, study-tour routes and curriculum links. */
export function createCoursesSubgraph(database: Database) {
  return createSubgraph({
    name: 'courses',
    schemaUrl: new URL('./schema.graphql', import.meta.url),
    resolvers,
    store: createProgrammeStore(database.db),
    createLoaders: createProgrammeLoaders,
  });
}

if (isEntryPoint(import.meta.url)) await serveStandalone(deploymentOf('courses'), createCoursesSubgraph);
