import { extendedEntity, toPublicId, toRowId, toRowIds } from '../../kit/graphql/ids.js';
import { connectionOf, readPage } from '../../kit/graphql/pagination.js';
import { payload } from '../../kit/graphql/payloads.js';
import { listedStatuses } from '../../kit/database/publication.js';
import type { Viewer } from '../../kit/platform/viewer.js';
import type { Context } from './context.js';
import type { ExpertFilter, Resolvers, TalkFilter } from './generated.js';
import {
  changeExpertPublication, changeTalkPublication, createExpert, createTalk, updateExpertProfile, updateTalk,
} from './mutations.js';
import { mayManageExpert, visibleExpert, visibleTalk } from './rules.js';
import type { ExpertCriteria, TalkCriteria } from './store.js';
import type { TalkRow } from './rows.js';

export const resolvers: Resolvers = {
  Query: {
    expert: async (_, { id }, { loaders, viewer }) => visibleExpert(viewer, await loaders.expert.load(toRowId('Expert', id))),
    experts: async (_, { filter, first, after }, { store, viewer }) => {
      const page = readPage({ first, after });
      return connectionOf(await store.expertsPage(expertCriteria(filter, viewer), page), page);
    },
    talk: (_, { id }, context) => talkFor(context, toRowId('Talk', id)),
    talks: async (_, { filter, first, after }, { store, viewer }) => {
      const page = readPage({ first, after });
      return connectionOf(await store.talksPage(talkCriteria(filter, viewer), page), page);
    },
  },
  Mutation: {
    createExpert: async (_, { input }, context) => payload('expert', await createExpert(context, input)),
    updateExpertProfile: async (_, { id, input }, context) => payload('expert', await updateExpertProfile(context, toRowId('Expert', id), input)),
    publishExpert: async (_, { id }, context) => payload('expert', await changeExpertPublication(context, toRowId('Expert', id), 'publish')),
    unpublishExpert: async (_, { id }, context) => payload('expert', await changeExpertPublication(context, toRowId('Expert', id), 'unpublish')),
    createTalk: async (_, { input }, context) => payload('talk', await createTalk(context, input)),
    updateTalk: async (_, { id, input }, context) => payload('talk', await updateTalk(context, toRowId('Talk', id), input)),
    publishTalk: async (_, { id }, context) => payload('talk', await changeTalkPublication(context, toRowId('Talk', id), 'publish')),
    unpublishTalk: async (_, { id }, context) => payload('talk', await changeTalkPublication(context, toRowId('Talk', id), 'unpublish')),
  },
  Expert: {
    __resolveReference: async ({ id }, { loaders, viewer }) => visibleExpert(viewer, await loaders.expert.load(toRowId('Expert', id))),
    id: (expert) => toPublicId('Expert', expert.id),
    name: (expert) => expert.nameZh,
    title: (expert) => expert.titleZh,
    bio: (expert) => expert.bioZh,
    affiliation: (expert) => (expert.affiliationVenueId === null ? null : { id: expert.affiliationVenueId }),
    contactEmail: (expert, _, { viewer }) => (mayManageExpert(viewer, expert) ? expert.contactEmail : null),
    contactPhone: (expert, _, { viewer }) => (mayManageExpert(viewer, expert) ? expert.contactPhone : null),
    talks: async (expert, { filter, first, after }, { loaders, viewer }) => {
      const { rows, page } = await loaders.talksOfExpert.load(expert.id, talkCriteria(filter, viewer), { first, after });
      return connectionOf(rows, page);
    },
  },
  Talk: {
    __resolveReference: ({ id }, context) => talkFor(context, toRowId('Talk', id)),
    id: (talk) => toPublicId('Talk', talk.id),
    title: (talk) => talk.titleZh,
    summary: (talk) => talk.summaryZh,
    expert: async (talk, _, { loaders }) => (await loaders.expert.load(talk.expertId))!,
  },
  Venue: {
    ...extendedEntity('Venue'),
    experts: async (venue, { filter, first, after }, { loaders, viewer }) => {
      const { rows, page } = await loaders.expertsOfVenue.load(venue.id, expertCriteria(filter, viewer), { first, after });
      return connectionOf(rows, page);
    },
  },
};

/** The talk when the viewer may see it; who may depends on its expert. */
async function talkFor({ loaders, viewer }: Context, id: number): Promise<TalkRow | null> {
  const talk = await loaders.talk.load(id);
  return visibleTalk(viewer, talk, talk && (await loaders.expert.load(talk.expertId)));
}

function audience(viewer: Viewer) {
  return { role: viewer.role, venueId: viewer.venueId, expertId: viewer.expertId };
}

function expertCriteria(filter: ExpertFilter | null | undefined, viewer: Viewer): ExpertCriteria {
  return {
    fields: filter?.fields ?? undefined,
    academiciansOnly: filter?.academiciansOnly ?? undefined,
    affiliationIds: toRowIds('Venue', filter?.affiliationIds, 'filter.affiliationIds'),
    statuses: listedStatuses(filter?.statuses),
    viewer: audience(viewer),
  };
}

function talkCriteria(filter: TalkFilter | null | undefined, viewer: Viewer): TalkCriteria {
  return {
    subjects: filter?.subjects ?? undefined,
    gradeBands: filter?.gradeBands ?? undefined,
    deliveries: filter?.deliveries ?? undefined,
    expertIds: toRowIds('Expert', filter?.expertIds, 'filter.expertIds'),
    statuses: listedStatuses(filter?.statuses),
    viewer: audience(viewer),
  };
}
