import { readFileSync } from 'node:fs';
import { createServer, type RequestListener } from 'node:http';
import { IDENTITY_HEADER, signIdentity } from '../../kit/platform/identity.js';
import { anonymous } from '../../kit/platform/viewer.js';
import { subgraphEntry, subgraphNames } from '../../subgraphs/manifest.js';

/**
 * Hive Gateway as a process of its own, for `npm run bench peers`: Kepu's static supergraph, the
 * subgraphs at the `<SUBGRAPH>_URL`s Kepu's gateway is given, on PORT; HIVE_RUNTIME=router plans
 * with Hive Router's Rust query planner, anything else with Hive Gateway's defaults.
 *
 * Hive's packages are loaded by name rather than imported, so that the global typings they bring
 * (graphql-yoga's, which redefine GraphQL errors' `http` extension) stay out of Kepu's type check.
 */
interface HiveGatewayRuntime {
  createGatewayRuntime(config: Record<string, unknown>): RequestListener;
}
interface FetchHookPayload {
  options: { body?: unknown; headers?: unknown };
  setOptions(options: FetchHookPayload['options']): void;
}
const [gatewayRuntime, routerRuntime]: string[] = ['@graphql-hive/gateway-runtime', '@graphql-hive/router-runtime'];
const { createGatewayRuntime } = (await import(gatewayRuntime!)) as HiveGatewayRuntime;

const rustPlanner = process.env.HIVE_RUNTIME === 'router';
const { unifiedGraphHandler } = rustPlanner ? await import(routerRuntime!) : { unifiedGraphHandler: undefined };
if (rustPlanner && typeof unifiedGraphHandler !== 'function') throw new Error(`${routerRuntime} has no unifiedGraphHandler: Hive Gateway would plan without Rust.`);

const supergraph = readFileSync(new URL('../../gateway/supergraph.graphql', import.meta.url), 'utf8');

/** Kepu's subgraphs answer only operations a gateway signed, each for its own document, as Kepu's gateway signs them. */
const signedAsKepusGateway = {
  onFetch({ options, setOptions }: FetchHookPayload) {
    const { query } = JSON.parse(String(options.body)) as { query: string };
    setOptions({ ...options, headers: { ...(options.headers as Record<string, string>), [IDENTITY_HEADER]: signIdentity(anonymous, Date.now(), query) } });
  },
};

const gateway = createGatewayRuntime({
  supergraph,
  transportEntries: Object.fromEntries(subgraphNames.map((name) => [name, { location: process.env[subgraphEntry(name).urlVariable] }])),
  plugins: () => [signedAsKepusGateway],
  readinessCheckEndpoint: '/ready',
  logging: 'warn',
  ...(rustPlanner ? { unifiedGraphHandler } : {}),
});

createServer(gateway).listen(Number(process.env.PORT), process.env.HOST ?? '127.0.0.1');
