import { signedIn } from './bearer.js';
import { serveGateway } from '../../gateway/server.js';
import type { GatewaySettings } from '../../gateway/settings.js';
import { inProcessDataSources, type System } from '../../gateway/system.js';
import type { Listening } from '../../kit/subgraph/http.js';
import { graphql, testSettings } from './system.js';

export const CREATE_API_KEY = /* GraphQL */ `
  mutation($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      key
      apiKey { id name prefix scopes rateLimitPerMinute createdBy active lastUsedAt }
      userErrors { field code message }
    }
  }`;

/** Creates an API key as an admin and returns the key to send in X-Api-Key, with its id. */
export async function createApiKey(url: string, input: { name: string; scopes?: string[]; rateLimitPerMinute?: number }): Promise<{ key: string; id: string }> {
  const answer = await graphql(url, CREATE_API_KEY, { input: { scopes: ['catalogue:read'], ...input } }, await signedIn({ role: 'admin' }));
  if (answer.errors || answer.data.createApiKey.userErrors.length > 0) throw new Error(JSON.stringify(answer));
  return { key: answer.data.createApiKey.key, id: answer.data.createApiKey.apiKey.id };
}

/** Another gateway in front of the same subgraphs and database, with settings of its own. */
export function startGateway(system: System, settings: Partial<GatewaySettings> = {}): Promise<Listening> {
  return serveGateway({ dataSources: inProcessDataSources(system.subgraphs), access: system.databases.access, settings: testSettings(settings), port: 0 });
}

/**
 * Rate limits count per minute of the database's clock; a test that counts across requests waits
 * out the last seconds of a minute rather than see its window close halfway.
 */
export async function awaitFreshMinute(system: System): Promise<void> {
  const [{ second }] = await system.databases.access.sql`select extract(second from clock_timestamp())::float as second`;
  if (second > 50) await new Promise((resolve) => setTimeout(resolve, (61 - second) * 1000));
}
