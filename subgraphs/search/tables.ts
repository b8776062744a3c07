import { bigint, pgSchema, text, timestamp } from 'drizzle-orm/pg-core';

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
