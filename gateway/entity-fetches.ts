import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import type { SubgraphFetch } from './subgraph-fetch.js';

/**
 * An entity fetch resolves a list of entities by their keys (`representations`) and answers
 * `_entities` in the same order. Search hits and lists name entities in ever new combinations,
 * so these fetches are kept entity by entity rather than as a whole.
 */

/** The representations of an entity fetch; null for any other fetch. */
export function representationsOf(fetch: SubgraphFetch): unknown[] | null {
  const representations = fetch.request.variables?.representations;
  return Array.isArray(representations) ? representations : null;
}

/** The same fetch, for some of its entities only. */
export function fetchOfEntities(fetch: SubgraphFetch, representations: unknown[]): SubgraphFetch {
  return { ...fetch, request: { ...fetch.request, variables: { ...fetch.request.variables, representations } } };
}

/** The entities of an answer, one per representation asked; null when it holds none or errors. */
export function entitiesOf(answer: GatewayGraphQLResponse, asked: number): unknown[] | null {
  const entities = (answer.data as { _entities?: unknown } | null | undefined)?._entities;
  if (answer.errors?.length || !Array.isArray(entities) || entities.length !== asked) return null;
  return entities;
}

export function answerOfEntities(entities: unknown[]): GatewayGraphQLResponse {
  return { data: { _entities: entities } };
}
