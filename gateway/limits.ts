import { HeaderMap } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type GraphQLFormattedError, type ValidationContext } from 'graphql';
import type { QueryLimits } from './settings.js';

/**
 * Error codes clients can rely on (documented in the README):
 * - QUERY_TOO_COMPLEX, with `extensions.limit` (depth, cost, aliases, tokens, directives), `max` and `found`;
 * - RATE_LIMITED, with `extensions.retryAfterSeconds`, and HTTP 429 with Retry-After;
 * - PERSISTED_QUERY_REQUIRED, when the deployment accepts persisted operations only.
 */
export type Limit = 'depth' | 'cost' | 'aliases' | 'tokens' | 'directives';

const advice: Record<Limit, string> = {
  depth: 'ask for fewer levels of nested fields',
  cost: 'ask for smaller pages (a lower "first") or fewer nested lists',
  aliases: 'ask for fewer aliased fields in one request',
  tokens: 'send a shorter query',
  directives: 'use fewer directives',
};

export function tooComplex(limit: Limit, max: number, found: number | null): GraphQLError {
  const measured = found === null ? '' : ` (found ${found})`;
  return new GraphQLError(`The query is over the ${limit} limit of ${max}${measured}; ${advice[limit]}.`, {
    extensions: { code: 'QUERY_TOO_COMPLEX', limit, max, found, http: { status: 400 } },
  });
}

export function rateLimited(secondsLeft: number, limit: number): GraphQLError {
  return new GraphQLError(`Too many requests: this caller has spent its query cost of ${limit} for this minute; try again in ${secondsLeft} s.`, {
    extensions: {
      code: 'RATE_LIMITED',
      retryAfterSeconds: secondsLeft,
      http: { status: 429, headers: new HeaderMap([['retry-after', String(secondsLeft)]]) },
    },
  });
}

export function subscriptionsUnsupported(): GraphQLError {
  return new GraphQLError('Kepu has no subscriptions; send a query or a mutation.', { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } });
}

export function persistedQueryRequired(): GraphQLError {
  return new GraphQLError('This API runs persisted operations only: send the operation\'s sha256Hash in extensions.persistedQuery, without the query text.', {
    extensions: { code: 'PERSISTED_QUERY_REQUIRED', http: { status: 400 } },
  });
}

/** Depth, aliases and directives are checked by graphql-armor's validation rules; tokens by graphql-js while parsing. */
export function armorProtection(limits: QueryLimits, suggestFields: boolean) {
  const rule = (limit: Limit, n: number) => ({
    n,
    propagateOnRejection: false,
    onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(tooComplex(limit, n, foundIn(error.message)))],
  });
  const { plugins, validationRules } = new ApolloArmor({
    maxDepth: { ...rule('depth', limits.maxDepth), ignoreIntrospection: true },
    maxAliases: { ...rule('aliases', limits.maxAliases), allowList: [] },
    maxDirectives: rule('directives', limits.maxDirectives),
    costLimit: { enabled: false },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: !suggestFields },
  }).protect();
  return { plugins, validationRules, parseOptions: { maxTokens: limits.maxTokens } };
}

/**
 * Apollo Server reports every failed validation rule as GRAPHQL_VALIDATION_FAILED, and graphql-js
 * a token overflow as GRAPHQL_PARSE_FAILED (worded "more that N tokens" in graphql 16); this puts
 * back the stable code for a limit.
 */
export function withLimitCodes(formatted: GraphQLFormattedError, maxTokens: number): GraphQLFormattedError {
  const extensions = formatted.extensions ?? {};
  if (typeof extensions.limit === 'string') return { ...formatted, extensions: { ...extensions, code: 'QUERY_TOO_COMPLEX' } };
  if (extensions.code === 'GRAPHQL_PARSE_FAILED' && /Document contains more (than|that) \d+ tokens/.test(formatted.message)) {
    const error = tooComplex('tokens', maxTokens, null);
    const { http: _, ...rest } = error.extensions;
    return { message: error.message, extensions: rest };
  }
  return formatted;
}

/**
 * Apollo Server refuses some malformed requests (a persisted-query hash that does not match its
 * query, an unknown persisted-query version) with HTTP 400 but no code, which would read as our
 * fault; they are the client's, and say so.
 */
export function withRequestErrorCodes(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const status = (error as { extensions?: { http?: { status?: number } } })?.extensions?.http?.status;
  if (formatted.extensions?.code !== 'INTERNAL_SERVER_ERROR' || !status || status < 400 || status >= 500) return formatted;
  return { ...formatted, extensions: { ...formatted.extensions, code: 'BAD_REQUEST' } };
}

function foundIn(message: string): number | null {
  const found = /found (\d+)/.exec(message)?.[1];
  return found === undefined ? null : Number(found);
}
