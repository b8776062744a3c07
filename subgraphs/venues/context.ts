import type { RequestContext } from '../../kit/subgraph/context.js';
import type { VenueLoaders } from './loaders.js';
import type { VenueStore } from './store.js';

/** What every resolver of this subgraph is given: the caller, the request's clock, the store and this request's loaders. */
export type Context = RequestContext<VenueStore, VenueLoaders>;
