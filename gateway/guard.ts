import type { ApolloServerPlugin } from '@apollo/server';
import type { GatewayContext } from './auth.js';
import { operationCost } from './cost.js';
import { persistedQueryRequired, rateLimited, subscriptionsUnsupported, tooComplex } from './limits.js';
import type { RateLimiter } from './rate-limits.js';
import type { GatewaySettings } from './settings.js';

/**
 * Once an operation is parsed and validated: refuses it unless persisted (in persisted-only mode),
 * prices it, refuses it over the cost limit, and charges its cost to the caller's rate limit.
 * Every answer carries the cost and what is left of the caller's minute. Operations Kepu's own
 * subgraphs run in-process (no caller) pass: the gateway's depth and token limits still apply to them.
 */
export function guardPlugin(settings: GatewaySettings, limiter: RateLimiter): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(request) {
          const { caller } = request.contextValue;
          if (!caller) return;
          if (settings.persistedQueriesOnly && !request.metrics.persistedQueryHit) throw persistedQueryRequired();
          if (!request.operation) return;
          if (request.operation.operation === 'subscription') throw subscriptionsUnsupported();
          const cost = operationCost(request.schema, request.document, request.operation, request.request.variables);
          if (cost > settings.limits.maxCost) throw tooComplex('cost', settings.limits.maxCost, cost);
          const charge = await limiter.charge(caller.bucket, cost, caller.rateLimitPerMinute);
          const headers = request.response.http.headers;
          headers.set('x-kepu-cost', String(cost));
          headers.set('ratelimit-limit', String(charge.limit));
          headers.set('ratelimit-remaining', String(Math.max(0, charge.limit - charge.spent)));
          headers.set('ratelimit-reset', String(charge.secondsLeft));
          if (!charge.allowed) throw rateLimited(charge.secondsLeft, charge.limit);
        },
      };
    },
  };
}
