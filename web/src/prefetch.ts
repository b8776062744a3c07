import { createRequest, type SSRData } from 'urql';
import { currentSignIn } from './auth';
import { firstAnswerId, operationKey, searchPageRequest } from './search-request';

/** Requests started before the pages were rendered, by operation and variables; each answer is used once. */
const started = new Map<string, Promise<Response>>();
/** The answer the server wrote into the page, for the GraphQL client to start with. */
let written: SSRData | undefined;

/**
 * On a cold load of the search page, gets its results before React renders anything. For a caller
 * who is not signed in, the server has written the anonymous answer into the page: it is used when
 * it answers exactly the request the page would send, and the first render shows it. Otherwise the
 * request starts now, so it runs while the page is being built instead of after its first paint;
 * the search page's query then gets this answer from `fetchOnce` rather than asking again.
 */
export function prefetchSearch(): void {
  if (location.pathname !== '/') return;
  const signedIn = currentSignIn();
  const { document, variables, body } = searchPageRequest(new URLSearchParams(location.search), signedIn?.place);
  const answer = signedIn ? null : writtenAnswer(body);
  if (answer) {
    written = { [createRequest(document, variables).key]: { data: JSON.stringify(answer.data), hasNext: false } };
    // The client checks a cached answer again as the page mounts; that check gets the same answer, not a second request.
    return void started.set(operationKey(body)!, Promise.resolve(Response.json(answer)));
  }
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' };
  if (signedIn) headers.authorization = `Bearer ${signedIn.token}`;
  started.set(operationKey(body)!, fetch('/graphql', { method: 'POST', headers, body }));
}

/** The answer the server wrote into the page for `body`; null when it wrote none or answered another request. */
function writtenAnswer(body: string): { data: unknown } | null {
  const element = document.getElementById(firstAnswerId);
  if (!element || element.dataset.request !== body) return null;
  try {
    return JSON.parse(element.textContent ?? '') as { data: unknown };
  } catch {
    return null;
  }
}

/** The written answer, for the first anonymous GraphQL client; later clients start empty. */
export function takeWrittenAnswer(): SSRData | undefined {
  const answer = written;
  written = undefined;
  return answer;
}

/** `fetch` for the GraphQL client: the started answer when the same operation is asked for, the network otherwise. */
export const fetchOnce: typeof fetch = (input, init) => {
  const key = typeof init?.body === 'string' ? operationKey(init.body) : null;
  const answer = key ? started.get(key) : undefined;
  if (!answer) return fetch(input, init);
  started.delete(key!);
  return answer;
};
