/**
 * A seeded pseudo-random source (mulberry32). Integer arithmetic only, so the same seed gives the
 * same sequence on every machine and Node version.
 */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** An independent stream for one part of the catalogue, so adding rows to one table does not reshuffle another. */
  derive(label: string): Random {
    return new Random(hashString(label, this.state));
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** A float in [min, max). */
  float(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('cannot pick from an empty list');
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** Picks by weight; `weights` are relative and need not sum to one. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
    let threshold = this.next() * total;
    for (const [item, weight] of entries) {
      threshold -= weight;
      if (threshold < 0) return item;
    }
    return entries[entries.length - 1]![0];
  }

  /** Up to `count` distinct items, in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const taken = Math.min(count, items.length);
    // Drawing indices keeps a small sample from a large list cheap; shuffling a copy suits the rest.
    if (taken * 2 < items.length) return this.distinctIndices(items.length, taken).map((i) => items[i]!);
    const pool = [...items];
    for (let i = 0; i < taken; i++) {
      const j = i + Math.floor(this.next() * (pool.length - i));
      [pool[i], pool[j]] = [pool[j]!, pool[i]!];
    }
    return pool.slice(0, taken);
  }

  private distinctIndices(length: number, count: number): number[] {
    const chosen = new Set<number>();
    while (chosen.size < count) chosen.add(Math.floor(this.next() * length));
    return [...chosen];
  }
}

/** FNV-1a over UTF-16 code units, mixed with `basis`. */
export function hashString(text: string, basis = 0): number {
  let hash = (0x811c9dc5 ^ basis) >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  }
  return hash;
}
