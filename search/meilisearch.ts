import { Meilisearch, type Settings } from 'meilisearch';
import type { FacetField, IndexBuild, ItemType, SearchDocument, SearchEngine, SearchFilter, SearchRequest, SearchResult, Suggestion } from './engine.js';
import { catalogueOrder, sortCounts } from './matching.js';
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
export function meilisearchQuery(text: string, filter: SearchFilter): { q: string; filter: SearchFilter } | null {
  const parsed = parseQuery(text);
  const q = parsed.clauses.map((clause) => clause.text).join(' ');
  if (!parsed.types) return { q, filter };
  const types: ItemType[] = filter.types ? filter.types.filter((type) => parsed.types!.includes(type)) : parsed.types;
  return types.length > 0 ? { q, filter: { ...filter, types } } : null;
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
    // Exact counts need page mode; a cursor that is not at a page boundary falls back to offset and an estimate.
    ...(request.limit > 0 && request.offset % request.limit === 0
      ? { hitsPerPage: request.limit, page: request.offset / request.limit + 1 }
      : { offset: request.offset, limit: request.limit }),
  };
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

  return {
    name: 'meilisearch',
    async search(request): Promise<SearchResult> {
      const read = meilisearchQuery(request.text, request.filter);
      if (!read) return { totalCount: 0, hits: [], facets: request.facets.map((field) => ({ field, values: [] })) };
      const response: any = await client.index(live).search(read.q, searchParameters({ ...request, filter: read.filter }));
      const distribution = (response.facetDistribution ?? {}) as Record<string, Record<string, number>>;
      return {
        totalCount: response.totalHits ?? response.estimatedTotalHits ?? 0,
        hits: response.hits.map((hit: any) => ({ id: hit.id, type: hit.type, distanceKm: request.near && hit._geoDistance !== undefined ? hit._geoDistance / 1000 : null })),
        facets: request.facets.map((field) => ({
          field,
          values: sortCounts(Object.entries(distribution[facetAttributes[field]] ?? {})),
        })),
      };
    },
    async suggest(prefix, limit): Promise<Suggestion[]> {
      if (!prefix.trim() || limit <= 0) return [];
      const response: any = await client.index(live).search(prefix.trim(), { limit, attributesToRetrieve: ['id', 'type', 'name'], attributesToSearchOn: ['name', 'nameEn', 'namePinyin'] });
      return response.hits.map((hit: any) => ({ text: hit.name, kind: hit.type, id: hit.id }));
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
