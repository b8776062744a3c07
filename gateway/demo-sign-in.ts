import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson } from '../kit/subgraph/http.js';
import { mintToken, usesDevelopmentSecret, type KepuClaims } from './auth.js';

export const demoSignInPath = '/auth/demo-token';
const maxBodyBytes = 1024;

const scopeClaims: Record<KepuClaims['role'], keyof KepuClaims | null> = {
  school: 'schoolId',
  venue: 'venueId',
  expert: 'expertId',
  district: 'district',
  admin: null,
};
const scopePatterns: Partial<Record<keyof KepuClaims, RegExp>> = {
  schoolId: /^sch_\d{1,9}$/,
  venueId: /^ven_\d{1,9}$/,
  expertId: /^exp_\d{1,9}$/,
  district: /^[\p{L}\p{N} -]{1,60}$/u,
};

/**
 * `POST /auth/demo-token` with `{ "role": "school", "id": "sch_1" }` answers `{ token }`, a token
 * signed with the development secret, for the pages' "sign in as a demo…" picker. It exists only
 * while the gateway signs with the development secret: with KEPU_JWT_SECRET, KEPU_JWKS_URL or
 * NODE_ENV=production it answers 404, and the pages ask for the deployer's token instead.
 */
export async function answerDemoSignIn(request: IncomingMessage, response: ServerResponse): Promise<void> {
  if (!usesDevelopmentSecret()) return sendJson(response, 404, { error: 'Demo sign-in exists only in development.' });
  if (request.method === 'GET') return sendJson(response, 200, { available: true });
  if (request.method !== 'POST') return sendJson(response, 405, { error: 'Use POST.' });
  const body = await readSmallJson(request);
  if (body === null) return sendJson(response, 400, { error: `Send JSON under ${maxBodyBytes} bytes: { "role": "school", "id": "sch_1" }.` });
  const claims = claimsOf(body);
  if (typeof claims === 'string') return sendJson(response, 400, { error: claims });
  sendJson(response, 200, { token: await mintToken(`demo-${claims.role}`, claims, '8h') });
}

function claimsOf(body: Record<string, unknown>): KepuClaims | string {
  const role = body.role as KepuClaims['role'];
  if (!Object.hasOwn(scopeClaims, role)) return `role must be one of ${Object.keys(scopeClaims).join(', ')}.`;
  const claim = scopeClaims[role];
  if (!claim) return { role };
  const id = String(body.id ?? '');
  if (!scopePatterns[claim]!.test(id)) return `A ${role} sign-in needs the ${claim} it acts for in "id".`;
  return { role, [claim]: id };
}

async function readSmallJson(request: IncomingMessage): Promise<Record<string, unknown> | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size <= maxBodyBytes) chunks.push(chunk as Buffer);
  }
  if (size > maxBodyBytes) return null;
  try {
    const value = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    return value && typeof value === 'object' && !Array.isArray(value) ? value : null;
  } catch {
    return null;
  }
}
