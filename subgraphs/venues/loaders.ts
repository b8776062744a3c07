import { byId, groupedBy } from '../../kit/database/loaders.js';
import type { VenueStore } from './store.js';

export function createVenueLoaders(store: VenueStore) {
  return {
    venue: byId(store.venuesByIds),
    alliance: byId(store.alliancesByIds),
    allianceIdsOfVenue: groupedBy(store.allianceIdsByVenue, (member) => member.venueId),
    complianceReason: groupedBy(store.complianceReasons, (record) => record.venueId),
    complianceHistory: groupedBy(store.complianceHistories, (record) => record.venueId),
    noticesOfVenue: groupedBy(store.noticesByVenue, (notice) => notice.venueId),
    notice: byId(store.noticesByIds),
    inspection: byId(store.inspectionsByIds),
    findingsOfInspection: groupedBy(store.findingsByInspection, (finding) => finding.inspectionId),
  };
}

export type VenueLoaders = ReturnType<typeof createVenueLoaders>;
