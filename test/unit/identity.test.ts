import { afterEach, describe, expect, it, vi } from 'vitest';
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

  describe('verified once and then trusted', () => {
    afterEach(() => vi.useRealTimers());

    it('until the token expires, however often it was accepted before', async () => {
      vi.useFakeTimers({ toFake: ['Date'] });
      const expiresAt = Math.floor(Date.now() / 1000) + 60;
      const token = await mintToken('teacher-1', { role: 'school', schoolId: 'sch_12' }, expiresAt);
      expect(await viewerFromAuthorization(`Bearer ${token}`)).toEqual(school);
      expect(await viewerFromAuthorization(`Bearer ${token}`)).toEqual(school);
      vi.setSystemTime((expiresAt + 1) * 1000);
      await expect(viewerFromAuthorization(`Bearer ${token}`)).rejects.toMatchObject({ message: 'Your sign-in has expired; sign in again.' });
    });

    it('only for the exact token: a tampered copy of an accepted one is refused', async () => {
      const token = await mintToken('teacher-1', { role: 'school', schoolId: 'sch_12' });
      expect(await viewerFromAuthorization(`Bearer ${token}`)).toEqual(school);
      const [header, , signature] = token.split('.');
      const admin = Buffer.from(JSON.stringify({ role: 'admin', sub: 'teacher-1', exp: Math.floor(Date.now() / 1000) + 3600 })).toString('base64url');
      await expect(viewerFromAuthorization(`Bearer ${header}.${admin}.${signature}`)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
      await expect(viewerFromAuthorization(`Bearer ${token}x`)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    });

    it('each request getting a viewer of its own', async () => {
      const token = await mintToken('teacher-1', { role: 'school', schoolId: 'sch_12' });
      const first = await viewerFromAuthorization(`Bearer ${token}`);
      first.role = 'admin';
      expect(await viewerFromAuthorization(`Bearer ${token}`)).toEqual(school);
    });
  });
});
