import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayContext } from './auth.js';

/** One fetch the gateway's query plan sends to one subgraph. */
export type SubgraphFetch = GraphQLDataSourceProcessOptions<GatewayContext>;

/** A read, which may share an answer; mutations never do. */
export function isQuery(fetch: SubgraphFetch): boolean {
  return /^\s*(query\b|\{)/.test(fetch.request.query ?? '');
}

/**
 * Whether a fetch must be read from the subgraph now, never from a kept or merged answer: Kepu's own
 * readers (the search indexer) act on a change the moment it commits, before every gateway has heard of it.
 */
export function readsNow(fetch: SubgraphFetch): boolean {
  return !fetch.context?.caller || fetch.context.fresh === true;
}
