import { createHash } from 'node:crypto';
import { userError, type UserError } from '../../kit/graphql/errors.js';
import { toRowId } from '../../kit/graphql/ids.js';
import { failed, notFound, payload, succeeded, type Outcome } from '../../kit/graphql/payloads.js';
import { requireOwnership, requireRole } from '../../kit/graphql/permissions.js';
import { dateInChina } from '../../kit/graphql/scalars.js';
import type { Role, Viewer } from '../../kit/platform/viewer.js';
import type { MutationResolvers, RequestBookingInput } from './generated.js';
import { replay, type Authorize, type BookingRequest } from './ledger.js';
import type { OfferReference } from './offers.js';
import { targetStanding } from './coverage.js';
import { actorOf, hostsSession, mayBookFor, mayScheduleFor, overseesDistrict, speaksForSchool } from './permissions.js';
import type { Context } from './context.js';
import {
  capacityIsValid, datesAreValid, keptSeatsAreValid, firstBroken, targetIsValid, groupIsValid, offerIsBookable, timesAreValid,
  type BookingChange,
} from './rules.js';
import type { BookingRow, PairingRow, SessionRow, TargetStanding } from './rows.js';

/** Who runs sessions, and who speaks for a school. */
const HOSTS = ['venue', 'expert', 'admin'] as const;
const SCHOOL_SIDE = ['school', 'district', 'admin'] as const;

