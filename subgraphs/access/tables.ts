import { sql } from 'drizzle-orm';
import { bigint, index, integer, pgSchema, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

export const accessSchema = pgSchema('access');

/**
 * Keys third-party apps send in `X-Api-Key`. Only the SHA-256 of a key is kept: keys are 32 random
 * bytes, so a fast hash is as strong as a slow one, and the gateway can look a key up by it.
 */
export const apiKeys = accessSchema.table('api_keys', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
  name: text('name').notNull(),
  keyHash: text('key_hash').notNull().unique(),
  /** The first characters of the key, so an admin can tell keys apart without the key itself. */
  prefix: text('prefix').notNull(),
  scopes: text('scopes').array().notNull().default(sql`'{}'::text[]`),
  /** Query cost the key may spend per minute. */
  rateLimitPerMinute: integer('rate_limit_per_minute').notNull(),
  createdBy: text('created_by').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
  revokedAt: timestamp('revoked_at', { withTimezone: true }),
});

/**
 * Query cost spent per caller per minute, shared by every gateway process: each request adds its
 * cost with one upsert and learns the window's total.
 */
export const rateWindows = accessSchema.table('rate_windows', {
  bucket: text('bucket').notNull(),
  windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
  spent: bigint('spent', { mode: 'number' }).notNull(),
}, (window) => [primaryKey({ columns: [window.bucket, window.windowStart] }), index('rate_windows_window_start_idx').on(window.windowStart)]);
