import { sql } from 'drizzle-orm';
import { bigint, boolean, check, date, doublePrecision, index, integer, numeric, pgSchema, primaryKey, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import {
  bookingStatuses, confirmationModes, coverageMeasures, pairingKinds, schoolStages, sessionStatuses, type ComplianceStatus, type GradeBand, type PublicationStatus,
} from '../../kit/platform/vocabulary.js';
import { outboxTable } from '../../kit/database/outbox-table.js';

export const bookingsSchema = pgSchema('bookings');

export const schoolStage = bookingsSchema.enum('school_stage', schoolStages);
export const sessionStatus = bookingsSchema.enum('session_status', sessionStatuses);
export const confirmationMode = bookingsSchema.enum('confirmation_mode', confirmationModes);
export const bookingStatus = bookingsSchema.enum('booking_status', bookingStatuses);
export const pairingKind = bookingsSchema.enum('pairing_kind', pairingKinds);
export const coverageMeasure = bookingsSchema.enum('coverage_measure', coverageMeasures);

export const schools = bookingsSchema.table('schools', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
  nameZh: text('name_zh').notNull(),
  nameEn: text('name_en').notNull(),
  city: text('city').notNull(),
  district: text('district').notNull(),
  stage: schoolStage('stage').notNull(),
  lat: doublePrecision('lat').notNull(),
  lon: doublePrecision('lon').notNull(),
  rural: boolean('rural').notNull().default(false),
  underResourced: boolean('under_resourced').notNull().default(false),
  educationGroup: text('education_group'),
  studentCount: integer('student_count').notNull(),
  contactName: text('contact_name'),
  contactPhone: text('contact_phone'),
  contactEmail: text('contact_email'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
}, (school) => [index('schools_city_district_idx').on(school.city, school.district)]);

/**
 * A dated occurrence of a programme (courses subgraph) or a talk (experts subgraph), never both.
 * `seatsHeld` counts the participants of REQUESTED and CONFIRMED bookings, so capacity is checked
 * with one conditional update of this row.
 */
export const sessions = bookingsSchema.table('sessions', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
  programmeId: bigint('programme_id', { mode: 'number' }),
  talkId: bigint('talk_id', { mode: 'number' }),
  /** The venue hosting it: the programme's venue, or the talk's expert's affiliation. */
  venueId: bigint('venue_id', { mode: 'number' }),
  /** The expert giving it, for a talk's session; kept so the expert can see its sessions' bookings. */
  expertId: bigint('expert_id', { mode: 'number' }),
  startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
  endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
  timeZone: text('time_zone').notNull().default('Asia/Shanghai'),
  capacity: integer('capacity').notNull(),
  seatsHeld: integer('seats_held').notNull().default(0),
  confirmation: confirmationMode('confirmation').notNull().default('AUTOMATIC'),
  waitlist: boolean('waitlist').notNull().default(true),
  /** Seats kept for rural and under-resourced schools until `keepDays` days before the start. */
  keptSeats: integer('kept_seats').notNull().default(0),
  keepDays: integer('keep_days').notNull().default(0),
  /** Rural and under-resourced schools move ahead of others on the waitlist, in arrival order among themselves. */
  priorityWaitlist: boolean('priority_waitlist').notNull().default(false),
  /** When the seats kept were handed back to every school and the waitlist moved up into them. */
  keptReleasedAt: timestamp('kept_released_at', { withTimezone: true }),
  status: sessionStatus('status').notNull().default('SCHEDULED'),
  cancelReason: text('cancel_reason'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
}, (session) => [
  index('sessions_programme_idx').on(session.programmeId, session.startsAt),
  index('sessions_talk_idx').on(session.talkId, session.startsAt),
  index('sessions_venue_idx').on(session.venueId, session.startsAt),
  index('sessions_expert_idx').on(session.expertId, session.startsAt),
  check('sessions_one_offer', sql`(${session.programmeId} is null) <> (${session.talkId} is null)`),
  check('sessions_seats_within_capacity', sql`${session.seatsHeld} between 0 and ${session.capacity}`),
  check('sessions_kept_seats', sql`${session.keptSeats} >= 0 and ${session.keepDays} >= 0`),
  check('sessions_ends_after_start', sql`${session.endsAt} > ${session.startsAt}`),
]);

export const bookings = bookingsSchema.table('bookings', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
  sessionId: bigint('session_id', { mode: 'number' }).notNull().references(() => sessions.id),
  schoolId: bigint('school_id', { mode: 'number' }).notNull().references(() => schools.id),
  students: integer('students').notNull(),
  teachers: integer('teachers').notNull(),
  status: bookingStatus('status').notNull(),
  note: text('note').notNull().default(''),
  idempotencyKey: text('idempotency_key'),
  requestFingerprint: text('request_fingerprint'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
}, (booking) => [
  index('bookings_session_idx').on(booking.sessionId, booking.status, booking.id),
  index('bookings_school_idx').on(booking.schoolId, booking.createdAt),
  uniqueIndex('bookings_idempotency_idx').on(booking.schoolId, booking.idempotencyKey),
  uniqueIndex('bookings_one_active_per_school_idx').on(booking.sessionId, booking.schoolId)
    .where(sql`${booking.status} in ('REQUESTED', 'CONFIRMED', 'WAITLISTED')`),
  check('bookings_positive_group', sql`${booking.students} > 0 and ${booking.teachers} >= 0`),
]);

/** A booking's history: every status change, who made it and why. */
export const bookingEvents = bookingsSchema.table('booking_events', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
  bookingId: bigint('booking_id', { mode: 'number' }).notNull().references(() => bookings.id),
  fromStatus: bookingStatus('from_status'),
  toStatus: bookingStatus('to_status').notNull(),
  actor: text('actor').notNull(),
  reason: text('reason'),
  at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
}, (event) => [index('booking_events_booking_idx').on(event.bookingId, event.at)]);