/** Thin resolvers: who may, what is asked, then the rules (rules.ts) and one transaction (ledger.ts). */
export const mutations: MutationResolvers<Context> = {
  requestBooking: async (_, { input }, context) => {
    const { viewer, store } = context;
    requireRole(viewer, ['school', 'admin']);
    const request = bookingRequest(input);
    requireOwnership(mayBookFor(viewer, request.schoolId), 'You can book only for your own school.');
    if (request.idempotencyKey) {
      const earlier = await store.bookingByKey(request.schoolId, request.idempotencyKey);
      if (earlier) return bookingPayload(replay(earlier, request));
    }
    const invalid = groupIsValid(request.students, request.teachers);
    if (invalid) return refusedBooking(invalid);
    return bookingPayload(await store.ledger.placeBooking(request, actorOf(viewer), store.offers), context);
  },

  confirmBooking: (_, { id }, context) => changeBooking(context, id, 'CONFIRMED', null, HOSTS, hostOnly(context.viewer)),

  declineBooking: (_, { id, reason }, context) => changeBooking(context, id, 'DECLINED', reason ?? null, HOSTS, hostOnly(context.viewer)),

  cancelBooking: async (_, { id, reason }, context) => {
    const { viewer } = context;
    const authorize: Authorize = (_booking, session, school) => {
      if (mayBookFor(viewer, school.id)) return null;
      requireOwnership(hostsSession(viewer, session), 'Only the school, or the venue or expert running the session, can cancel this booking.');
      return reason?.trim() ? null : userError('REASON_REQUIRED', 'Tell the school why its booking is cancelled.', ['reason']);
    };
    return changeBooking(context, id, 'CANCELLED', reason ?? null, [...SCHOOL_SIDE, ...HOSTS], authorize);
  },

  markAttendance: (_, { id, attended }, context) => changeBooking(context, id, attended ? 'ATTENDED' : 'NO_SHOW', null, HOSTS, hostOnly(context.viewer)),

  scheduleSession: async (_, { input }, { viewer, store, loaders }) => {
    requireRole(viewer, HOSTS);
    const offer = offerInput(input.programmeId, input.talkId);
    if ('code' in offer) return payload('session', failed<SessionRow>(offer));
    const { facts, refusal: unavailable } = await store.offers.judgeOffer(offer, (known) => offerIsBookable(known, ['input', 'programmeId' in offer ? 'programmeId' : 'talkId']));
    if (unavailable) return payload('session', failed<SessionRow>(unavailable));
    requireOwnership(mayScheduleFor(viewer, facts!), 'Only the venue offering it (or, for a talk, its expert) can schedule sessions of this.');
    const invalid = firstBroken(() => timesAreValid(input.startsAt, input.endsAt), () => capacityIsValid(input.capacity), () => keptSeatsAreValid(input));
    if (invalid) return payload('session', failed<SessionRow>(invalid));
    const outcome = await store.ledger.scheduleSession({
      programmeId: 'programmeId' in offer ? offer.programmeId : null,
      talkId: 'talkId' in offer ? offer.talkId : null,
      venueId: facts!.venueId,
      expertId: facts!.expertId,
      timeZone: facts!.timeZone,
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      capacity: input.capacity,
      confirmation: input.confirmation ?? 'AUTOMATIC',
      waitlist: input.waitlist ?? true,
      keptSeats: input.keptSeats ?? 0,
      keepDays: input.releaseKeptSeatsDaysBefore ?? 0,
      priorityWaitlist: input.priorityWaitlist ?? false,
    });
    return sessionPayload(outcome, loaders);
  },

  updateSession: async (_, { input }, { viewer, store, loaders }) => {
    requireRole(viewer, HOSTS);
    const outcome = await store.ledger.updateSession({
      sessionId: toRowId('Session', input.id),
      startsAt: input.startsAt ?? undefined,
      endsAt: input.endsAt ?? undefined,
      capacity: input.capacity ?? undefined,
      keptSeats: input.keptSeats ?? undefined,
      keepDays: input.releaseKeptSeatsDaysBefore ?? undefined,
      priorityWaitlist: input.priorityWaitlist ?? undefined,
      authorize: hostOf(viewer),
    });
    return sessionPayload(outcome, loaders);
  },

  cancelSession: async (_, { id, reason }, { viewer, store, loaders }) => {
    requireRole(viewer, HOSTS);
    const outcome = await store.ledger.cancelSession({ sessionId: toRowId('Session', id), reason, actor: actorOf(viewer), authorize: hostOf(viewer) });
    return sessionPayload(outcome, loaders);
  },

  createPairing: async (_, { input }, { viewer, store, loaders, now }) => {
    requireRole(viewer, SCHOOL_SIDE);
    const school = await loaders.school.load(toRowId('School', input.schoolId, 'schoolId'));
    if (!school) return refusedPairing(notFound('school', ['input', 'schoolId']));
    requireOwnership(speaksForSchool(viewer, school), 'Only the school, its district or an administrator can pair this school.');
    const partner = pairingPartner(input.kind, input.venueId, input.expertId);
    if ('code' in partner) return refusedPairing(partner);
    const refusal = await pairingRefusal(store, viewer, partner, input);
    if (refusal) return refusedPairing(refusal);
    const outcome = await store.ledger.createPairing({
      schoolId: school.id, kind: input.kind, venueId: 'venueId' in partner ? partner.venueId : null, expertId: 'expertId' in partner ? partner.expertId : null,
      startsOn: input.startsOn, endsOn: input.endsOn ?? null, note: input.note ?? '',
    }, dateInChina(now));
    return payload('pairing', outcome);
  },

  endPairing: async (_, { id, endsOn }, { viewer, store, loaders }) => {
    requireRole(viewer, SCHOOL_SIDE);
    const [pairing] = await store.pairingsByIds([toRowId('Pairing', id)]);
    if (!pairing) return refusedPairing(notFound('pairing'));
    const school = (await loaders.school.load(pairing.schoolId))!;
    requireOwnership(speaksForSchool(viewer, school), 'Only the school, its district or an administrator can end this pairing.');
    const invalid = datesAreValid(pairing.startsOn, endsOn, ['endsOn']);
    if (invalid) return refusedPairing(invalid);
    const outcome = await store.ledger.endPairing(pairing.id, endsOn);
    return payload('pairing', outcome);
  },

  setCoverageTarget: async (_, { input }, { viewer, store, loaders, now }) => {
    requireRole(viewer, ['district', 'admin']);
    requireOwnership(overseesDistrict(viewer, input.district), 'A district account sets the targets of its own district only.');
    const invalid = targetIsValid(input, dateInChina(now));
    if (invalid) return payload('target', failed<TargetStanding>(invalid));
    if (!(await store.districtHasSchools(input.district))) {
      return payload('target', failed<TargetStanding>(userError('UNKNOWN_DISTRICT', `No school in the catalogue is in the district "${input.district.slice(0, 40)}"; check its spelling.`, ['input', 'district'])));
    }
    const target = await store.setCoverageTarget({ district: input.district, measure: input.measure, percent: input.percent, dueOn: input.dueOn, setBy: actorOf(viewer) });
    loaders.coverage.clear();
    const coverage = await loaders.coverage.load(input.district, dateInChina(now));
    return payload('target', succeeded(targetStanding(target, coverage.measures.find((figure) => figure.measure === target.measure)!)));
  },
};

