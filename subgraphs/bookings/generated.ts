import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { SchoolRow, SessionRow, BookingRow, BookingEventRow, PairingRow, VenueReference, ProgrammeReference, TalkReference, ExpertReference, CoverageReport, SchoolCoverageRow, TargetStanding, EquityReport, VenueEquityRow } from './rows.js';
import type { Context } from './context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An instant in ISO 8601 with its offset, such as 2026-12-01T09:30:00+08:00. */
  DateTime: { input: Date; output: string; }
};

/** A school's request for seats in a session, through its life. */
export type Booking = {
  __typename?: 'Booking';
  /** An iCalendar (RFC 5545) VEVENT for a CONFIRMED booking, in the session's time zone; null otherwise. */
  calendar: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** Every change of status, oldest first. */
  history: Array<BookingEvent>;
  id: Scalars['ID']['output'];
  note: Scalars['String']['output'];
  /** Students and teachers: the seats this booking takes. */
  participants: Scalars['Int']['output'];
  school: School;
  session: Session;
  status: BookingStatus;
  students: Scalars['Int']['output'];
  teachers: Scalars['Int']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Its place in the session's waitlist (1 is next) while WAITLISTED; null otherwise. */
  waitlistPosition: Maybe<Scalars['Int']['output']>;
};

export type BookingConnection = {
  __typename?: 'BookingConnection';
  edges: Array<BookingEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type BookingEdge = {
  __typename?: 'BookingEdge';
  cursor: Scalars['String']['output'];
  node: Booking;
};

export type BookingEvent = {
  __typename?: 'BookingEvent';
  /** Who made the change: a school, venue or expert by its id (sch_1, ven_2, exp_3), district:<name>, admin:<subject> or system. */
  actor: Scalars['String']['output'];
  at: Scalars['DateTime']['output'];
  from: Maybe<BookingStatus>;
  reason: Maybe<Scalars['String']['output']>;
  to: BookingStatus;
};

export type BookingFilter = {
  /** Only bookings of sessions that have started. */
  past?: InputMaybe<Scalars['Boolean']['input']>;
  statuses?: InputMaybe<Array<BookingStatus>>;
  /** Only bookings of sessions that have not started yet. */
  upcoming?: InputMaybe<Scalars['Boolean']['input']>;
};

export type BookingPayload = {
  __typename?: 'BookingPayload';
  booking: Maybe<Booking>;
  userErrors: Array<UserError>;
};

export type BookingStatus =
  | 'ATTENDED'
  | 'CANCELLED'
  | 'CONFIRMED'
  | 'DECLINED'
  | 'NO_SHOW'
  | 'REQUESTED'
  | 'WAITLISTED';

export type ConfirmationMode =
  | 'APPROVAL'
  | 'AUTOMATIC';

/** What district coverage counts for each school. */
export type CoverageMeasure =
  /** Paired with at least one partner venue on the date. */
  | 'PARTNER_VENUE'
  /** An active science vice-principal on the date. */
  | 'SCIENCE_VICE_PRINCIPAL'
  /** At least one attended talk in the term, up to the date. */
  | 'TALK'
  /** At least one attended visit (a programme's session) in the term, up to the date. */
  | 'VISIT';

export type CoverageShare = {
  __typename?: 'CoverageShare';
  covered: Scalars['Int']['output'];
  percent: Scalars['Float']['output'];
  schools: Scalars['Int']['output'];
};

/** A district's goal: `percent` of its schools meet `measure` by `dueOn`. */
export type CoverageTarget = {
  __typename?: 'CoverageTarget';
  district: Scalars['String']['output'];
  dueOn: Scalars['String']['output'];
  /** Percentage points still to go; 0 once met. */
  gap: Scalars['Float']['output'];
  measure: CoverageMeasure;
  met: Scalars['Boolean']['output'];
  percent: Scalars['Float']['output'];
  /** Schools still to cover to meet the target. */
  schoolsShort: Scalars['Int']['output'];
  setAt: Scalars['DateTime']['output'];
  /** Who set it: district:<name> or admin:<subject>. */
  setBy: Scalars['String']['output'];
};

export type CoverageTargetPayload = {
  __typename?: 'CoverageTargetPayload';
  /** The target, with the district's gap to it today. */
  target: Maybe<CoverageTarget>;
  userErrors: Array<UserError>;
};

export type CreatePairingInput = {
  /** YYYY-MM-DD, or null for open-ended. */
  endsOn?: InputMaybe<Scalars['String']['input']>;
  /** The science vice-principal, for SCIENCE_VICE_PRINCIPAL. */
  expertId?: InputMaybe<Scalars['ID']['input']>;
  kind: PairingKind;
  note?: InputMaybe<Scalars['String']['input']>;
  schoolId: Scalars['ID']['input'];
  /** YYYY-MM-DD */
  startsOn: Scalars['String']['input'];
  /** The partner venue, for PARTNER_VENUE. */
  venueId?: InputMaybe<Scalars['ID']['input']>;
};

/** A district's schools against each coverage measure on one date. */
export type DistrictCoverage = {
  __typename?: 'DistrictCoverage';
  /** The date the figures describe, YYYY-MM-DD. */
  asOf: Scalars['String']['output'];
  district: Scalars['String']['output'];
  /**
   * Whether visits and talk seats reach the rural and under-resourced schools: the bookings of the
   * district's schools for sessions of the term up to `asOf` that stood CONFIRMED or ATTENDED on that
   * day, against each group's share of the district's schools and students; overall and per venue.
   */
  equity: DistrictEquity;
  /** One entry per measure, in the order of CoverageMeasure. */
  measures: Array<MeasureCoverage>;
  schoolCount: Scalars['Int']['output'];
  /** Each school's standing, by id; with `missing`, only the schools that lack that measure. */
  schools: SchoolCoverageConnection;
  studentCount: Scalars['Int']['output'];
  /** The district's targets, each with the gap left on `asOf`. */
  targets: Array<CoverageTarget>;
  /** The term `asOf` falls in: autumn runs 1 September to 31 January, spring 1 February to 31 August. */
  term: SchoolTerm;
};


/** A district's schools against each coverage measure on one date. */
export type DistrictCoverageSchoolsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  missing?: InputMaybe<CoverageMeasure>;
};

export type DistrictEquity = {
  __typename?: 'DistrictEquity';
  rural: EquityFigures;
  /** Every school of the district and every place given to them: the 100 % each share is of. */
  total: EquityFigures;
  underResourced: EquityFigures;
  /** The same figures for each venue the district's schools had places at, by venue id; schools and students stay the district's. */
  venues: VenueEquityConnection;
};


export type DistrictEquityVenuesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A group of schools: how many, their students, and the visits and talk seats they were given, each with its share of the district's total in percent (one decimal). */
export type EquityFigures = {
  __typename?: 'EquityFigures';
  schools: Scalars['Int']['output'];
  schoolsPercent: Scalars['Float']['output'];
  students: Scalars['Int']['output'];
  studentsPercent: Scalars['Float']['output'];
  /** Students and teachers booked into talks. */
  talkSeats: Scalars['Int']['output'];
  talkSeatsPercent: Scalars['Float']['output'];
  /** Students and teachers of those bookings. */
  visitSeats: Scalars['Int']['output'];
  visitSeatsPercent: Scalars['Float']['output'];
  /** Bookings of programme sessions (visits, lab sessions, courses). */
  visits: Scalars['Int']['output'];
  visitsPercent: Scalars['Float']['output'];
};

export type Expert = {
  __typename?: 'Expert';
  id: Scalars['ID']['output'];
  /** Schools this expert is the science vice-principal of. */
  schools: SchoolConnection;
};


export type ExpertSchoolsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type GeoPoint = {
  __typename?: 'GeoPoint';
  lat: Scalars['Float']['output'];
  lon: Scalars['Float']['output'];
};

export type MeasureCoverage = {
  __typename?: 'MeasureCoverage';
  /** Stages the district has schools of. */
  byStage: Array<StageCoverage>;
  covered: Scalars['Int']['output'];
  measure: CoverageMeasure;
  /** Schools without it; list them with DistrictCoverage.schools(missing:). */
  missing: Scalars['Int']['output'];
  /** covered / schools in percent, one decimal; 0 for no schools. */
  percent: Scalars['Float']['output'];
  rural: CoverageShare;
  schools: Scalars['Int']['output'];
  underResourced: CoverageShare;
  urban: CoverageShare;
};

