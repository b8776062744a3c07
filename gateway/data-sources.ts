import { RemoteGraphQLDataSource, type GraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { IDENTITY_HEADER, signIdentity } from '../kit/platform/identity.js';
import { log, REQUEST_ID_HEADER } from '../kit/platform/log.js';
import { subgraphFetchSeconds } from '../kit/platform/metrics.js';
import { injectContext } from '../kit/platform/tracing.js';
import { anonymous } from '../kit/platform/viewer.js';
import type { Subgraph } from '../kit/subgraph/server.js';
import type { GatewayContext } from './auth.js';
import { unreachableAnswer } from './unreachable.js';

/**
 * Sends the gateway's fetches straight into a subgraph's Apollo Server in the same process: the
 * same pipeline as over HTTP (validation, errors), without serialising, a socket, or signing the
 * caller's identity for a subgraph that trusts this process already.
 */
export class InProcessDataSource implements GraphQLDataSource<GatewayContext> {
  constructor(private readonly subgraph: Subgraph) {}

  async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    const { request } = options;
    const requestId = requestIdOf(options);
    const started = performance.now();
    const response = await this.subgraph.server.executeOperation(
      { query: request.query, variables: request.variables, operationName: request.operationName },
      { contextValue: this.subgraph.contextOf(viewerOf(options)) },
    );
    const ms = performance.now() - started;
    subgraphFetchSeconds.observe({ subgraph: this.subgraph.name }, ms / 1000);
    log.debug({ requestId, subgraph: this.subgraph.name, ms: Math.round(ms) }, 'subgraph fetch');
    if (response.body.kind !== 'single') throw new Error(`Subgraph ${this.subgraph.name} answered with a stream.`);
    return response.body.singleResult as GatewayGraphQLResponse;
  }
}

/**
 * A subgraph in another process, reached over HTTP with keep-alive connections; its fetches are
 * timed per subgraph. While it cannot be reached, its fields are answered with errors saying so.
 */
export function remoteDataSource(name: string, url: string): GraphQLDataSource<GatewayContext> {
  const source = new RemoteGraphQLDataSource<GatewayContext>({
    url,
    fetcher: fetch as never,
    willSendRequest: (options) => {
      options.request.http?.headers.set(IDENTITY_HEADER, signIdentity(viewerOf(options), Date.now(), options.request.query ?? ''));
      const requestId = requestIdOf(options);
      if (requestId) options.request.http?.headers.set(REQUEST_ID_HEADER, requestId);
      injectContext((name, value) => options.request.http?.headers.set(name, value));
    },
  });
  return {
    async process(options) {
      const stopTimer = subgraphFetchSeconds.startTimer({ subgraph: name });
      try {
        return await source.process(options);
      } catch (error) {
        const refusal = refusalIn(error);
        if (refusal) return refusal;
        log.warn({ requestId: requestIdOf(options), subgraph: name, err: error }, 'subgraph not answering');
        return unreachableAnswer(name, options);
      } finally {
        stopTimer();
      }
    },
  };
}

/**
 * A subgraph's refusal sent with an HTTP error status (a 400 for a bad argument), which Apollo's data
 * source throws as a bare "400: Bad Request": its own errors are the answer, as they are in one process.
 */
function refusalIn(error: unknown): GatewayGraphQLResponse | null {
  const body = (error as { extensions?: { response?: { body?: unknown } } })?.extensions?.response?.body;
  return body && typeof body === 'object' && Array.isArray((body as { errors?: unknown }).errors) ? (body as GatewayGraphQLResponse) : null;
}

/** The id of the request the gateway is answering; none for requests it makes on its own behalf. */
function requestIdOf(options: GraphQLDataSourceProcessOptions<GatewayContext>): string | undefined {
  return 'incomingRequestContext' in options ? options.incomingRequestContext.request.http?.headers.get(REQUEST_ID_HEADER) ?? undefined : undefined;
}

/** Health checks and other requests the gateway makes on its own behalf carry no caller. */
function viewerOf(options: { context?: Partial<GatewayContext> }) {
  return options.context?.viewer ?? anonymous;
}
