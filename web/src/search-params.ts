/** What the search page's URL holds, so a search can be shared as a link. */
export interface SearchParams {
  q?: string;
  type?: string;
  kind?: string;
  subject?: string;
  grade?: string;
  city?: string;
  district?: string;
  from?: string;
  to?: string;
  near?: string;
  after?: string;
}

const names: (keyof SearchParams)[] = ['q', 'type', 'kind', 'subject', 'grade', 'city', 'district', 'from', 'to', 'near', 'after'];

export function searchParamsOf(query: URLSearchParams): SearchParams {
  return Object.fromEntries(names.flatMap((name) => (query.get(name) ? [[name, query.get(name)!]] : [])));
}

export function facetParams(params: SearchParams): string {
  return new URLSearchParams(names.flatMap((name) => (params[name] ? [[name, params[name]!]] : []))).toString();
}
