import { Kind, parse, type DocumentNode, type SelectionSetNode } from 'graphql';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import type { SubgraphFetch } from './subgraph-fetch.js';

/** The code of the errors at the fields a subgraph did not answer because it could not be reached. */
export const SUBGRAPH_UNAVAILABLE = 'SUBGRAPH_UNAVAILABLE';

/**
 * What the gateway answers for a fetch whose subgraph cannot be reached (stopped, restarting, no
 * route): an error at each field the fetch asked it for, so that the rest of the answer stands and
 * the caller sees which parts are missing and why.
 */
export function unreachableAnswer(subgraph: string, fetch: SubgraphFetch): GatewayGraphQLResponse {
  const message = `The ${subgraph} part of Kepu is not answering just now, so this field is missing; try again in a moment.`;
  const extensions = { code: SUBGRAPH_UNAVAILABLE, serviceName: subgraph };
  return { errors: fieldPaths(fetch).map((path) => ({ message, path, extensions })) } as GatewayGraphQLResponse;
}

/** The paths of the fields a fetch asks for: each root field, or each field of each entity it resolves. */
function fieldPaths(fetch: SubgraphFetch): (string | number)[][] {
  const document = ('document' in fetch && fetch.document) || parseQuietly(fetch.request.query);
  const operation = document?.definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  if (!operation || operation.kind !== Kind.OPERATION_DEFINITION) return [[]];
  const roots = responseNames(operation.selectionSet);
  const entities = operation.selectionSet.selections.find((selection) => selection.kind === Kind.FIELD && selection.name.value === '_entities');
  if (!entities || entities.kind !== Kind.FIELD || !entities.selectionSet) return roots.map((name) => [name]);
  const count = (fetch.request.variables?.representations as unknown[] | undefined)?.length ?? 0;
  const fields = responseNames(entities.selectionSet);
  return Array.from({ length: count }, (_, index) => fields.map((field) => ['_entities', index, field])).flat();
}

/** The names a selection set answers under, through inline fragments. */
function responseNames(selectionSet: SelectionSetNode): string[] {
  const names = selectionSet.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return selection.name.value === '__typename' ? [] : [selection.alias?.value ?? selection.name.value];
    return selection.kind === Kind.INLINE_FRAGMENT ? responseNames(selection.selectionSet) : [];
  });
  return [...new Set(names)];
}

function parseQuietly(query: string | undefined): DocumentNode | null {
  try {
    return query ? parse(query) : null;
  } catch {
    return null;
  }
}
