import type { ApolloServer } from '@apollo/server';
import type { GatewayContext } from '../gateway/auth.js';
import { anonymous } from '../subgraphs/kit/viewer.js';

/**
 * Reads the published catalogue through the supergraph, as an anonymous caller: what search
 * shows is exactly what the public API shows, and no subgraph's tables are read.
 */
export type CatalogueReader = (query: string, variables?: Record<string, unknown>) => Promise<CatalogueAnswer>;

export interface CatalogueAnswer {
  data: Record<string, any>;
  errors: { message: string; path?: readonly (string | number)[] }[];
}

/** Runs operations on the gateway in this process, without HTTP. */
export function inProcessReader(gateway: ApolloServer<GatewayContext>): CatalogueReader {
  return async (query, variables) => {
    // No caller: Kepu's own read is not charged to a rate limit; the gateway's size limits still apply.
    const response = await gateway.executeOperation({ query, variables }, { contextValue: { viewer: anonymous, caller: null } });
    if (response.body.kind !== 'single') throw new Error('The gateway answered the catalogue read with a stream.');
    return answerOf(response.body.singleResult);
  };
}

/**
 * Runs operations on a gateway elsewhere (`KEPU_GATEWAY_URL`), for an indexer of its own. Over
 * HTTP reads are charged to a rate limit: give an API key (`KEPU_SEARCH_API_KEY`) whose limit
 * fits a reindex. An API key reads as a third-party app does: the published catalogue only.
 */
export function httpReader(url: string, apiKey = process.env.KEPU_SEARCH_API_KEY): CatalogueReader {
  return async (query, variables) => {
    const headers: Record<string, string> = { 'content-type': 'application/json', ...(apiKey ? { 'x-api-key': apiKey } : {}) };
    const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    if (!response.ok && response.status !== 200) throw new Error(`The gateway at ${url} answered HTTP ${response.status}.`);
    return answerOf((await response.json()) as { data?: unknown; errors?: unknown });
  };
}

/** A read that returned no data at all failed as a whole (a subgraph down): the caller retries later. */
function answerOf(result: { data?: unknown; errors?: unknown }): CatalogueAnswer {
  const errors = (result.errors ?? []) as CatalogueAnswer['errors'];
  if (!result.data) throw new Error(`Reading the catalogue failed: ${errors.map((error) => error.message).join('; ') || 'no data'}`);
  return { data: result.data as Record<string, any>, errors };
}
