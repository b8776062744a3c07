import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { groupSize, requiredText, withChanges } from '../../kit/graphql/input-rules.js';
import { rule, validate } from '../../kit/graphql/payloads.js';
import { requireRole } from '../../kit/graphql/permissions.js';
import { listedStatuses, nextPublicationStatus } from '../../kit/database/publication.js';
import { anonymous } from '../../kit/platform/viewer.js';

describe('publishing and unpublishing', () => {
  it.each([
    ['DRAFT', 'publish', 'PUBLISHED'],
    ['UNPUBLISHED', 'publish', 'PUBLISHED'],
    ['PUBLISHED', 'publish', null],
    ['PUBLISHED', 'unpublish', 'UNPUBLISHED'],
    ['DRAFT', 'unpublish', null],
    ['UNPUBLISHED', 'unpublish', null],
  ] as const)('%s after %s is %s (null: nothing to write)', (current, action, next) => {
    expect(nextPublicationStatus(current, action)).toBe(next);
  });

  it('lists published items unless other statuses are asked for', () => {
    expect(listedStatuses(undefined)).toEqual(['PUBLISHED']);
    expect(listedStatuses([])).toEqual(['PUBLISHED']);
    expect(listedStatuses(['DRAFT'])).toEqual(['DRAFT']);
  });
});

describe('input rules as userErrors', () => {
  const programme = z.object({
    title: requiredText('Give it a title.'),
    subjects: z.array(z.string()).min(1, 'Name a subject.'),
    groupSize,
    price: z.number().refine((cents) => cents >= 0, rule('INVALID_PRICE', 'No negative prices.')),
  });

  it('keeps the code of a rule, calls an empty text or list REQUIRED, and gives the path under the input', () => {
    const checked = validate(programme, { title: '  ', subjects: [], groupSize: { min: 5, max: 2 }, price: -1 });
    expect(checked).toEqual({
      ok: false,
      userErrors: [
        { field: ['input', 'title'], code: 'REQUIRED', message: 'Give it a title.' },
        { field: ['input', 'subjects'], code: 'REQUIRED', message: 'Name a subject.' },
        { field: ['input', 'groupSize'], code: 'INVALID_GROUP_SIZE', message: expect.any(String) },
        { field: ['input', 'price'], code: 'INVALID_PRICE', message: 'No negative prices.' },
      ],
    });
  });

  it('answers the cleaned values when every rule holds', () => {
    expect(validate(programme, { title: ' 观星 ', subjects: ['ASTRONOMY'], groupSize: { min: 1, max: 1 }, price: 0 }))
      .toEqual({ ok: true, value: { title: '观星', subjects: ['ASTRONOMY'], groupSize: { min: 1, max: 1 }, price: 0 } });
  });
});

describe('applying an update', () => {
  const current = { title: '观星', website: 'https://example.org' as string | null, subjects: ['ASTRONOMY'] };

  it('keeps fields left out or sent as null, and empties clearable ones sent as null', () => {
    expect(withChanges(current, { title: null, subjects: undefined })).toEqual(current);
    expect(withChanges(current, { title: '看月亮', website: null }, ['website'])).toEqual({ ...current, title: '看月亮', website: null });
    expect(withChanges(current, { subjects: [] })).toEqual({ ...current, subjects: [] });
  });
});

describe('who may write', () => {
  it('asks anonymous callers to sign in and refuses roles that may not do this at all', () => {
    const codeOf = (run: () => void) => {
      try {
        run();
        return 'allowed';
      } catch (error) {
        return (error as { extensions: { code: string } }).extensions.code;
      }
    };
    expect(codeOf(() => requireRole(anonymous, ['admin']))).toBe('UNAUTHENTICATED');
    expect(codeOf(() => requireRole({ ...anonymous, role: 'school' }, ['venue', 'admin']))).toBe('FORBIDDEN');
    expect(codeOf(() => requireRole({ ...anonymous, role: 'venue' }, ['venue', 'admin']))).toBe('allowed');
  });
});
