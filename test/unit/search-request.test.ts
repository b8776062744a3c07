import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { readSearch } from '../../subgraphs/search/request.js';

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return error instanceof GraphQLError ? String(error.extensions.code) : 'not a GraphQL error';
  }
  return undefined;
}

describe('reading the arguments of search', () => {
  it('reads an empty query as the whole filtered catalogue', () => {
    expect(readSearch({ query: '   ', filter: { cities: ['Beijing'], kinds: [] } })).toMatchObject({ text: '', filter: { cities: ['Beijing'] }, offset: 0, limit: 20 });
  });

  it.each([
    ['a query of 10,000 characters', { query: 'x'.repeat(10_000) }],
    ['an unknown facet', { facets: ['kind', 'price'] }],
    ['a radius of -1', { near: { lat: 39.9, lon: 116.4, radiusKm: -1 } }],
    ['a latitude of 200', { near: { lat: 200, lon: 116.4 } }],
    ['a longitude of NaN', { near: { lat: 20, lon: Number.NaN } }],
    ['a period ending before it starts', { filter: { openBetween: { from: new Date('2026-12-02'), to: new Date('2026-12-01') } } }],
    ['101 hits a page', { first: 101 }],
    ['a cursor that is not one', { after: 'not-a-cursor' }],
  ])('refuses %s as BAD_USER_INPUT', (_, args) => {
    expect(codeOf(() => readSearch(args))).toBe('BAD_USER_INPUT');
  });

  it('gives out cursors that carry on where the page ended, only for the same search', () => {
    const first = readSearch({ query: '科技馆', first: 10 });
    const cursor = Buffer.from(JSON.stringify({ k: first.key, o: 10 })).toString('base64url');
    expect(readSearch({ query: '科技馆', first: 10, after: cursor }).offset).toBe(10);
    expect(codeOf(() => readSearch({ query: '天文馆', first: 10, after: cursor }))).toBe('BAD_USER_INPUT');
  });
});
