import { byId, groupedBy, pagesOf } from '../../kit/database/loaders.js';
import type { BookingStore } from './store.js';

export function createBookingLoaders(store: BookingStore) {
  return {
    school: byId(store.schoolsByIds),
    session: byId(store.sessionsByIds),
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
  };
}

export type BookingLoaders = ReturnType<typeof createBookingLoaders>;
