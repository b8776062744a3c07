import { GraphQLError } from 'graphql';
import { createRemoteJWKSet, jwtVerify, SignJWT, type JWTPayload } from 'jose';
import { toRowId, type EntityName } from '../kit/graphql/ids.js';
import { RecentlyUsed } from '../kit/platform/recently-used.js';
import { anonymous, type Role, type Viewer } from '../kit/platform/viewer.js';

export interface GatewayContext {
  viewer: Viewer;
  /** Null for Kepu's own subgraphs asking the supergraph in-process: not rate-limited, not held to persisted queries. */
  caller: Caller | null;
  /** Answers must be read now, not kept ones: the caller sent `Cache-Control: no-cache`. */
  fresh?: boolean;
  /** What the operation costs its caller's rate limit, once priced: an answer kept for others is charged the same. */
  cost?: number;
}

/** Whose rate limit a request is charged to, and how much query cost it may spend per minute. */
export interface Caller {
  bucket: string;
  rateLimitPerMinute: number;
}

/** Claims a Kepu token carries besides `sub` and `exp`; scope ids are public ids such as `sch_12`. */
export interface KepuClaims {
  role: Exclude<Role, 'anonymous'>;
  schoolId?: string;
  venueId?: string;
  expertId?: string;
  district?: string;
}

const DEVELOPMENT_SECRET = 'kepu-development-secret-not-for-production';
const tokenRoles = ['school', 'venue', 'expert', 'district', 'admin'];

/** True when tokens are signed with the development secret: no secret or JWKS is configured, outside production. */
export function usesDevelopmentSecret(): boolean {
  return !process.env.KEPU_JWT_SECRET && !process.env.KEPU_JWKS_URL && process.env.NODE_ENV !== 'production';
}

function jwtSecret(): Uint8Array {
  const secret = process.env.KEPU_JWT_SECRET;
  if (!secret && process.env.NODE_ENV === 'production') throw new Error('Set KEPU_JWT_SECRET (or KEPU_JWKS_URL) in production.');
  return new TextEncoder().encode(secret ?? DEVELOPMENT_SECRET);
}

const jwks = process.env.KEPU_JWKS_URL ? createRemoteJWKSet(new URL(process.env.KEPU_JWKS_URL)) : null;

/** Signs a token the gateway accepts, for `npm run token` and for tests. */
export function mintToken(subject: string, claims: KepuClaims, expiresIn: string | number = '8h'): Promise<string> {
  return new SignJWT({ ...claims }).setProtectedHeader({ alg: 'HS256' }).setSubject(subject).setIssuedAt().setExpirationTime(expiresIn).sign(jwtSecret());
}

/** Who the bearer token says the caller is; no token is anonymous, a bad one is refused. */
export async function viewerFromAuthorization(authorization: string | undefined): Promise<Viewer> {
  if (!authorization) return anonymous;
  const token = /^Bearer\s+(\S+)$/i.exec(authorization)?.[1];
  if (!token) throw unauthenticated('The Authorization header must be "Bearer <token>".');
  const known = trustedViewer(token);
  if (known) return known;
  const payload = await verify(token);
  const viewer = viewerFromClaims(payload);
  verifiedTokens.set(token, { viewer: { ...viewer }, until: Math.min(payload.exp! * 1000, Date.now() + TRUST_VERIFIED_MS) });
  return viewer;
}

/** As long as jose keeps a JWKS: a key withdrawn from it stops being trusted as soon as it would there. */
const TRUST_VERIFIED_MS = 10 * 60_000;

/**
 * Tokens whose signature and claims were checked, with the viewer they describe, so that a client
 * sending the same token with every request has it verified once, not once a request (HMAC through
 * WebCrypto costs more than the rest of the gateway's checks). A token is trusted until it expires,
 * and never longer than `TRUST_VERIFIED_MS`; only tokens that passed are kept.
 */
const verifiedTokens = new RecentlyUsed<{ viewer: Viewer; until: number }>(10_000);

/** A copy of the viewer a token was verified to describe, while it is still trusted. */
function trustedViewer(token: string, now = Date.now()): Viewer | null {
  const known = verifiedTokens.get(token);
  if (!known) return null;
  if (known.until > now) return { ...known.viewer };
  verifiedTokens.delete(token);
  return null;
}

async function verify(token: string): Promise<JWTPayload> {
  try {
    const options = { requiredClaims: ['exp', 'sub'] };
    const { payload } = jwks ? await jwtVerify(token, jwks, options) : await jwtVerify(token, jwtSecret(), { ...options, algorithms: ['HS256'] });
    return payload;
  } catch (error) {
    const expired = (error as { code?: string }).code === 'ERR_JWT_EXPIRED';
    throw unauthenticated(expired ? 'Your sign-in has expired; sign in again.' : 'The bearer token is not valid; sign in again.');
  }
}

function viewerFromClaims(payload: JWTPayload): Viewer {
  const role = payload.role;
  if (typeof role !== 'string' || !tokenRoles.includes(role)) throw unauthenticated('The token names no role Kepu knows.');
  return {
    ...anonymous,
    role: role as Role,
    subject: payload.sub ?? null,
    schoolId: scopeId(payload, 'schoolId', 'School'),
    venueId: scopeId(payload, 'venueId', 'Venue'),
    expertId: scopeId(payload, 'expertId', 'Expert'),
    district: typeof payload.district === 'string' ? payload.district : null,
  };
}

function scopeId(payload: JWTPayload, claim: string, entity: EntityName): number | null {
  const value = payload[claim];
  if (value === undefined) return null;
  try {
    return toRowId(entity, String(value));
  } catch {
    throw unauthenticated(`The token's ${claim} is not a ${entity} id.`);
  }
}

export function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}
