import { sql } from 'drizzle-orm';
import { bigint, check, date, doublePrecision, index, integer, pgSchema, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { complianceStatuses, publicationStatuses, venueKinds } from '../../kit/platform/vocabulary.js';
import { outboxTable } from '../../kit/database/outbox-table.js';

export const venuesSchema = pgSchema('venues');

export const venueKind = venuesSchema.enum('venue_kind', venueKinds);
export const complianceStatus = venuesSchema.enum('compliance_status', complianceStatuses);
export const publicationStatus = venuesSchema.enum('publication_status', publicationStatuses);

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

export const outbox = outboxTable(venuesSchema);
