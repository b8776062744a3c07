import { sql } from 'drizzle-orm';
import { bigint, check, date, doublePrecision, index, integer, pgSchema, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { complianceStatuses, findingOutcomes, inspectionPopulations, noticeStatuses, publicationStatuses, venueKinds } from '../../kit/platform/vocabulary.js';
import { outboxTable } from '../../kit/database/outbox-table.js';

export const venuesSchema = pgSchema('venues');

export const venueKind = venuesSchema.enum('venue_kind', venueKinds);
export const complianceStatus = venuesSchema.enum('compliance_status', complianceStatuses);
export const publicationStatus = venuesSchema.enum('publication_status', publicationStatuses);
export const noticeStatus = venuesSchema.enum('notice_status', noticeStatuses);
export const inspectionPopulation = venuesSchema.enum('inspection_population', inspectionPopulations);
export const findingOutcome = venuesSchema.enum('finding_outcome', findingOutcomes);

export const venues = venuesSchema.table('venues', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
  kind: venueKind('kind').notNull(),
  nameZh: text('name_zh').notNull(),
  nameEn: text('name_en').notNull(),
  descriptionZh: text('description_zh').notNull().default(''),
  descriptionEn: text('description_en').notNull().default(''),
  city: text('city').notNull(),
  district: text('district').notNull(),
  addressZh: text('address_zh').notNull().default(''),
  lat: doublePrecision('lat').notNull(),
  lon: doublePrecision('lon').notNull(),
  timeZone: text('time_zone').notNull().default('Asia/Shanghai'),
  openingHours: text('opening_hours').notNull().default(''),
  minGroup: integer('min_group').notNull().default(1),
  maxGroup: integer('max_group').notNull().default(60),
  accessibility: text('accessibility').array().notNull().default(sql`'{}'::text[]`),
  website: text('website'),
  contactPhone: text('contact_phone'),
  contactEmail: text('contact_email'),
  complianceStatus: complianceStatus('compliance_status').notNull().default('WHITELISTED'),
  status: publicationStatus('status').notNull().default('DRAFT'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
}, (venue) => [
  index('venues_city_district_idx').on(venue.city, venue.district),
  index('venues_kind_idx').on(venue.kind),
  check('venues_location_check', sql`${venue.lat} between -90 and 90 and ${venue.lon} between -180 and 180`),
  check('venues_group_size_check', sql`${venue.minGroup} >= 1 and ${venue.maxGroup} >= ${venue.minGroup}`),
]);

export const alliances = venuesSchema.table('alliances', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
  nameZh: text('name_zh').notNull(),
  nameEn: text('name_en').notNull(),
  city: text('city').notNull(),
  district: text('district'),
  foundedOn: date('founded_on', { mode: 'string' }),
});

export const allianceMembers = venuesSchema.table('alliance_members', {
  allianceId: bigint('alliance_id', { mode: 'number' }).notNull().references(() => alliances.id),
  venueId: bigint('venue_id', { mode: 'number' }).notNull().references(() => venues.id),
  joinedOn: date('joined_on', { mode: 'string' }),
}, (member) => [
  primaryKey({ columns: [member.allianceId, member.venueId] }),
  index('alliance_members_venue_idx').on(member.venueId),
]);

/** Every change of a venue's compliance status, newest last; `venues.compliance_status` is the current one. */
export const complianceRecords = venuesSchema.table('compliance_records', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
  venueId: bigint('venue_id', { mode: 'number' }).notNull().references(() => venues.id),
  status: complianceStatus('status').notNull(),
  reason: text('reason').notNull().default(''),
  notice: text('notice'),
  recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  recordedBy: text('recorded_by').notNull().default('system'),
}, (record) => [index('compliance_records_venue_idx').on(record.venueId, record.recordedAt)]);

/**
 * A rectification notice: what a venue must put right, by when, and who said so. OPEN until its
 * issuer closes it (CLOSED) or its deadline passes, when the overdue job suspends the venue (ENFORCED).
 */
export const rectificationNotices = venuesSchema.table('rectification_notices', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
  venueId: bigint('venue_id', { mode: 'number' }).notNull().references(() => venues.id),
  reason: text('reason').notNull(),
  /** The authority's document number, such as 海淀区教育委员会通知〔2026〕12号. */
  reference: text('reference'),
  deadline: timestamp('deadline', { withTimezone: true }).notNull(),
  issuedBy: text('issued_by').notNull(),
  issuedAt: timestamp('issued_at', { withTimezone: true }).notNull().defaultNow(),
  status: noticeStatus('status').notNull().default('OPEN'),
  closedBy: text('closed_by'),
  closedAt: timestamp('closed_at', { withTimezone: true }),
  closingNote: text('closing_note'),
}, (notice) => [
  index('rectification_notices_venue_idx').on(notice.venueId, notice.issuedAt),
  index('rectification_notices_open_deadline_idx').on(notice.deadline).where(sql`${notice.status} = 'OPEN'`),
]);

/** A dated, published batch of a whitelist or blacklist: the venues on it on the day it was published. */
export const listBatches = venuesSchema.table('list_batches', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
  list: complianceStatus('list').notNull(),
  publishedOn: date('published_on', { mode: 'string' }).notNull(),
  publishedBy: text('published_by').notNull(),
  /** The district whose authority published it; null for a list of every district. */
  district: text('district'),
  title: text('title').notNull(),
  venueIds: bigint('venue_ids', { mode: 'number' }).array().notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
}, (batch) => [
  index('list_batches_list_idx').on(batch.list, batch.publishedOn),
  check('list_batches_list_check', sql`${batch.list} in ('WHITELISTED', 'BLACKLISTED')`),
]);

/**
 * A random inspection: the share of a district's schools or providers drawn, with the seed and the
 * population (ids ascending, as drawn from) kept so anyone can draw the same sample again.
 */
export const inspections = venuesSchema.table('inspections', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
  district: text('district').notNull(),
  population: inspectionPopulation('population').notNull(),
  title: text('title').notNull(),
  percent: doublePrecision('percent').notNull(),
  seed: bigint('seed', { mode: 'number' }).notNull(),
  populationIds: bigint('population_ids', { mode: 'number' }).array().notNull(),
  /** The drawn ids, in the order the draw picked them. */
  sampleIds: bigint('sample_ids', { mode: 'number' }).array().notNull(),
  drawnBy: text('drawn_by').notNull(),
  drawnAt: timestamp('drawn_at', { withTimezone: true }).notNull().defaultNow(),
}, (inspection) => [
  index('inspections_district_idx').on(inspection.district, inspection.id),
  check('inspections_percent_check', sql`${inspection.percent} > 0 and ${inspection.percent} <= 100`),
]);

/** What an inspector found on one drawn school or provider; it may have opened a rectification notice. */
export const inspectionFindings = venuesSchema.table('inspection_findings', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
  inspectionId: bigint('inspection_id', { mode: 'number' }).notNull().references(() => inspections.id),
  /** The school's or the venue's row id, as drawn. */
  subjectId: bigint('subject_id', { mode: 'number' }).notNull(),
  outcome: findingOutcome('outcome').notNull(),
  note: text('note').notNull(),
  noticeId: bigint('notice_id', { mode: 'number' }).references(() => rectificationNotices.id),
  recordedBy: text('recorded_by').notNull(),
  recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
}, (finding) => [index('inspection_findings_inspection_idx').on(finding.inspectionId, finding.subjectId)]);

export const outbox = outboxTable(venuesSchema);
