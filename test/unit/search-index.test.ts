import { describe, expect, it } from 'vitest';
import { createEmbeddedEngine } from '../../search/orama.js';
import { SearchIndex } from '../../subgraphs/search/search-index.js';
import { catalogue, DAY, NOW } from '../support/search-fixtures.js';

const unreadable = async () => { throw new Error('this test reads no catalogue'); };

/** A search index on the embedded engine, counting the writes that reach the engine and the changes it tells of. */
function countedIndex() {
  const engine = createEmbeddedEngine();
  const searchIndex = new SearchIndex(engine, unreadable);
  let told = 0;
  searchIndex.onChange(() => { told += 1; });
  return { searchIndex, engineWrites: () => engine.savable!.changes() / 2, told: () => told };
}

const open = (document: (typeof catalogue)[number], starts: number[]) => ({ ...document, openSessionStarts: starts });

describe('the search index', () => {
  it('leaves a document written again unchanged alone, and tells nobody', async () => {
    const { searchIndex, engineWrites, told } = countedIndex();
    await searchIndex.engine.upsert(catalogue);
    expect([engineWrites(), told()]).toEqual([1, 1]);
    await searchIndex.engine.upsert(catalogue.map((document) => ({ ...document })));
    expect([engineWrites(), told()]).toEqual([1, 1]);
  });

  it('writes what changed among what it is given, and what was removed once it comes back', async () => {
    const { searchIndex, engineWrites, told } = countedIndex();
    await searchIndex.engine.upsert(catalogue);
    const [first, second] = catalogue;
    await searchIndex.engine.upsert([first!, open(second!, [NOW + 3 * DAY])]);
    expect([engineWrites(), told()]).toEqual([2, 2]);
    const found = await searchIndex.engine.search({ text: '', filter: { openBetween: { from: NOW + 2 * DAY, to: NOW + 4 * DAY } }, offset: 0, limit: 100, facets: [] });
    expect(found.hits.map((hit) => hit.id)).toContain(second!.id);
    await searchIndex.engine.remove([first!.id]);
    await searchIndex.engine.upsert([first!]);
    expect([engineWrites(), told()]).toEqual([4, 4]);
    expect(await searchIndex.engine.count()).toBe(catalogue.length);
  });

  it('writes every document again after a rebuild swapped another index in', async () => {
    const { searchIndex, engineWrites } = countedIndex();
    await searchIndex.engine.upsert(catalogue);
    const build = await searchIndex.engine.startBuild();
    await build.add(catalogue.slice(1));
    await build.commit();
    const before = engineWrites();
    await searchIndex.engine.upsert(catalogue);
    expect(engineWrites()).toBe(before + 1);
    expect(await searchIndex.engine.count()).toBe(catalogue.length);
  });
});
