import { byId, pagesOf } from '../../kit/database/loaders.js';
import type { ExpertStore } from './store.js';

export function createExpertLoaders(store: ExpertStore) {
  return {
    expert: byId(store.expertsByIds),
    talk: byId(store.talksByIds),
    expertsOfVenue: pagesOf(store.expertsPagesByVenue, (expert) => expert.affiliationVenueId!),
    talksOfExpert: pagesOf(store.talksPagesByExpert, (talk) => talk.expertId),
  };
}

export type ExpertLoaders = ReturnType<typeof createExpertLoaders>;
