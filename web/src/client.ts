import { cacheExchange, Client, fetchExchange, mapExchange, ssrExchange } from 'urql';
import { currentSignIn, signIn } from './auth';
import { fetchOnce, takeWrittenAnswer } from './prefetch';

/** A GraphQL client for one signed-in caller (or none): POST to /graphql with its bearer token, and its own cache. */
export function createClient(token: string | undefined): Client {
  // The answer the server wrote into the page is an anonymous caller's, so only an anonymous client starts with it.
  const written = token ? undefined : takeWrittenAnswer();
  return new Client({
    url: '/graphql',
    preferGetMethod: false,
    fetch: fetchOnce,
    requestPolicy: 'cache-and-network',
    fetchOptions: (): RequestInit => ({ headers: token ? { authorization: `Bearer ${token}` } : {} }),
    exchanges: [
      mapExchange({
        onError(error) {
          // A refused or expired token signs the caller out; the pages then offer to sign in again.
          if (token && error.response?.status === 401) signIn(null);
        },
      }),
      cacheExchange,
      ...(written ? [ssrExchange({ isClient: true, initialState: written })] : []),
      fetchExchange,
    ],
  });
}

/** The client for whoever is signed in now, for requests made outside a page (signing in). */
export function currentClient(): Client {
  return createClient(currentSignIn()?.token);
}
