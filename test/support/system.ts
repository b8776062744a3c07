import type { RequestListener } from 'node:http';
import { settingsFromEnvironment, type GatewaySettings } from '../../gateway/settings.js';
import { startSystem, type System } from '../../gateway/system.js';
import type { SubgraphName } from '../../gateway/subgraphs.js';
import { createTestDatabase } from './databases.js';

export interface TestSystemOptions {
  onStatement?: (subgraph: SubgraphName, statement: string) => void;
  /** Gateway settings over the defaults (not the environment's), so a test sees the same gateway everywhere. */
  settings?: Partial<GatewaySettings>;
  databaseUrl?: string;
  /** Serves the web pages beside the API. */
  pages?: RequestListener;
  /** Where the search index is saved and loaded from; by default it is built at every start. */
  searchIndexFile?: string;
}

/** Every subgraph and the gateway, in-process on free ports, over a fresh copy of the demo catalogue. */
export async function startTestSystem(options: TestSystemOptions = {}): Promise<System> {
  return startSystem({
    port: 0,
    databaseUrl: options.databaseUrl ?? (await createTestDatabase('demo')),
    onStatement: options.onStatement,
    settings: testSettings(options.settings),
    pages: options.pages,
    searchIndexFile: options.searchIndexFile,
  });
}

export function testSettings(overrides: Partial<GatewaySettings> = {}): GatewaySettings {
  return { ...settingsFromEnvironment({}), ...overrides };
}

export interface GraphQLAnswer<Data = any> {
  status: number;
  data?: Data;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** Posts a GraphQL operation over HTTP, as any client would. */
export async function graphql<Data = any>(url: string, query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}): Promise<GraphQLAnswer<Data>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<GraphQLAnswer<Data>, 'status'>;
  return { status: response.status, ...body };
}

export function errorCodes(answer: GraphQLAnswer): (string | undefined)[] {
  return (answer.errors ?? []).map((error) => error.extensions?.code);
}

/**
 * Milliseconds from `since` (now unless given) until `holds` (a copy kept from another subgraph's
 * outbox has the change), asking every `pollMs`; a failure naming `what` after `timeoutMs`.
 */
export async function millisecondsUntil(holds: () => Promise<boolean>, what = 'the change', { since = performance.now(), timeoutMs = 5000, pollMs = 10 } = {}): Promise<number> {
  while (!(await holds())) {
    if (performance.now() - since > timeoutMs) throw new Error(`${what} never arrived`);
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
  return performance.now() - since;
}
