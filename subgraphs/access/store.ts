import { createHash, randomBytes } from 'node:crypto';
import { and, eq, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import { apiKeys, rateWindows } from './tables.js';
import type { ApiKeyRow } from './rows.js';
import { fetchPage } from '../../kit/database/pages.js';
import type { Page } from '../../kit/graphql/pagination.js';

export interface NewApiKey {
  name: string;
  scopes: string[];
  rateLimitPerMinute: number;
  createdBy: string;
}

/** What a gateway needs to know about a key it was sent. */
export interface KeyHolder {
  id: number;
  scopes: string[];
  rateLimitPerMinute: number;
  lastUsedAt: Date | null;
}

export interface SpentCost {
  bucket: string;
  spent: number;
  /** Seconds until the window closes and the bucket starts again from nothing. */
  secondsLeft: number;
}

const KEY_PREFIX = 'kp_live_';
const SHOWN_PREFIX_LENGTH = KEY_PREFIX.length + 6;
/** A key is `kp_live_` and 32 random bytes in base64url. */
export const API_KEY_PATTERN = /^kp_live_[A-Za-z0-9_-]{43}$/;

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

export function createAccessStore(db: PostgresJsDatabase) {
  return {
    apiKeysByIds: (ids: readonly number[]) => db.select().from(apiKeys).where(inArray(apiKeys.id, [...ids])),

    apiKeysPage: (includeRevoked: boolean, page: Page) =>
      fetchPage(db, { table: apiKeys, where: includeRevoked ? undefined : isNull(apiKeys.revokedAt), orderBy: [apiKeys.id], page }),

    /** Stores a new key and returns it with the plaintext key, which is not kept. */
    async createApiKey(input: NewApiKey): Promise<{ row: ApiKeyRow; key: string }> {
      const key = `${KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
      const [row] = await db.insert(apiKeys).values({ ...input, keyHash: hashApiKey(key), prefix: key.slice(0, SHOWN_PREFIX_LENGTH) }).returning();
      return { row: row!, key };
    },

    /** Revokes a key; revoking a revoked key keeps its first revocation time. */
    async revokeApiKey(id: number): Promise<ApiKeyRow | null> {
      const [row] = await db.update(apiKeys)
        .set({ revokedAt: sql`coalesce(${apiKeys.revokedAt}, now())` })
        .where(eq(apiKeys.id, id))
        .returning();
      return row ?? null;
    },

    /** The active key with this plaintext, or null for an unknown or revoked one. */
    async keyHolder(key: string): Promise<KeyHolder | null> {
      const [row] = await db
        .select({ id: apiKeys.id, scopes: apiKeys.scopes, rateLimitPerMinute: apiKeys.rateLimitPerMinute, lastUsedAt: apiKeys.lastUsedAt })
        .from(apiKeys)
        .where(and(eq(apiKeys.keyHash, hashApiKey(key)), isNull(apiKeys.revokedAt)));
      return row ?? null;
    },

    /** Marks a key used, unless another gateway did so within the last minute. */
    async touchApiKey(id: number): Promise<void> {
      await db.update(apiKeys)
        .set({ lastUsedAt: sql`now()` })
        .where(and(eq(apiKeys.id, id), or(isNull(apiKeys.lastUsedAt), lt(apiKeys.lastUsedAt, sql`now() - interval '1 minute'`))));
    },

    /**
     * Adds cost to each bucket's current one-minute window, in one statement for all of them, and
     * returns each window's total. The database's clock sets the window, so every gateway agrees.
     * Rows are locked in bucket order: two statements at once (or two gateways) that locked shared
     * buckets in arrival order could each wait for the other, and one would fail as a deadlock.
     */
    async spend(costs: Map<string, number>): Promise<SpentCost[]> {
      if (costs.size === 0) return [];
      const rows = await db.execute<{ bucket: string; spent: string; seconds_left: string }>(sql`
        insert into ${rateWindows} (bucket, window_start, spent)
        select bucket, date_trunc('minute', now()), cost
        from unnest(${sql.param([...costs.keys()])}::text[], ${sql.param([...costs.values()])}::bigint[]) as spending(bucket, cost)
        order by bucket
        on conflict (bucket, window_start) do update set spent = rate_windows.spent + excluded.spent
        returning bucket, spent, ceil(extract(epoch from window_start + interval '1 minute' - now())) as seconds_left`);
      return rows.map((row) => ({ bucket: row.bucket, spent: Number(row.spent), secondsLeft: Math.max(1, Number(row.seconds_left)) }));
    },

    /** Drops windows that closed more than a minute ago. */
    async forgetClosedWindows(): Promise<void> {
      await db.delete(rateWindows).where(lt(rateWindows.windowStart, sql`now() - interval '2 minutes'`));
    },
  };
}

export type AccessStore = ReturnType<typeof createAccessStore>;

