import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import type { Caller, GatewayContext } from './auth.js';
import { operationCost } from './cost.js';
import { persistedQueryRequired, rateLimited, rateLimitHeaders, subscriptionsUnsupported, tooComplex } from './limits.js';
import type { Charge, RateLimiter } from './rate-limits.js';
import type { GatewaySettings } from './settings.js';

/** What an operation refused before it ran costs its caller: parsing, validating and pricing it was work too. */
export const REFUSED_OPERATION_COST = 1;

/**
 * Once an operation is parsed and validated: refuses it unless persisted (in persisted-only mode),
 * prices it, refuses it over the cost limit, and charges its cost to the caller's rate limit. An
 * operation refused anywhere before that (unparsable, over a limit) is charged REFUSED_OPERATION_COST.
 * Every answer carries the cost and what is left of the caller's minute. Operations Kepu's own
 * subgraphs run in-process (no caller) pass: the gateway's depth and token limits still apply to them.
 */
export function guardPlugin(settings: GatewaySettings, limiter: RateLimiter): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      let charged = false;
      const charge = async (request: GraphQLRequestContext<GatewayContext>, caller: Caller, cost: number): Promise<Charge> => {
        charged = true;
        const charge = await limiter.charge(caller.bucket, cost, caller.rateLimitPerMinute);
        const headers = request.response.http.headers;
        headers.set('x-kepu-cost', String(cost));
        for (const [name, value] of rateLimitHeaders(charge.limit, charge.spent, charge.secondsLeft)) headers.set(name, value);
        return charge;
      };
      return {
        async didResolveOperation(request) {
          const { caller } = request.contextValue;
          if (!caller) return;
          if (settings.persistedQueriesOnly && !request.metrics.persistedQueryHit) throw persistedQueryRequired();
          if (!request.operation) return;
          if (request.operation.operation === 'subscription') throw subscriptionsUnsupported();
          const { maxCost } = settings.limits;
          const cost = operationCost(request.schema, request.document, request.operation, request.request.variables, maxCost);
          if (cost > maxCost) {
            await charge(request, caller, REFUSED_OPERATION_COST);
            throw tooComplex('cost', maxCost, cost);
          }
          const spent = await charge(request, caller, cost);
          if (!spent.allowed) throw rateLimited(spent.secondsLeft, spent.limit);
        },
        async willSendResponse(request) {
          const { caller } = request.contextValue;
          if (charged || !caller) return;
          await charge(request, caller, REFUSED_OPERATION_COST).catch((error) => console.error(error));
        },
      };
    },
  };
}
