import { createHash } from 'node:crypto';
import { badUserInput } from '../../kit/graphql/errors.js';
import { toRowId } from '../../kit/graphql/ids.js';
import { MAX_PAGE_SIZE } from '../../kit/graphql/pagination.js';
import { facetFields, type FacetField, type ItemType, type Near, type SearchFilter, type SearchRequest } from '../../search/engine.js';
import { MAX_QUERY_LENGTH } from '../../search/text.js';
import type { CatalogueFilter, GeoPointInput, QuerySearchArgs, QuerySearchSuggestionsArgs } from './generated.js';

const MAX_VALUES = 100;
const MAX_RADIUS_KM = 20_000;

/**
 * Checks the arguments of `search` and turns them into an engine request. The cursor is the
 * offset of the next hit, bound to a digest of the query, filter and point it was given for.
 * `pairedVenues` are the venues of `filter.pairedWithSchool` and `filter.alliance` (those of both when both are given), read beforehand.
 */
export function readSearch(args: QuerySearchArgs, pairedVenues?: string[]): SearchRequest & { key: string } {
  const text = (args.query ?? '').trim();
  if (text.length > MAX_QUERY_LENGTH) throw badUserInput(`The query is ${text.length} characters long; shorten it to at most ${MAX_QUERY_LENGTH}.`, 'query');
  const filter = readFilter(args.filter, pairedVenues);
  const near = readNear(args.near);
  const facets = readFacets(args.facets);
  const limit = args.first ?? 20;
  if (!Number.isInteger(limit) || limit < 0 || limit > MAX_PAGE_SIZE) {
    throw badUserInput(`"first" must be between 0 and ${MAX_PAGE_SIZE}; ask for the next page with "after".`, 'first');
  }
  const key = digest([text, filter, near ?? null]);
  return { text, filter, near, facets, limit, offset: args.after ? readCursor(args.after, key) : 0, key, explain: args.explain === true };
}

const MAX_SUGGESTIONS = 20;
const MAX_PREFIX_LENGTH = 100;

/** Checks the arguments of `searchSuggestions`. */
export function readSuggestions(args: QuerySearchSuggestionsArgs): { prefix: string; limit: number } {
  const prefix = args.prefix.trim();
  if (prefix.length > MAX_PREFIX_LENGTH) throw badUserInput(`The prefix is ${prefix.length} characters long; suggestions need at most ${MAX_PREFIX_LENGTH}.`, 'prefix');
  const limit = args.first ?? 8;
  if (!Number.isInteger(limit) || limit < 0 || limit > MAX_SUGGESTIONS) throw badUserInput(`"first" must be between 0 and ${MAX_SUGGESTIONS}.`, 'first');
  return { prefix, limit };
}

export function cursorAt(offset: number, key: string): string {
  return Buffer.from(JSON.stringify({ k: key, o: offset })).toString('base64url');
}

function readCursor(cursor: string, key: string): number {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = null;
  }
  const { k, o } = (parsed ?? {}) as { k?: unknown; o?: unknown };
  if (typeof o !== 'number' || !Number.isInteger(o) || o < 0) {
    throw badUserInput('The "after" cursor is not one this API gave out; use an endCursor from a previous page.', 'after');
  }
  if (k !== key) throw badUserInput('The "after" cursor belongs to another search; page with the same query, filter and point.', 'after');
  return o;
}

function digest(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('base64url').slice(0, 16);
}

const typeNames: Record<string, ItemType> = { VENUE: 'Venue', PROGRAMME: 'Programme', TALK: 'Talk', EXPERT: 'Expert' };

/** A well-formed Alliance id from `filter.alliance`, checked before its members are read. */
export function allianceOf(args: QuerySearchArgs): string | undefined {
  const alliance = args.filter?.alliance;
  if (alliance === null || alliance === undefined) return undefined;
  toRowId('Alliance', alliance, 'filter.alliance');
  return alliance;
}

/** A well-formed School id from `filter.pairedWithSchool`, checked before its pairings are read. */
export function pairedSchool(args: QuerySearchArgs): string | undefined {
  const school = args.filter?.pairedWithSchool;
  if (school === null || school === undefined) return undefined;
  toRowId('School', school, 'filter.pairedWithSchool');
  return school;
}

function readFilter(filter: CatalogueFilter | null | undefined, pairedVenues: string[] | undefined): SearchFilter {
  if (!filter) return {};
  const read: SearchFilter = {
    types: list(filter.types, 'types')?.map((type) => typeNames[type]!),
    kinds: list(filter.kinds, 'kinds'),
    subjects: list(filter.subjects, 'subjects'),
    gradeBands: list(filter.gradeBands, 'gradeBands'),
    cities: list(filter.cities, 'cities'),
    districts: list(filter.districts, 'districts'),
    deliveries: list(filter.deliveries, 'deliveries'),
    freeOnly: filter.freeOnly === true ? true : undefined,
    complianceStatuses: list(filter.complianceStatuses, 'complianceStatuses'),
    openBetween: filter.openBetween ? readRange(filter.openBetween.from, filter.openBetween.to) : undefined,
    venueIds: pairedVenues,
  };
  return Object.fromEntries(Object.entries(read).filter(([, value]) => value !== undefined)) as SearchFilter;
}

/** An empty list means no restriction, the same as leaving it out. */
function list<Value>(values: readonly Value[] | null | undefined, field: string): Value[] | undefined {
  if (!values || values.length === 0) return undefined;
  if (values.length > MAX_VALUES) throw badUserInput(`Give at most ${MAX_VALUES} values for ${field}.`, `filter.${field}`);
  return [...new Set(values)];
}

function readRange(from: Date, to: Date): { from: number; to: number } {
  if (!(from.getTime() < to.getTime())) throw badUserInput('"openBetween.from" must come before "openBetween.to".', 'filter.openBetween');
  return { from: from.getTime(), to: to.getTime() };
}

function readNear(near: GeoPointInput | null | undefined): Near | undefined {
  if (!near) return undefined;
  if (!(Math.abs(near.lat) <= 90)) throw badUserInput(`Latitude ${near.lat} is not on Earth; it lies between -90 and 90.`, 'near.lat');
  if (!(Math.abs(near.lon) <= 180)) throw badUserInput(`Longitude ${near.lon} is not on Earth; it lies between -180 and 180.`, 'near.lon');
  if (near.radiusKm === null || near.radiusKm === undefined) return { lat: near.lat, lon: near.lon };
  if (!(near.radiusKm > 0 && near.radiusKm <= MAX_RADIUS_KM)) {
    throw badUserInput(`A radius of ${near.radiusKm} km cannot be searched; give more than 0 and at most ${MAX_RADIUS_KM} km.`, 'near.radiusKm');
  }
  return { lat: near.lat, lon: near.lon, radiusKm: near.radiusKm };
}

function readFacets(facets: readonly string[] | null | undefined): FacetField[] {
  if (!facets) return [...facetFields];
  const unknown = facets.filter((facet) => !(facetFields as readonly string[]).includes(facet));
  if (unknown.length > 0) {
    throw badUserInput(`There is no facet "${unknown[0]!.slice(0, 40)}"; ask for ${facetFields.join(', ')}.`, 'facets');
  }
  return [...new Set(facets)] as FacetField[];
}
