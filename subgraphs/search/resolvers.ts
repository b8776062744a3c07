import { userError } from '../../kit/graphql/errors.js';
import { failed, payload, succeeded } from '../../kit/graphql/payloads.js';
import { requireRole } from '../../kit/graphql/permissions.js';
import { DateTime } from '../../kit/graphql/scalars.js';
import type { Resolvers } from './generated.js';
import type { FacetField, SearchResult } from '../../search/engine.js';
import { cursorAt, pairedSchool, readSearch } from './request.js';
import type { Rebuild } from './rows.js';
import { bounded } from '../../kit/graphql/list-limits.js';

/** Hits are references: `{ __typename, id }`, resolved by the venues, courses and experts subgraphs. */
export const resolvers: Resolvers = {
  DateTime,
  Query: {
    search: async (_, args, { store }) => {
      const school = pairedSchool(args);
      const request = readSearch(args, school === undefined ? undefined : await store.venuesPairedWith(school));
      const result = request.filter.venueIds?.length === 0 ? nothingFound(request.facets) : await store.search(request);
      const hits = result.hits.map((hit) => ({ item: { __typename: hit.type, id: hit.id }, distanceKm: hit.distanceKm }));
      const next = request.offset + hits.length;
      return {
        totalCount: result.totalCount,
        hits,
        facets: bounded('CatalogueSearch.facets', result.facets).map((facet) => ({ ...facet, values: bounded('Facet.values', facet.values) })),
        pageInfo: {
          hasNextPage: next < result.totalCount,
          hasPreviousPage: request.offset > 0,
          startCursor: hits.length > 0 ? cursorAt(request.offset, request.key) : null,
          endCursor: hits.length > 0 ? cursorAt(next, request.key) : null,
        },
      };
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
