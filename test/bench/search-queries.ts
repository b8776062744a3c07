/** What a school coordinator searches for: Chinese, English with typos, mixed, with and without filters. */
const queries: { query: string; filter?: Record<string, unknown> }[] = [
  { query: '科技馆' },
  { query: '天文馆', filter: { gradeBands: ['JUNIOR'], cities: ['Beijing'] } },
  { query: 'planetarim' },
  { query: 'musuem', filter: { types: ['VENUE'] } },
  { query: '机器人', filter: { deliveries: ['IN_SCHOOL'] } },
  { query: '北京 science' },
  { query: '' , filter: { subjects: ['PHYSICS'], freeOnly: true } },
  { query: '', filter: { cities: ['Shanghai'], kinds: ['MUSEUM'] } },
  { query: 'robot programming' },
  { query: '物理', filter: { gradeBands: ['SENIOR'] } },
  { query: '研学' },
  { query: 'academician' },
  { query: '' },
];

export const searchMixes = ['repeated', 'new point', 'nothing cached'] as const;
export type SearchMix = (typeof searchMixes)[number];

export const searchOperation = /* GraphQL */ `
  query($query: String, $filter: CatalogueFilter, $near: GeoPointInput) {
    search(query: $query, filter: $filter, near: $near, first: 10) {
      totalCount
      facets { field values { value count } }
      hits { distanceKm item { __typename
        ... on Venue { id name city }
        ... on Programme { id title venue { name } }
        ... on Talk { id title expert { name } }
        ... on Expert { id name } } }
      pageInfo { hasNextPage endCursor }
    }
  }`;

/** Turns each load of the bench starts apart from the last: none asks what an earlier load asked, which kept answers would serve. */
export const TURNS_PER_LOAD = 100_000;

/**
 * The variables of the `turn`th request. "repeated" cycles through the queries, as popular
 * searches and next pages do. "new point" asks them from a point a little different each time,
 * as schools do from their own places: the engine reuses what the text and filter match and works
 * out distances, the radius and facets afresh. "nothing cached" also narrows each request's filter
 * to open sessions from a start of its own, so nothing of an earlier answer can be reused.
 */
export function searchVariables(mix: SearchMix, turn: number): Record<string, unknown> {
  const chosen = queries[turn % queries.length]!;
  if (mix === 'repeated') return chosen;
  const jitter = ((turn * 7919) % 1_000_003) / 1_000_003;
  const near = { lat: 30 + jitter * 10, lon: 110 + jitter * 10, radiusKm: 2000 };
  if (mix === 'new point') return { ...chosen, near };
  const openBetween = { from: new Date(OPEN_FROM + turn * 1000).toISOString(), to: OPEN_TO };
  return { ...chosen, filter: { ...chosen.filter, openBetween }, near };
}

const OPEN_FROM = Date.parse('2026-01-01T00:00:00Z');
const OPEN_TO = '2036-01-01T00:00:00Z';
