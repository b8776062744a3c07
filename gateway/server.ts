import { ApolloServer, type HeaderMap } from '@apollo/server';
import { ApolloGateway, type GraphQLDataSource } from '@apollo/gateway';
import { graphqlListener, listen, type Listening } from '../subgraphs/kit/http.js';
import { maskUnexpectedErrors } from '../subgraphs/kit/server.js';
import { viewerFromAuthorization, type GatewayContext } from './auth.js';
import { readSupergraph } from './compose.js';

export interface GatewayOptions {
  /** The data source for each subgraph, by name: in-process or remote. */
  dataSources: Record<string, GraphQLDataSource<GatewayContext>>;
  supergraphSdl?: string;
}

/** The public door: Apollo Gateway over the committed, statically composed supergraph. */
export async function createGateway(options: GatewayOptions): Promise<ApolloServer<GatewayContext>> {
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl ?? readSupergraph(),
    buildService: ({ name }) => {
      const dataSource = options.dataSources[name];
      if (!dataSource) throw new Error(`The supergraph names subgraph "${name}", which is not running.`);
      return dataSource;
    },
  });
  const server = new ApolloServer<GatewayContext>({
    gateway,
    includeStacktraceInErrorResponses: false,
    formatError: maskUnexpectedErrors,
  });
  await server.start();
  return server;
}

/** The gateway listening on `port` (0 for a free one), serving `/graphql` and `/health`; `server` runs operations in-process. */
export async function serveGateway(options: GatewayOptions & { port: number; host?: string }): Promise<Listening & { server: ApolloServer<GatewayContext> }> {
  const gateway = await createGateway(options);
  const context = async (headers: HeaderMap) => ({ viewer: await viewerFromAuthorization(headers.get('authorization')) });
  const listening = await listen(graphqlListener({ server: gateway, context }), options.port, options.host);
  return { ...listening, server: gateway, close: async () => { await listening.close(); await gateway.stop(); } };
}
