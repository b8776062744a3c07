import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { anonymous, type Role, type Viewer } from './viewer.js';

/** The header in which the gateway vouches for the caller, signed so that no one else can. */
export const IDENTITY_HEADER = 'x-kepu-identity';

const MAX_AGE_MS = 5 * 60_000;
const roles: Role[] = ['anonymous', 'school', 'venue', 'expert', 'district', 'admin'];

/**
 * The secret the gateway and subgraphs share. In one process it can be made up at start; subgraphs
 * in processes of their own need `KEPU_INTERNAL_SECRET` set to the same value everywhere.
 */
let internalSecret = process.env.KEPU_INTERNAL_SECRET ?? randomBytes(32).toString('hex');

export function setInternalSecret(secret: string): void {
  internalSecret = secret;
}

export function signIdentity(viewer: Viewer, now = Date.now()): string {
  const payload = Buffer.from(JSON.stringify({ ...viewer, issuedAt: now })).toString('base64url');
  return `${payload}.${mac(payload)}`;
}

/** The viewer the header vouches for; anything missing, forged, stale or malformed is anonymous. */
export function verifyIdentity(header: string | undefined, now = Date.now()): Viewer {
  return verifiedIdentity(header, now) ?? anonymous;
}

/** The viewer the header vouches for, or null when nothing valid vouches for anyone. */
export function verifiedIdentity(header: string | undefined, now = Date.now()): Viewer | null {
  const [payload, signature, extra] = header?.split('.') ?? [];
  if (!payload || !signature || extra !== undefined || !sameSignature(signature, mac(payload))) return null;
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Viewer & { issuedAt: number };
    if (!roles.includes(claims.role) || Math.abs(now - claims.issuedAt) > MAX_AGE_MS) return null;
    const { issuedAt: _, ...viewer } = claims;
    return { ...anonymous, ...viewer };
  } catch {
    return null;
  }
}

function mac(payload: string): string {
  return createHmac('sha256', internalSecret).update(payload).digest('base64url');
}

function sameSignature(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
