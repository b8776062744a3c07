import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchDocument } from '../../search/engine.js';
import type { System } from '../../gateway/system.js';
import { evaluate, figuresOf, loadQueries, readDocuments, table, type QueryOutcome } from '../relevance/relevance.js';
import { startTestSystem } from '../support/system.js';

/** The relevance suite on the demo catalogue, as the running system indexed it. */
let system: System;
let documents: SearchDocument[];
let outcomes: QueryOutcome[];

beforeAll(async () => {
  system = await startTestSystem();
  documents = await readDocuments(system.catalogueReader);
  outcomes = await evaluate(loadQueries(), documents, async ({ query, filter }) => {
    const result = await system.searchEngine.search({ text: query, filter: filter ?? {}, offset: 0, limit: 10, facets: [] });
    return { ids: result.hits.map((hit) => hit.id), totalCount: result.totalCount };
  });
  console.log(`Relevance of ${system.searchEngine.name} search on the demo catalogue:\n${table(outcomes)}`);
}, 120_000);
afterAll(() => system?.stop());

describe('search relevance on the demo catalogue', () => {
  it('has at least 100 judged queries across every category', () => {
    expect(outcomes.length).toBeGreaterThanOrEqual(100);
    expect(new Set(outcomes.map((outcome) => outcome.query.category)).size).toBeGreaterThanOrEqual(12);
  });

  it('ranks what teachers look for first: nDCG@10 at least 0.85', () => {
    expect(figuresOf(outcomes).ndcg).toBeGreaterThanOrEqual(0.85);
  });

  it('finds something for all but 3 % of the queries the catalogue answers', () => {
    const missed = outcomes.filter((outcome) => outcome.answerable && outcome.totalCount === 0).map((outcome) => outcome.query.query);
    expect(missed.length / figuresOf(outcomes).answerable, `no hits for ${missed.join(', ')}`).toBeLessThanOrEqual(0.03);
  });
});
