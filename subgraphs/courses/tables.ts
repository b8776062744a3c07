import { sql } from 'drizzle-orm';
import { bigint, check, index, integer, pgSchema, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { deliveries, gradeBands, programmeKinds, publicationStatuses, subjects } from '../../kit/platform/vocabulary.js';
import { outboxTable } from '../../kit/database/outbox-table.js';

export const coursesSchema = pgSchema('courses');

export const programmeKind = coursesSchema.enum('programme_kind', programmeKinds);
export const subject = coursesSchema.enum('subject', subjects);
export const gradeBand = coursesSchema.enum('grade_band', gradeBands);
export const delivery = coursesSchema.enum('delivery', deliveries);
export const publicationStatus = coursesSchema.enum('publication_status', publicationStatuses);

/** `venueId` names a venue of the venues subgraph; it is a reference, not a foreign key, because that table lives elsewhere. */
export const programmes = coursesSchema.table('programmes', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
  venueId: bigint('venue_id', { mode: 'number' }).notNull(),
  kind: programmeKind('kind').notNull(),
  titleZh: text('title_zh').notNull(),
  titleEn: text('title_en').notNull(),
  summaryZh: text('summary_zh').notNull().default(''),
  summaryEn: text('summary_en').notNull().default(''),
  subjects: subject('subjects').array().notNull(),
  gradeBands: gradeBand('grade_bands').array().notNull(),
  durationMinutes: integer('duration_minutes').notNull(),
  minGroup: integer('min_group').notNull().default(1),
  maxGroup: integer('max_group').notNull(),
  priceCents: integer('price_cents').notNull().default(0),
  delivery: delivery('delivery').notNull(),
  status: publicationStatus('status').notNull().default('DRAFT'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
}, (programme) => [
  index('programmes_venue_idx').on(programme.venueId),
  index('programmes_subjects_idx').using('gin', programme.subjects),
  index('programmes_grade_bands_idx').using('gin', programme.gradeBands),
  check('programmes_group_size_check', sql`${programme.minGroup} >= 1 and ${programme.maxGroup} >= ${programme.minGroup}`),
  check('programmes_duration_check', sql`${programme.durationMinutes} > 0`),
  check('programmes_price_check', sql`${programme.priceCents} >= 0`),
]);

/** The venues a study-tour route visits, in order. */
export const routeStops = coursesSchema.table('route_stops', {
  programmeId: bigint('programme_id', { mode: 'number' }).notNull().references(() => programmes.id, { onDelete: 'cascade' }),
  position: integer('position').notNull(),
  venueId: bigint('venue_id', { mode: 'number' }).notNull(),
  minutes: integer('minutes').notNull(),
  activityZh: text('activity_zh').notNull().default(''),
}, (stop) => [
  primaryKey({ columns: [stop.programmeId, stop.position] }),
  check('route_stops_minutes_check', sql`${stop.minutes} > 0`),
]);

/** Where a programme meets the national science curriculum standard. */
export const curriculumLinks = coursesSchema.table('curriculum_links', {
  programmeId: bigint('programme_id', { mode: 'number' }).notNull().references(() => programmes.id, { onDelete: 'cascade' }),
  code: text('code').notNull(),
  descriptionZh: text('description_zh').notNull(),
}, (link) => [primaryKey({ columns: [link.programmeId, link.code] })]);

export const outbox = outboxTable(coursesSchema);
