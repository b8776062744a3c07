import type { IncomingMessage } from 'node:http';
import type { HeaderMap } from '@apollo/server';
import { IDENTITY_HEADER, verifiedIdentity } from '../kit/platform/identity.js';
import { anonymous, isServiceViewer } from '../kit/platform/viewer.js';
import type { ApiKeyAuthenticator } from './api-keys.js';
import { unauthenticated, viewerFromAuthorization, type Caller, type GatewayContext } from './auth.js';
import { rateLimited } from './limits.js';
import type { RateLimiter } from './rate-limits.js';
import type { GatewaySettings } from './settings.js';

/**
 * What a refused API key costs its sender's address: looking a key up costs the database a query,
 * so a client trying key after key runs into the anonymous rate limit after a few hundred.
 */
export const REFUSED_KEY_COST = 100;

/**
 * Who is calling: an API key's app, a signed-in user, or an anonymous client known by its address.
 * Each is charged to a rate-limit bucket of its own. A caller already over its limit is refused
 * here, before its operation is parsed or validated.
 */
export function gatewayContext(settings: GatewaySettings, keys: ApiKeyAuthenticator, limiter: RateLimiter) {
  const callerOf = callerContext(settings, keys, limiter);
  return async (headers: HeaderMap, request: IncomingMessage): Promise<GatewayContext> => {
    const context = await callerOf(headers, request);
    const refused = context.caller && limiter.refusal(context.caller.bucket, context.caller.rateLimitPerMinute);
    if (refused) throw rateLimited(refused.secondsLeft, refused.limit);
    return { ...context, fresh: /\bno-cache\b/i.test(headers.get('cache-control') ?? '') };
  };
}

/**
 * The context built once per HTTP request, however often it is asked for: the kept answers ask
 * before Apollo does, and a caller must be neither charged nor verified twice.
 */
export function oncePerRequest(context: (headers: HeaderMap, request: IncomingMessage) => Promise<GatewayContext>) {
  const built = new WeakMap<IncomingMessage, Promise<GatewayContext>>();
  return (headers: HeaderMap, request: IncomingMessage): Promise<GatewayContext> => {
    let promise = built.get(request);
    if (!promise) built.set(request, (promise = context(headers, request)));
    return promise;
  };
}

function callerContext(settings: GatewaySettings, keys: ApiKeyAuthenticator, limiter: RateLimiter) {
  return async (headers: HeaderMap, request: IncomingMessage): Promise<GatewayContext> => {
    const service = serviceContext(headers);
    if (service) return service;
    const apiKey = headers.get('x-api-key');
    const authorization = headers.get('authorization');
    const address = { bucket: `ip:${clientAddress(headers, request, settings.trustProxy)}`, rateLimitPerMinute: settings.rateLimits.anonymousPerMinute };
    if (apiKey !== undefined && authorization !== undefined) throw unauthenticated('Send either an API key or a bearer token, not both.');
    if (apiKey !== undefined) return keyHolderContext(apiKey, address, keys, limiter);
    const viewer = await viewerFromAuthorization(authorization);
    if (viewer.role === 'anonymous') return { viewer, caller: address };
    return { viewer, caller: { bucket: `sub:${viewer.role}:${viewer.subject}`, rateLimitPerMinute: settings.rateLimits.signedInPerMinute } };
  };
}

/**
 * One of Kepu's own subgraphs in a process of its own (search reading the catalogue, bookings asking
 * about an offer), vouched for by the internal secret: run as its questions are run in one process,
 * with no caller to charge, so a reindex is never refused by limits meant for clients.
 */
function serviceContext(headers: HeaderMap): GatewayContext | null {
  const viewer = verifiedIdentity(headers.get(IDENTITY_HEADER));
  return viewer && isServiceViewer(viewer) ? { viewer, caller: null } : null;
}

async function keyHolderContext(apiKey: string, address: Caller, keys: ApiKeyAuthenticator, limiter: RateLimiter): Promise<GatewayContext> {
  const refused = limiter.refusal(address.bucket, address.rateLimitPerMinute);
  if (refused) throw rateLimited(refused.secondsLeft, refused.limit);
  try {
    const { viewer, rateLimitPerMinute } = await keys.authenticate(apiKey);
    return { viewer, caller: { bucket: `key:${viewer.apiKeyId}`, rateLimitPerMinute } };
  } catch (error) {
    const charge = await limiter.charge(address.bucket, REFUSED_KEY_COST, address.rateLimitPerMinute);
    throw charge.allowed ? error : rateLimited(charge.secondsLeft, charge.limit);
  }
}

/** A context for a gateway without protections, for measuring what they cost. */
export async function unguardedContext(): Promise<GatewayContext> {
  return { viewer: anonymous, caller: { bucket: 'unguarded', rateLimitPerMinute: Number.MAX_SAFE_INTEGER } };
}

function clientAddress(headers: HeaderMap, request: IncomingMessage, trustProxy: boolean): string {
  const forwarded = trustProxy ? headers.get('x-forwarded-for')?.split(',')[0]?.trim() : undefined;
  return forwarded || request.socket.remoteAddress || 'unknown';
}
