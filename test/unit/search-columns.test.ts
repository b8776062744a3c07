import { describe, expect, it } from 'vitest';
import { Random } from '../../seed/random.js';
import { complianceStatuses, deliveries, gradeBands, subjects, venueKinds } from '../../kit/platform/vocabulary.js';
import { facetFields, itemTypes, type FacetField, type SearchDocument, type SearchFilter } from '../../search/engine.js';
import { createEmbeddedEngine } from '../../search/orama.js';

/**
 * The embedded engine's filters and facets checked against the rules written out plainly, over
 * a few thousand generated documents and a few hundred generated filters: every mask and code
 * table in the engine must agree with "does this document have one of these values".
 */

const DAY = 86_400_000;
const NOW = Date.parse('2026-12-01T00:00:00+08:00');
const cities = ['Beijing', 'Shanghai', 'Chongqing', 'Hefei'];
const districts = ['Haidian', 'Chaoyang', 'Pudong', 'Yuzhong', 'Shushan', 'Xuhui'];

const source = new Random(2026);
const random = () => source.next();
const pick = <Value>(values: readonly Value[]): Value => source.pick(values);
const some = <Value>(values: readonly Value[]): Value[] => values.filter(() => random() < 0.3);
const maybe = <Value>(value: Value): Value | null => (random() < 0.15 ? null : value);

function generatedDocument(index: number): SearchDocument {
  const type = pick(itemTypes);
  const placed = !(type === 'Expert' || type === 'Talk') || random() < 0.8;
  return {
    id: `${{ Venue: 'ven', Programme: 'prg', Talk: 'tlk', Expert: 'exp' }[type]}_${index}`,
    type,
    name: `文档${index}`,
    nameEn: `Document ${index}`,
    body: type === 'Venue' ? 'planetarium' : '',
    venueId: placed ? `ven_${index % 50}` : null,
    venueKind: placed ? pick(venueKinds) : null,
    subjects: some(subjects),
    gradeBands: some(gradeBands),
    deliveries: some(deliveries),
    free: random() < 0.4,
    city: placed ? maybe(pick(cities)) : null,
    district: placed ? maybe(pick(districts)) : null,
    complianceStatus: placed ? pick(complianceStatuses) : null,
    location: placed ? { lat: 22 + random() * 18, lon: 100 + random() * 22 } : null,
    openSessionStarts: type === 'Programme' || type === 'Talk' ? some([1, 5, 9, 20, 40].map((days) => NOW + days * DAY)) : [],
  };
}

function generatedFilter(): SearchFilter {
  const filter: SearchFilter = {};
  const listed = <Value>(values: readonly Value[]) => (random() < 0.3 ? [...some(values), pick(values)] : undefined);
  filter.types = listed(itemTypes);
  filter.kinds = listed(venueKinds);
  filter.subjects = listed(subjects);
  filter.gradeBands = listed(gradeBands);
  filter.deliveries = listed(deliveries);
  filter.complianceStatuses = listed(complianceStatuses);
  filter.cities = listed([...cities, 'Nowhere']);
  filter.districts = listed(districts);
  filter.venueIds = random() < 0.15 ? [`ven_${Math.floor(random() * 50)}`, `ven_${Math.floor(random() * 50)}`] : undefined;
  if (random() < 0.2) filter.freeOnly = true;
  if (random() < 0.2) filter.openBetween = { from: NOW + Math.floor(random() * 10) * DAY, to: NOW + Math.floor(10 + random() * 30) * DAY };
  return Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== undefined));
}

/** The filter rules as the API documents them. */
function expectedMatch(document: SearchDocument, filter: SearchFilter): boolean {
  const oneOf = <Value>(wanted: readonly Value[] | undefined, value: Value | null) => !wanted || (value !== null && wanted.includes(value));
  const anyOf = <Value>(wanted: readonly Value[] | undefined, values: readonly Value[]) => !wanted || values.some((value) => wanted.includes(value));
  return oneOf(filter.types, document.type) && oneOf(filter.kinds, document.venueKind) && anyOf(filter.subjects, document.subjects)
    && anyOf(filter.gradeBands, document.gradeBands) && anyOf(filter.deliveries, document.deliveries) && oneOf(filter.complianceStatuses, document.complianceStatus)
    && oneOf(filter.cities, document.city) && oneOf(filter.districts, document.district) && oneOf(filter.venueIds, document.venueId)
    && (!filter.freeOnly || document.free)
    && (!filter.openBetween || document.openSessionStarts.some((start) => start >= filter.openBetween!.from && start < filter.openBetween!.to));
}

