import type { FacetCount, SearchDocument } from './engine.js';

/** The mean radius Meilisearch's `_geoRadius` uses. */
export const EARTH_RADIUS_KM = 6371.0088;

/** Counts per value, most frequent first, then by value, so that equal counts come in a stable order; both engines list facets so. */
export function sortCounts(tally: Iterable<[string, number]>): FacetCount[] {
  return [...tally]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
}

const typeOrder = { Venue: 0, Programme: 1, Talk: 2, Expert: 3 } as const;

/** The place of an item among equally relevant hits: venues, programmes, talks, experts, each by id. */
export function catalogueOrder(document: SearchDocument): number {
  return typeOrder[document.type] * 2 ** 44 + Number(document.id.slice(document.id.indexOf('_') + 1));
}

/** Subsets of a query's words tried for each number of words kept, at most, when no item matches them all. */
export const SUBSETS_TRIED = 64;

/** Every choice of `size` positions out of `count`, as ascending lists, those keeping the later positions first. */
export function combinations(count: number, size: number): number[][] {
  if (size === 0) return [[]];
  if (count < size) return [];
  const without = combinations(count - 1, size);
  const withLast = combinations(count - 1, size - 1).map((rest) => [...rest, count - 1]);
  return [...withLast, ...without];
}