/**
 * Booking, scheduling and pairing. Every mutation needs a signed-in caller (otherwise the GraphQL error
 * UNAUTHENTICATED) acting on what is its own (otherwise FORBIDDEN, and nothing changes). Business
 * refusals come back in `userErrors` with one of these stable codes, and then nothing was written:
 *
 * - NOT_FOUND: no session, booking, school or pairing with that id.
 * - SESSION_CLOSED: the session has started, ended or was cancelled.
 * - SESSION_FULL: not enough seats left and the session keeps no waitlist.
 * - OFFER_NOT_AVAILABLE: the programme or talk is unknown or not published, or its venue (the talk's expert) is not.
 * - VENUE_NOT_BOOKABLE: the venue is blacklisted or suspended.
 * - INVALID_GROUP: students must be at least 1 and teachers at least 0.
 * - GROUP_TOO_SMALL / GROUP_TOO_LARGE: participants (students and teachers) outside the programme's group size, or over a talk's audience.
 * - GRADE_BAND_MISMATCH: the programme or talk is not for the school's stage.
 * - ALREADY_BOOKED: the school already has an active booking (requested, confirmed or waitlisted) for this session.
 * - IDEMPOTENCY_KEY_REUSED: the school used this idempotency key for a different request.
 * - INVALID_TRANSITION: the booking's status does not allow this change (such as confirming a cancelled booking).
 * - REASON_REQUIRED: a venue or expert cancelling a school's booking, or anyone cancelling a session, must say why.
 * - SESSION_NOT_STARTED: attendance can be marked only once the session has started.
 * - INVALID_CAPACITY: capacity must be at least 1.
 * - INVALID_KEPT_SEATS: kept seats are 0 to the capacity, released 0 to 365 days before the start.
 * - CAPACITY_BELOW_HELD: the new capacity is below the seats requested and confirmed bookings already hold.
 * - INVALID_TIMES: the end must be after the start, and a new session must start in the future.
 * - INVALID_OFFER: name exactly one of programmeId and talkId.
 * - INVALID_PAIRING: a PARTNER_VENUE pairing needs a venueId, a SCIENCE_VICE_PRINCIPAL one an expertId, not both.
 * - PARTNER_NOT_FOUND: the venue or expert to pair with is unknown or not published.
 * - ALREADY_PAIRED: the school already has an active pairing with this partner.
 * - INVALID_DATES: dates are YYYY-MM-DD and a pairing cannot end before it starts.
 * - INVALID_PERCENT: a coverage target is a percentage above 0 and at most 100.
 * - DEADLINE_IN_PAST: a coverage target's due date is today or later.
 * - UNKNOWN_DISTRICT: the district has no schools in the catalogue.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** Cancels a booking: by the school, or by the session's venue or expert with a reason; freed seats go to the waitlist. */
  cancelBooking: BookingPayload;
  /** Cancels a session and every active booking of it, each with this reason. */
  cancelSession: SessionPayload;
  /** Confirms a REQUESTED booking (the session's venue or expert). */
  confirmBooking: BookingPayload;
  /** Pairs a school with a partner venue or appoints an expert its science vice-principal (the school, its district or an administrator). */
  createPairing: PairingPayload;
  /** Declines a REQUESTED or WAITLISTED booking (the session's venue or expert); freed seats go to the waitlist. */
  declineBooking: BookingPayload;
  /** Ends a pairing on a date (the school, its district or an administrator). */
  endPairing: PairingPayload;
  /** Records whether a confirmed class came (ATTENDED) or not (NO_SHOW), once the session has started. */
  markAttendance: BookingPayload;
  /**
   * Asks for seats for a class. With enough seats the booking is CONFIRMED (AUTOMATIC sessions) or
   * REQUESTED, holding its seats until the venue decides (APPROVAL sessions); otherwise it is
   * WAITLISTED behind earlier requests, or refused with SESSION_FULL when the session keeps no waitlist.
   * Once anyone waits, later requests wait too, so seats go in order of arrival.
   */
  requestBooking: BookingPayload;
  /** Opens a session of a programme (by its venue) or a talk (by its expert or the expert's venue). */
  scheduleSession: SessionPayload;
  /** Sets a district's target for one coverage measure, replacing the one before (the district's account or an administrator). */
  setCoverageTarget: CoverageTargetPayload;
  /**
   * Moves a session, changes its capacity or the seats it keeps; seats this frees (more capacity,
   * fewer kept seats, kept seats released sooner) go to the waitlist in its order, as when kept seats
   * are released; capacity below the seats held is refused.
   */
  updateSession: SessionPayload;
};


/**
 * Booking, scheduling and pairing. Every mutation needs a signed-in caller (otherwise the GraphQL error
 * UNAUTHENTICATED) acting on what is its own (otherwise FORBIDDEN, and nothing changes). Business
 * refusals come back in `userErrors` with one of these stable codes, and then nothing was written:
 *
 * - NOT_FOUND: no session, booking, school or pairing with that id.
 * - SESSION_CLOSED: the session has started, ended or was cancelled.
 * - SESSION_FULL: not enough seats left and the session keeps no waitlist.
 * - OFFER_NOT_AVAILABLE: the programme or talk is unknown or not published, or its venue (the talk's expert) is not.
 * - VENUE_NOT_BOOKABLE: the venue is blacklisted or suspended.
 * - INVALID_GROUP: students must be at least 1 and teachers at least 0.
 * - GROUP_TOO_SMALL / GROUP_TOO_LARGE: participants (students and teachers) outside the programme's group size, or over a talk's audience.
 * - GRADE_BAND_MISMATCH: the programme or talk is not for the school's stage.
 * - ALREADY_BOOKED: the school already has an active booking (requested, confirmed or waitlisted) for this session.
 * - IDEMPOTENCY_KEY_REUSED: the school used this idempotency key for a different request.
 * - INVALID_TRANSITION: the booking's status does not allow this change (such as confirming a cancelled booking).
 * - REASON_REQUIRED: a venue or expert cancelling a school's booking, or anyone cancelling a session, must say why.
 * - SESSION_NOT_STARTED: attendance can be marked only once the session has started.
 * - INVALID_CAPACITY: capacity must be at least 1.
 * - INVALID_KEPT_SEATS: kept seats are 0 to the capacity, released 0 to 365 days before the start.
 * - CAPACITY_BELOW_HELD: the new capacity is below the seats requested and confirmed bookings already hold.
 * - INVALID_TIMES: the end must be after the start, and a new session must start in the future.
 * - INVALID_OFFER: name exactly one of programmeId and talkId.
 * - INVALID_PAIRING: a PARTNER_VENUE pairing needs a venueId, a SCIENCE_VICE_PRINCIPAL one an expertId, not both.
 * - PARTNER_NOT_FOUND: the venue or expert to pair with is unknown or not published.
 * - ALREADY_PAIRED: the school already has an active pairing with this partner.
 * - INVALID_DATES: dates are YYYY-MM-DD and a pairing cannot end before it starts.
 * - INVALID_PERCENT: a coverage target is a percentage above 0 and at most 100.
 * - DEADLINE_IN_PAST: a coverage target's due date is today or later.
 * - UNKNOWN_DISTRICT: the district has no schools in the catalogue.
 */
