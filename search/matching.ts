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