function bookingRequest(input: RequestBookingInput): BookingRequest {
  const sessionId = toRowId('Session', input.sessionId, 'sessionId');
  const teachers = input.teachers ?? 0;
  const note = input.note ?? '';
  return {
    sessionId, schoolId: toRowId('School', input.schoolId, 'schoolId'), students: input.students, teachers, note,
    idempotencyKey: input.idempotencyKey ?? null, fingerprint: fingerprint([sessionId, input.students, teachers, note]),
  };
}

async function changeBooking(context: Context, id: string, to: BookingChange, reason: string | null, roles: readonly Exclude<Role, 'anonymous'>[], authorize: Authorize) {
  requireRole(context.viewer, roles);
  const outcome = await context.store.ledger.changeBooking({ bookingId: toRowId('Booking', id), to, actor: actorOf(context.viewer), reason, authorize });
  return bookingPayload(outcome, context);
}

function hostOnly(viewer: Viewer): Authorize {
  return (_booking, session) => {
    requireOwnership(hostsSession(viewer, session), 'Only the venue or expert running this session can do this.');
    return null;
  };
}

function hostOf(viewer: Viewer) {
  return (session: SessionRow) => requireOwnership(hostsSession(viewer, session), 'Only the venue or expert running this session can change it.');
}

/** Dates that make sense and a partner in the catalogue. */
async function pairingRefusal(store: Context['store'], viewer: Viewer, partner: Partner, dates: { startsOn: string; endsOn?: string | null }): Promise<UserError | null> {
  const invalid = datesAreValid(dates.startsOn, dates.endsOn, ['input', 'endsOn']);
  if (invalid) return invalid;
  if (!(await store.offers.partnerExists(viewer, partner))) {
    return userError('PARTNER_NOT_FOUND', 'There is no venue or expert with this id that you can see (a draft shows to its owners only).', ['input', 'venueId' in partner ? 'venueId' : 'expertId']);
  }
  return null;
}

function refusedPairing(error: UserError) {
  return payload('pairing', failed<PairingRow>(error));
}

function refusedBooking(error: UserError) {
  return payload('booking', failed<BookingRow>(error));
}

/** The payload of a booking write; the row it returns is fresh, so this request's loaders forget what they had. */
function bookingPayload(outcome: Outcome<BookingRow>, context?: Context) {
  const booking = outcome.thing;
  if (booking && context) {
    context.loaders.booking.clear(booking.id).prime(booking.id, booking);
    context.loaders.session.clear(booking.sessionId);
    context.loaders.bookingHistory.clear(booking.id);
  }
  return payload('booking', outcome);
}

function sessionPayload(outcome: Outcome<SessionRow>, loaders: Context['loaders']) {
  const session = outcome.thing;
  if (session) loaders.session.clear(session.id).prime(session.id, session);
  return payload('session', outcome);
}

export function offerOf(session: SessionRow): OfferReference {
  return session.programmeId !== null ? { programmeId: session.programmeId } : { talkId: session.talkId! };
}

function offerInput(programmeId: string | null | undefined, talkId: string | null | undefined): OfferReference | UserError {
  if (programmeId && !talkId) return { programmeId: toRowId('Programme', programmeId, 'programmeId') };
  if (talkId && !programmeId) return { talkId: toRowId('Talk', talkId, 'talkId') };
  return userError('INVALID_OFFER', 'Name exactly one of programmeId and talkId.', ['input', 'programmeId']);
}

type Partner = { venueId: number } | { expertId: number };

function pairingPartner(kind: string, venueId: string | null | undefined, expertId: string | null | undefined): Partner | UserError {
  if (kind === 'PARTNER_VENUE' && venueId && !expertId) return { venueId: toRowId('Venue', venueId, 'venueId') };
  if (kind === 'SCIENCE_VICE_PRINCIPAL' && expertId && !venueId) return { expertId: toRowId('Expert', expertId, 'expertId') };
  return userError('INVALID_PAIRING', 'A PARTNER_VENUE pairing needs a venueId, a SCIENCE_VICE_PRINCIPAL pairing an expertId, and not both.', ['input', 'kind']);
}

/** What makes two booking requests the same request, for idempotency keys. */
function fingerprint(parts: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}
