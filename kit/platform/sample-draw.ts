/**
 * The random draw of an inspection, written out so anyone can repeat it from the seed: the population's
 * row ids ascending, a mulberry32 generator started from the seed, and a Fisher–Yates shuffle stopped
 * after `size` picks (pick i swaps position i with i + floor(r × (n − i)), r the generator's next number).
 * The sample is the first `size` ids, in the order they were picked.
 */
export function drawSample(population: readonly number[], size: number, seed: number): number[] {
  const pool = [...population].sort((a, b) => a - b);
  const next = mulberry32(seed);
  for (let pick = 0; pick < size; pick += 1) {
    const swap = pick + Math.floor(next() * (pool.length - pick));
    [pool[pick], pool[swap]] = [pool[swap]!, pool[pick]!];
  }
  return pool.slice(0, size);
}

/** How many of `populationSize` a share of `percent` draws: rounded up, so the share is at least met. */
export function sampleSize(populationSize: number, percent: number): number {
  return Math.min(populationSize, Math.ceil((percent * populationSize) / 100 - 1e-9));
}

/** mulberry32: a small, well-known 32-bit generator; each call answers a number in [0, 1). */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
