import { HeaderMap, type ApolloServerPlugin, type GraphQLRequestContext } from '@apollo/server';
import type { FormattedExecutionResult } from 'graphql';
import type { GatewayContext } from './auth.js';
import { isPublic, type PublicReads } from './public-reads.js';

interface KeptAnswer {
  result: FormattedExecutionResult;
  /** The subgraphs it was made from, and where each stood. */
  madeFrom: Map<string, number>;
  keptAt: number;
}

/** Says whether an answer to a public reader came from the kept answers (`hit`) or was made now (`miss`). */
const CACHE_HEADER = 'x-cache';

/**
 * Keeps whole answers to the public catalogue's readers, so that asking again skips planning and
 * fetching altogether. Every limit and rate-limit charge still applies: an answer is taken from
 * here only once the operation has been parsed, validated, priced and counted. An answer is kept
 * only when every subgraph it was made from announces its committed writes, and is served only
 * while none of them has changed since, in whichever process the change was made.
 */
export function publicAnswersPlugin(reads: PublicReads): ApolloServerPlugin<GatewayContext> {
  const kept = new Map<string, KeptAnswer>();
  return {
    async requestDidStart() {
      const before = reads.generations();
      let key: string | null = null;
      return {
        async responseForOperation(request) {
          if (!servesFromKept(request)) return null;
          key = keyOf(request);
          const answer = kept.get(key);
          if (!answer) return null;
          kept.delete(key);
          if (!reads.unchangedSince(answer.madeFrom) || Date.now() - answer.keptAt > reads.limits.maxAgeMs) return null;
          kept.set(key, answer);
          return { http: { status: undefined, headers: new HeaderMap([[CACHE_HEADER, 'hit']]) }, body: { kind: 'single', singleResult: structuredClone(answer.result) } };
        },
        async willSendResponse(request) {
          if (key === null || kept.has(key) || request.response.body.kind !== 'single') return;
          request.response.http.headers.set(CACHE_HEADER, 'miss');
          const { singleResult } = request.response.body;
          const madeFrom = reads.madeFrom(request.contextValue, before);
          if (singleResult.errors?.length || !madeFrom || !reads.unchangedSince(madeFrom)) return;
          kept.set(key, { result: structuredClone(singleResult), madeFrom, keptAt: Date.now() });
          if (kept.size > reads.limits.maxEntries) kept.delete(kept.keys().next().value!);
        },
      };
    },
  };
}

/** A query from a reader of the public catalogue who has not asked to read past every copy. */
function servesFromKept(request: GraphQLRequestContext<GatewayContext>): boolean {
  const { caller, viewer, fresh } = request.contextValue;
  return Boolean(caller) && !fresh && isPublic(viewer) && request.operation?.operation === 'query';
}

function keyOf(request: GraphQLRequestContext<GatewayContext>): string {
  return JSON.stringify([request.queryHash, request.operationName ?? null, request.request.variables ?? null, request.contextValue.viewer.scopes]);
}
