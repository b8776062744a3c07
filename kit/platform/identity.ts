import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
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

/**
 * The header's value: the viewer, when it was signed and, for a fetch over HTTP, a digest of the
 * operation's document, so that a header seen on the network cannot carry another operation.
 */
export function signIdentity(viewer: Viewer, now = Date.now(), document?: string): string {
  const signed = { ...viewer, issuedAt: now, ...(document === undefined ? {} : { document: digest(document) }) };
  const payload = Buffer.from(JSON.stringify(signed)).toString('base64url');
  return `${payload}.${mac(payload)}`;
}

/** The viewer the header vouches for; anything missing, forged, stale or malformed is anonymous. */
export function verifyIdentity(header: string | undefined, now = Date.now()): Viewer {
  const claims = signedClaims(header, now);
  if (!claims) return anonymous;
  const { issuedAt: _, document: __, ...viewer } = claims;
  return { ...anonymous, ...viewer };
}

/** Whether the gateway signed this header, recently, for exactly this operation document. */
export function signedForDocument(header: string | undefined, document: unknown, now = Date.now()): boolean {
  const claims = signedClaims(header, now);
  return Boolean(claims) && typeof document === 'string' && claims!.document === digest(document);
}

type Claims = Viewer & { issuedAt: number; document?: string };

function signedClaims(header: string | undefined, now: number): Claims | null {
  const [payload, signature, extra] = header?.split('.') ?? [];
  if (!payload || !signature || extra !== undefined || !sameSignature(signature, mac(payload))) return null;
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Claims;
    return roles.includes(claims.role) && Math.abs(now - claims.issuedAt) <= MAX_AGE_MS ? claims : null;
  } catch {
    return null;
  }
}

function digest(document: string): string {
  return createHash('sha256').update(document).digest('base64url');
}

function mac(payload: string): string {
  return createHmac('sha256', internalSecret).update(payload).digest('base64url');
}

function sameSignature(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
