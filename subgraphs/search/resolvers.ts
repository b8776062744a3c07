import { userError } from '../../kit/graphql/errors.js';
import { failed, payload, succeeded } from '../../kit/graphql/payloads.js';
import { requireRole } from '../../kit/graphql/permissions.js';
import { dateInChina, DateTime } from '../../kit/graphql/scalars.js';
import type { Resolvers } from './generated.js';
import type { FacetField, SearchResult } from '../../search/engine.js';
import { allianceOf, cursorAt, pairedSchool, readSearch, readSuggestions } from './request.js';
import type { SearchStore } from './store.js';
import type { QuerySearchArgs } from './generated.js';
import type { Rebuild } from './rows.js';
import { bounded } from '../../kit/graphql/list-limits.js';

/** Hits are references: `{ __typename, id }`, resolved by the venues, courses and experts subgraphs. */
export const resolvers: Resolvers = {
  DateTime,
  Query: {
    search: async (_, args, { store, viewer, now }) => {
      if (args.explain) requireRole(viewer, ['admin']);
      const request = readSearch(args, await venuesWithin(args, store, now));
      const result = request.filter.venueIds?.length === 0 ? nothingFound(request.facets) : await store.search(request);
      const hits = result.hits.map((hit) => ({ item: { __typename: hit.type, id: hit.id }, distanceKm: hit.distanceKm, explanation: hit.explanation ?? null }));
      const next = request.offset + hits.length;
      const droppedWords = result.droppedWords ?? [];
      return {
        totalCount: result.totalCount,
        hits,
        facets: bounded('CatalogueSearch.facets', result.facets).map((facet) => ({ ...facet, values: bounded('Facet.values', facet.values) })),
        relaxed: droppedWords.length > 0,
        droppedWords,
        didYouMean: result.didYouMean ?? null,
        pageInfo: {
          hasNextPage: next < result.totalCount,
          hasPreviousPage: request.offset > 0,
          startCursor: hits.length > 0 ? cursorAt(request.offset, request.key) : null,
          endCursor: hits.length > 0 ? cursorAt(next, request.key) : null,
        },
      };
    },
    searchSuggestions: async (_, args, { store }) => {
      const { prefix, limit } = readSuggestions(args);
      const suggestions = await store.suggest(prefix, limit);
      return suggestions.map(({ text, kind, id }) => ({
        text,
        kind: kind.toUpperCase() as Uppercase<typeof kind>,
        item: id && kind !== 'Topic' ? { __typename: kind, id } : null,
      }));
    },
    searchIndex: (_, __, { viewer, store }) => {
      requireRole(viewer, ['admin']);
      return store.indexStatus();
    },
  },
  Mutation: {
    rebuildSearchIndex: (_, __, { viewer, store }) => {
      requireRole(viewer, ['admin']);
      const rebuild = store.startRebuild();
      return payload('rebuild', rebuild ? succeeded(rebuild) : failed<Rebuild>(REBUILD_RUNNING));
    },
  },
  CatalogueItem: {
    __resolveType: (item) => item.__typename ?? null,
  },
};

const REBUILD_RUNNING = userError('REBUILD_RUNNING', 'The search index is being rebuilt already; follow that rebuild with searchIndex { latestRebuild }.');

/** A school without partner venues finds nothing; no engine needs asking. */
function nothingFound(facets: readonly FacetField[]): SearchResult {
  return { totalCount: 0, hits: [], facets: facets.map((field) => ({ field, values: [] })) };
}

/** The venues a search is kept to: a school's partner venues, an alliance's members, or those in both; undefined for any venue. */
async function venuesWithin(args: QuerySearchArgs, store: SearchStore, now: Date): Promise<string[] | undefined> {
  const school = pairedSchool(args);
  const alliance = allianceOf(args);
  const [paired, members] = await Promise.all([school && store.venuesPairedWith(school, dateInChina(now)), alliance && store.allianceMembers(alliance)]);
  if (paired && members) return paired.filter((venue) => members.includes(venue));
  return paired || members || undefined;
}
