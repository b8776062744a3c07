import { Meilisearch, type MultiSearchParams, type SearchResponse, type Settings } from 'meilisearch';
import type { FacetField, IndexBuild, ItemType, ScoreExplanation, SearchDocument, SearchEngine, SearchFilter, SearchHit, SearchRequest, SearchResult, Suggestion } from './engine.js';
import { catalogueOrder, combinations, sortCounts, SUBSETS_TRIED } from './matching.js';
import { parseQuery } from './query.js';
import { pinyinTokens } from './text.js';
import { synonymMap } from './thesaurus.js';

/** What the adapter needs of the official client; tests hand it a client pointed at a recording server. */
export interface MeilisearchOptions {
  host: string;
  apiKey?: string;
  /** The live index; a rebuild fills `<index>_next` and swaps the two. */
  index: string;
}

const facetAttributes: Record<FacetField, string> = {
  kind: 'venueKind',
  subject: 'subjects',
  gradeBand: 'gradeBands',
  city: 'city',
  district: 'district',
};

/**
 * Index settings: the same text fields in the same order of weight as the embedded engine (name,
 * English name, pinyin of the name, the venue's or expert's names, description), Chinese read as
 * Chinese, the thesaurus's equivalents as synonyms, the same typo tolerance, and among equally
 * relevant hits the one with free seats soonest first.
 */
export const catalogueSettings: Settings = {
  searchableAttributes: ['name', 'nameEn', 'namePinyin', 'context', 'body'],
  localizedAttributes: [
    { attributePatterns: ['name', 'context', 'body'], locales: ['cmn'] },
    { attributePatterns: ['nameEn'], locales: ['eng'] },
  ],
  filterableAttributes: ['type', 'venueId', 'venueKind', 'subjects', 'gradeBands', 'city', 'district', 'deliveries', 'free', 'complianceStatus', 'openSessionStarts', '_geo'],
  sortableAttributes: ['_geo', 'order'],
  rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness', 'soonestOpen:asc', 'order:asc'],
  synonyms: synonymMap(),
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } },
  faceting: { maxValuesPerFacet: 1000 },
  pagination: { maxTotalHits: 1_000_000 },
};

/** A document as Meilisearch stores it: `_geo` for geosearch, `order` for the catalogue order of equal hits, the name's pinyin. */
export function toMeilisearchDocument(document: SearchDocument): Record<string, unknown> {
  const { location, ...rest } = document;
  const soonest = document.openSessionStarts.length > 0 ? { soonestOpen: Math.min(...document.openSessionStarts) } : {};
  return {
    ...rest, namePinyin: pinyinTokens(document.name).join(' '), order: catalogueOrder(document), ...soonest,
    ...(location ? { _geo: { lat: location.lat, lng: location.lon } } : {}),
  };
}

/**
 * The query as Meilisearch receives it, read as the embedded engine reads it: traditional
 * characters as simplified, Chinese cut into words, and the words for kinds of offering turned
 * into item types (and, for programmes, the words their titles carry).
 */
export function meilisearchQuery(text: string, filter: SearchFilter): { q: string; words: string[]; filter: SearchFilter } | null {
  const parsed = parseQuery(text);
  const words = parsed.clauses.map((clause) => clause.text);
  const q = words.join(' ');
  if (!parsed.types) return { q, words, filter };
  const types: ItemType[] = filter.types ? filter.types.filter((type) => parsed.types!.includes(type)) : parsed.types;
  return types.length > 0 ? { q, words, filter: { ...filter, types } } : null;
}

/**
 * A value inside a filter expression: always double-quoted, with backslashes and quotes escaped
 * and control characters dropped, so that a city called `x" OR type = "Venue` stays one value.
 */
