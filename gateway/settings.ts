import type { PublicReadLimits } from './public-reads.js';

/** How the gateway protects itself; every value has an environment variable, documented in the README. */
export interface GatewaySettings {
  limits: QueryLimits;
  /** Query cost a caller may spend per minute, when no API key sets its own. */
  rateLimits: { anonymousPerMinute: number; signedInPerMinute: number };
  /** How long a gateway trusts an API key it looked up; a revoked key is refused within this time. */
  apiKeyCacheSeconds: number;
  /** Refuse any operation that is not in the persisted-query manifest. */
  persistedQueriesOnly: boolean;
  /** An Apollo persisted-query manifest (JSON) whose operations the gateway knows by hash. */
  persistedQueriesFile: string | null;
  introspection: boolean;
  /** Take the client's address from X-Forwarded-For, for a gateway behind a proxy that sets it. */
  trustProxy: boolean;
  /** Limits, API keys and rate limits; off only to measure what they cost. */
  guarded: boolean;
  /** Send one subgraph fetch for identical query fetches in flight at the same moment. */
  mergeFetches: boolean;
  /** Keep public answers until the tables behind them change; null keeps nothing. */
  publicReads: PublicReadLimits | null;
}

export interface QueryLimits {
  maxDepth: number;
  maxCost: number;
  maxAliases: number;
  maxTokens: number;
  maxDirectives: number;
  /** Fragment spreads in one document, counted as written. */
  maxSpreads: number;
  /** Fields, fragments and spreads in one selection set. */
  maxFieldsPerSelection: number;
}

type Environment = Record<string, string | undefined>;

export function settingsFromEnvironment(env: Environment = process.env): GatewaySettings {
  return {
    limits: {
      maxDepth: count(env, 'KEPU_MAX_DEPTH', 15),
      maxCost: count(env, 'KEPU_MAX_COST', 20_000),
      maxAliases: count(env, 'KEPU_MAX_ALIASES', 30),
      maxTokens: count(env, 'KEPU_MAX_TOKENS', 3_000),
      maxDirectives: count(env, 'KEPU_MAX_DIRECTIVES', 30),
      maxSpreads: count(env, 'KEPU_MAX_SPREADS', 100),
      maxFieldsPerSelection: count(env, 'KEPU_MAX_FIELDS_PER_SELECTION', 200),
    },
    rateLimits: {
      anonymousPerMinute: count(env, 'KEPU_RATE_LIMIT_ANONYMOUS', 30_000),
      signedInPerMinute: count(env, 'KEPU_RATE_LIMIT_SIGNED_IN', 120_000),
    },
    apiKeyCacheSeconds: count(env, 'KEPU_API_KEY_CACHE_SECONDS', 5),
    persistedQueriesOnly: env.KEPU_PERSISTED_QUERIES_ONLY === 'true',
    persistedQueriesFile: env.KEPU_PERSISTED_QUERIES_FILE || null,
    introspection: env.KEPU_INTROSPECTION ? env.KEPU_INTROSPECTION === 'true' : env.NODE_ENV !== 'production',
    trustProxy: env.KEPU_TRUST_PROXY === 'true',
    guarded: true,
    mergeFetches: env.KEPU_MERGE_FETCHES !== 'false',
    publicReads: env.KEPU_CACHE_PUBLIC_READS === 'false' ? null : {
      maxEntries: count(env, 'KEPU_CACHE_ENTRIES', 10_000),
      maxAgeMs: count(env, 'KEPU_CACHE_MAX_AGE_SECONDS', 30) * 1000,
    },
  };
}

function count(env: Environment, name: string, fallback: number): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number, not "${text}".`);
  return value;
}
