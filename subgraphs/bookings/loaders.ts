import DataLoader from 'dataloader';
import { byId, groupedBy, pagesOf } from '../../kit/database/loaders.js';
import { offerId, type OfferReference } from './offers.js';
import { districtCoverage, type CoverageReport } from './coverage.js';
import type { BookingStore } from './store.js';

export function createBookingLoaders(store: BookingStore) {
  return {
    school: byId(store.schoolsByIds),
    session: byId(store.sessionsByIds),
    seatQueue: byId(store.seatQueues),
    booking: byId(store.bookingsByIds),
    waitlistPosition: byId(store.waitlistPositions),
    bookingHistory: groupedBy(store.bookingHistories, (event) => event.bookingId),
    sessionsOfProgramme: pagesOf(store.sessionsPagesByProgramme, (session) => session.programmeId!),
    sessionsOfTalk: pagesOf(store.sessionsPagesByTalk, (session) => session.talkId!),
    bookingsOfSchool: pagesOf(store.bookingsPagesBySchool, (booking) => booking.schoolId),
    bookingsOfSession: pagesOf(store.bookingsPagesBySession, (booking) => booking.sessionId),
    pairingsOfSchool: pagesOf(store.pairingsPagesBySchool, (pairing) => pairing.schoolId),
    pairingsOfVenue: pagesOf(store.pairingsPagesByVenue, (pairing) => pairing.venueId!),
    pairingsOfExpert: pagesOf(store.pairingsPagesByExpert, (pairing) => pairing.expertId!),
    coverage: coverageOf(store),
    /** Offers' titles, asked of the supergraph once for every booking of a list. */
    offerTitle: new DataLoader<OfferReference, string | null, string>((offers) => store.offers.offerTitles(offers), { cacheKeyFn: offerId }),
  };
}

/** A district's coverage on a date, computed once per request however many fields ask for it. */
function coverageOf(store: BookingStore) {
  const computed = new Map<string, Promise<CoverageReport>>();
  return {
    load(district: string, asOf: string): Promise<CoverageReport> {
      const key = JSON.stringify([district, asOf]);
      let coverage = computed.get(key);
      if (!coverage) {
        coverage = Promise.all([store.schoolCoverage(district, asOf), store.coverageTargets(district)])
          .then(([rows, targets]) => districtCoverage(district, asOf, rows, targets));
        computed.set(key, coverage);
      }
      return coverage;
    },
    clear: () => computed.clear(),
  };
}

export type BookingLoaders = ReturnType<typeof createBookingLoaders>;
