import { extendedEntity, toPublicId, toRowId, toRowIds } from '../../kit/graphql/ids.js';
import { bounded } from '../../kit/graphql/list-limits.js';
import { connectionOf, readPage } from '../../kit/graphql/pagination.js';
import { payload } from '../../kit/graphql/payloads.js';
import { listedStatuses } from '../../kit/database/publication.js';
import type { Viewer } from '../../kit/platform/viewer.js';
import type { ProgrammeFilter, Resolvers } from './generated.js';
import { changeProgrammePublication, createProgramme, updateProgramme } from './mutations.js';
import { visibleProgramme } from './rules.js';
import type { ProgrammeCriteria } from './store.js';

export const resolvers: Resolvers = {
  Query: {
    programme: async (_, { id }, { loaders, viewer }) => visibleProgramme(viewer, await loaders.programme.load(toRowId('Programme', id))),
    programmes: async (_, { filter, first, after }, { store, viewer }) => {
      const page = readPage({ first, after });
      return connectionOf(await store.programmesPage(programmeCriteria(filter, viewer), page), page);
    },
  },
  Mutation: {
    createProgramme: async (_, { input }, context) => payload('programme', await createProgramme(context, input)),
    updateProgramme: async (_, { id, input }, context) => payload('programme', await updateProgramme(context, toRowId('Programme', id), input)),
    publishProgramme: async (_, { id }, context) =>
      payload('programme', await changeProgrammePublication(context, toRowId('Programme', id), 'publish')),
    unpublishProgramme: async (_, { id }, context) =>
      payload('programme', await changeProgrammePublication(context, toRowId('Programme', id), 'unpublish')),
  },
  Programme: {
    __resolveReference: async ({ id }, { loaders, viewer }) => visibleProgramme(viewer, await loaders.programme.load(toRowId('Programme', id))),
    id: (programme) => toPublicId('Programme', programme.id),
    title: (programme) => programme.titleZh,
    summary: (programme) => programme.summaryZh,
    groupSize: (programme) => ({ min: programme.minGroup, max: programme.maxGroup }),
    price: (programme) => ({ amount: (programme.priceCents / 100).toFixed(2), currency: 'CNY' }),
    free: (programme) => programme.priceCents === 0,
    venue: (programme) => ({ id: programme.venueId }),
    route: async (programme, _, { loaders }) => bounded('Programme.route', await loaders.routeStops.load(programme.id)),
    curriculumLinks: async (programme, _, { loaders }) => bounded('Programme.curriculumLinks', await loaders.curriculumLinks.load(programme.id)),
  },
  RouteStop: {
    venue: (stop) => ({ id: stop.venueId }),
    activity: (stop) => stop.activityZh,
  },
  CurriculumLink: {
    description: (link) => link.descriptionZh,
  },
  Venue: {
    ...extendedEntity('Venue'),
    programmes: async (venue, { filter, first, after }, { loaders, viewer }) => {
      const { rows, page } = await loaders.programmesOfVenue.load(venue.id, programmeCriteria(filter, viewer), { first, after });
      return connectionOf(rows, page);
    },
  },
};

function programmeCriteria(filter: ProgrammeFilter | null | undefined, viewer: Viewer): ProgrammeCriteria {
  return {
    subjects: filter?.subjects ?? undefined,
    gradeBands: filter?.gradeBands ?? undefined,
    deliveries: filter?.deliveries ?? undefined,
    kinds: filter?.kinds ?? undefined,
    venueIds: toRowIds('Venue', filter?.venueIds, 'filter.venueIds'),
    freeOnly: filter?.freeOnly ?? undefined,
    statuses: listedStatuses(filter?.statuses),
    viewer: { role: viewer.role, venueId: viewer.venueId },
  };
}
