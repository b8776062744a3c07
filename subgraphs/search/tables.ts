import { bigint, date, index, pgSchema, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

export const searchSchema = pgSchema('search');

/**
 * How far the indexer has applied each subgraph's outbox: every row with an id up to
 * `appliedThrough` is in the index. The index itself lives in the search engine.
 */
export const outboxCursors = searchSchema.table('outbox_cursors', {
  source: text('source').primaryKey(),
  appliedThrough: bigint('applied_through', { mode: 'number' }).notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Schools' partnerships with venues, as the bookings subgraph publishes them, with their terms:
 * what `filter.pairedWithSchool` narrows a search to, read without asking the gateway.
 */
export const venuePartnerships = searchSchema.table('venue_partnerships', {
  pairingId: bigint('pairing_id', { mode: 'number' }).primaryKey(),
  venueId: bigint('venue_id', { mode: 'number' }).notNull(),
  schoolId: bigint('school_id', { mode: 'number' }).notNull(),
  /** The last day of the partnership; null while open-ended. */
  endsOn: date('ends_on', { mode: 'string' }),
}, (partnership) => [index('venue_partnerships_school_idx').on(partnership.schoolId), index('venue_partnerships_venue_idx').on(partnership.venueId)]);

/** Published venues' alliances, as the venues subgraph publishes them: what `filter.alliance` narrows a search to. */
export const allianceMembers = searchSchema.table('alliance_members', {
  allianceId: bigint('alliance_id', { mode: 'number' }).notNull(),
  venueId: bigint('venue_id', { mode: 'number' }).notNull(),
}, (member) => [primaryKey({ columns: [member.allianceId, member.venueId] }), index('alliance_members_venue_idx').on(member.venueId)]);

/** How far the partnerships and alliance members above have followed each subgraph's outbox. */
export const followedOutboxes = searchSchema.table('followed_outboxes', {
  source: text('source').primaryKey(),
  appliedThrough: bigint('applied_through', { mode: 'number' }).notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
