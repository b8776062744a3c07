import { formatDocument, stringifyDocument, stringifyVariables } from 'urql';
import { SearchPageDocument } from './graphql/graphql.js';
import { searchParamsOf, searchVariables } from './search-params.js';

/** The `id` of the element in which the server writes the first search's answer into the page. */
export const firstAnswerId = 'kepu-first-answer';

/**
 * The body of the search page's request for a URL's query, exactly as the GraphQL client sends it:
 * the same document with `__typename` added, the same variables. The pages' server builds it too,
 * so the answer it writes into the page is the one the page would have asked for.
 */
export function searchPageRequest(query: URLSearchParams, place: { lat: number; lon: number } | undefined) {
  const variables = searchVariables(searchParamsOf(query), place);
  const body = JSON.stringify({ operationName: 'SearchPage', query: stringifyDocument(formatDocument(SearchPageDocument)), variables });
  return { document: SearchPageDocument, variables, body };
}

/** Which operation a request body asks for, with which variables, whatever the order of its keys; null when it is not JSON. */
export function operationKey(body: string): string | null {
  try {
    const { operationName, variables } = JSON.parse(body) as { operationName?: string; variables?: unknown };
    return `${operationName}:${stringifyVariables(variables ?? {})}`;
  } catch {
    return null;
  }
}
