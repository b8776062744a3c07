import { mintToken, type KepuClaims } from '../../gateway/auth.js';
import { graphql } from './system.js';

export async function bearer(claims: KepuClaims, subject = `test-${claims.role}`): Promise<Record<string, string>> {
  return { authorization: `Bearer ${await mintToken(subject, claims)}` };
}

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
  const answer = await graphql(url, CREATE_API_KEY, { input: { scopes: ['catalogue:read'], ...input } }, await bearer({ role: 'admin' }));
  if (answer.errors || answer.data.createApiKey.userErrors.length > 0) throw new Error(JSON.stringify(answer));
  return { key: answer.data.createApiKey.key, id: answer.data.createApiKey.apiKey.id };
}
