import { userError, type UserError } from '../../kit/graphql/errors.js';
import { toPublicId, toRowId } from '../../kit/graphql/ids.js';
import { connectionOf, readPage } from '../../kit/graphql/pagination.js';
import { requireRole } from '../../kit/graphql/permissions.js';
import { DateTime } from '../../kit/graphql/scalars.js';
import { apiKeyScopes } from '../../kit/platform/viewer.js';
import type { CreateApiKeyInput, Resolvers, Role } from './generated.js';

export const DEFAULT_KEY_RATE_LIMIT = 60_000;
const MAX_KEY_RATE_LIMIT = 10_000_000;
const MAX_NAME_LENGTH = 100;

export const resolvers: Resolvers = {
  DateTime,
  Query: {
    me: (_, __, { viewer }) => viewer,
    apiKeys: async (_, { filter, first, after }, { viewer, store }) => {
      requireRole(viewer, ['admin']);
      const page = readPage({ first, after });
      return connectionOf(await store.apiKeysPage(filter?.includeRevoked ?? false, page), page);
    },
  },
  Mutation: {
    createApiKey: async (_, { input }, { viewer, store }) => {
      requireRole(viewer, ['admin']);
      const userErrors = checkNewApiKey(input);
      if (userErrors.length > 0) return { apiKey: null, key: null, userErrors };
      const { row, key } = await store.createApiKey({
        name: input.name.trim(),
        scopes: [...new Set(input.scopes)],
        rateLimitPerMinute: input.rateLimitPerMinute ?? DEFAULT_KEY_RATE_LIMIT,
        createdBy: viewer.subject ?? 'admin',
      });
      return { apiKey: row, key, userErrors: [] };
    },
    revokeApiKey: async (_, { id }, { viewer, store }) => {
      requireRole(viewer, ['admin']);
      const row = await store.revokeApiKey(toRowId('ApiKey', id));
      if (!row) return { apiKey: null, userErrors: [userError('API_KEY_NOT_FOUND', `There is no API key ${id}.`, ['id'])] };
      return { apiKey: row, userErrors: [] };
    },
  },
  Viewer: {
    role: (viewer) => (viewer.apiKeyId === null ? (viewer.role.toUpperCase() as Role) : 'APP'),
    subject: (viewer) => viewer.subject,
    school: (viewer) => (viewer.schoolId === null ? null : { id: viewer.schoolId }),
    venue: (viewer) => (viewer.venueId === null ? null : { id: viewer.venueId }),
    expert: (viewer) => (viewer.expertId === null ? null : { id: viewer.expertId }),
    district: (viewer) => viewer.district,
    scopes: (viewer) => viewer.scopes,
    apiKeyName: async (viewer, _, { loaders }) => (viewer.apiKeyId === null ? null : (await loaders.apiKey.load(viewer.apiKeyId))?.name ?? null),
  },
  ApiKey: {
    id: (key) => toPublicId('ApiKey', key.id),
    createdAt: (key) => key.createdAt.toISOString(),
    lastUsedAt: (key) => key.lastUsedAt?.toISOString() ?? null,
    revokedAt: (key) => key.revokedAt?.toISOString() ?? null,
    active: (key) => key.revokedAt === null,
  },
  School: { id: (school) => toPublicId('School', school.id) },
  Venue: { id: (venue) => toPublicId('Venue', venue.id) },
  Expert: { id: (expert) => toPublicId('Expert', expert.id) },
};

function checkNewApiKey(input: CreateApiKeyInput): UserError[] {
  const problems: UserError[] = [];
  const name = input.name.trim();
  if (name.length === 0 || name.length > MAX_NAME_LENGTH) {
    problems.push(userError('INVALID_NAME', `Give the key a name of 1 to ${MAX_NAME_LENGTH} characters, such as the app it is for.`, ['input', 'name']));
  }
  const unknown = input.scopes.filter((scope) => !(apiKeyScopes as readonly string[]).includes(scope));
  if (unknown.length > 0 || input.scopes.length === 0) {
    problems.push(userError('INVALID_SCOPE', `Grant one or more of these scopes: ${apiKeyScopes.join(', ')}.`, ['input', 'scopes']));
  }
  const limit = input.rateLimitPerMinute;
  if (limit !== null && limit !== undefined && (limit < 1 || limit > MAX_KEY_RATE_LIMIT)) {
    problems.push(userError('INVALID_RATE_LIMIT', `The rate limit is query cost per minute, from 1 to ${MAX_KEY_RATE_LIMIT}.`, ['input', 'rateLimitPerMinute']));
  }
  return problems;
}
