import { describe, expect, it } from 'vitest';
import { tokenRequest } from '../../gateway/token-options.js';

describe('npm run token', () => {
  it('answers --help with its usage', () => {
    expect(tokenRequest(['--help'])).toEqual({ help: true });
  });

  it('says what to change for a bad duration, a missing scope or a wrong id, instead of issuing a useless token', () => {
    expect(() => tokenRequest(['--role', 'admin', '--expires', '10x'])).toThrow(/--expires takes a number and s, m, h or d/);
    expect(() => tokenRequest(['--role', 'school'])).toThrow(/needs --school-id, such as --school-id sch_1/);
    expect(() => tokenRequest(['--role', 'venue'])).toThrow(/needs --venue-id/);
    expect(() => tokenRequest(['--role', 'district'])).toThrow(/needs --district/);
    expect(() => tokenRequest(['--role', 'school', '--school-id', 'ven_1'])).toThrow(/not a School id/);
    expect(() => tokenRequest(['--role', 'emperor'])).toThrow(/Give --role/);
  });

  it('issues the claims a role needs', () => {
    expect(tokenRequest(['--role', 'school', '--school-id', 'sch_1'])).toEqual({ help: false, subject: 'demo-school', claims: { role: 'school', schoolId: 'sch_1' }, expires: '8h' });
    expect(tokenRequest(['--role', 'admin', '--expires', '1h'])).toMatchObject({ claims: { role: 'admin' }, expires: '1h' });
  });
});
