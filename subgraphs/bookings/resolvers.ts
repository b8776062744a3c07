import { equityOf } from './equity.js';
import { keptUntil, seatsOnOffer, type SeatsOnOffer } from './kept-seats.js';
import { extendedEntity, toPublicId, toRowId } from '../../kit/graphql/ids.js';
import { bounded } from '../../kit/graphql/list-limits.js';
import type { ParentPage } from '../../kit/database/loaders.js';
import { badUserInput } from '../../kit/graphql/errors.js';
import { connectionOf, mapNodes, readPage, toConnection } from '../../kit/graphql/pagination.js';
import { requireOwnership, requireRole } from '../../kit/graphql/permissions.js';
import { dateInChina, DateTime, inTimeZone } from '../../kit/graphql/scalars.js';
import type { Viewer } from '../../kit/platform/viewer.js';
import { bookingCalendar } from './calendar.js';
import type { Context } from './context.js';
import type { BookingFilter, PairingFilter, Resolvers, SchoolFilter, SessionFilter } from './generated.js';
import { mutations, offerOf } from './mutations.js';
import { bookingScope, maySeeBooking, overseesDistrict, publicActor, speaksForSchool } from './permissions.js';
import { datesAreValid } from './rules.js';
import type { BookingCriteria, BookingStore, PairingCriteria, SessionCriteria } from './store.js';
import type { BookingRow, PairingRow, SessionRow } from './rows.js';

const CHINA = 'Asia/Shanghai';
const OVERSIGHT = ['district', 'admin'] as const;

