import type { IncomingMessage } from 'node:http';
import type { HeaderMap } from '@apollo/server';
import { anonymous } from '../subgraphs/kit/viewer.js';
import type { ApiKeyAuthenticator } from './api-keys.js';
import { unauthenticated, viewerFromAuthorization, type GatewayContext } from './auth.js';
import type { GatewaySettings } from './settings.js';

/**
 * Who is calling: an API key's app, a signed-in user, or an anonymous client known by its address.
 * Each is charged to a rate-limit bucket of its own.
 */
export function gatewayContext(settings: GatewaySettings, keys: ApiKeyAuthenticator) {
  return async (headers: HeaderMap, request: IncomingMessage): Promise<GatewayContext> => {
    const apiKey = headers.get('x-api-key');
    const authorization = headers.get('authorization');
    if (apiKey !== undefined && authorization !== undefined) throw unauthenticated('Send either an API key or a bearer token, not both.');
    if (apiKey !== undefined) {
      const { viewer, rateLimitPerMinute } = await keys.authenticate(apiKey);
      return { viewer, caller: { bucket: `key:${viewer.apiKeyId}`, rateLimitPerMinute } };
    }
    const viewer = await viewerFromAuthorization(authorization);
    if (viewer.role !== 'anonymous') {
      return { viewer, caller: { bucket: `sub:${viewer.role}:${viewer.subject}`, rateLimitPerMinute: settings.rateLimits.signedInPerMinute } };
    }
    return { viewer, caller: { bucket: `ip:${clientAddress(headers, request, settings.trustProxy)}`, rateLimitPerMinute: settings.rateLimits.anonymousPerMinute } };
  };
}

/** A context for a gateway without protections, for measuring what they cost. */
export async function unguardedContext(): Promise<GatewayContext> {
  return { viewer: anonymous, caller: { bucket: 'unguarded', rateLimitPerMinute: Number.MAX_SAFE_INTEGER } };
}

function clientAddress(headers: HeaderMap, request: IncomingMessage, trustProxy: boolean): string {
  const forwarded = trustProxy ? headers.get('x-forwarded-for')?.split(',')[0]?.trim() : undefined;
  return forwarded || request.socket.remoteAddress || 'unknown';
}
