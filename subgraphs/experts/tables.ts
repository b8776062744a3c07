import { sql } from 'drizzle-orm';
import { bigint, check, index, integer, pgSchema, text, timestamp } from 'drizzle-orm/pg-core';
import { academies, deliveries, gradeBands, publicationStatuses, subjects } from '../../kit/platform/vocabulary.js';
import { outboxTable } from '../../kit/database/outbox-table.js';

export const expertsSchema = pgSchema('experts');

export const academy = expertsSchema.enum('academy', academies);
export const subject = expertsSchema.enum('subject', subjects);
export const gradeBand = expertsSchema.enum('grade_band', gradeBands);
export const delivery = expertsSchema.enum('delivery', deliveries);
export const publicationStatus = expertsSchema.enum('publication_status', publicationStatuses);

/** `affiliationVenueId` names a venue of the venues subgraph. */
export const experts = expertsSchema.table('experts', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
  nameZh: text('name_zh').notNull(),
  nameEn: text('name_en').notNull(),
  titleZh: text('title_zh').notNull(),
  titleEn: text('title_en').notNull(),
  affiliationVenueId: bigint('affiliation_venue_id', { mode: 'number' }),
  academicianOf: academy('academician_of'),
  fields: subject('fields').array().notNull(),
  bioZh: text('bio_zh').notNull().default(''),
  bioEn: text('bio_en').notNull().default(''),
  contactEmail: text('contact_email'),
  contactPhone: text('contact_phone'),
  status: publicationStatus('status').notNull().default('DRAFT'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
}, (expert) => [index('experts_affiliation_idx').on(expert.affiliationVenueId)]);

export const talks = expertsSchema.table('talks', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
  expertId: bigint('expert_id', { mode: 'number' }).notNull().references(() => experts.id),
  titleZh: text('title_zh').notNull(),
  titleEn: text('title_en').notNull(),
  summaryZh: text('summary_zh').notNull().default(''),
  summaryEn: text('summary_en').notNull().default(''),
  subjects: subject('subjects').array().notNull(),
  gradeBands: gradeBand('grade_bands').array().notNull(),
  durationMinutes: integer('duration_minutes').notNull(),
  maxAudience: integer('max_audience').notNull(),
  delivery: delivery('delivery').notNull(),
  status: publicationStatus('status').notNull().default('DRAFT'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
}, (talk) => [
  index('talks_expert_idx').on(talk.expertId),
  index('talks_subjects_idx').using('gin', talk.subjects),
  index('talks_grade_bands_idx').using('gin', talk.gradeBands),
  check('talks_duration_check', sql`${talk.durationMinutes} > 0`),
  check('talks_audience_check', sql`${talk.maxAudience} >= 1`),
]);

export const outbox = outboxTable(expertsSchema);