function expectedFacet(documents: SearchDocument[], field: FacetField): Record<string, number> {
  const counts: Record<string, number> = {};
  const valuesOf: Record<FacetField, (document: SearchDocument) => (string | null)[]> = {
    kind: (document) => [document.venueKind],
    subject: (document) => document.subjects,
    gradeBand: (document) => document.gradeBands,
    city: (document) => [document.city],
    district: (document) => [document.district],
  };
  for (const document of documents) for (const value of valuesOf[field](document)) if (value !== null) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

/** A catalogue of generated documents in an engine, some of them edited and some removed after they went in. */
async function editedCatalogue() {
  const engine = createEmbeddedEngine();
  const catalogue = Array.from({ length: 3000 }, (_, index) => generatedDocument(index));
  await engine.upsert(catalogue);
  const edited = catalogue.filter((_, index) => index % 7 === 0).map((document, index) => ({ ...generatedDocument(100_000 + index), id: document.id, type: document.type }));
  const removed = new Set(catalogue.filter((_, index) => index % 11 === 0).map((document) => document.id));
  await engine.upsert(edited);
  await engine.remove([...removed]);
  const current = new Map(catalogue.map((document) => [document.id, document]));
  for (const document of edited) current.set(document.id, document);
  return { engine, catalogue: [...current.values()].filter((document) => !removed.has(document.id)) };
}

describe('the embedded engine against the filter and facet rules', () => {
  it('finds exactly the documents each generated filter allows, and counts their facets, after edits and removals too', async () => {
    const { engine, catalogue } = await editedCatalogue();
    for (let round = 0; round < 300; round += 1) {
      const filter = generatedFilter();
      const expected = catalogue.filter((document) => expectedMatch(document, filter));
      const result = await engine.search({ text: '', filter, offset: 0, limit: 5000, facets: facetFields });
      expect(result.hits.map((hit) => hit.id).sort(), JSON.stringify(filter)).toEqual(expected.map((document) => document.id).sort());
      for (const facet of result.facets) {
        expect(Object.fromEntries(facet.values.map(({ value, count }) => [value, count])), `${facet.field} under ${JSON.stringify(filter)}`).toEqual(expectedFacet(expected, facet.field));
      }
    }
  });

  it('matches a query\'s words under every filter as the rules say, dropping a word only where the filter leaves nothing with all of them', async () => {
    const { engine, catalogue } = await editedCatalogue();
    // Asked first without a filter: the words' matches are then kept, and each filter below starts from them.
    const both = (document: SearchDocument) => document.body === 'planetarium';
    expect((await engine.search({ text: 'document planetarium', filter: {}, offset: 0, limit: 0, facets: [] })).totalCount).toBe(catalogue.filter(both).length);
    const dropped = { yes: 0, no: 0 };
    for (let round = 0; round < 300; round += 1) {
      const filter = generatedFilter();
      const allowed = catalogue.filter((document) => expectedMatch(document, filter));
      const withBoth = allowed.filter(both);
      const expected = withBoth.length > 0 ? withBoth : allowed;
      const result = await engine.search({ text: 'document planetarium', filter, offset: 0, limit: 5000, facets: [] });
      expect(result.hits.map((hit) => hit.id).sort(), JSON.stringify(filter)).toEqual(expected.map((document) => document.id).sort());
      expect(result.droppedWords, JSON.stringify(filter)).toEqual(withBoth.length === 0 && allowed.length > 0 ? ['planetarium'] : []);
      dropped[result.droppedWords!.length > 0 ? 'yes' : 'no'] += 1;
    }
    expect(dropped.yes).toBeGreaterThan(10);
    expect(dropped.no).toBeGreaterThan(10);
  });
});