export type MutationCancelBookingArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Booking, scheduling and pairing. Every mutation needs a signed-in caller (otherwise the GraphQL error
 * UNAUTHENTICATED) acting on what is its own (otherwise FORBIDDEN, and nothing changes). Business
 * refusals come back in `userErrors` with one of these stable codes, and then nothing was written:
 *
 * - NOT_FOUND: no session, booking, school or pairing with that id.
 * - SESSION_CLOSED: the session has started, ended or was cancelled.
 * - SESSION_FULL: not enough seats left and the session keeps no waitlist.
 * - OFFER_NOT_AVAILABLE: the programme or talk is unknown or not published, or its venue (the talk's expert) is not.
 * - VENUE_NOT_BOOKABLE: the venue is blacklisted or suspended.
 * - INVALID_GROUP: students must be at least 1 and teachers at least 0.
 * - GROUP_TOO_SMALL / GROUP_TOO_LARGE: participants (students and teachers) outside the programme's group size, or over a talk's audience.
 * - GRADE_BAND_MISMATCH: the programme or talk is not for the school's stage.
 * - ALREADY_BOOKED: the school already has an active booking (requested, confirmed or waitlisted) for this session.
 * - IDEMPOTENCY_KEY_REUSED: the school used this idempotency key for a different request.
 * - INVALID_TRANSITION: the booking's status does not allow this change (such as confirming a cancelled booking).
 * - REASON_REQUIRED: a venue or expert cancelling a school's booking, or anyone cancelling a session, must say why.
 * - SESSION_NOT_STARTED: attendance can be marked only once the session has started.
 * - INVALID_CAPACITY: capacity must be at least 1.
 * - INVALID_KEPT_SEATS: kept seats are 0 to the capacity, released 0 to 365 days before the start.
 * - CAPACITY_BELOW_HELD: the new capacity is below the seats requested and confirmed bookings already hold.
 * - INVALID_TIMES: the end must be after the start, and a new session must start in the future.
 * - INVALID_OFFER: name exactly one of programmeId and talkId.
 * - INVALID_PAIRING: a PARTNER_VENUE pairing needs a venueId, a SCIENCE_VICE_PRINCIPAL one an expertId, not both.
 * - PARTNER_NOT_FOUND: the venue or expert to pair with is unknown or not published.
 * - ALREADY_PAIRED: the school already has an active pairing with this partner.
 * - INVALID_DATES: dates are YYYY-MM-DD and a pairing cannot end before it starts.
 * - INVALID_PERCENT: a coverage target is a percentage above 0 and at most 100.
 * - DEADLINE_IN_PAST: a coverage target's due date is today or later.
 * - UNKNOWN_DISTRICT: the district has no schools in the catalogue.
 */
export type MutationCancelSessionArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/**
 * Booking, scheduling and pairing. Every mutation needs a signed-in caller (otherwise the GraphQL error
 * UNAUTHENTICATED) acting on what is its own (otherwise FORBIDDEN, and nothing changes). Business
 * refusals come back in `userErrors` with one of these stable codes, and then nothing was written:
 *
 * - NOT_FOUND: no session, booking, school or pairing with that id.
 * - SESSION_CLOSED: the session has started, ended or was cancelled.
 * - SESSION_FULL: not enough seats left and the session keeps no waitlist.
 * - OFFER_NOT_AVAILABLE: the programme or talk is unknown or not published, or its venue (the talk's expert) is not.
 * - VENUE_NOT_BOOKABLE: the venue is blacklisted or suspended.
 * - INVALID_GROUP: students must be at least 1 and teachers at least 0.
 * - GROUP_TOO_SMALL / GROUP_TOO_LARGE: participants (students and teachers) outside the programme's group size, or over a talk's audience.
 * - GRADE_BAND_MISMATCH: the programme or talk is not for the school's stage.
 * - ALREADY_BOOKED: the school already has an active booking (requested, confirmed or waitlisted) for this session.
 * - IDEMPOTENCY_KEY_REUSED: the school used this idempotency key for a different request.
 * - INVALID_TRANSITION: the booking's status does not allow this change (such as confirming a cancelled booking).
 * - REASON_REQUIRED: a venue or expert cancelling a school's booking, or anyone cancelling a session, must say why.
 * - SESSION_NOT_STARTED: attendance can be marked only once the session has started.
 * - INVALID_CAPACITY: capacity must be at least 1.
 * - INVALID_KEPT_SEATS: kept seats are 0 to the capacity, released 0 to 365 days before the start.
 * - CAPACITY_BELOW_HELD: the new capacity is below the seats requested and confirmed bookings already hold.
 * - INVALID_TIMES: the end must be after the start, and a new session must start in the future.
 * - INVALID_OFFER: name exactly one of programmeId and talkId.
 * - INVALID_PAIRING: a PARTNER_VENUE pairing needs a venueId, a SCIENCE_VICE_PRINCIPAL one an expertId, not both.
 * - PARTNER_NOT_FOUND: the venue or expert to pair with is unknown or not published.
 * - ALREADY_PAIRED: the school already has an active pairing with this partner.
 * - INVALID_DATES: dates are YYYY-MM-DD and a pairing cannot end before it starts.
 * - INVALID_PERCENT: a coverage target is a percentage above 0 and at most 100.
 * - DEADLINE_IN_PAST: a coverage target's due date is today or later.
 * - UNKNOWN_DISTRICT: the district has no schools in the catalogue.
 */
export type MutationConfirmBookingArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Booking, scheduling and pairing. Every mutation needs a signed-in caller (otherwise the GraphQL error
 * UNAUTHENTICATED) acting on what is its own (otherwise FORBIDDEN, and nothing changes). Business
 * refusals come back in `userErrors` with one of these stable codes, and then nothing was written:
 *
 * - NOT_FOUND: no session, booking, school or pairing with that id.
 * - SESSION_CLOSED: the session has started, ended or was cancelled.
 * - SESSION_FULL: not enough seats left and the session keeps no waitlist.
 * - OFFER_NOT_AVAILABLE: the programme or talk is unknown or not published, or its venue (the talk's expert) is not.
 * - VENUE_NOT_BOOKABLE: the venue is blacklisted or suspended.
 * - INVALID_GROUP: students must be at least 1 and teachers at least 0.
 * - GROUP_TOO_SMALL / GROUP_TOO_LARGE: participants (students and teachers) outside the programme's group size, or over a talk's audience.
 * - GRADE_BAND_MISMATCH: the programme or talk is not for the school's stage.
 * - ALREADY_BOOKED: the school already has an active booking (requested, confirmed or waitlisted) for this session.
 * - IDEMPOTENCY_KEY_REUSED: the school used this idempotency key for a different request.
 * - INVALID_TRANSITION: the booking's status does not allow this change (such as confirming a cancelled booking).
 * - REASON_REQUIRED: a venue or expert cancelling a school's booking, or anyone cancelling a session, must say why.
 * - SESSION_NOT_STARTED: attendance can be marked only once the session has started.
 * - INVALID_CAPACITY: capacity must be at least 1.
 * - INVALID_KEPT_SEATS: kept seats are 0 to the capacity, released 0 to 365 days before the start.
 * - CAPACITY_BELOW_HELD: the new capacity is below the seats requested and confirmed bookings already hold.
 * - INVALID_TIMES: the end must be after the start, and a new session must start in the future.
 * - INVALID_OFFER: name exactly one of programmeId and talkId.
 * - INVALID_PAIRING: a PARTNER_VENUE pairing needs a venueId, a SCIENCE_VICE_PRINCIPAL one an expertId, not both.
 * - PARTNER_NOT_FOUND: the venue or expert to pair with is unknown or not published.
 * - ALREADY_PAIRED: the school already has an active pairing with this partner.
 * - INVALID_DATES: dates are YYYY-MM-DD and a pairing cannot end before it starts.
 * - INVALID_PERCENT: a coverage target is a percentage above 0 and at most 100.
 * - DEADLINE_IN_PAST: a coverage target's due date is today or later.
 * - UNKNOWN_DISTRICT: the district has no schools in the catalogue.
 */
export type MutationCreatePairingArgs = {
  input: CreatePairingInput;
};


/**
 * Booking, scheduling and pairing. Every mutation needs a signed-in caller (otherwise the GraphQL error
 * UNAUTHENTICATED) acting on what is its own (otherwise FORBIDDEN, and nothing changes). Business
 * refusals come back in `userErrors` with one of these stable codes, and then nothing was written:
 *
 * - NOT_FOUND: no session, booking, school or pairing with that id.
 * - SESSION_CLOSED: the session has started, ended or was cancelled.
 * - SESSION_FULL: not enough seats left and the session keeps no waitlist.
 * - OFFER_NOT_AVAILABLE: the programme or talk is unknown or not published, or its venue (the talk's expert) is not.
 * - VENUE_NOT_BOOKABLE: the venue is blacklisted or suspended.
 * - INVALID_GROUP: students must be at least 1 and teachers at least 0.
 * - GROUP_TOO_SMALL / GROUP_TOO_LARGE: participants (students and teachers) outside the programme's group size, or over a talk's audience.
 * - GRADE_BAND_MISMATCH: the programme or talk is not for the school's stage.
 * - ALREADY_BOOKED: the school already has an active booking (requested, confirmed or waitlisted) for this session.
 * - IDEMPOTENCY_KEY_REUSED: the school used this idempotency key for a different request.
 * - INVALID_TRANSITION: the booking's status does not allow this change (such as confirming a cancelled booking).
 * - REASON_REQUIRED: a venue or expert cancelling a school's booking, or anyone cancelling a session, must say why.
 * - SESSION_NOT_STARTED: attendance can be marked only once the session has started.
 * - INVALID_CAPACITY: capacity must be at least 1.
 * - INVALID_KEPT_SEATS: kept seats are 0 to the capacity, released 0 to 365 days before the start.
 * - CAPACITY_BELOW_HELD: the new capacity is below the seats requested and confirmed bookings already hold.
 * - INVALID_TIMES: the end must be after the start, and a new session must start in the future.
 * - INVALID_OFFER: name exactly one of programmeId and talkId.
 * - INVALID_PAIRING: a PARTNER_VENUE pairing needs a venueId, a SCIENCE_VICE_PRINCIPAL one an expertId, not both.
 * - PARTNER_NOT_FOUND: the venue or expert to pair with is unknown or not published.
 * - ALREADY_PAIRED: the school already has an active pairing with this partner.
 * - INVALID_DATES: dates are YYYY-MM-DD and a pairing cannot end before it starts.
 * - INVALID_PERCENT: a coverage target is a percentage above 0 and at most 100.
 * - DEADLINE_IN_PAST: a coverage target's due date is today or later.
 * - UNKNOWN_DISTRICT: the district has no schools in the catalogue.
 */
export type MutationDeclineBookingArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Booking, scheduling and pairing. Every mutation needs a signed-in caller (otherwise the GraphQL error
 * UNAUTHENTICATED) acting on what is its own (otherwise FORBIDDEN, and nothing changes). Business
 * refusals come back in `userErrors` with one of these stable codes, and then nothing was written:
 *
 * - NOT_FOUND: no session, booking, school or pairing with that id.
 * - SESSION_CLOSED: the session has started, ended or was cancelled.
 * - SESSION_FULL: not enough seats left and the session keeps no waitlist.
 * - OFFER_NOT_AVAILABLE: the programme or talk is unknown or not published, or its venue (the talk's expert) is not.
 * - VENUE_NOT_BOOKABLE: the venue is blacklisted or suspended.
 * - INVALID_GROUP: students must be at least 1 and teachers at least 0.
 * - GROUP_TOO_SMALL / GROUP_TOO_LARGE: participants (students and teachers) outside the programme's group size, or over a talk's audience.
 * - GRADE_BAND_MISMATCH: the programme or talk is not for the school's stage.
 * - ALREADY_BOOKED: the school already has an active booking (requested, confirmed or waitlisted) for this session.
 * - IDEMPOTENCY_KEY_REUSED: the school used this idempotency key for a different request.
 * - INVALID_TRANSITION: the booking's status does not allow this change (such as confirming a cancelled booking).
 * - REASON_REQUIRED: a venue or expert cancelling a school's booking, or anyone cancelling a session, must say why.
 * - SESSION_NOT_STARTED: attendance can be marked only once the session has started.
 * - INVALID_CAPACITY: capacity must be at least 1.
 * - INVALID_KEPT_SEATS: kept seats are 0 to the capacity, released 0 to 365 days before the start.
 * - CAPACITY_BELOW_HELD: the new capacity is below the seats requested and confirmed bookings already hold.
 * - INVALID_TIMES: the end must be after the start, and a new session must start in the future.
 * - INVALID_OFFER: name exactly one of programmeId and talkId.
 * - INVALID_PAIRING: a PARTNER_VENUE pairing needs a venueId, a SCIENCE_VICE_PRINCIPAL one an expertId, not both.
 * - PARTNER_NOT_FOUND: the venue or expert to pair with is unknown or not published.
 * - ALREADY_PAIRED: the school already has an active pairing with this partner.
 * - INVALID_DATES: dates are YYYY-MM-DD and a pairing cannot end before it starts.
 * - INVALID_PERCENT: a coverage target is a percentage above 0 and at most 100.
 * - DEADLINE_IN_PAST: a coverage target's due date is today or later.
 * - UNKNOWN_DISTRICT: the district has no schools in the catalogue.
 */
export type MutationEndPairingArgs = {
  endsOn: Scalars['String']['input'];
  id: Scalars['ID']['input'];
};


/**
 * Booking, scheduling and pairing. Every mutation needs a signed-in caller (otherwise the GraphQL error
 * UNAUTHENTICATED) acting on what is its own (otherwise FORBIDDEN, and nothing changes). Business
 * refusals come back in `userErrors` with one of these stable codes, and then nothing was written:
 *
 * - NOT_FOUND: no session, booking, school or pairing with that id.
 * - SESSION_CLOSED: the session has started, ended or was cancelled.
 * - SESSION_FULL: not enough seats left and the session keeps no waitlist.
 * - OFFER_NOT_AVAILABLE: the programme or talk is unknown or not published, or its venue (the talk's expert) is not.
 * - VENUE_NOT_BOOKABLE: the venue is blacklisted or suspended.
 * - INVALID_GROUP: students must be at least 1 and teachers at least 0.
 * - GROUP_TOO_SMALL / GROUP_TOO_LARGE: participants (students and teachers) outside the programme's group size, or over a talk's audience.
 * - GRADE_BAND_MISMATCH: the programme or talk is not for the school's stage.
 * - ALREADY_BOOKED: the school already has an active booking (requested, confirmed or waitlisted) for this session.
 * - IDEMPOTENCY_KEY_REUSED: the school used this idempotency key for a different request.
 * - INVALID_TRANSITION: the booking's status does not allow this change (such as confirming a cancelled booking).
 * - REASON_REQUIRED: a venue or expert cancelling a school's booking, or anyone cancelling a session, must say why.
 * - SESSION_NOT_STARTED: attendance can be marked only once the session has started.
 * - INVALID_CAPACITY: capacity must be at least 1.
 * - INVALID_KEPT_SEATS: kept seats are 0 to the capacity, released 0 to 365 days before the start.
 * - CAPACITY_BELOW_HELD: the new capacity is below the seats requested and confirmed bookings already hold.
 * - INVALID_TIMES: the end must be after the start, and a new session must start in the future.
 * - INVALID_OFFER: name exactly one of programmeId and talkId.
 * - INVALID_PAIRING: a PARTNER_VENUE pairing needs a venueId, a SCIENCE_VICE_PRINCIPAL one an expertId, not both.
 * - PARTNER_NOT_FOUND: the venue or expert to pair with is unknown or not published.
 * - ALREADY_PAIRED: the school already has an active pairing with this partner.
 * - INVALID_DATES: dates are YYYY-MM-DD and a pairing cannot end before it starts.
 * - INVALID_PERCENT: a coverage target is a percentage above 0 and at most 100.
 * - DEADLINE_IN_PAST: a coverage target's due date is today or later.
 * - UNKNOWN_DISTRICT: the district has no schools in the catalogue.
 */
export type MutationMarkAttendanceArgs = {
  attended: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};


/**
 * Booking, scheduling and pairing. Every mutation needs a signed-in caller (otherwise the GraphQL error
 * UNAUTHENTICATED) acting on what is its own (otherwise FORBIDDEN, and nothing changes). Business
 * refusals come back in `userErrors` with one of these stable codes, and then nothing was written:
 *
 * - NOT_FOUND: no session, booking, school or pairing with that id.
 * - SESSION_CLOSED: the session has started, ended or was cancelled.
 * - SESSION_FULL: not enough seats left and the session keeps no waitlist.
 * - OFFER_NOT_AVAILABLE: the programme or talk is unknown or not published, or its venue (the talk's expert) is not.
 * - VENUE_NOT_BOOKABLE: the venue is blacklisted or suspended.
 * - INVALID_GROUP: students must be at least 1 and teachers at least 0.
 * - GROUP_TOO_SMALL / GROUP_TOO_LARGE: participants (students and teachers) outside the programme's group size, or over a talk's audience.
 * - GRADE_BAND_MISMATCH: the programme or talk is not for the school's stage.
 * - ALREADY_BOOKED: the school already has an active booking (requested, confirmed or waitlisted) for this session.
 * - IDEMPOTENCY_KEY_REUSED: the school used this idempotency key for a different request.
 * - INVALID_TRANSITION: the booking's status does not allow this change (such as confirming a cancelled booking).
 * - REASON_REQUIRED: a venue or expert cancelling a school's booking, or anyone cancelling a session, must say why.
 * - SESSION_NOT_STARTED: attendance can be marked only once the session has started.
 * - INVALID_CAPACITY: capacity must be at least 1.
 * - INVALID_KEPT_SEATS: kept seats are 0 to the capacity, released 0 to 365 days before the start.
 * - CAPACITY_BELOW_HELD: the new capacity is below the seats requested and confirmed bookings already hold.
 * - INVALID_TIMES: the end must be after the start, and a new session must start in the future.
 * - INVALID_OFFER: name exactly one of programmeId and talkId.
 * - INVALID_PAIRING: a PARTNER_VENUE pairing needs a venueId, a SCIENCE_VICE_PRINCIPAL one an expertId, not both.
 * - PARTNER_NOT_FOUND: the venue or expert to pair with is unknown or not published.
 * - ALREADY_PAIRED: the school already has an active pairing with this partner.
 * - INVALID_DATES: dates are YYYY-MM-DD and a pairing cannot end before it starts.
 * - INVALID_PERCENT: a coverage target is a percentage above 0 and at most 100.
 * - DEADLINE_IN_PAST: a coverage target's due date is today or later.
 * - UNKNOWN_DISTRICT: the district has no schools in the catalogue.
 */
export type MutationRequestBookingArgs = {
  input: RequestBookingInput;
};


/**
 * Booking, scheduling and pairing. Every mutation needs a signed-in caller (otherwise the GraphQL error
 * UNAUTHENTICATED) acting on what is its own (otherwise FORBIDDEN, and nothing changes). Business
 * refusals come back in `userErrors` with one of these stable codes, and then nothing was written:
 *
 * - NOT_FOUND: no session, booking, school or pairing with that id.
 * - SESSION_CLOSED: the session has started, ended or was cancelled.
 * - SESSION_FULL: not enough seats left and the session keeps no waitlist.
 * - OFFER_NOT_AVAILABLE: the programme or talk is unknown or not published, or its venue (the talk's expert) is not.
 * - VENUE_NOT_BOOKABLE: the venue is blacklisted or suspended.
 * - INVALID_GROUP: students must be at least 1 and teachers at least 0.
 * - GROUP_TOO_SMALL / GROUP_TOO_LARGE: participants (students and teachers) outside the programme's group size, or over a talk's audience.
 * - GRADE_BAND_MISMATCH: the programme or talk is not for the school's stage.
 * - ALREADY_BOOKED: the school already has an active booking (requested, confirmed or waitlisted) for this session.
 * - IDEMPOTENCY_KEY_REUSED: the school used this idempotency key for a different request.
 * - INVALID_TRANSITION: the booking's status does not allow this change (such as confirming a cancelled booking).
 * - REASON_REQUIRED: a venue or expert cancelling a school's booking, or anyone cancelling a session, must say why.
 * - SESSION_NOT_STARTED: attendance can be marked only once the session has started.
 * - INVALID_CAPACITY: capacity must be at least 1.
 * - INVALID_KEPT_SEATS: kept seats are 0 to the capacity, released 0 to 365 days before the start.
 * - CAPACITY_BELOW_HELD: the new capacity is below the seats requested and confirmed bookings already hold.
 * - INVALID_TIMES: the end must be after the start, and a new session must start in the future.
 * - INVALID_OFFER: name exactly one of programmeId and talkId.
 * - INVALID_PAIRING: a PARTNER_VENUE pairing needs a venueId, a SCIENCE_VICE_PRINCIPAL one an expertId, not both.
 * - PARTNER_NOT_FOUND: the venue or expert to pair with is unknown or not published.
 * - ALREADY_PAIRED: the school already has an active pairing with this partner.
 * - INVALID_DATES: dates are YYYY-MM-DD and a pairing cannot end before it starts.
 * - INVALID_PERCENT: a coverage target is a percentage above 0 and at most 100.
 * - DEADLINE_IN_PAST: a coverage target's due date is today or later.
 * - UNKNOWN_DISTRICT: the district has no schools in the catalogue.
 */
export type MutationScheduleSessionArgs = {
  input: ScheduleSessionInput;
};


/**
 * Booking, scheduling and pairing. Every mutation needs a signed-in caller (otherwise the GraphQL error
 * UNAUTHENTICATED) acting on what is its own (otherwise FORBIDDEN, and nothing changes). Business
 * refusals come back in `userErrors` with one of these stable codes, and then nothing was written:
 *
 * - NOT_FOUND: no session, booking, school or pairing with that id.
 * - SESSION_CLOSED: the session has started, ended or was cancelled.
 * - SESSION_FULL: not enough seats left and the session keeps no waitlist.
 * - OFFER_NOT_AVAILABLE: the programme or talk is unknown or not published, or its venue (the talk's expert) is not.
 * - VENUE_NOT_BOOKABLE: the venue is blacklisted or suspended.
 * - INVALID_GROUP: students must be at least 1 and teachers at least 0.
 * - GROUP_TOO_SMALL / GROUP_TOO_LARGE: participants (students and teachers) outside the programme's group size, or over a talk's audience.
 * - GRADE_BAND_MISMATCH: the programme or talk is not for the school's stage.
 * - ALREADY_BOOKED: the school already has an active booking (requested, confirmed or waitlisted) for this session.
 * - IDEMPOTENCY_KEY_REUSED: the school used this idempotency key for a different request.
 * - INVALID_TRANSITION: the booking's status does not allow this change (such as confirming a cancelled booking).
 * - REASON_REQUIRED: a venue or expert cancelling a school's booking, or anyone cancelling a session, must say why.
 * - SESSION_NOT_STARTED: attendance can be marked only once the session has started.
 * - INVALID_CAPACITY: capacity must be at least 1.
 * - INVALID_KEPT_SEATS: kept seats are 0 to the capacity, released 0 to 365 days before the start.
 * - CAPACITY_BELOW_HELD: the new capacity is below the seats requested and confirmed bookings already hold.
 * - INVALID_TIMES: the end must be after the start, and a new session must start in the future.
 * - INVALID_OFFER: name exactly one of programmeId and talkId.
 * - INVALID_PAIRING: a PARTNER_VENUE pairing needs a venueId, a SCIENCE_VICE_PRINCIPAL one an expertId, not both.
 * - PARTNER_NOT_FOUND: the venue or expert to pair with is unknown or not published.
 * - ALREADY_PAIRED: the school already has an active pairing with this partner.
 * - INVALID_DATES: dates are YYYY-MM-DD and a pairing cannot end before it starts.
 * - INVALID_PERCENT: a coverage target is a percentage above 0 and at most 100.
 * - DEADLINE_IN_PAST: a coverage target's due date is today or later.
 * - UNKNOWN_DISTRICT: the district has no schools in the catalogue.
 */
export type MutationSetCoverageTargetArgs = {
  input: SetCoverageTargetInput;
};


/**
 * Booking, scheduling and pairing. Every mutation needs a signed-in caller (otherwise the GraphQL error
 * UNAUTHENTICATED) acting on what is its own (otherwise FORBIDDEN, and nothing changes). Business
 * refusals come back in `userErrors` with one of these stable codes, and then nothing was written:
 *
 * - NOT_FOUND: no session, booking, school or pairing with that id.
 * - SESSION_CLOSED: the session has started, ended or was cancelled.
 * - SESSION_FULL: not enough seats left and the session keeps no waitlist.
 * - OFFER_NOT_AVAILABLE: the programme or talk is unknown or not published, or its venue (the talk's expert) is not.
 * - VENUE_NOT_BOOKABLE: the venue is blacklisted or suspended.
 * - INVALID_GROUP: students must be at least 1 and teachers at least 0.
 * - GROUP_TOO_SMALL / GROUP_TOO_LARGE: participants (students and teachers) outside the programme's group size, or over a talk's audience.
 * - GRADE_BAND_MISMATCH: the programme or talk is not for the school's stage.
 * - ALREADY_BOOKED: the school already has an active booking (requested, confirmed or waitlisted) for this session.
 * - IDEMPOTENCY_KEY_REUSED: the school used this idempotency key for a different request.
 * - INVALID_TRANSITION: the booking's status does not allow this change (such as confirming a cancelled booking).
 * - REASON_REQUIRED: a venue or expert cancelling a school's booking, or anyone cancelling a session, must say why.
 * - SESSION_NOT_STARTED: attendance can be marked only once the session has started.
 * - INVALID_CAPACITY: capacity must be at least 1.
 * - INVALID_KEPT_SEATS: kept seats are 0 to the capacity, released 0 to 365 days before the start.
 * - CAPACITY_BELOW_HELD: the new capacity is below the seats requested and confirmed bookings already hold.
 * - INVALID_TIMES: the end must be after the start, and a new session must start in the future.
 * - INVALID_OFFER: name exactly one of programmeId and talkId.
 * - INVALID_PAIRING: a PARTNER_VENUE pairing needs a venueId, a SCIENCE_VICE_PRINCIPAL one an expertId, not both.
 * - PARTNER_NOT_FOUND: the venue or expert to pair with is unknown or not published.
 * - ALREADY_PAIRED: the school already has an active pairing with this partner.
 * - INVALID_DATES: dates are YYYY-MM-DD and a pairing cannot end before it starts.
 * - INVALID_PERCENT: a coverage target is a percentage above 0 and at most 100.
 * - DEADLINE_IN_PAST: a coverage target's due date is today or later.
 * - UNKNOWN_DISTRICT: the district has no schools in the catalogue.
 */
export type MutationUpdateSessionArgs = {
  input: UpdateSessionInput;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor: Maybe<Scalars['String']['output']>;
};

/** A school's standing partnership with a venue, or its science vice-principal. */
export type Pairing = {
  __typename?: 'Pairing';
  active: Scalars['Boolean']['output'];
  endsOn: Maybe<Scalars['String']['output']>;
  /** The science vice-principal, for SCIENCE_VICE_PRINCIPAL pairings. */
  expert: Maybe<Expert>;
  id: Scalars['ID']['output'];
  kind: PairingKind;
  school: School;
  startsOn: Scalars['String']['output'];
  /** The partner venue, for PARTNER_VENUE pairings. */
  venue: Maybe<Venue>;
};

export type PairingConnection = {
  __typename?: 'PairingConnection';
  edges: Array<PairingEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PairingEdge = {
  __typename?: 'PairingEdge';
  cursor: Scalars['String']['output'];
  node: Pairing;
};

export type PairingFilter = {
  activeOnly?: InputMaybe<Scalars['Boolean']['input']>;
  kinds?: InputMaybe<Array<PairingKind>>;
};

export type PairingKind =
  | 'PARTNER_VENUE'
  | 'SCIENCE_VICE_PRINCIPAL';

export type PairingPayload = {
  __typename?: 'PairingPayload';
  pairing: Maybe<Pairing>;
  userErrors: Array<UserError>;
};

export type Programme = {
  __typename?: 'Programme';
  id: Scalars['ID']['output'];
  /** Sessions of this programme, upcoming ones by default, soonest first. */
  sessions: SessionConnection;
};


export type ProgrammeSessionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SessionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type Query = {
  __typename?: 'Query';
  /** A booking, or null when there is none with this id or the caller may not see it. */
  booking: Maybe<Booking>;
  /**
   * How far a district's schools are covered on a date: paired with a partner venue, with a science
   * vice-principal, with an attended visit and an attended talk in the term the date falls in; each
   * overall, by stage, rural, urban and under-resourced, with the district's targets and the schools
   * missing each measure. `asOf` is today when left out, or any past date (YYYY-MM-DD), computed from
   * pairings' start and end dates and bookings' history. A district account sees its own district,
   * administrators any; everyone else is refused (UNAUTHENTICATED or FORBIDDEN). A date in the future
   * or not a date is the GraphQL error BAD_USER_INPUT.
   */
  districtCoverage: DistrictCoverage;
  school: Maybe<School>;
  /** Schools, by city, district, stage, and rural or under-resourced. */
  schools: SchoolConnection;
  session: Maybe<Session>;
};


export type QueryBookingArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDistrictCoverageArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  district: Scalars['String']['input'];
};


export type QuerySchoolArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySchoolsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SchoolFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySessionArgs = {
  id: Scalars['ID']['input'];
};

export type RequestBookingInput = {
  /** Sending the same key again returns the first answer and books nothing more; any string unique per request of the school. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  schoolId: Scalars['ID']['input'];
  sessionId: Scalars['ID']['input'];
  students: Scalars['Int']['input'];
  teachers?: Scalars['Int']['input'];
};

export type ScheduleSessionInput = {
  /** Seats, counted in participants (students and teachers). */
  capacity: Scalars['Int']['input'];
  confirmation?: InputMaybe<ConfirmationMode>;
  endsAt: Scalars['DateTime']['input'];
  /** Seats kept for rural and under-resourced schools: other schools may book the rest until the kept seats are released. */
  keptSeats?: InputMaybe<Scalars['Int']['input']>;
  /** Rural and under-resourced schools move ahead of other schools on the waitlist (in arrival order among themselves). */
  priorityWaitlist?: InputMaybe<Scalars['Boolean']['input']>;
  /** The programme this is a session of; give this or talkId. */
  programmeId?: InputMaybe<Scalars['ID']['input']>;
  /** How many days before the start the kept seats are released to every school (and the waitlist moved up into them). */
  releaseKeptSeatsDaysBefore?: InputMaybe<Scalars['Int']['input']>;
  startsAt: Scalars['DateTime']['input'];
  /** The talk this is a session of; give this or programmeId. */
  talkId?: InputMaybe<Scalars['ID']['input']>;
  waitlist?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A primary or secondary school that books partners' programmes and talks. */
export type School = {
  __typename?: 'School';
  /** The school's bookings the caller may see: all of them for the school, its district and administrators; those of its own sessions for a venue or expert. */
  bookings: BookingConnection;
  city: Scalars['String']['output'];
  contactEmail: Maybe<Scalars['String']['output']>;
  /** Contacts, for the school itself, its district and administrators only; null for anyone else. */
  contactName: Maybe<Scalars['String']['output']>;
  contactPhone: Maybe<Scalars['String']['output']>;
  district: Scalars['String']['output'];
  educationGroup: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  location: GeoPoint;
  /** The school's Chinese name. */
  name: Scalars['String']['output'];
  nameEn: Scalars['String']['output'];
  pairings: PairingConnection;
  rural: Scalars['Boolean']['output'];
  stage: SchoolStage;
  studentCount: Scalars['Int']['output'];
  /** A weak (under-resourced) school, which districts are asked to reach first. */
  underResourced: Scalars['Boolean']['output'];
};


/** A primary or secondary school that books partners' programmes and talks. */
export type SchoolBookingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<BookingFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A primary or secondary school that books partners' programmes and talks. */
export type SchoolPairingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PairingFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type SchoolConnection = {
  __typename?: 'SchoolConnection';
  edges: Array<SchoolEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** One school's standing on the coverage's date. */
export type SchoolCoverage = {
  __typename?: 'SchoolCoverage';
  partnerVenue: Scalars['Boolean']['output'];
  school: School;
  scienceVicePrincipal: Scalars['Boolean']['output'];
  talk: Scalars['Boolean']['output'];
  visit: Scalars['Boolean']['output'];
};

export type SchoolCoverageConnection = {
  __typename?: 'SchoolCoverageConnection';
  edges: Array<SchoolCoverageEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SchoolCoverageEdge = {
  __typename?: 'SchoolCoverageEdge';
  cursor: Scalars['String']['output'];
  node: SchoolCoverage;
};

export type SchoolEdge = {
  __typename?: 'SchoolEdge';
  cursor: Scalars['String']['output'];
  node: School;
};

export type SchoolFilter = {
  cities?: InputMaybe<Array<Scalars['String']['input']>>;
  districts?: InputMaybe<Array<Scalars['String']['input']>>;
  rural?: InputMaybe<Scalars['Boolean']['input']>;
  stages?: InputMaybe<Array<SchoolStage>>;
  underResourced?: InputMaybe<Scalars['Boolean']['input']>;
};

export type SchoolStage =
  | 'COMPLETE'
  | 'JUNIOR'
  | 'NINE_YEAR'
  | 'PRIMARY'
  | 'SENIOR';

export type SchoolTerm = {
  __typename?: 'SchoolTerm';
  endsOn: Scalars['String']['output'];
  startsOn: Scalars['String']['output'];
};

/** A dated, capacity-limited occurrence of a programme or a talk. */
export type Session = {
  __typename?: 'Session';
  /** Bookings of this session the caller may see, oldest first (the waitlist in order). */
  bookings: BookingConnection;
  cancelReason: Maybe<Scalars['String']['output']>;
  /** Seats, counted in participants (students and teachers). */
  capacity: Scalars['Int']['output'];
  /** AUTOMATIC sessions confirm a request that fits at once; APPROVAL sessions hold the seats until the venue decides. */
  confirmation: ConfirmationMode;
  endsAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /**
   * Kept seats still free for rural and under-resourced schools until `keptSeatsUntil`; 0 once they
   * are released to every school or filled, and once the session has started. Other schools cannot book them.
   */
  keptSeats: Scalars['Int']['output'];
  /** Seats the venue keeps for rural and under-resourced schools in all, filled or not, as scheduled or last updated. */
  keptSeatsInAll: Scalars['Int']['output'];
  /** When the kept seats are released to every school; null when none are kept. */
  keptSeatsUntil: Maybe<Scalars['DateTime']['output']>;
  /**
   * Seats a rural or under-resourced school may book now: `seatsLeft` and `keptSeats` together, but
   * only `keptSeats` while other schools wait (unless `priorityWaitlist`), and 0 while a rural or
   * under-resourced school waits.
   */
  prioritySeatsLeft: Scalars['Int']['output'];
  /** Whether rural and under-resourced schools move ahead on this session's waitlist. */
  priorityWaitlist: Scalars['Boolean']['output'];
  /** The programme this is a session of, or null for a talk's session. */
  programme: Maybe<Programme>;
  /** How many days before the start the kept seats are released. */
  releaseKeptSeatsDaysBefore: Scalars['Int']['output'];
  /**
   * Seats any school may book now: not held by a booking and not kept for rural and under-resourced
   * schools; 0 while anyone is on the waitlist (freed seats go to it first), once it has started and
   * once cancelled. A
   * request that fits in these is booked; a larger one is waitlisted (or refused with SESSION_FULL).
   */
  seatsLeft: Scalars['Int']['output'];
  /** Start, in the venue's time zone with its offset. */
  startsAt: Scalars['DateTime']['output'];
  status: SessionStatus;
  /** The talk this is a session of, or null for a programme's session. */
  talk: Maybe<Talk>;
  timeZone: Scalars['String']['output'];
  venue: Maybe<Venue>;
  /** Whether a request that does not fit joins a waitlist instead of being refused. */
  waitlist: Scalars['Boolean']['output'];
};


/** A dated, capacity-limited occurrence of a programme or a talk. */
export type SessionBookingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<BookingFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type SessionConnection = {
  __typename?: 'SessionConnection';
  edges: Array<SessionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SessionEdge = {
  __typename?: 'SessionEdge';
  cursor: Scalars['String']['output'];
  node: Session;
};

export type SessionFilter = {
  /** Sessions starting at or after this instant; now when omitted. */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  includeCancelled?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only sessions any school may book now (`seatsLeft` above 0). */
  openOnly?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only sessions a rural or under-resourced school may book now (`prioritySeatsLeft` above 0). */
  priorityOpenOnly?: InputMaybe<Scalars['Boolean']['input']>;
  /** Sessions starting before this instant. */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

export type SessionPayload = {
  __typename?: 'SessionPayload';
  session: Maybe<Session>;
  userErrors: Array<UserError>;
};

export type SessionStatus =
  | 'CANCELLED'
  | 'SCHEDULED';

export type SetCoverageTargetInput = {
  district: Scalars['String']['input'];
  /** YYYY-MM-DD, today or later. */
  dueOn: Scalars['String']['input'];
  measure: CoverageMeasure;
  /** Share of the district's schools, in percent: above 0, at most 100. */
  percent: Scalars['Float']['input'];
};

export type StageCoverage = {
  __typename?: 'StageCoverage';
  covered: Scalars['Int']['output'];
  percent: Scalars['Float']['output'];
  schools: Scalars['Int']['output'];
  stage: SchoolStage;
};

export type Talk = {
  __typename?: 'Talk';
  id: Scalars['ID']['output'];
  /** Sessions of this talk, upcoming ones by default, soonest first. */
  sessions: SessionConnection;
};


export type TalkSessionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SessionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Only what is given changes; kept seats follow the rules of ScheduleSessionInput, checked against the new capacity. */
export type UpdateSessionInput = {
  capacity?: InputMaybe<Scalars['Int']['input']>;
  endsAt?: InputMaybe<Scalars['DateTime']['input']>;
  id: Scalars['ID']['input'];
  /** Seats kept for rural and under-resourced schools, filled or not; fewer frees seats for the waitlist at once. */
  keptSeats?: InputMaybe<Scalars['Int']['input']>;
  priorityWaitlist?: InputMaybe<Scalars['Boolean']['input']>;
  /** Days before the start the kept seats are released; a change that releases them now moves the waitlist up into them. */
  releaseKeptSeatsDaysBefore?: InputMaybe<Scalars['Int']['input']>;
  startsAt?: InputMaybe<Scalars['DateTime']['input']>;
};

/** A business rule refused the request; `code` is stable, `message` says what to do, `field` is the input path. */
export type UserError = {
  __typename?: 'UserError';
  code: Scalars['String']['output'];
  field: Maybe<Array<Scalars['String']['output']>>;
  message: Scalars['String']['output'];
};

export type Venue = {
  __typename?: 'Venue';
  /** Bookings of this venue's sessions, oldest first: for the venue itself, administrators, and a district for its own schools. */
  bookingRequests: BookingConnection;
  id: Scalars['ID']['output'];
  /** Schools with an active partnership with this venue. */
  pairedSchools: SchoolConnection;
  /** This venue's partnerships with schools, with their terms, oldest first. */
  pairings: PairingConnection;
};


export type VenueBookingRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<BookingFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type VenuePairedSchoolsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type VenuePairingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PairingFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type VenueEquity = {
  __typename?: 'VenueEquity';
  rural: EquityFigures;
  total: EquityFigures;
  underResourced: EquityFigures;
  venue: Venue;
};

export type VenueEquityConnection = {
  __typename?: 'VenueEquityConnection';
  edges: Array<VenueEquityEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type VenueEquityEdge = {
  __typename?: 'VenueEquityEdge';
  cursor: Scalars['String']['output'];
  node: VenueEquity;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  Booking: Booking;
  Expert: Expert;
  Pairing: Pairing;
  Programme: Programme;
  School: School;
  Session: Session;
  Talk: Talk;
  Venue: Venue;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Booking:
    ( { __typename: 'Booking' }
    & GraphQLRecursivePick<FederationTypes['Booking'], {"id":true}> );
  Expert:
    ( { __typename: 'Expert' }
    & GraphQLRecursivePick<FederationTypes['Expert'], {"id":true}> );
  Pairing:
    ( { __typename: 'Pairing' }
    & GraphQLRecursivePick<FederationTypes['Pairing'], {"id":true}> );
  Programme:
    ( { __typename: 'Programme' }
    & GraphQLRecursivePick<FederationTypes['Programme'], {"id":true}> );
  School:
    ( { __typename: 'School' }
    & GraphQLRecursivePick<FederationTypes['School'], {"id":true}> );
  Session:
    ( { __typename: 'Session' }
    & GraphQLRecursivePick<FederationTypes['Session'], {"id":true}> );
  Talk:
    ( { __typename: 'Talk' }
    & GraphQLRecursivePick<FederationTypes['Talk'], {"id":true}> );
  Venue:
    ( { __typename: 'Venue' }
    & GraphQLRecursivePick<FederationTypes['Venue'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Booking: ResolverTypeWrapper<BookingRow>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  BookingConnection: ResolverTypeWrapper<Omit<BookingConnection, 'edges'> & { edges: Array<ResolversTypes['BookingEdge']> }>;
  BookingEdge: ResolverTypeWrapper<Omit<BookingEdge, 'node'> & { node: ResolversTypes['Booking'] }>;
  BookingEvent: ResolverTypeWrapper<BookingEventRow>;
  BookingFilter: BookingFilter;
  BookingPayload: ResolverTypeWrapper<Omit<BookingPayload, 'booking'> & { booking?: Maybe<ResolversTypes['Booking']> }>;
  BookingStatus: BookingStatus;
  ConfirmationMode: ConfirmationMode;
  CoverageMeasure: CoverageMeasure;
  CoverageShare: ResolverTypeWrapper<CoverageShare>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  CoverageTarget: ResolverTypeWrapper<TargetStanding>;
  CoverageTargetPayload: ResolverTypeWrapper<Omit<CoverageTargetPayload, 'target'> & { target?: Maybe<ResolversTypes['CoverageTarget']> }>;
  CreatePairingInput: CreatePairingInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DistrictCoverage: ResolverTypeWrapper<CoverageReport>;
  DistrictEquity: ResolverTypeWrapper<EquityReport>;
  EquityFigures: ResolverTypeWrapper<EquityFigures>;
  Expert: ResolverTypeWrapper<ExpertReference>;
  GeoPoint: ResolverTypeWrapper<GeoPoint>;
  MeasureCoverage: ResolverTypeWrapper<MeasureCoverage>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Pairing: ResolverTypeWrapper<PairingRow>;
  PairingConnection: ResolverTypeWrapper<Omit<PairingConnection, 'edges'> & { edges: Array<ResolversTypes['PairingEdge']> }>;
  PairingEdge: ResolverTypeWrapper<Omit<PairingEdge, 'node'> & { node: ResolversTypes['Pairing'] }>;
  PairingFilter: PairingFilter;
  PairingKind: PairingKind;
  PairingPayload: ResolverTypeWrapper<Omit<PairingPayload, 'pairing'> & { pairing?: Maybe<ResolversTypes['Pairing']> }>;
  Programme: ResolverTypeWrapper<ProgrammeReference>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RequestBookingInput: RequestBookingInput;
  ScheduleSessionInput: ScheduleSessionInput;
  School: ResolverTypeWrapper<SchoolRow>;
  SchoolConnection: ResolverTypeWrapper<Omit<SchoolConnection, 'edges'> & { edges: Array<ResolversTypes['SchoolEdge']> }>;
  SchoolCoverage: ResolverTypeWrapper<SchoolCoverageRow>;
  SchoolCoverageConnection: ResolverTypeWrapper<Omit<SchoolCoverageConnection, 'edges'> & { edges: Array<ResolversTypes['SchoolCoverageEdge']> }>;
  SchoolCoverageEdge: ResolverTypeWrapper<Omit<SchoolCoverageEdge, 'node'> & { node: ResolversTypes['SchoolCoverage'] }>;
  SchoolEdge: ResolverTypeWrapper<Omit<SchoolEdge, 'node'> & { node: ResolversTypes['School'] }>;
  SchoolFilter: SchoolFilter;
  SchoolStage: SchoolStage;
  SchoolTerm: ResolverTypeWrapper<SchoolTerm>;
  Session: ResolverTypeWrapper<SessionRow>;
  SessionConnection: ResolverTypeWrapper<Omit<SessionConnection, 'edges'> & { edges: Array<ResolversTypes['SessionEdge']> }>;
  SessionEdge: ResolverTypeWrapper<Omit<SessionEdge, 'node'> & { node: ResolversTypes['Session'] }>;
  SessionFilter: SessionFilter;
  SessionPayload: ResolverTypeWrapper<Omit<SessionPayload, 'session'> & { session?: Maybe<ResolversTypes['Session']> }>;
  SessionStatus: SessionStatus;
  SetCoverageTargetInput: SetCoverageTargetInput;
  StageCoverage: ResolverTypeWrapper<StageCoverage>;
  Talk: ResolverTypeWrapper<TalkReference>;
  UpdateSessionInput: UpdateSessionInput;
  UserError: ResolverTypeWrapper<UserError>;
  Venue: ResolverTypeWrapper<VenueReference>;
  VenueEquity: ResolverTypeWrapper<VenueEquityRow>;
  VenueEquityConnection: ResolverTypeWrapper<Omit<VenueEquityConnection, 'edges'> & { edges: Array<ResolversTypes['VenueEquityEdge']> }>;
  VenueEquityEdge: ResolverTypeWrapper<Omit<VenueEquityEdge, 'node'> & { node: ResolversTypes['VenueEquity'] }>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Booking: BookingRow;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  BookingConnection: Omit<BookingConnection, 'edges'> & { edges: Array<ResolversParentTypes['BookingEdge']> };
  BookingEdge: Omit<BookingEdge, 'node'> & { node: ResolversParentTypes['Booking'] };
  BookingEvent: BookingEventRow;
  BookingFilter: BookingFilter;
  BookingPayload: Omit<BookingPayload, 'booking'> & { booking?: Maybe<ResolversParentTypes['Booking']> };
  CoverageShare: CoverageShare;
  Float: Scalars['Float']['output'];
  CoverageTarget: TargetStanding;
  CoverageTargetPayload: Omit<CoverageTargetPayload, 'target'> & { target?: Maybe<ResolversParentTypes['CoverageTarget']> };
  CreatePairingInput: CreatePairingInput;
  DateTime: Scalars['DateTime']['output'];
  DistrictCoverage: CoverageReport;
  DistrictEquity: EquityReport;
  EquityFigures: EquityFigures;
  Expert: ExpertReference;
  GeoPoint: GeoPoint;
  MeasureCoverage: MeasureCoverage;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Pairing: PairingRow;
  PairingConnection: Omit<PairingConnection, 'edges'> & { edges: Array<ResolversParentTypes['PairingEdge']> };
  PairingEdge: Omit<PairingEdge, 'node'> & { node: ResolversParentTypes['Pairing'] };
  PairingFilter: PairingFilter;
  PairingPayload: Omit<PairingPayload, 'pairing'> & { pairing?: Maybe<ResolversParentTypes['Pairing']> };
  Programme: ProgrammeReference;
  Query: Record<PropertyKey, never>;
  RequestBookingInput: RequestBookingInput;
  ScheduleSessionInput: ScheduleSessionInput;
  School: SchoolRow;
  SchoolConnection: Omit<SchoolConnection, 'edges'> & { edges: Array<ResolversParentTypes['SchoolEdge']> };
  SchoolCoverage: SchoolCoverageRow;
  SchoolCoverageConnection: Omit<SchoolCoverageConnection, 'edges'> & { edges: Array<ResolversParentTypes['SchoolCoverageEdge']> };
  SchoolCoverageEdge: Omit<SchoolCoverageEdge, 'node'> & { node: ResolversParentTypes['SchoolCoverage'] };
  SchoolEdge: Omit<SchoolEdge, 'node'> & { node: ResolversParentTypes['School'] };
  SchoolFilter: SchoolFilter;
  SchoolTerm: SchoolTerm;
  Session: SessionRow;
  SessionConnection: Omit<SessionConnection, 'edges'> & { edges: Array<ResolversParentTypes['SessionEdge']> };
  SessionEdge: Omit<SessionEdge, 'node'> & { node: ResolversParentTypes['Session'] };
  SessionFilter: SessionFilter;
  SessionPayload: Omit<SessionPayload, 'session'> & { session?: Maybe<ResolversParentTypes['Session']> };
  SetCoverageTargetInput: SetCoverageTargetInput;
  StageCoverage: StageCoverage;
  Talk: TalkReference;
  UpdateSessionInput: UpdateSessionInput;
  UserError: UserError;
  Venue: VenueReference;
  VenueEquity: VenueEquityRow;
  VenueEquityConnection: Omit<VenueEquityConnection, 'edges'> & { edges: Array<ResolversParentTypes['VenueEquityEdge']> };
  VenueEquityEdge: Omit<VenueEquityEdge, 'node'> & { node: ResolversParentTypes['VenueEquity'] };
  String: Scalars['String']['output'];
  Boolean: Scalars['Boolean']['output'];
};

export type LinkDirectiveArgs = {
  import?: Maybe<Array<Maybe<Scalars['String']['input']>>>;
  url?: Maybe<Scalars['String']['input']>;
};

export type LinkDirectiveResolver<Result, Parent, ContextType = Context, Args = LinkDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ShareableDirectiveArgs = { };

export type ShareableDirectiveResolver<Result, Parent, ContextType = Context, Args = ShareableDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type BookingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Booking'] = ResolversParentTypes['Booking'], FederationReferenceType extends FederationReferenceTypes['Booking'] = FederationReferenceTypes['Booking']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Booking']> | FederationReferenceType, FederationReferenceType, ContextType>;
  calendar?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['BookingEvent']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  participants?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  school?: Resolver<ResolversTypes['School'], ParentType, ContextType>;
  session?: Resolver<ResolversTypes['Session'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['BookingStatus'], ParentType, ContextType>;
  students?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  teachers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  waitlistPosition?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type BookingConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BookingConnection'] = ResolversParentTypes['BookingConnection']> = {
  edges?: Resolver<Array<ResolversTypes['BookingEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type BookingEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BookingEdge'] = ResolversParentTypes['BookingEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Booking'], ParentType, ContextType>;
};

export type BookingEventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BookingEvent'] = ResolversParentTypes['BookingEvent']> = {
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['BookingStatus']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['BookingStatus'], ParentType, ContextType>;
};

export type BookingPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BookingPayload'] = ResolversParentTypes['BookingPayload']> = {
  booking?: Resolver<Maybe<ResolversTypes['Booking']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type CoverageShareResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CoverageShare'] = ResolversParentTypes['CoverageShare']> = {
  covered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  percent?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  schools?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CoverageTargetResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CoverageTarget'] = ResolversParentTypes['CoverageTarget']> = {
  district?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dueOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  gap?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  measure?: Resolver<ResolversTypes['CoverageMeasure'], ParentType, ContextType>;
  met?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  percent?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  schoolsShort?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  setAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  setBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CoverageTargetPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CoverageTargetPayload'] = ResolversParentTypes['CoverageTargetPayload']> = {
  target?: Resolver<Maybe<ResolversTypes['CoverageTarget']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DistrictCoverageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DistrictCoverage'] = ResolversParentTypes['DistrictCoverage']> = {
  asOf?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  district?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  equity?: Resolver<ResolversTypes['DistrictEquity'], ParentType, ContextType>;
  measures?: Resolver<Array<ResolversTypes['MeasureCoverage']>, ParentType, ContextType>;
  schoolCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  schools?: Resolver<ResolversTypes['SchoolCoverageConnection'], ParentType, ContextType, RequireFields<DistrictCoverageSchoolsArgs, 'first'>>;
  studentCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  targets?: Resolver<Array<ResolversTypes['CoverageTarget']>, ParentType, ContextType>;
  term?: Resolver<ResolversTypes['SchoolTerm'], ParentType, ContextType>;
};

export type DistrictEquityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DistrictEquity'] = ResolversParentTypes['DistrictEquity']> = {
  rural?: Resolver<ResolversTypes['EquityFigures'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['EquityFigures'], ParentType, ContextType>;
  underResourced?: Resolver<ResolversTypes['EquityFigures'], ParentType, ContextType>;
  venues?: Resolver<ResolversTypes['VenueEquityConnection'], ParentType, ContextType, RequireFields<DistrictEquityVenuesArgs, 'first'>>;
};

export type EquityFiguresResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EquityFigures'] = ResolversParentTypes['EquityFigures']> = {
  schools?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  schoolsPercent?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  students?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  studentsPercent?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  talkSeats?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  talkSeatsPercent?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  visitSeats?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  visitSeatsPercent?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  visits?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  visitsPercent?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type ExpertResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Expert'] = ResolversParentTypes['Expert'], FederationReferenceType extends FederationReferenceTypes['Expert'] = FederationReferenceTypes['Expert']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Expert']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  schools?: Resolver<ResolversTypes['SchoolConnection'], ParentType, ContextType, RequireFields<ExpertSchoolsArgs, 'first'>>;
};

export type GeoPointResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GeoPoint'] = ResolversParentTypes['GeoPoint']> = {
  lat?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  lon?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type MeasureCoverageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MeasureCoverage'] = ResolversParentTypes['MeasureCoverage']> = {
  byStage?: Resolver<Array<ResolversTypes['StageCoverage']>, ParentType, ContextType>;
  covered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  measure?: Resolver<ResolversTypes['CoverageMeasure'], ParentType, ContextType>;
  missing?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  percent?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  rural?: Resolver<ResolversTypes['CoverageShare'], ParentType, ContextType>;
  schools?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  underResourced?: Resolver<ResolversTypes['CoverageShare'], ParentType, ContextType>;
  urban?: Resolver<ResolversTypes['CoverageShare'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  cancelBooking?: Resolver<ResolversTypes['BookingPayload'], ParentType, ContextType, RequireFields<MutationCancelBookingArgs, 'id'>>;
  cancelSession?: Resolver<ResolversTypes['SessionPayload'], ParentType, ContextType, RequireFields<MutationCancelSessionArgs, 'id' | 'reason'>>;
  confirmBooking?: Resolver<ResolversTypes['BookingPayload'], ParentType, ContextType, RequireFields<MutationConfirmBookingArgs, 'id'>>;
  createPairing?: Resolver<ResolversTypes['PairingPayload'], ParentType, ContextType, RequireFields<MutationCreatePairingArgs, 'input'>>;
  declineBooking?: Resolver<ResolversTypes['BookingPayload'], ParentType, ContextType, RequireFields<MutationDeclineBookingArgs, 'id'>>;
  endPairing?: Resolver<ResolversTypes['PairingPayload'], ParentType, ContextType, RequireFields<MutationEndPairingArgs, 'endsOn' | 'id'>>;
  markAttendance?: Resolver<ResolversTypes['BookingPayload'], ParentType, ContextType, RequireFields<MutationMarkAttendanceArgs, 'attended' | 'id'>>;
  requestBooking?: Resolver<ResolversTypes['BookingPayload'], ParentType, ContextType, RequireFields<MutationRequestBookingArgs, 'input'>>;
  scheduleSession?: Resolver<ResolversTypes['SessionPayload'], ParentType, ContextType, RequireFields<MutationScheduleSessionArgs, 'input'>>;
  setCoverageTarget?: Resolver<ResolversTypes['CoverageTargetPayload'], ParentType, ContextType, RequireFields<MutationSetCoverageTargetArgs, 'input'>>;
  updateSession?: Resolver<ResolversTypes['SessionPayload'], ParentType, ContextType, RequireFields<MutationUpdateSessionArgs, 'input'>>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PairingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Pairing'] = ResolversParentTypes['Pairing'], FederationReferenceType extends FederationReferenceTypes['Pairing'] = FederationReferenceTypes['Pairing']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Pairing']> | FederationReferenceType, FederationReferenceType, ContextType>;
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  endsOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  expert?: Resolver<Maybe<ResolversTypes['Expert']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PairingKind'], ParentType, ContextType>;
  school?: Resolver<ResolversTypes['School'], ParentType, ContextType>;
  startsOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  venue?: Resolver<Maybe<ResolversTypes['Venue']>, ParentType, ContextType>;
};

export type PairingConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PairingConnection'] = ResolversParentTypes['PairingConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PairingEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PairingEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PairingEdge'] = ResolversParentTypes['PairingEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Pairing'], ParentType, ContextType>;
};

export type PairingPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PairingPayload'] = ResolversParentTypes['PairingPayload']> = {
  pairing?: Resolver<Maybe<ResolversTypes['Pairing']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ProgrammeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Programme'] = ResolversParentTypes['Programme'], FederationReferenceType extends FederationReferenceTypes['Programme'] = FederationReferenceTypes['Programme']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Programme']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sessions?: Resolver<ResolversTypes['SessionConnection'], ParentType, ContextType, RequireFields<ProgrammeSessionsArgs, 'first'>>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  booking?: Resolver<Maybe<ResolversTypes['Booking']>, ParentType, ContextType, RequireFields<QueryBookingArgs, 'id'>>;
  districtCoverage?: Resolver<ResolversTypes['DistrictCoverage'], ParentType, ContextType, RequireFields<QueryDistrictCoverageArgs, 'district'>>;
  school?: Resolver<Maybe<ResolversTypes['School']>, ParentType, ContextType, RequireFields<QuerySchoolArgs, 'id'>>;
  schools?: Resolver<ResolversTypes['SchoolConnection'], ParentType, ContextType, RequireFields<QuerySchoolsArgs, 'first'>>;
  session?: Resolver<Maybe<ResolversTypes['Session']>, ParentType, ContextType, RequireFields<QuerySessionArgs, 'id'>>;
};

export type SchoolResolvers<ContextType = Context, ParentType extends ResolversParentTypes['School'] = ResolversParentTypes['School'], FederationReferenceType extends FederationReferenceTypes['School'] = FederationReferenceTypes['School']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['School']> | FederationReferenceType, FederationReferenceType, ContextType>;
  bookings?: Resolver<ResolversTypes['BookingConnection'], ParentType, ContextType, RequireFields<SchoolBookingsArgs, 'first'>>;
  city?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  contactEmail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contactName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contactPhone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  district?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  educationGroup?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  location?: Resolver<ResolversTypes['GeoPoint'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pairings?: Resolver<ResolversTypes['PairingConnection'], ParentType, ContextType, RequireFields<SchoolPairingsArgs, 'first'>>;
  rural?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['SchoolStage'], ParentType, ContextType>;
  studentCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  underResourced?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type SchoolConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SchoolConnection'] = ResolversParentTypes['SchoolConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SchoolEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SchoolCoverageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SchoolCoverage'] = ResolversParentTypes['SchoolCoverage']> = {
  partnerVenue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  school?: Resolver<ResolversTypes['School'], ParentType, ContextType>;
  scienceVicePrincipal?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  talk?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  visit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type SchoolCoverageConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SchoolCoverageConnection'] = ResolversParentTypes['SchoolCoverageConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SchoolCoverageEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SchoolCoverageEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SchoolCoverageEdge'] = ResolversParentTypes['SchoolCoverageEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SchoolCoverage'], ParentType, ContextType>;
};

export type SchoolEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SchoolEdge'] = ResolversParentTypes['SchoolEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['School'], ParentType, ContextType>;
};

export type SchoolTermResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SchoolTerm'] = ResolversParentTypes['SchoolTerm']> = {
  endsOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startsOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SessionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Session'] = ResolversParentTypes['Session'], FederationReferenceType extends FederationReferenceTypes['Session'] = FederationReferenceTypes['Session']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Session']> | FederationReferenceType, FederationReferenceType, ContextType>;
  bookings?: Resolver<ResolversTypes['BookingConnection'], ParentType, ContextType, RequireFields<SessionBookingsArgs, 'first'>>;
  cancelReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  capacity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  confirmation?: Resolver<ResolversTypes['ConfirmationMode'], ParentType, ContextType>;
  endsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  keptSeats?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  keptSeatsInAll?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  keptSeatsUntil?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  prioritySeatsLeft?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  priorityWaitlist?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  programme?: Resolver<Maybe<ResolversTypes['Programme']>, ParentType, ContextType>;
  releaseKeptSeatsDaysBefore?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  seatsLeft?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SessionStatus'], ParentType, ContextType>;
  talk?: Resolver<Maybe<ResolversTypes['Talk']>, ParentType, ContextType>;
  timeZone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  venue?: Resolver<Maybe<ResolversTypes['Venue']>, ParentType, ContextType>;
  waitlist?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type SessionConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SessionConnection'] = ResolversParentTypes['SessionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SessionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SessionEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SessionEdge'] = ResolversParentTypes['SessionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Session'], ParentType, ContextType>;
};

