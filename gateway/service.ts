import type { ApolloServer } from '@apollo/server';
import type { ExecuteOperation, OperationResult } from '../kit/platform/supergraph.js';
import { serviceViewer, type Viewer } from '../kit/platform/viewer.js';
import type { GatewayContext } from './auth.js';

/**
 * Runs operations on the gateway in this process for a subgraph asking about others' data, as an
 * administrator named after the subgraph: it must see a programme's status and venue whatever their state.
 */
export function executeAsService(server: ApolloServer<GatewayContext>, subgraph: string): ExecuteOperation {
  return executeOnGateway(server, serviceViewer(subgraph, 'admin'));
}

/** Runs operations on the gateway in this process as `viewer`, without HTTP. Kepu's own reads have no caller, so no rate limit is charged; the gateway's size limits still apply. */
export function executeOnGateway(server: ApolloServer<GatewayContext>, viewer: Viewer): ExecuteOperation {
  return async <Data>(query: string, variables: Record<string, unknown>) => {
    const response = await server.executeOperation({ query, variables }, { contextValue: { viewer, caller: null } });
    if (response.body.kind !== 'single') throw new Error('The gateway answered with a stream.');
    return response.body.singleResult as OperationResult<Data>;
  };
}
