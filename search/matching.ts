import type { FacetCount, FacetField, Near, SearchDocument, SearchFilter } from './engine.js';

/**
 * Filter, distance and facet rules on documents, written once so that the embedded engine and
 * the tests agree on them; Meilisearch applies the same rules through its filter expressions.
 */
export function matchesFilter(document: SearchDocument, filter: SearchFilter): boolean {
  return (
    oneOf(filter.types, document.type) &&
    oneOf(filter.venueIds, document.venueId) &&
    oneOf(filter.kinds, document.venueKind) &&
    anyOf(filter.subjects, document.subjects) &&
    anyOf(filter.gradeBands, document.gradeBands) &&
    oneOf(filter.cities, document.city) &&
    oneOf(filter.districts, document.district) &&
    anyOf(filter.deliveries, document.deliveries) &&
    (!filter.freeOnly || document.free) &&
    oneOf(filter.complianceStatuses, document.complianceStatus) &&
    (!filter.openBetween || hasOpenSession(document, filter.openBetween))
  );
}

function oneOf<Value>(wanted: readonly Value[] | undefined, value: Value | null): boolean {
  return !wanted || (value !== null && wanted.includes(value));
}

function anyOf<Value>(wanted: readonly Value[] | undefined, values: readonly Value[]): boolean {
  return !wanted || values.some((value) => wanted.includes(value));
}

function hasOpenSession(document: SearchDocument, between: { from: number; to: number }): boolean {
  return document.openSessionStarts.some((start) => start >= between.from && start < between.to);
}

const EARTH_RADIUS_KM = 6371.0088;

/** Great-circle distance by the haversine formula, the one Meilisearch uses for `_geoRadius`. */
export function distanceKm(from: { lat: number; lon: number }, to: { lat: number; lon: number }): number {
  const radians = Math.PI / 180;
  const dLat = (to.lat - from.lat) * radians;
  const dLon = (to.lon - from.lon) * radians;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(from.lat * radians) * Math.cos(to.lat * radians) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** The document's distance from `near`, or undefined when it lies outside the radius or has no place. */
export function distanceWithin(document: SearchDocument, near: Near): number | null | undefined {
  if (!document.location) return near.radiusKm === undefined ? null : undefined;
  const distance = distanceKm(near, document.location);
  return near.radiusKm !== undefined && distance > near.radiusKm ? undefined : distance;
}

/** Counts per value, most frequent first, then by value, so that equal counts come in a stable order. */
export function countFacets(documents: Iterable<SearchDocument>, fields: readonly FacetField[]): { field: FacetField; values: FacetCount[] }[] {
  const counts = new Map(fields.map((field) => [field, new Map<string, number>()]));
  const tally = (field: FacetField, value: string | null) => {
    if (value === null) return;
    const values = counts.get(field)!;
    values.set(value, (values.get(value) ?? 0) + 1);
  };
  // Without a list per document: this loop runs once per hit, over the whole catalogue for an empty query.
  for (const document of documents) {
    for (const field of fields) {
      switch (field) {
        case 'kind': tally(field, document.venueKind); break;
        case 'city': tally(field, document.city); break;
        case 'district': tally(field, document.district); break;
        case 'subject': for (const subject of document.subjects) tally(field, subject); break;
        case 'gradeBand': for (const band of document.gradeBands) tally(field, band); break;
      }
    }
  }
  return fields.map((field) => ({ field, values: sortCounts(counts.get(field)!) }));
}

function sortCounts(tally: Map<string, number>): FacetCount[] {
  return [...tally]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
}

const typeOrder = { Venue: 0, Programme: 1, Talk: 2, Expert: 3 } as const;

/** The place of an item among equally relevant hits: venues, programmes, talks, experts, each by id. */
export function catalogueOrder(document: SearchDocument): number {
  return typeOrder[document.type] * 2 ** 44 + Number(document.id.slice(document.id.indexOf('_') + 1));
}