export type SessionPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SessionPayload'] = ResolversParentTypes['SessionPayload']> = {
  session?: Resolver<Maybe<ResolversTypes['Session']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type StageCoverageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StageCoverage'] = ResolversParentTypes['StageCoverage']> = {
  covered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  percent?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  schools?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['SchoolStage'], ParentType, ContextType>;
};

export type TalkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Talk'] = ResolversParentTypes['Talk'], FederationReferenceType extends FederationReferenceTypes['Talk'] = FederationReferenceTypes['Talk']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Talk']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sessions?: Resolver<ResolversTypes['SessionConnection'], ParentType, ContextType, RequireFields<TalkSessionsArgs, 'first'>>;
};

export type UserErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type VenueResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Venue'] = ResolversParentTypes['Venue'], FederationReferenceType extends FederationReferenceTypes['Venue'] = FederationReferenceTypes['Venue']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Venue']> | FederationReferenceType, FederationReferenceType, ContextType>;
  bookingRequests?: Resolver<ResolversTypes['BookingConnection'], ParentType, ContextType, RequireFields<VenueBookingRequestsArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  pairedSchools?: Resolver<ResolversTypes['SchoolConnection'], ParentType, ContextType, RequireFields<VenuePairedSchoolsArgs, 'first'>>;
  pairings?: Resolver<ResolversTypes['PairingConnection'], ParentType, ContextType, RequireFields<VenuePairingsArgs, 'first'>>;
};

