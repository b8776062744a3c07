import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { Caller, GatewayContext } from './auth.js';
import { operationCost } from './cost.js';
import { answerWithError, persistedQueryRequired, rateLimited, rateLimitHeaders, subscriptionsUnsupported, tooComplex } from './limits.js';
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
 *
 * A query, which changes nothing, runs while it is counted when this process knows the caller has
 * room left; the answer still waits for the count, and is replaced by the refusal if the count says
 * the caller was over. A mutation, and a caller this process knows nothing of yet, wait for the count.
 */
export function guardPlugin(settings: GatewaySettings, limiter: RateLimiter): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      let charged = false;
      let refusalWhileRunning: Promise<GraphQLError | null> | null = null;
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
          request.contextValue.cost = cost;
          if (cost > maxCost) {
            await charge(request, caller, REFUSED_OPERATION_COST);
            throw tooComplex('cost', maxCost, cost);
          }
          const runsWhileCounted = request.operation.operation === 'query' && limiter.leavesRoom(caller.bucket, cost, caller.rateLimitPerMinute);
          const counted = charge(request, caller, cost);
          if (runsWhileCounted) {
            refusalWhileRunning = counted.then((spent) => (spent.allowed ? null : rateLimited(spent.secondsLeft, spent.limit)), asGraphQLError);
            return;
          }
          const spent = await counted;
          if (!spent.allowed) throw rateLimited(spent.secondsLeft, spent.limit);
        },
        async willSendResponse(request) {
          const { caller } = request.contextValue;
          if (refusalWhileRunning) {
            const refusal = await refusalWhileRunning;
            if (refusal) answerWithError(request, refusal);
            return;
          }
          if (charged || !caller) return;
          await charge(request, caller, REFUSED_OPERATION_COST).catch((error) => console.error(error));
        },
      };
    },
  };
}

function asGraphQLError(error: unknown): GraphQLError {
  if (error instanceof GraphQLError) return error;
  return new GraphQLError('The request could not be counted against its rate limit; try again.', {
    extensions: { code: 'INTERNAL_SERVER_ERROR', http: { status: 500 } },
  });
}