/** A school's standing partnership with a venue, or its science vice-principal (an expert). */
export const pairings = bookingsSchema.table('pairings', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
  schoolId: bigint('school_id', { mode: 'number' }).notNull().references(() => schools.id),
  kind: pairingKind('kind').notNull(),
  venueId: bigint('venue_id', { mode: 'number' }),
  expertId: bigint('expert_id', { mode: 'number' }),
  startsOn: date('starts_on', { mode: 'string' }).notNull(),
  endsOn: date('ends_on', { mode: 'string' }),
  note: text('note').notNull().default(''),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
}, (pairing) => [
  index('pairings_school_idx').on(pairing.schoolId),
  index('pairings_venue_idx').on(pairing.venueId),
  index('pairings_expert_idx').on(pairing.expertId),
  check('pairings_partner_matches_kind', sql`(${pairing.kind} = 'PARTNER_VENUE' and ${pairing.venueId} is not null and ${pairing.expertId} is null)
    or (${pairing.kind} = 'SCIENCE_VICE_PRINCIPAL' and ${pairing.expertId} is not null and ${pairing.venueId} is null)`),
]);

/** A district's goal for one coverage measure: `percent` of its schools by `dueOn`; setting it again replaces it. */
export const coverageTargets = bookingsSchema.table('coverage_targets', {
  district: text('district').notNull(),
  measure: coverageMeasure('measure').notNull(),
  percent: numeric('percent', { precision: 5, scale: 2, mode: 'number' }).notNull(),
  dueOn: date('due_on', { mode: 'string' }).notNull(),
  setBy: text('set_by').notNull(),
  setAt: timestamp('set_at', { withTimezone: true }).notNull().defaultNow(),
}, (target) => [
  primaryKey({ columns: [target.district, target.measure] }),
  check('coverage_targets_percent_check', sql`${target.percent} > 0 and ${target.percent} <= 100`),
]);

/**
 * The venues whose schools have been told they may not be booked (suspended or blacklisted): when a
 * venue's compliance fact turns barred it joins this table and the schools holding its bookings are told once.
 */
export const barredVenues = bookingsSchema.table('barred_venues', {
  venueId: bigint('venue_id', { mode: 'number' }).primaryKey(),
  status: text('status').notNull(),
  reason: text('reason').notNull(),
  barredAt: timestamp('barred_at', { withTimezone: true }).notNull().defaultNow(),
});

/*
 * The facts booking decisions rest on, about records other subgraphs own: copied from the
 * supergraph's answers as the owners' outboxes announce changes (facts.ts), so that a booking
 * reads only this subgraph's tables.
 */

export const venueFacts = bookingsSchema.table('venue_facts', {
  venueId: bigint('venue_id', { mode: 'number' }).primaryKey(),
  status: text('status').$type<PublicationStatus>().notNull(),
  complianceStatus: text('compliance_status').$type<ComplianceStatus>().notNull(),
  /** Why the venue has its compliance status: the reason of the decision that gave it. */
  complianceReason: text('compliance_reason').notNull(),
  timeZone: text('time_zone').notNull(),
}, (venue) => [index('venue_facts_compliance_idx').on(venue.complianceStatus)]);

export const programmeFacts = bookingsSchema.table('programme_facts', {
  programmeId: bigint('programme_id', { mode: 'number' }).primaryKey(),
  venueId: bigint('venue_id', { mode: 'number' }).notNull(),
  title: text('title').notNull(),
  status: text('status').$type<PublicationStatus>().notNull(),
  minParticipants: integer('min_participants').notNull(),
  maxParticipants: integer('max_participants').notNull(),
  gradeBands: text('grade_bands').array().$type<GradeBand[]>().notNull(),
});

export const expertFacts = bookingsSchema.table('expert_facts', {
  expertId: bigint('expert_id', { mode: 'number' }).primaryKey(),
  status: text('status').$type<PublicationStatus>().notNull(),
  affiliationVenueId: bigint('affiliation_venue_id', { mode: 'number' }),
});

export const talkFacts = bookingsSchema.table('talk_facts', {
  talkId: bigint('talk_id', { mode: 'number' }).primaryKey(),
  expertId: bigint('expert_id', { mode: 'number' }).notNull(),
  title: text('title').notNull(),
  status: text('status').$type<PublicationStatus>().notNull(),
  maxAudience: integer('max_audience').notNull(),
  gradeBands: text('grade_bands').array().$type<GradeBand[]>().notNull(),
});

/** How far this subgraph has followed another's outbox: every row up to `appliedThrough` is applied. */
export const followedOutboxes = bookingsSchema.table('followed_outboxes', {
  source: text('source').primaryKey(),
  appliedThrough: bigint('applied_through', { mode: 'number' }).notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const outbox = outboxTable(bookingsSchema);