export const resolvers: Resolvers = {
  DateTime,
  Query: {
    school: (_, { id }, { loaders }) => loaders.school.load(toRowId('School', id)),
    schools: async (_, { filter, first, after }, { store }) => {
      const page = readPage({ first, after });
      return connectionOf(await store.schoolsPage(schoolCriteria(filter), page), page);
    },
    session: (_, { id }, { loaders }) => loaders.session.load(toRowId('Session', id)),
    booking: (_, { id }, context) => visibleBooking(toRowId('Booking', id), context),
    districtCoverage: (_, { district, asOf }, { viewer, loaders, now }) => {
      requireRole(viewer, OVERSIGHT);
      requireOwnership(overseesDistrict(viewer, district), 'A district account sees the coverage of its own district only.');
      return loaders.coverage.load(district, coverageDate(asOf, now));
    },
  },
  Mutation: mutations,
  School: {
    __resolveReference: ({ id }, { loaders }) => loaders.school.load(toRowId('School', id)),
    id: (school) => toPublicId('School', school.id),
    name: (school) => school.nameZh,
    location: (school) => ({ lat: school.lat, lon: school.lon }),
    contactName: (school, _, { viewer }) => (speaksForSchool(viewer, school) ? school.contactName : null),
    contactPhone: (school, _, { viewer }) => (speaksForSchool(viewer, school) ? school.contactPhone : null),
    contactEmail: (school, _, { viewer }) => (speaksForSchool(viewer, school) ? school.contactEmail : null),
    bookings: async (school, { filter, first, after }, { loaders, viewer }) => {
      const { rows, page } = await loaders.bookingsOfSchool.load(school.id, bookingCriteria(filter, viewer), { first, after });
      return connectionOf(rows, page);
    },
    pairings: async (school, { filter, first, after }, { loaders, now }) => {
      const { rows, page } = await loaders.pairingsOfSchool.load(school.id, pairingCriteria(filter, now), { first, after });
      return connectionOf(rows, page);
    },
  },
  Session: {
    __resolveReference: ({ id }, { loaders }) => loaders.session.load(toRowId('Session', id)),
    id: (session) => toPublicId('Session', session.id),
    startsAt: (session) => inTimeZone(session.startsAt, session.timeZone),
    endsAt: (session) => inTimeZone(session.endsAt, session.timeZone),
    seatsLeft: async (session, _, context) => (await offered(session, context)).open,
    keptSeats: async (session, _, context) => (await offered(session, context)).kept,
    prioritySeatsLeft: async (session, _, context) => (await offered(session, context)).forPriority,
    keptSeatsInAll: (session) => session.keptSeats,
    releaseKeptSeatsDaysBefore: (session) => session.keepDays,
    keptSeatsUntil: (session) => (session.keptSeats > 0 ? inTimeZone(keptUntil(session), session.timeZone) : null),
    programme: (session) => (session.programmeId === null ? null : { id: session.programmeId }),
    talk: (session) => (session.talkId === null ? null : { id: session.talkId }),
    venue: (session) => (session.venueId === null ? null : { id: session.venueId }),
    bookings: async (session, { filter, first, after }, { loaders, viewer }) => {
      const { rows, page } = await loaders.bookingsOfSession.load(session.id, bookingCriteria(filter, viewer), { first, after });
      return connectionOf(rows, page);
    },
  },
  Booking: {
    __resolveReference: ({ id }, context) => visibleBooking(toRowId('Booking', id), context),
    id: (booking) => toPublicId('Booking', booking.id),
    participants: (booking) => booking.students + booking.teachers,
    school: async (booking, _, { loaders }) => (await loaders.school.load(booking.schoolId))!,
    session: async (booking, _, { loaders }) => (await loaders.session.load(booking.sessionId))!,
    createdAt: (booking) => inTimeZone(booking.createdAt, CHINA),
    updatedAt: (booking) => inTimeZone(booking.updatedAt, CHINA),
    history: async (booking, _, { loaders }) => bounded('Booking.history', await loaders.bookingHistory.load(booking.id), 'latest'),
    waitlistPosition: async (booking, _, { loaders }) =>
      booking.status === 'WAITLISTED' ? ((await loaders.waitlistPosition.load(booking.id))?.position ?? null) : null,
    calendar: async (booking, _, { loaders }) => {
      if (booking.status !== 'CONFIRMED') return null;
      const [session, school] = await Promise.all([loaders.session.load(booking.sessionId), loaders.school.load(booking.schoolId)]);
      const title = await loaders.offerTitle.load(offerOf(session!));
      return bookingCalendar(booking, session!, school!, title ?? 'Kepu session');
    },
  },
  DistrictCoverage: {
    schoolCount: (coverage) => coverage.schools.length,
    equity: async (coverage, _, { store }) => equityOf(coverage, await store.placesGiven(coverage.district, coverage.asOf)),
    schools: (coverage, { missing, first, after }) => {
      const page = readPage({ first, after });
      const rows = missing ? coverage.schools.filter((row) => !row.covered[missing]) : coverage.schools;
      const from = page.after ? rows.findIndex((row) => row.id > Number(page.after![0])) : 0;
      const rest = from < 0 ? [] : rows.slice(from, from + page.size + 1);
      return toConnection(rest, page, rows.length, (row) => [row.id]);
    },
  },
  DistrictEquity: {
    venues: (equity, { first, after }) => {
      const page = readPage({ first, after });
      const from = page.after ? equity.venues.findIndex((row) => row.venueId > Number(page.after![0])) : 0;
      const rest = from < 0 ? [] : equity.venues.slice(from, from + page.size + 1);
      return toConnection(rest, page, equity.venues.length, (row) => [row.venueId]);
    },
  },
  VenueEquity: {
    venue: (row) => ({ id: row.venueId }),
  },
  SchoolCoverage: {
    school: async (row, _, { loaders }) => (await loaders.school.load(row.id))!,
    partnerVenue: (row) => row.covered.PARTNER_VENUE,
    scienceVicePrincipal: (row) => row.covered.SCIENCE_VICE_PRINCIPAL,
    visit: (row) => row.covered.VISIT,
    talk: (row) => row.covered.TALK,
  },
  CoverageTarget: {
    setBy: (target) => publicActor(target.setBy),
    setAt: (target) => inTimeZone(target.setAt, CHINA),
  },
  BookingEvent: {
    from: (event) => event.fromStatus,
    to: (event) => event.toStatus,
    actor: (event) => publicActor(event.actor),
    at: (event) => inTimeZone(event.at, CHINA),
  },
  Pairing: {
    __resolveReference: async ({ id }, { store }) => (await store.pairingsByIds([toRowId('Pairing', id)]))[0] ?? null,
    id: (pairing) => toPublicId('Pairing', pairing.id),
    school: async (pairing, _, { loaders }) => (await loaders.school.load(pairing.schoolId))!,
    venue: (pairing) => (pairing.venueId === null ? null : { id: pairing.venueId }),
    expert: (pairing) => (pairing.expertId === null ? null : { id: pairing.expertId }),
    active: (pairing, _, { now }) => pairing.endsOn === null || pairing.endsOn >= dateInChina(now),
  },
  Programme: {
    ...extendedEntity('Programme'),
    sessions: async (programme, { filter, first, after }, { loaders, now }) =>
      sessionConnection(await loaders.sessionsOfProgramme.load(programme.id, sessionCriteria(filter, now), { first, after })),
  },
  Talk: {
    ...extendedEntity('Talk'),
    sessions: async (talk, { filter, first, after }, { loaders, now }) =>
      sessionConnection(await loaders.sessionsOfTalk.load(talk.id, sessionCriteria(filter, now), { first, after })),
  },
  Venue: {
    ...extendedEntity('Venue'),
    pairedSchools: async (venue, { first, after }, context) =>
      schoolsOf(await context.loaders.pairingsOfVenue.load(venue.id, { kinds: ['PARTNER_VENUE'], activeOn: dateInChina(context.now) }, { first, after }), context),
    pairings: async (venue, { filter, first, after }, { loaders, now }) => {
      const { rows, page } = await loaders.pairingsOfVenue.load(venue.id, pairingCriteria(filter, now), { first, after });
      return connectionOf(rows, page);
    },
    bookingRequests: async (venue, { filter, first, after }, { store, viewer }) => {
      const page = readPage({ first, after });
      return connectionOf(await store.bookingsPageOfVenue(venue.id, bookingCriteria(filter, viewer), page), page);
    },
  },
  Expert: {
    ...extendedEntity('Expert'),
    schools: async (expert, { first, after }, context) =>
      schoolsOf(await context.loaders.pairingsOfExpert.load(expert.id, { kinds: ['SCIENCE_VICE_PRINCIPAL'], activeOn: dateInChina(context.now) }, { first, after }), context),
  },
};

