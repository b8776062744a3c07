import type { RequestContext } from '../../kit/subgraph/context.js';
import type { ExpertLoaders } from './loaders.js';
import type { ExpertStore } from './store.js';

/** What every resolver of this subgraph is given: the caller, the request's clock, the store and this request's loaders. */
export type Context = RequestContext<ExpertStore, ExpertLoaders>;
