import { postToGatewayAs, type ExecuteOperation } from '../../kit/platform/supergraph.js';
import { serviceViewer } from '../../kit/platform/viewer.js';

/**
 * Reads the published catalogue through the supergraph, as an anonymous caller: what search
 * shows is exactly what the public API shows, and no subgraph's tables are read.
 */
export type CatalogueReader = <Data>(query: string, variables?: Record<string, unknown>) => Promise<CatalogueAnswer<Data>>;

export interface CatalogueAnswer<Data> {
  data: Data;
  errors: { message: string; path?: readonly (string | number)[] }[];
}

/**
 * Runs operations on a gateway elsewhere (`KEPU_GATEWAY_URL`), for an indexer of its own: as an
 * anonymous caller vouched for by the internal secret, so that it reads what the public API shows
 * and a reindex is held to no client's cost or rate limit, as in one process.
 */
export function httpReader(url: string): CatalogueReader {
  return readerOf(postToGatewayAs(url, serviceViewer('search', 'anonymous')));
}

/** A read that returned no data at all failed as a whole (a subgraph down): the caller retries later. */
export function readerOf(execute: ExecuteOperation): CatalogueReader {
  return async <Data>(query: string, variables: Record<string, unknown> = {}) => {
    const result = await execute<Data>(query, variables);
    const errors = (result.errors ?? []) as CatalogueAnswer<Data>['errors'];
    if (!result.data) throw new Error(`Reading the catalogue failed: ${errors.map((error) => error.message).join('; ') || 'no data'}`);
    return { data: result.data, errors };
  };
}
