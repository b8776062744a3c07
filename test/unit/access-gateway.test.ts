import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSchema, getOperationAST, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { operationCost } from '../../gateway/cost.js';
import { readPersistedOperations, sha256 } from '../../gateway/persisted-queries.js';
import { settingsFromEnvironment } from '../../gateway/settings.js';

const schema = buildSchema(/* GraphQL */ `
  type Query { venues(first: Int = 20): VenueConnection!  venue(id: ID!): Venue  search(first: Int): [Hit!]! }
  type VenueConnection { totalCount: Int!  edges: [VenueEdge!]! }
  type VenueEdge { node: Venue! }
  type Venue { id: ID!  name: String!  programmes(first: Int = 20): ProgrammeConnection! }
  type ProgrammeConnection { edges: [ProgrammeEdge!]! }
  type ProgrammeEdge { node: Programme! }
  type Programme { id: ID!  title: String! }
  union Hit = Venue | Programme
`);

function cost(query: string, variables?: Record<string, unknown>): number {
  const document = parse(query);
  return operationCost(schema, document, getOperationAST(document)!, variables);
}

describe('query cost', () => {
  it('counts 1 per object field and nothing for scalars, at least 1 in all', () => {
    expect(cost(`{ venue(id: "ven_1") { id name } }`)).toBe(1);
    expect(cost(`{ __typename }`)).toBe(1);
  });

  it('multiplies what is under a list by its "first", from a literal, a variable or the default page size', () => {
    expect(cost(`{ venues(first: 10) { edges { node { id } } } }`)).toBe(1 + 10 * 2);
    expect(cost(`query($n: Int) { venues(first: $n) { edges { node { id } } } }`, { n: 50 })).toBe(1 + 50 * 2);
    expect(cost(`{ venues { edges { node { id } } } }`)).toBe(1 + 20 * 2);
    expect(cost(`{ search { ... on Venue { id } } }`)).toBe(1 + 20 * 0);
  });

  it('multiplies nested lists', () => {
    const nested = `{ venues(first: 10) { edges { node { programmes(first: 5) { edges { node { id } } } } } } }`;
    expect(cost(nested)).toBe(1 + 10 * (1 + 1 + (1 + 5 * 2)));
  });

  it('counts fragments and aliases like the fields they stand for', () => {
    const withFragment = `{ a: venues(first: 10) { ...page } b: venues(first: 10) { ...page } } fragment page on VenueConnection { edges { node { id } } }`;
    expect(cost(withFragment)).toBe(2 * (1 + 10 * 2));
    expect(cost(`{ search(first: 4) { ... on Venue { programmes(first: 3) { edges { node { id } } } } } }`)).toBe(1 + 4 * (1 + 3 * 2));
  });
});

describe('gateway settings', () => {
  it('turn introspection off in production unless KEPU_INTROSPECTION=true', () => {
    expect(settingsFromEnvironment({}).introspection).toBe(true);
    expect(settingsFromEnvironment({ NODE_ENV: 'production' }).introspection).toBe(false);
    expect(settingsFromEnvironment({ NODE_ENV: 'production', KEPU_INTROSPECTION: 'true' }).introspection).toBe(true);
    expect(settingsFromEnvironment({ KEPU_INTROSPECTION: 'false' }).introspection).toBe(false);
  });

  it('read limits from the environment and refuse nonsense', () => {
    const settings = settingsFromEnvironment({ KEPU_MAX_DEPTH: '8', KEPU_MAX_COST: '500', KEPU_PERSISTED_QUERIES_ONLY: 'true' });
    expect(settings.limits).toMatchObject({ maxDepth: 8, maxCost: 500 });
    expect(settings.persistedQueriesOnly).toBe(true);
    expect(() => settingsFromEnvironment({ KEPU_MAX_DEPTH: 'deep' })).toThrow(/KEPU_MAX_DEPTH/);
  });
});

describe('persisted-query manifest', () => {
  const manifestFile = (operations: unknown[]) => {
    const file = join(mkdtempSync(join(tmpdir(), 'kepu-manifest-')), 'manifest.json');
    writeFileSync(file, JSON.stringify({ format: 'apollo-persisted-query-manifest', version: 1, operations }));
    return file;
  };

  it('serves its operations by hash and takes no new ones', async () => {
    const body = '{ venues(first: 1) { totalCount } }';
    const operations = readPersistedOperations(manifestFile([{ id: sha256(body), name: 'Count', type: 'query', body }]));
    expect(await operations.get(`apq:${sha256(body)}`)).toBe(body);
    await operations.set(`apq:${sha256('{ me { role } }')}`, '{ me { role } }');
    expect(await operations.get(`apq:${sha256('{ me { role } }')}`)).toBeUndefined();
  });

  it('refuses a manifest whose ids are not the hashes of their operations', () => {
    expect(() => readPersistedOperations(manifestFile([{ id: 'abc', body: '{ me { role } }' }]))).toThrow(/does not match/);
  });
});
