import type { RequestContext } from '../kit/context.js';
import { toPublicId, toRowId } from '../kit/ids.js';
import { present } from '../kit/loaders.js';
import { connectionOf, readPage } from '../kit/pagination.js';
import type { Resolvers, VenueFilter } from './generated.js';
import type { VenueLoaders } from './loaders.js';
import type { VenueCriteria, VenueStore } from './store.js';

export type Context = RequestContext<VenueStore, VenueLoaders>;

export const resolvers: Resolvers = {
  Query: {
    venue: (_, { id }, { loaders }) => loaders.venue.load(toRowId('Venue', id)),
    venues: async (_, { filter, first, after }, { store }) => {
      const page = readPage({ first, after });
      const rows = await store.venuesPage(venueCriteria(filter), page);
      return connectionOf(rows, page);
    },
    alliance: (_, { id }, { loaders }) => loaders.alliance.load(toRowId('Alliance', id)),
    alliances: async (_, { filter, first, after }, { store }) => {
      const page = readPage({ first, after });
      const rows = await store.alliancesPage(filter?.cities ?? undefined, page);
      return connectionOf(rows, page);
    },
  },
  Venue: {
    __resolveReference: ({ id }, { loaders }) => loaders.venue.load(toRowId('Venue', id)),
    id: (venue) => toPublicId('Venue', venue.id),
    name: (venue) => venue.nameZh,
    description: (venue) => venue.descriptionZh,
    address: (venue) => venue.addressZh,
    location: (venue) => ({ lat: venue.lat, lon: venue.lon }),
    groupSize: (venue) => ({ min: venue.minGroup, max: venue.maxGroup }),
    complianceHistory: (venue, _, { loaders }) => loaders.complianceHistory.load(venue.id),
    alliances: async (venue, _, { loaders }) => {
      const members = await loaders.allianceIdsOfVenue.load(venue.id);
      return present(await loaders.alliance.loadMany(members.map((member) => member.allianceId)));
    },
  },
  Alliance: {
    __resolveReference: ({ id }, { loaders }) => loaders.alliance.load(toRowId('Alliance', id)),
    id: (alliance) => toPublicId('Alliance', alliance.id),
    name: (alliance) => alliance.nameZh,
    members: async (alliance, { first, after }, { store }) => {
      const page = readPage({ first, after });
      const rows = await store.venuesPage({ allianceId: alliance.id }, page);
      return connectionOf(rows, page);
    },
  },
  ComplianceRecord: {
    recordedAt: (record) => record.recordedAt.toISOString(),
  },
};

function venueCriteria(filter: VenueFilter | null | undefined): VenueCriteria {
  return {
    cities: filter?.cities ?? undefined,
    districts: filter?.districts ?? undefined,
    kinds: filter?.kinds ?? undefined,
    complianceStatuses: filter?.complianceStatuses ?? undefined,
    allianceId: filter?.allianceId ? toRowId('Alliance', filter.allianceId, 'filter.allianceId') : undefined,
  };
}
