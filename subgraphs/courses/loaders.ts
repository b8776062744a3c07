import { byId, groupedBy, pagesOf } from '../../kit/database/loaders.js';
import type { ProgrammeStore } from './store.js';

export function createProgrammeLoaders(store: ProgrammeStore) {
  return {
    programme: byId(store.programmesByIds),
    programmesOfVenue: pagesOf(store.programmesPagesByVenue, (programme) => programme.venueId),
    routeStops: groupedBy(store.routeStops, (stop) => stop.programmeId),
    curriculumLinks: groupedBy(store.curriculumLinks, (link) => link.programmeId),
  };
}

export type ProgrammeLoaders = ReturnType<typeof createProgrammeLoaders>;
