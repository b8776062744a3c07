import { describe, expect, it } from 'vitest';
import { toPublicId, toRowId } from '../../kit/graphql/ids.js';
import { readPage } from '../../kit/graphql/pagination.js';

function codeOf(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return (error as { extensions?: { code?: string } }).extensions?.code;
  }
  return 'no error';
}

describe('public ids', () => {
  it('round-trip and say which type they belong to', () => {
    expect(toPublicId('Venue', 42)).toBe('ven_42');
    expect(toRowId('Venue', 'ven_42')).toBe(42);
  });

  it.each(['42', 'ven_', 'ven_-1', 'ven_1.5', 'ven_99999999999999999999', 'prg_42', ' ven_42', "ven_1' or 1=1"])(
    'refuse %j as a venue id with BAD_USER_INPUT',
    (id) => expect(codeOf(() => toRowId('Venue', id))).toBe('BAD_USER_INPUT'),
  );

  it.each(['ven_0', 'ven_007', 'ven_9999999999999999'])('take %j, of the right shape, as an id no record has', (id) => {
    expect(toRowId('Venue', id)).toBe(0);
  });
});

describe('page arguments', () => {
  it('default to 20 and accept up to 100', () => {
    expect(readPage({}).size).toBe(20);
    expect(readPage({ first: 100 }).size).toBe(100);
  });

  it.each([101, -1, 2.5])('refuse first: %d', (first) => expect(codeOf(() => readPage({ first }))).toBe('BAD_USER_INPUT'));

  it('refuses a cursor it did not give out', () => {
    expect(codeOf(() => readPage({ after: 'not-a-cursor' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => readPage({ after: Buffer.from('{"a":1}').toString('base64url') }))).toBe('BAD_USER_INPUT');
  });
});
