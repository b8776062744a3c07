import { readFileSync } from 'node:fs';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import { GraphQLError, parse, type GraphQLFieldResolver, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { contextOfViewer, createRequestContext, type HeaderSource, type RequestContext } from './context.js';
import type { Viewer } from '../platform/viewer.js';
import { readTextProblem, withTextLimits } from '../graphql/text-limits.js';
import { log } from '../platform/log.js';

export interface SubgraphDefinition<Store, Loaders> {
  name: string;
  /** URL of the subgraph's `schema.graphql`, the contract its resolvers are generated from. */
  schemaUrl: URL;
  resolvers: unknown;
  store: Store;
  createLoaders(store: Store): Loaders;
  /** Stops what the subgraph runs besides answering requests, when its server stops. */
  stop?: () => Promise<void>;
}

export interface Subgraph<Store = unknown, Loaders = unknown> {
  name: string;
  typeDefs: string;
  schema: GraphQLSchema;
  server: ApolloServer<RequestContext<Store, Loaders>>;
  contextFor(headers: HeaderSource): Promise<RequestContext<Store, Loaders>>;
  /** The context of a fetch from the gateway in this process, which has already verified who asks. */
  contextOf(viewer: Viewer): RequestContext<Store, Loaders>;
}

export function readSchema(schemaUrl: URL): string {
  return readFileSync(schemaUrl, 'utf8');
}

/** Builds and starts a Federation v2 subgraph server from its SDL and resolvers. */
export async function createSubgraph<Store, Loaders>(definition: SubgraphDefinition<Store, Loaders>): Promise<Subgraph<Store, Loaders>> {
  const typeDefs = readSchema(definition.schemaUrl);
  const schema = buildSubgraphSchema({ typeDefs: parse(typeDefs), resolvers: withTextChecks(definition.resolvers as GraphQLResolverMap<unknown>) });
  const server = new ApolloServer<RequestContext<Store, Loaders>>({
    schema,
    includeStacktraceInErrorResponses: false,
    formatError: maskUnexpectedErrors,
    // Kepu keeps answers by announced changes, not by cache hints: working out hints cost every field resolved a hook call.
    plugins: [ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginCacheControlDisabled(), readTextChecks, ...(definition.stop ? [stopsWith(definition.stop)] : [])],
    // Kepu stops its servers itself on SIGINT and SIGTERM, in order; Apollo's own handler would stop this one
    // at the same moment, and a second stop() while one runs never returns (Apollo Server 5).
    stopOnTerminationSignals: false,
  });
  await server.start();
  return {
    name: definition.name,
    typeDefs,
    schema,
    server,
    contextFor: async (headers) => createRequestContext(headers, definition.store, definition.createLoaders),
    contextOf: (viewer) => contextOfViewer(viewer, definition.store, definition.createLoaders),
  };
}

function stopsWith(stop: () => Promise<void>): ApolloServerPlugin {
  return { serverWillStart: async () => ({ serverWillStop: stop }) };
}

/** Every mutation refuses over-long or unstorable text as userErrors before it runs (`withTextLimits`). */
function withTextChecks(resolvers: GraphQLResolverMap<unknown>): GraphQLResolverMap<unknown> {
  const mutations = resolvers.Mutation as Record<string, GraphQLFieldResolver<unknown, unknown>> | undefined;
  return mutations ? { ...resolvers, Mutation: withTextLimits(mutations) as GraphQLResolverMap<unknown>[string] } : resolvers;
}

/** Reads refuse over-long or unstorable text arguments with BAD_USER_INPUT before anything reaches the database. */
const readTextChecks: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ document, operation, request }) {
        if (operation?.operation !== 'query') return;
        const problem = readTextProblem(document, request.variables);
        if (problem) throw new GraphQLError(problem.message, { extensions: { ...problem.extensions, http: { status: 400 } } });
      },
    };
  },
};

/** Errors the API did not mean to raise say so plainly and keep their details in the server log. */
export function maskUnexpectedErrors(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (code !== 'INTERNAL_SERVER_ERROR') return formatted;
  log.error({ err: error }, 'unexpected error');
  return { ...formatted, message: 'Something went wrong on our side; please try again in a moment.', extensions: { code } };
}