export type VenueEquityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['VenueEquity'] = ResolversParentTypes['VenueEquity']> = {
  rural?: Resolver<ResolversTypes['EquityFigures'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['EquityFigures'], ParentType, ContextType>;
  underResourced?: Resolver<ResolversTypes['EquityFigures'], ParentType, ContextType>;
  venue?: Resolver<ResolversTypes['Venue'], ParentType, ContextType>;
};

export type VenueEquityConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['VenueEquityConnection'] = ResolversParentTypes['VenueEquityConnection']> = {
  edges?: Resolver<Array<ResolversTypes['VenueEquityEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type VenueEquityEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['VenueEquityEdge'] = ResolversParentTypes['VenueEquityEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['VenueEquity'], ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  Booking?: BookingResolvers<ContextType>;
  BookingConnection?: BookingConnectionResolvers<ContextType>;
  BookingEdge?: BookingEdgeResolvers<ContextType>;
  BookingEvent?: BookingEventResolvers<ContextType>;
  BookingPayload?: BookingPayloadResolvers<ContextType>;
  CoverageShare?: CoverageShareResolvers<ContextType>;
  CoverageTarget?: CoverageTargetResolvers<ContextType>;
  CoverageTargetPayload?: CoverageTargetPayloadResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DistrictCoverage?: DistrictCoverageResolvers<ContextType>;
  DistrictEquity?: DistrictEquityResolvers<ContextType>;
  EquityFigures?: EquityFiguresResolvers<ContextType>;
  Expert?: ExpertResolvers<ContextType>;
  GeoPoint?: GeoPointResolvers<ContextType>;
  MeasureCoverage?: MeasureCoverageResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Pairing?: PairingResolvers<ContextType>;
  PairingConnection?: PairingConnectionResolvers<ContextType>;
  PairingEdge?: PairingEdgeResolvers<ContextType>;
  PairingPayload?: PairingPayloadResolvers<ContextType>;
  Programme?: ProgrammeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  School?: SchoolResolvers<ContextType>;
  SchoolConnection?: SchoolConnectionResolvers<ContextType>;
  SchoolCoverage?: SchoolCoverageResolvers<ContextType>;
  SchoolCoverageConnection?: SchoolCoverageConnectionResolvers<ContextType>;
  SchoolCoverageEdge?: SchoolCoverageEdgeResolvers<ContextType>;
  SchoolEdge?: SchoolEdgeResolvers<ContextType>;
  SchoolTerm?: SchoolTermResolvers<ContextType>;
  Session?: SessionResolvers<ContextType>;
  SessionConnection?: SessionConnectionResolvers<ContextType>;
  SessionEdge?: SessionEdgeResolvers<ContextType>;
  SessionPayload?: SessionPayloadResolvers<ContextType>;
  StageCoverage?: StageCoverageResolvers<ContextType>;
  Talk?: TalkResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
  Venue?: VenueResolvers<ContextType>;
  VenueEquity?: VenueEquityResolvers<ContextType>;
  VenueEquityConnection?: VenueEquityConnectionResolvers<ContextType>;
  VenueEquityEdge?: VenueEquityEdgeResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = Context> = {
  link?: LinkDirectiveResolver<any, any, ContextType>;
  shareable?: ShareableDirectiveResolver<any, any, ContextType>;
};
