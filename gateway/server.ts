import { ApolloServer, type ApolloServerOptions, type ApolloServerPlugin } from '@apollo/server';
import { ApolloGateway, type GraphQLDataSource } from '@apollo/gateway';
import type { RequestListener } from 'node:http';
import type { Database } from '../kit/database/connection.js';
import { createGatewayAccess } from '../subgraphs/access/main.js';
import { graphqlListener, listen, sendJson, type Listening } from '../kit/subgraph/http.js';
import { maskUnexpectedErrors } from '../kit/subgraph/server.js';
import { ApiKeyAuthenticator } from './api-keys.js';
import { answerDemoSignIn, demoSignInPath } from './demo-sign-in.js';
import type { GatewayContext } from './auth.js';
import { readSupergraph } from './compose.js';
import { COVERAGE_CSV_PATH, coverageExport } from './coverage-export.js';
import { FetchMerger } from './merged-fetches.js';
import { followChanges } from './change-feed.js';
import { PublicReads } from './public-reads.js';
import { PublicAnswers } from './public-answers.js';
import { gatewayContext, oncePerRequest, unguardedContext } from './context.js';
import { guardPlugin } from './guard.js';
import { armorProtection, withLimitCodes, withRequestErrorCodes } from './limits.js';
import { readPersistedOperations } from './persisted-queries.js';
import { RateLimiter } from './rate-limits.js';
import { settingsFromEnvironment, type GatewaySettings } from './settings.js';

export interface GatewayOptions {
  /** The data source for each subgraph, by name: in-process or remote. */
  dataSources: Record<string, GraphQLDataSource<GatewayContext>>;
  supergraphSdl?: string;
  /** The access subgraph's database, where API keys and the shared rate-limit windows are. */
  access: Database;
  settings?: GatewaySettings;
  /** Serves the web pages at every path the gateway does not answer itself. */
  pages?: RequestListener;
  /** The databases whose announced writes make kept public answers stale; without them nothing is kept. */
  catalogueDatabaseUrls?: string[];
}

/** The public door: Apollo Gateway over the committed, statically composed supergraph. */
export async function createGateway(options: GatewayOptions, limiter: RateLimiter | null, settings: GatewaySettings, reads: PublicReads | null, answers: PublicAnswers | null): Promise<ApolloServer<GatewayContext>> {
  // Apollo Gateway otherwise probes cloud metadata servers and sends usage metrics to Apollo; Kepu sends nothing out unasked.
  process.env.APOLLO_TELEMETRY_DISABLED ??= 'true';
  const merger = new FetchMerger();
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl ?? readSupergraph(),
    buildService: ({ name }) => {
      const dataSource = options.dataSources[name];
      if (!dataSource) throw new Error(`The supergraph names subgraph "${name}", which is not running.`);
      const kept = reads ? reads.wrap(name, dataSource) : dataSource;
      return settings.mergeFetches ? merger.wrap(name, kept) : kept;
    },
  });
  const server = new ApolloServer<GatewayContext>({
    gateway,
    includeStacktraceInErrorResponses: false,
    introspection: settings.introspection,
    csrfPrevention: true,
    // Kepu stops the gateway itself on SIGINT and SIGTERM (see kit/subgraph/server.ts).
    stopOnTerminationSignals: false,
    ...(limiter ? protections(settings, limiter, answers) : { formatError: (formatted, error) => maskUnexpectedErrors(withRequestErrorCodes(formatted, error), error) }),
  } as ApolloServerOptions<GatewayContext>);
  await server.start();
  return server;
}

function protections(settings: GatewaySettings, limiter: RateLimiter, answers: PublicAnswers | null): Partial<ApolloServerOptions<GatewayContext>> {
  const armor = armorProtection(settings.limits, settings.introspection);
  return {
    plugins: [...(armor.plugins as ApolloServerPlugin<GatewayContext>[]), guardPlugin(settings, limiter), ...(answers ? [answers.plugin()] : [])],
    validationRules: armor.validationRules,
    parseOptions: armor.parseOptions,
    formatError: (formatted, error) => maskUnexpectedErrors(withRequestErrorCodes(withLimitCodes(formatted, settings.limits), error), error),
    ...(settings.persistedQueriesFile && { persistedQueries: { cache: readPersistedOperations(settings.persistedQueriesFile) } }),
  };
}

/** The gateway listening on `port` (0 for a free one), serving `/graphql`, `/health`, the CSV export and the pages; `server` runs operations in-process. */
export async function serveGateway(
  options: GatewayOptions & { port: number; host?: string; isReady?: () => boolean },
): Promise<Listening & { server: ApolloServer<GatewayContext> }> {
  const settings = options.settings ?? settingsFromEnvironment();
  const store = createGatewayAccess(options.access);
  const limiter = settings.guarded ? new RateLimiter(store) : null;
  const reads = settings.publicReads && options.catalogueDatabaseUrls ? new PublicReads(settings.publicReads) : null;
  const changes = reads ? await followChanges(options.catalogueDatabaseUrls!, reads) : null;
  const context = limiter ? oncePerRequest(gatewayContext(settings, new ApiKeyAuthenticator(store, settings.apiKeyCacheSeconds), limiter)) : unguardedContext;
  const answers = limiter && reads ? new PublicAnswers(reads, limiter, settings, context) : null;
  const gateway = await createGateway(options, limiter, settings, reads, answers);
  const exports = { [COVERAGE_CSV_PATH]: coverageExport(gateway, context) };
  // Ready once started (a whole system: once its search index is in) and while the access schema answers.
  const isReady = async () => (options.isReady?.() ?? true) && (await options.access.reachable());
  const listening = await listen(graphqlListener({ server: gateway, context, isReady, otherwise: otherRoutes(options.pages, exports), answerEarly: answers ? (body, headers, request) => answers.answer(body, headers, request) : undefined }), options.port, options.host);
  return {
    ...listening,
    server: gateway,
    close: async () => {
      limiter?.stop();
      await listening.close();
      await gateway.stop();
      await changes?.stop();
    },
  };
}

/** The development-only demo sign-in, then the pages; without pages, a 404 pointing at /graphql. */
function otherRoutes(pages: RequestListener | undefined, exports: Record<string, RequestListener>): RequestListener {
  return (request, response) => {
    const path = request.url?.split('?')[0] ?? '/';
    if (exports[path]) return exports[path](request, response);
    if (path === demoSignInPath) {
      return void answerDemoSignIn(request, response).catch(() => sendJson(response, 500, { error: 'Demo sign-in failed.' }));
    }
    if (pages) return pages(request, response);
    sendJson(response, 404, { errors: [{ message: 'Not found; the API is at /graphql.' }] });
  };
}
