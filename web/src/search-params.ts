import type { CatalogueFilter } from './graphql/graphql.js';

/** What the search page's URL holds, so a search can be shared as a link. */
export interface SearchParams {
  q?: string;
  type?: string;
  kind?: string;
  subject?: string;
  grade?: string;
  city?: string;
  district?: string;
  alliance?: string;
  from?: string;
  to?: string;
  near?: string;
  after?: string;
}

const names: (keyof SearchParams)[] = ['q', 'type', 'kind', 'subject', 'grade', 'city', 'district', 'alliance', 'from', 'to', 'near', 'after'];

export function searchParamsOf(query: URLSearchParams): SearchParams {
  return Object.fromEntries(names.flatMap((name) => (query.get(name) ? [[name, query.get(name)!]] : [])));
}

export function facetParams(params: SearchParams): string {
  return new URLSearchParams(names.flatMap((name) => (params[name] ? [[name, params[name]!]] : []))).toString();
}

/** The search page's query variables for what the URL holds; "near my school" needs the school's place. */
export function searchVariables(params: SearchParams, place: { lat: number; lon: number } | undefined) {
  const near = params.near && place ? { lat: place.lat, lon: place.lon, radiusKm: 30 } : null;
  const from = params.from ? `${params.from}T00:00:00+08:00` : null;
  const to = params.to ? `${params.to}T23:59:59+08:00` : null;
  const filter: CatalogueFilter = {
    ...(params.type && { types: [params.type as never] }),
    ...(params.kind && { kinds: [params.kind as never] }),
    ...(params.subject && { subjects: [params.subject as never] }),
    ...(params.grade && { gradeBands: [params.grade as never] }),
    ...(params.city && { cities: [params.city] }),
    ...(params.district && { districts: [params.district] }),
    ...(params.alliance && { alliance: params.alliance }),
    ...((from || to) && { openBetween: { from: from ?? new Date().toISOString(), to: to ?? '2100-01-01T00:00:00+08:00' } }),
  };
  return { query: params.q ?? null, filter, near, after: params.after ?? null, from, to };
}
