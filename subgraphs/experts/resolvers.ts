import type { RequestContext } from '../kit/context.js';
import { toPublicId, toRowId, toRowIds } from '../kit/ids.js';
import { connectionOf, readPage } from '../kit/pagination.js';
import type { ExpertFilter, Resolvers, TalkFilter } from './generated.js';
import type { ExpertLoaders } from './loaders.js';
import type { ExpertCriteria, ExpertStore, TalkCriteria } from './store.js';

export type Context = RequestContext<ExpertStore, ExpertLoaders>;

export const resolvers: Resolvers = {
  Query: {
    expert: (_, { id }, { loaders }) => loaders.expert.load(toRowId('Expert', id)),
    experts: async (_, { filter, first, after }, { store }) => {
      const page = readPage({ first, after });
      return connectionOf(await store.expertsPage(expertCriteria(filter), page), page);
    },
    talk: (_, { id }, { loaders }) => loaders.talk.load(toRowId('Talk', id)),
    talks: async (_, { filter, first, after }, { store }) => {
      const page = readPage({ first, after });
      return connectionOf(await store.talksPage(talkCriteria(filter), page), page);
    },
  },
  Expert: {
    __resolveReference: ({ id }, { loaders }) => loaders.expert.load(toRowId('Expert', id)),
    id: (expert) => toPublicId('Expert', expert.id),
    name: (expert) => expert.nameZh,
    title: (expert) => expert.titleZh,
    bio: (expert) => expert.bioZh,
    affiliation: (expert) => (expert.affiliationVenueId === null ? null : { id: expert.affiliationVenueId }),
    talks: async (expert, { filter, first, after }, { loaders }) => {
      const { rows, page } = await loaders.talksOfExpert.load(expert.id, talkCriteria(filter), { first, after });
      return connectionOf(rows, page);
    },
  },
  Talk: {
    __resolveReference: ({ id }, { loaders }) => loaders.talk.load(toRowId('Talk', id)),
    id: (talk) => toPublicId('Talk', talk.id),
    title: (talk) => talk.titleZh,
    summary: (talk) => talk.summaryZh,
    expert: async (talk, _, { loaders }) => (await loaders.expert.load(talk.expertId))!,
  },
  Venue: {
    __resolveReference: ({ id }) => ({ id: toRowId('Venue', id) }),
    id: (venue) => toPublicId('Venue', venue.id),
    experts: async (venue, { filter, first, after }, { loaders }) => {
      const { rows, page } = await loaders.expertsOfVenue.load(venue.id, expertCriteria(filter), { first, after });
      return connectionOf(rows, page);
    },
  },
};

function expertCriteria(filter: ExpertFilter | null | undefined): ExpertCriteria {
  return {
    fields: filter?.fields ?? undefined,
    academiciansOnly: filter?.academiciansOnly ?? undefined,
    affiliationIds: toRowIds('Venue', filter?.affiliationIds, 'filter.affiliationIds'),
  };
}

function talkCriteria(filter: TalkFilter | null | undefined): TalkCriteria {
  return {
    subjects: filter?.subjects ?? undefined,
    gradeBands: filter?.gradeBands ?? undefined,
    deliveries: filter?.deliveries ?? undefined,
    expertIds: toRowIds('Expert', filter?.expertIds, 'filter.expertIds'),
  };
}