function sessionConnection({ rows, page }: ParentPage<BookingStoreSessionRow>) {
  return connectionOf(rows, page, (session) => [session.startsAt.toISOString(), session.id]);
}

type BookingStoreSessionRow = Awaited<ReturnType<BookingStore['sessionsPagesByProgramme']>>[number];

/** The schools at the other end of a page of pairings, keeping the pairings' cursors. */
async function schoolsOf({ rows, page }: ParentPage<PairingRow & { total: number }>, { loaders }: Context) {
  return mapNodes(connectionOf(rows, page), async (pairings) =>
    (await loaders.school.loadMany(pairings.map((pairing) => pairing.schoolId))).map((school) => {
      if (school === null || school instanceof Error) throw new Error('A pairing names a school that does not exist.');
      return school;
    }),
  );
}

/** The seats the session offers each kind of school now, the same for every caller. */
async function offered(session: SessionRow, { loaders, now }: Context): Promise<SeatsOnOffer> {
  const queue = (await loaders.seatQueue.load(session.id)) ?? { priorityHeld: 0, waiting: false, priorityWaiting: false };
  return seatsOnOffer(session, queue, now);
}

function sessionCriteria(filter: SessionFilter | null | undefined, now: Date): SessionCriteria {
  return {
    now,
    priorityOpenOnly: filter?.priorityOpenOnly ?? undefined,
    from: (filter?.from as Date | null | undefined) ?? now,
    to: (filter?.to as Date | null | undefined) ?? undefined,
    openOnly: filter?.openOnly ?? undefined,
    includeCancelled: filter?.includeCancelled ?? undefined,
  };
}

function bookingCriteria(filter: BookingFilter | null | undefined, viewer: Viewer): BookingCriteria {
  return {
    statuses: filter?.statuses ?? undefined,
    upcoming: filter?.upcoming ?? undefined,
    past: filter?.past ?? undefined,
    scope: bookingScope(viewer),
  };
}

/** A booking for those who may see it (its school, district, host or an administrator); null for anyone else. */
async function visibleBooking(id: number, { loaders, viewer }: Context): Promise<BookingRow | null> {
  const booking = await loaders.booking.load(id);
  if (!booking) return null;
  const [session, school] = await Promise.all([loaders.session.load(booking.sessionId), loaders.school.load(booking.schoolId)]);
  return maySeeBooking(viewer, booking, session!, school!) ? booking : null;
}

function pairingCriteria(filter: PairingFilter | null | undefined, now: Date): PairingCriteria {
  return { kinds: filter?.kinds ?? undefined, activeOn: filter?.activeOnly ? dateInChina(now) : undefined };
}

function schoolCriteria(filter: SchoolFilter | null | undefined) {
  return {
    cities: filter?.cities ?? undefined,
    districts: filter?.districts ?? undefined,
    stages: filter?.stages ?? undefined,
    rural: filter?.rural ?? undefined,
    underResourced: filter?.underResourced ?? undefined,
  };
}

/** The date coverage describes: today when not given, else a past date. */
function coverageDate(asOf: string | null | undefined, now: Date): string {
  const date = asOf ?? dateInChina(now);
  if (datesAreValid(date, null, ['asOf'])) throw badUserInput(`"${date.slice(0, 20)}" is not a date like 2026-11-01.`, 'asOf');
  if (date > dateInChina(now)) throw badUserInput(`Coverage is known up to today (${dateInChina(now)}), not for ${date}.`, 'asOf');
  return date;
}
