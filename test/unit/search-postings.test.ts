import { describe, expect, it } from 'vitest';
import { PostingSet } from '../../search/postings.js';

/** A small deterministic generator, so that a failure can be replayed. */
function numbers(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state;
  };
}

describe('a posting set', () => {
  it('holds the same slots in the same order as a Set, through adds and deletes, also as a run shared with its neighbours', () => {
    const next = numbers(7);
    const shared = Int32Array.from([9, 4, 7, 1, 4000, 5000]);
    const runs = [new PostingSet(shared, 0, 3), new PostingSet(shared, 3, 1), new PostingSet(new Int32Array(0))];
    const sets = [new Set([9, 4, 7]), new Set([1]), new Set<number>()];
    for (let step = 0; step < 3000; step += 1) {
      const which = next() % runs.length;
      const slot = next() % 40;
      if (next() % 3 === 0) expect(runs[which]!.delete(slot)).toBe(sets[which]!.delete(slot));
      else {
        runs[which]!.add(slot);
        sets[which]!.add(slot);
      }
      for (const [at, run] of runs.entries()) {
        expect([...run]).toEqual([...sets[at]!]);
        expect(run.size).toBe(sets[at]!.size);
      }
    }
    expect(shared.subarray(4)).toEqual(Int32Array.from([4000, 5000]));
  });
});
