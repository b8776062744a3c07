import { toPublicId, toRowId } from '../../kit/graphql/ids.js';
import { bounded } from '../../kit/graphql/list-limits.js';
import { present } from '../../kit/database/loaders.js';
import { connectionOf, readPage } from '../../kit/graphql/pagination.js';
import { payload } from '../../kit/graphql/payloads.js';
import { listedStatuses } from '../../kit/database/publication.js';
import type { Viewer } from '../../kit/platform/viewer.js';
import type { Resolvers, VenueFilter } from './generated.js';
import { changeVenuePublication, createVenue, setComplianceStatus, updateVenue } from './mutations.js';
import { mayManageVenue, visibleVenue } from './rules.js';
import type { VenueCriteria } from './store.js';

export const resolvers: Resolvers = {
  Query: {
    venue: async (_, { id }, { loaders, viewer }) => visibleVenue(viewer, await loaders.venue.load(toRowId('Venue', id))),
    venues: async (_, { filter, first, after }, { store, viewer }) => {
      const page = readPage({ first, after });
      const rows = await store.venuesPage(venueCriteria(filter, viewer), page);
      return connectionOf(rows, page);
    },
    alliance: (_, { id }, { loaders }) => loaders.alliance.load(toRowId('Alliance', id)),
    alliances: async (_, { filter, first, after }, { store }) => {
      const page = readPage({ first, after });
      const rows = await store.alliancesPage(filter?.cities ?? undefined, page);
      return connectionOf(rows, page);
    },
  },
  Mutation: {
    createVenue: async (_, { input }, context) => payload('venue', await createVenue(context, input)),
    updateVenue: async (_, { id, input }, context) => payload('venue', await updateVenue(context, toRowId('Venue', id), input)),
    publishVenue: async (_, { id }, context) => payload('venue', await changeVenuePublication(context, toRowId('Venue', id), 'publish')),
    unpublishVenue: async (_, { id }, context) => payload('venue', await changeVenuePublication(context, toRowId('Venue', id), 'unpublish')),
    setComplianceStatus: async (_, { venueId, status, reason, notice }, context) =>
      payload('venue', await setComplianceStatus(context, { venueId: toRowId('Venue', venueId, 'venueId'), status, reason, notice })),
  },
  Venue: {
    __resolveReference: async ({ id }, { loaders, viewer }) => visibleVenue(viewer, await loaders.venue.load(toRowId('Venue', id))),
    id: (venue) => toPublicId('Venue', venue.id),
    name: (venue) => venue.nameZh,
    description: (venue) => venue.descriptionZh,
    address: (venue) => venue.addressZh,
    location: (venue) => ({ lat: venue.lat, lon: venue.lon }),
    groupSize: (venue) => ({ min: venue.minGroup, max: venue.maxGroup }),
    contactEmail: (venue, _, { viewer }) => (mayManageVenue(viewer, venue.id) ? venue.contactEmail : null),
    contactPhone: (venue, _, { viewer }) => (mayManageVenue(viewer, venue.id) ? venue.contactPhone : null),
    complianceHistory: async (venue, _, { loaders }) => bounded('Venue.complianceHistory', await loaders.complianceHistory.load(venue.id), 'latest'),
    alliances: async (venue, _, { loaders }) => {
      const members = bounded('Venue.alliances', await loaders.allianceIdsOfVenue.load(venue.id));
      return present(await loaders.alliance.loadMany(members.map((member) => member.allianceId)));
    },
  },
  Alliance: {
    __resolveReference: ({ id }, { loaders }) => loaders.alliance.load(toRowId('Alliance', id)),
    id: (alliance) => toPublicId('Alliance', alliance.id),
    name: (alliance) => alliance.nameZh,
    members: async (alliance, { first, after }, { store, viewer }) => {
      const page = readPage({ first, after });
      const rows = await store.venuesPage({ ...venueCriteria(null, viewer), allianceId: alliance.id }, page);
      return connectionOf(rows, page);
    },
  },
  ComplianceRecord: {
    recordedAt: (record) => record.recordedAt.toISOString(),
  },
};

function venueCriteria(filter: VenueFilter | null | undefined, viewer: Viewer): VenueCriteria {
  return {
    cities: filter?.cities ?? undefined,
    districts: filter?.districts ?? undefined,
    kinds: filter?.kinds ?? undefined,
    complianceStatuses: filter?.complianceStatuses ?? undefined,
    allianceId: filter?.allianceId ? toRowId('Alliance', filter.allianceId, 'filter.allianceId') : undefined,
    statuses: listedStatuses(filter?.statuses),
    viewer: { role: viewer.role, venueId: viewer.venueId },
  };
}
