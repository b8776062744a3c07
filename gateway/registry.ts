import type { Database } from '../drizzle/connection.js';
import type { Subgraph } from '../subgraphs/kit/server.js';
import type { SearchEngine } from '../search/engine.js';
import { createSearchSubgraph } from '../search/subgraph/main.js';
import { createBookingsSubgraph } from '../subgraphs/bookings/main.js';
import { createCoursesSubgraph } from '../subgraphs/courses/main.js';
import { createExpertsSubgraph } from '../subgraphs/experts/main.js';
import { createVenuesSubgraph } from '../subgraphs/venues/main.js';
import type { SubgraphName } from './subgraphs.js';

/** What a subgraph may need besides its database. */
export interface SubgraphServices {
  searchEngine: SearchEngine;
}

/** How to build each subgraph over its database. */
export const subgraphFactories: Record<SubgraphName, (database: Database, services: SubgraphServices) => Promise<Subgraph<any, any>>> = {
  venues: createVenuesSubgraph,
  courses: createCoursesSubgraph,
  experts: createExpertsSubgraph,
  bookings: createBookingsSubgraph,
  search: (_database, services) => createSearchSubgraph(services.searchEngine),
};