export function quote(value: string): string {
  const printable = [...value].filter((character) => character >= ' ').join('');
  return `"${printable.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** The filter expression for a search, one condition per restriction, joined with AND. */
export function filterExpression(filter: SearchFilter, near?: SearchRequest['near']): string[] {
  const conditions: string[] = [];
  const oneOf = (attribute: string, values: readonly string[] | undefined) => {
    if (values) conditions.push(`${attribute} IN [${values.map(quote).join(', ')}]`);
  };
  oneOf('type', filter.types);
  oneOf('venueId', filter.venueIds);
  oneOf('venueKind', filter.kinds);
  oneOf('subjects', filter.subjects);
  oneOf('gradeBands', filter.gradeBands);
  oneOf('city', filter.cities);
  oneOf('district', filter.districts);
  oneOf('deliveries', filter.deliveries);
  oneOf('complianceStatus', filter.complianceStatuses);
  if (filter.freeOnly) conditions.push('free = true');
  // One range on the array, so that a single session must lie in it; TO includes both ends.
  if (filter.openBetween) conditions.push(`openSessionStarts ${integer(filter.openBetween.from)} TO ${integer(filter.openBetween.to - 1)}`);
  if (near?.radiusKm !== undefined) conditions.push(`_geoRadius(${number(near.lat)}, ${number(near.lon)}, ${integer(near.radiusKm * 1000)})`);
  return conditions;
}

function number(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`${value} is not a number a filter can hold.`);
  return String(value);
}

function integer(value: number): string {
  return number(Math.round(value));
}

/** The search parameters Meilisearch receives for a request. */
export function searchParameters(request: SearchRequest) {
  const filter = filterExpression(request.filter, request.near);
  const sort = request.near ? [`_geoPoint(${number(request.near.lat)}, ${number(request.near.lon)}):asc`] : request.text ? undefined : ['order:asc'];
  return {
    filter: filter.length > 0 ? filter.join(' AND ') : undefined,
    sort,
    facets: request.facets.map((field) => facetAttributes[field]),
    attributesToRetrieve: ['id', 'type'],
    // Every word must match, as in the embedded engine; a query matching nothing is relaxed in the open, with the words dropped named.
    matchingStrategy: 'all' as const,
    ...(request.explain ? { showRankingScore: true, showRankingScoreDetails: true } : {}),
    // Exact counts need page mode; a cursor that is not at a page boundary falls back to offset and an estimate.
    ...(request.limit > 0 && request.offset % request.limit === 0
      ? { hitsPerPage: request.limit, page: request.offset / request.limit + 1 }
      : { offset: request.offset, limit: request.limit }),
  };
}

interface MeilisearchHit {
  id: string;
  type: ItemType;
  _geoDistance?: number;
  _rankingScore?: number;
  _rankingScoreDetails?: Record<string, { order?: number; score?: number; value?: unknown }>;
}

type SearchParameters = ReturnType<typeof searchParameters>;

/** The engine's answer in Kepu's terms: exact count when there is one, distances in kilometres, facets in catalogue order. */
function resultOf(response: SearchResponse<MeilisearchHit>, request: SearchRequest, droppedWords: string[] = []): SearchResult {
  const distribution = response.facetDistribution ?? {};
  return {
    totalCount: totalOf(response),
    hits: response.hits.map((hit) => hitOf(hit, request)),
    facets: request.facets.map((field) => ({ field, values: sortCounts(Object.entries(distribution[facetAttributes[field]] ?? {})) })),
    ...(droppedWords.length > 0 ? { droppedWords } : {}),
  };
}

function totalOf(response: SearchResponse<MeilisearchHit>): number {
  return response.totalHits ?? response.estimatedTotalHits ?? 0;
}

function hitOf(hit: MeilisearchHit, request: SearchRequest): SearchHit {
  const distanceKm = request.near && hit._geoDistance !== undefined ? hit._geoDistance / 1000 : null;
  return { id: hit.id, type: hit.type, distanceKm, ...(request.explain ? { explanation: explanationOf(hit, distanceKm) } : {}) };
}

/** Meilisearch's ranking score and the score each ranking rule gave, in the rules' order; sort rules give their value. */
export function explanationOf(hit: MeilisearchHit, distanceKm: number | null): ScoreExplanation {
  const rules = Object.entries(hit._rankingScoreDetails ?? {}).sort(([, a], [, b]) => (a.order ?? 0) - (b.order ?? 0));
  const parts = rules.flatMap(([name, detail]) => {
    const value = detail.score ?? detail.value;
    return typeof value === 'number' ? [{ name, value }] : [];
  });
  return { score: hit._rankingScore ?? 0, parts: distanceKm === null ? parts : [...parts, { name: 'distance km', value: distanceKm }] };
}

interface Task {
  status: string;
  error?: { message: string } | null;
}

/** Waits for Meilisearch to finish a task and fails loudly when the task failed. */
async function settled(enqueued: { waitTask(options?: { timeout?: number }): Promise<Task> }): Promise<void> {
  const task = await enqueued.waitTask({ timeout: 120_000 });
  if (task.status !== 'succeeded') throw new Error(`Meilisearch task ${task.status}: ${task.error?.message ?? 'no reason given'}`);
}

const BATCH = 1000;

export function createMeilisearchEngine(options: MeilisearchOptions, client = new Meilisearch({ host: options.host, apiKey: options.apiKey })): SearchEngine {
  const live = options.index;
  const next = `${options.index}_next`;
  let building: Set<string> | null = null;

  const write = async (index: string, documents: SearchDocument[]) => {
    for (let start = 0; start < documents.length; start += BATCH) {
      await settled(client.index(index).addDocuments(documents.slice(start, start + BATCH).map(toMeilisearchDocument), { primaryKey: 'id' }));
    }
  };
  const prepare = async (index: string) => {
    await settled(client.createIndex(index, { primaryKey: 'id' }));
    await settled(client.index(index).updateSettings(catalogueSettings));
  };
  const exists = async (index: string) => client.getRawIndex(index).then(() => true, () => false);

  /**
   * When no item matches every word: the largest set of the words that finds something, the one
   * whose best hit scores highest when several do, as the embedded engine chooses. One
   * multi-search asks every candidate set at once.
   */
  const mostWordsMatched = async (words: string[], parameters: SearchParameters): Promise<number[] | null> => {
    const candidates: number[][] = [];
    for (let size = words.length - 1; size >= 1; size -= 1) candidates.push(...combinations(words.length, size).slice(0, SUBSETS_TRIED));
    const { results } = await client.multiSearch<MultiSearchParams, MeilisearchHit>({
      queries: candidates.map((kept) => ({
        indexUid: live, q: kept.map((position) => words[position]).join(' '), filter: parameters.filter,
        matchingStrategy: 'all', limit: 1, attributesToRetrieve: ['id'], showRankingScore: true,
      })),
    });
    let best: { kept: number[]; score: number } | null = null;
    for (const [at, result] of results.entries()) {
      const kept = candidates[at]!;
      if (best && kept.length < best.kept.length) break;
      const top = result.hits[0];
      if (top && (!best || (top._rankingScore ?? 0) > best.score)) best = { kept, score: top._rankingScore ?? 0 };
    }
    return best?.kept ?? null;
  };

  return {
    name: 'meilisearch',
    async search(request): Promise<SearchResult> {
      const read = meilisearchQuery(request.text, request.filter);
      if (!read) return { totalCount: 0, hits: [], facets: request.facets.map((field) => ({ field, values: [] })) };
      const parameters = searchParameters({ ...request, filter: read.filter });
      const response = await client.index(live).search<MeilisearchHit>(read.q, parameters);
      if (totalOf(response) > 0 || read.words.length < 2) return resultOf(response, request);
      const kept = await mostWordsMatched(read.words, parameters);
      if (!kept) return resultOf(response, request);
      const relaxed = await client.index(live).search<MeilisearchHit>(kept.map((position) => read.words[position]).join(' '), parameters);
      return resultOf(relaxed, request, read.words.filter((_, position) => !kept.includes(position)));
    },
    async suggest(prefix, limit): Promise<Suggestion[]> {
      if (!prefix.trim() || limit <= 0) return [];
      const response = await client.index(live).search<MeilisearchHit & { name: string }>(prefix.trim(), { limit, attributesToRetrieve: ['id', 'type', 'name'], attributesToSearchOn: ['name', 'nameEn', 'namePinyin'] });
      return response.hits.map((hit) => ({ text: hit.name, kind: hit.type, id: hit.id }));
    },
    async upsert(documents) {
      if (!(await exists(live))) await prepare(live);
      await write(live, documents);
      if (!building) return;
      await write(next, documents);
      for (const document of documents) building.add(document.id);
    },
    async remove(ids) {
      if (ids.length === 0) return;
      await settled(client.index(live).deleteDocuments(ids));
      if (!building) return;
      await settled(client.index(next).deleteDocuments(ids));
      for (const id of ids) building.add(id);
    },
    async count() {
      if (!(await exists(live))) return 0;
      return (await client.index(live).getStats()).numberOfDocuments;
    },
    async startBuild(): Promise<IndexBuild> {
      // A build left behind by a reindex that was stopped is thrown away: every build starts empty.
      await settled(client.deleteIndex(next)).catch(() => {});
      await prepare(next);
      if (!(await exists(live))) await prepare(live);
      const touched = new Set<string>();
      building = touched;
      return {
        add: (documents) => write(next, documents.filter((document) => !touched.has(document.id))),
        async commit() {
          await settled(client.swapIndexes([{ indexes: [live, next], rename: false }]));
          building = null;
          await settled(client.deleteIndex(next));
        },
        async abandon() {
          building = null;
          await settled(client.deleteIndex(next)).catch(() => {});
        },
      };
    },
    async close() {},
  };
}
