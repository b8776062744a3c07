import type { Database } from '../kit/database/connection.js';
import type { Subgraph } from '../kit/subgraph/server.js';
import { createSearchSubgraph, type SearchIndex } from '../subgraphs/search/main.js';
import type { SupergraphLink } from '../kit/platform/supergraph.js';
import { createAccessSubgraph } from '../subgraphs/access/main.js';
import { createBookingsSubgraph } from '../subgraphs/bookings/main.js';
import { createCoursesSubgraph } from '../subgraphs/courses/main.js';
import { createExpertsSubgraph } from '../subgraphs/experts/main.js';
import { createVenuesSubgraph } from '../subgraphs/venues/main.js';
import type { SubgraphName } from './subgraphs.js';

/** What a subgraph may need besides its database and the supergraph. */
export interface SubgraphServices {
  /** The search engine and how it reads the supergraph; the gateway is bound to the reader once it exists. */
  searchIndex: SearchIndex;
}

/** How to build each subgraph over its database; `supergraph` is for subgraphs that ask the gateway about others' data. */
export const subgraphFactories: Record<SubgraphName, (database: Database, supergraph: SupergraphLink, services: SubgraphServices) => Promise<Subgraph<any, any>>> = {
  venues: createVenuesSubgraph,
  courses: createCoursesSubgraph,
  experts: createExpertsSubgraph,
  bookings: createBookingsSubgraph,
  access: createAccessSubgraph,
  search: (database, _supergraph, services) => createSearchSubgraph(services.searchIndex, database),
};
