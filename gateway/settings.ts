import { readConfig, startConfig } from '../kit/platform/config.js';
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

/**
 * The gateway's settings from its configuration: the process's (`startConfig`), or, given
 * variables, from those alone (tests and benches), checked by the same schema.
 */
export function settingsFromEnvironment(env?: Record<string, string | undefined>): GatewaySettings {
  const config = env ? readConfig(env, { databaseVariables: [], urlVariables: [] }) : startConfig();
  return {
    limits: {
      maxDepth: config.KEPU_MAX_DEPTH ?? 15,
      maxCost: config.KEPU_MAX_COST ?? 20_000,
      maxAliases: config.KEPU_MAX_ALIASES ?? 30,
      maxTokens: config.KEPU_MAX_TOKENS ?? 3_000,
      maxDirectives: config.KEPU_MAX_DIRECTIVES ?? 30,
      maxSpreads: config.KEPU_MAX_SPREADS ?? 100,
      maxFieldsPerSelection: config.KEPU_MAX_FIELDS_PER_SELECTION ?? 200,
    },
    rateLimits: {
      anonymousPerMinute: config.KEPU_RATE_LIMIT_ANONYMOUS ?? 30_000,
      signedInPerMinute: config.KEPU_RATE_LIMIT_SIGNED_IN ?? 120_000,
    },
    apiKeyCacheSeconds: config.KEPU_API_KEY_CACHE_SECONDS ?? 5,
    persistedQueriesOnly: config.KEPU_PERSISTED_QUERIES_ONLY ?? false,
    persistedQueriesFile: config.KEPU_PERSISTED_QUERIES_FILE ?? null,
    introspection: config.KEPU_INTROSPECTION ?? config.NODE_ENV !== 'production',
    trustProxy: config.KEPU_TRUST_PROXY ?? false,
    guarded: true,
    mergeFetches: config.KEPU_MERGE_FETCHES ?? true,
    publicReads: config.KEPU_CACHE_PUBLIC_READS === false ? null : {
      maxEntries: config.KEPU_CACHE_ENTRIES ?? 10_000,
      maxAgeMs: (config.KEPU_CACHE_MAX_AGE_SECONDS ?? 30) * 1000,
    },
  };
}
