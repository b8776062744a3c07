import { describe, expect, it } from 'vitest';
import { mintToken, viewerFromAuthorization } from '../../gateway/auth.js';
import { signIdentity, verifyIdentity } from '../../kit/platform/identity.js';
import { anonymous, type Viewer } from '../../kit/platform/viewer.js';

const school: Viewer = { ...anonymous, role: 'school', subject: 'teacher-1', schoolId: 12 };

describe('identity the gateway passes to subgraphs', () => {
  it('is believed when the gateway signed it', () => {
    expect(verifyIdentity(signIdentity(school))).toEqual(school);
  });

  it('is anonymous when forged, tampered with, stale or garbled', () => {
    const signed = signIdentity(school);
    const [payload, signature] = signed.split('.');
    const admin = Buffer.from(JSON.stringify({ ...school, role: 'admin', issuedAt: Date.now() })).toString('base64url');
    expect(verifyIdentity(`${admin}.${signature}`)).toEqual(anonymous);
    expect(verifyIdentity(`${payload}.${signature}x`)).toEqual(anonymous);
    expect(verifyIdentity(signIdentity(school, Date.now() - 10 * 60_000))).toEqual(anonymous);
    expect(verifyIdentity('not-a-header')).toEqual(anonymous);
    expect(verifyIdentity(undefined)).toEqual(anonymous);
  });
});

describe('bearer tokens at the gateway', () => {
  it('turn into the viewer their claims describe', async () => {
    const token = await mintToken('teacher-1', { role: 'school', schoolId: 'sch_12' });
    expect(await viewerFromAuthorization(`Bearer ${token}`)).toEqual(school);
  });

  it('are refused with UNAUTHENTICATED when expired, badly signed or naming a bad scope', async () => {
    const expired = await mintToken('teacher-1', { role: 'school', schoolId: 'sch_12' }, Math.floor(Date.now() / 1000) - 60);
    const valid = await mintToken('teacher-1', { role: 'school', schoolId: 'sch_12' });
    const badScope = await mintToken('teacher-1', { role: 'school', schoolId: 'ven_12' });
    for (const header of [`Bearer ${expired}`, `Bearer ${valid.slice(0, -2)}xx`, `Bearer ${badScope}`, 'Basic abc']) {
      await expect(viewerFromAuthorization(header)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    }
  });
});
