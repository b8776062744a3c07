import type { RequestContext } from '../kit/context.js';
import { toPublicId, toRowId, toRowIds } from '../kit/ids.js';
import { connectionOf, readPage } from '../kit/pagination.js';
import type { ProgrammeFilter, Resolvers } from './generated.js';
import type { ProgrammeLoaders } from './loaders.js';
import type { ProgrammeCriteria, ProgrammeStore } from './store.js';

export type Context = RequestContext<ProgrammeStore, ProgrammeLoaders>;

export const resolvers: Resolvers = {
  Query: {
    programme: (_, { id }, { loaders }) => loaders.programme.load(toRowId('Programme', id)),
    programmes: async (_, { filter, first, after }, { store }) => {
      const page = readPage({ first, after });
      return connectionOf(await store.programmesPage(programmeCriteria(filter), page), page);
    },
  },
  Programme: {
    __resolveReference: ({ id }, { loaders }) => loaders.programme.load(toRowId('Programme', id)),
    id: (programme) => toPublicId('Programme', programme.id),
    title: (programme) => programme.titleZh,
    summary: (programme) => programme.summaryZh,
    groupSize: (programme) => ({ min: programme.minGroup, max: programme.maxGroup }),
    price: (programme) => ({ amount: (programme.priceCents / 100).toFixed(2), currency: 'CNY' }),
    free: (programme) => programme.priceCents === 0,
    venue: (programme) => ({ id: programme.venueId }),
    route: (programme, _, { loaders }) => loaders.routeStops.load(programme.id),
    curriculumLinks: (programme, _, { loaders }) => loaders.curriculumLinks.load(programme.id),
  },
  RouteStop: {
    venue: (stop) => ({ id: stop.venueId }),
    activity: (stop) => stop.activityZh,
  },
  CurriculumLink: {
    description: (link) => link.descriptionZh,
  },
  Venue: {
    __resolveReference: ({ id }) => ({ id: toRowId('Venue', id) }),
    id: (venue) => toPublicId('Venue', venue.id),
    programmes: async (venue, { filter, first, after }, { loaders }) => {
      const { rows, page } = await loaders.programmesOfVenue.load(venue.id, programmeCriteria(filter), { first, after });
      return connectionOf(rows, page);
    },
  },
};

function programmeCriteria(filter: ProgrammeFilter | null | undefined): ProgrammeCriteria {
  return {
    subjects: filter?.subjects ?? undefined,
    gradeBands: filter?.gradeBands ?? undefined,
    deliveries: filter?.deliveries ?? undefined,
    kinds: filter?.kinds ?? undefined,
    venueIds: toRowIds('Venue', filter?.venueIds, 'filter.venueIds'),
    freeOnly: filter?.freeOnly ?? undefined,
  };
}
