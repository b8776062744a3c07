import { HeaderMap, type ApolloServerPlugin, type BaseContext, type GraphQLRequestContext } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, visit, type ASTVisitor, type GraphQLFormattedError, type ValidationContext } from 'graphql';
// graphql-js's own signal to stop validating; thrown, it ends validation with the errors reported so far.
import { validationAbortedError } from 'graphql/validation/validationAbortedError.js';
import type { QueryLimits } from './settings.js';

/**
 * Error codes clients can rely on (documented in the README):
 * - QUERY_TOO_COMPLEX, with `extensions.limit` (depth, cost, aliases, tokens, directives, spreads, fields), `max` and `found`;
 * - RATE_LIMITED, with `extensions.retryAfterSeconds`, and HTTP 429 with Retry-After and the ratelimit-* headers;
 * - PERSISTED_QUERY_REQUIRED, when the deployment accepts persisted operations only.
 */
export type Limit = 'depth' | 'cost' | 'aliases' | 'tokens' | 'directives' | 'spreads' | 'fields';

const advice: Record<Limit, string> = {
  depth: 'ask for fewer levels of nested fields',
  cost: 'ask for smaller pages (a lower "first") or fewer nested lists',
  aliases: 'ask for fewer aliased fields in one request',
  tokens: 'send a shorter query',
  directives: 'use fewer directives',
  spreads: 'spread fewer fragments',
  fields: 'ask for fewer fields in one selection',
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
      http: { status: 429, headers: new HeaderMap([['retry-after', String(secondsLeft)], ...rateLimitHeaders(limit, limit, secondsLeft)]) },
    },
  });
}

/**
 * Replaces an answer already made with `error` alone, as if it had been thrown before the operation
 * ran: its code and other extensions in the body, its HTTP status and headers on the response.
 */
export function answerWithError(request: GraphQLRequestContext<BaseContext>, error: GraphQLError): void {
  const { http, ...extensions } = error.extensions as { http?: { status?: number; headers?: HeaderMap } };
  request.response.body = { kind: 'single', singleResult: { errors: [{ message: error.message, extensions }] } };
  if (http?.status) request.response.http.status = http.status;
  for (const [name, value] of http?.headers ?? []) request.response.http.headers.set(name, value);
}

/** The ratelimit-* headers every answer carries: the caller's limit, what is left of it, and seconds until its window closes. */
export function rateLimitHeaders(limit: number, spent: number, secondsLeft: number): [string, string][] {
  return [
    ['ratelimit-limit', String(limit)],
    ['ratelimit-remaining', String(Math.max(0, limit - spent))],
    ['ratelimit-reset', String(secondsLeft)],
  ];
}

/** Seconds a client is asked to wait when the access database does not answer. */
const UNAVAILABLE_RETRY_SECONDS = 5;

/**
 * Without the access database the gateway can neither check API keys nor count rate limits, and
 * refuses rather than serve unlimited: HTTP 503, SERVICE_UNAVAILABLE and Retry-After.
 */
export async function needingAccessDatabase<Result>(work: Promise<Result>): Promise<Result> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof GraphQLError) throw error;
    console.error(error);
    throw new GraphQLError(`Kepu cannot check API keys and rate limits right now; try again in ${UNAVAILABLE_RETRY_SECONDS} s.`, {
      extensions: {
        code: 'SERVICE_UNAVAILABLE',
        retryAfterSeconds: UNAVAILABLE_RETRY_SECONDS,
        http: { status: 503, headers: new HeaderMap([['retry-after', String(UNAVAILABLE_RETRY_SECONDS)]]) },
      },
    });
  }
}

export function subscriptionsUnsupported(): GraphQLError {
  return new GraphQLError('Kepu has no subscriptions; send a query or a mutation.', { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } });
}

export function persistedQueryRequired(): GraphQLError {
  return new GraphQLError('This API runs persisted operations only: send the operation\'s sha256Hash in extensions.persistedQuery, without the query text.', {
    extensions: { code: 'PERSISTED_QUERY_REQUIRED', http: { status: 400 } },
  });
}

/** Depth, aliases and directives are checked by graphql-armor's validation rules, spreads and fields by `documentSize`, tokens by graphql-js while parsing. */
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
  return { plugins: [...plugins, limitErrorsOnly], validationRules: [documentSize(limits), ...validationRules], parseOptions: { maxTokens: limits.maxTokens } };
}

/**
 * A validation rule for the size of a document as written, checked before any other rule walks it:
 * fragment spreads in all (a few fragments spread over and over multiply what validation and
 * execution walk) and fields in one selection (800 repeated `__typename` cost nothing to answer but
 * much to check that they can be merged). Over either, validation stops there.
 */
export function documentSize(limits: QueryLimits) {
  return (context: ValidationContext): ASTVisitor => ({
    Document(document) {
      let spreads = 0;
      let widest = 0;
      visit(document, {
        FragmentSpread() {
          spreads += 1;
        },
        SelectionSet(node) {
          widest = Math.max(widest, node.selections.length);
        },
      });
      const over = [
        ...(spreads > limits.maxSpreads ? [tooComplex('spreads', limits.maxSpreads, spreads)] : []),
        ...(widest > limits.maxFieldsPerSelection ? [tooComplex('fields', limits.maxFieldsPerSelection, widest)] : []),
      ];
      if (over.length === 0) return;
      for (const error of over) context.reportError(error);
      throw validationAbortedError;
    },
  });
}

/** Once `documentSize` has stopped validation, the errors say which limit, not also that validation was stopped. */
export const limitErrorsOnly: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async validationDidStart() {
        return async (errors) => {
          // Apollo Server answers with this very array once this hook returns.
          const reported = errors as Error[] | undefined;
          if (!reported?.some((error) => error instanceof GraphQLError && typeof error.extensions.limit === 'string')) return;
          const aborted = reported.indexOf(validationAbortedError);
          if (aborted >= 0) reported.splice(aborted, 1);
        };
      },
    };
  },
};

/**
 * Apollo Server reports every failed validation rule as GRAPHQL_VALIDATION_FAILED, graphql-js a
 * token overflow as GRAPHQL_PARSE_FAILED (worded "more that N tokens" in graphql 16) and a selection
 * too costly to check as "Validation aborted."; this puts back the stable code for a limit.
 */
export function withLimitCodes(formatted: GraphQLFormattedError, limits: QueryLimits): GraphQLFormattedError {
  const extensions = formatted.extensions ?? {};
  if (typeof extensions.limit === 'string') return { ...formatted, extensions: { ...extensions, code: 'QUERY_TOO_COMPLEX' } };
  if (extensions.code === 'GRAPHQL_PARSE_FAILED' && /Document contains more (than|that) \d+ tokens/.test(formatted.message)) {
    return formattedLimit(tooComplex('tokens', limits.maxTokens, null));
  }
  // graphql-js gives up checking that the fields of a selection can be merged once that grows too costly.
  if (extensions.code === 'GRAPHQL_VALIDATION_FAILED' && formatted.message === 'Validation aborted.') {
    return formattedLimit(tooComplex('fields', limits.maxFieldsPerSelection, null));
  }
  return formatted;
}

function formattedLimit(error: GraphQLError): GraphQLFormattedError {
  const { http: _, ...rest } = error.extensions;
  return { message: error.message, extensions: rest };
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
