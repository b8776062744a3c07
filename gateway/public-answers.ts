import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { FormattedExecutionResult } from 'graphql';
import type { ApolloServerPlugin, GraphQLRequestContext, HeaderMap } from '@apollo/server';
import type { EarlyAnswer } from '../kit/subgraph/http.js';
import type { GatewayContext } from './auth.js';
import { rateLimited, rateLimitHeaders } from './limits.js';
import { isPublic, type PublicReads } from './public-reads.js';
import type { RateLimiter } from './rate-limits.js';
import { RecentlyUsed } from '../kit/platform/recently-used.js';
import type { GatewaySettings } from './settings.js';

interface KeptAnswer {
  /** The answer as given; nothing changes it once given. */
  result: FormattedExecutionResult;
  /** The answer as sent again, written out the first time it is: most answers to searches never are. */
  body: string | null;
  /** What the operation costs its caller's rate limit, as priced when it first ran. */
  cost: number;
  /** The subgraphs it was made from, and where each stood. */
  madeFrom: Map<string, number>;
  keptAt: number;
}

/** What a request asks, in the terms an answer is kept under. */
interface Asked {
  documentHash: string;
  operationName: string | null;
  variables: unknown;
}

/** Says whether an answer to a public reader came from the kept answers (`hit`) or was made now (`miss`). */
const CACHE_HEADER = 'x-cache';

/**
 * Keeps whole answers to the public catalogue's readers and gives them again before the operation
 * reaches Apollo at all: no parsing, validating, planning or fetching. The same document with the
 * same variables passed every limit when it first ran, so asking again is charged the cost it was
 * priced at then, to the caller's own rate limit. An answer is kept only when every subgraph it was
 * made from announces its committed writes, and is given only while none of them has changed
 * since, in whichever process the change was made.
 */
export class PublicAnswers {
  private readonly kept: RecentlyUsed<KeptAnswer>;

  constructor(
    private readonly reads: PublicReads,
    private readonly limiter: RateLimiter,
    private readonly settings: GatewaySettings,
    private readonly contextOf: (headers: HeaderMap, request: IncomingMessage) => Promise<GatewayContext>,
  ) {
    this.kept = new RecentlyUsed(reads.limits.maxEntries);
  }

  /** The kept answer to this HTTP request, or null when it must run (and then perhaps be kept). */
  async answer(body: unknown, headers: HeaderMap, request: IncomingMessage): Promise<EarlyAnswer | null> {
    if (request.method !== 'POST') return null;
    const context = await this.contextOf(headers, request).catch(() => null);
    if (!context?.caller || context.fresh || !isPublic(context.viewer)) return null;
    const asked = this.askedIn(body);
    if (!asked) return null;
    const key = keyOf(asked, context);
    const answer = this.kept.get(key);
    if (!answer) return null;
    if (!this.isCurrent(answer)) {
      this.kept.delete(key);
      return null;
    }
    const { bucket, rateLimitPerMinute } = context.caller;
    const charge = await this.limiter.charge(bucket, answer.cost, rateLimitPerMinute);
    if (!charge.allowed) return refusal(charge.secondsLeft, charge.limit);
    const chargeHeaders = rateLimitHeaders(charge.limit, charge.spent, charge.secondsLeft);
    answer.body ??= `${JSON.stringify(answer.result)}\n`;
    return { status: 200, headers: [[CACHE_HEADER, 'hit'], ['x-kepu-cost', String(answer.cost)], ...chargeHeaders], body: answer.body };
  }

  /** Keeps the answers public readers were given, to give them again while nothing behind them changed. */
  plugin(): ApolloServerPlugin<GatewayContext> {
    return {
      requestDidStart: async () => {
        const before = this.reads.generations();
        return {
          willSendResponse: async (request) => {
            if (!isKeptFor(request) || request.response.body.kind !== 'single') return;
            request.response.http.headers.set(CACHE_HEADER, 'miss');
            const { singleResult } = request.response.body;
            const madeFrom = this.reads.madeFrom(request.contextValue, before);
            const { cost } = request.contextValue;
            if (singleResult.errors?.length || !madeFrom || !this.reads.unchangedSince(madeFrom) || cost === undefined) return;
            const asked = { documentHash: request.queryHash!, operationName: request.request.operationName ?? null, variables: request.request.variables ?? null };
            this.kept.set(keyOf(asked, request.contextValue), { result: singleResult, body: null, cost, madeFrom, keptAt: Date.now() });
          },
        };
      },
    };
  }

  private isCurrent(answer: KeptAnswer): boolean {
    return this.reads.unchangedSince(answer.madeFrom) && Date.now() - answer.keptAt <= this.reads.limits.maxAgeMs;
  }

  /**
   * A JSON request's document (by the hash Apollo knows it by), operation and variables. With
   * persisted queries required, only a request naming a persisted query by its hash alone.
   */
  private askedIn(body: unknown): Asked | null {
    if (!body || typeof body !== 'object') return null;
    const { query, operationName, variables, extensions } = body as { query?: unknown; operationName?: unknown; variables?: unknown; extensions?: { persistedQuery?: { sha256Hash?: unknown } } };
    const persisted = extensions?.persistedQuery?.sha256Hash;
    if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') return null;
    const named = { operationName: operationName ?? null, variables: variables ?? null };
    if (typeof query !== 'string') return typeof persisted === 'string' ? { documentHash: persisted, ...named } : null;
    if (this.settings.persistedQueriesOnly) return null;
    return { documentHash: createHash('sha256').update(query).digest('hex'), ...named };
  }
}

/** A query from a reader of the public catalogue who has not asked to read past every copy. */
function isKeptFor(request: GraphQLRequestContext<GatewayContext>): boolean {
  const { caller, viewer, fresh } = request.contextValue;
  return Boolean(caller) && !fresh && isPublic(viewer) && request.operation?.operation === 'query' && request.queryHash !== undefined;
}

function keyOf(asked: Asked, context: GatewayContext): string {
  return JSON.stringify([asked.documentHash, asked.operationName, asked.variables, context.viewer.scopes]);
}

/** The rate-limit refusal, as the gateway gives it to an operation that runs. */
function refusal(secondsLeft: number, limit: number): EarlyAnswer {
  const error = rateLimited(secondsLeft, limit);
  const { http, ...extensions } = error.extensions as { http: { status: number; headers: HeaderMap } };
  return { status: http.status, headers: [...http.headers], body: JSON.stringify({ errors: [{ message: error.message, extensions }] }) };
}
