import type { SearchStore } from './store.js';

/** One engine call answers a whole search field, and hits are resolved by their own subgraphs: there is nothing to batch. */
export function createSearchLoaders(_store: SearchStore) {
  return {};
}

export type SearchLoaders = ReturnType<typeof createSearchLoaders>;
