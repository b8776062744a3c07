/**
 * The documents holding a word, as a run of a typed array in place of Orama's `Set`. At 100 times
 * the demo the trees hold 15 million document slots: as sets they were most of the heap (every
 * full collection marked them all), and restoring them from a saved index was most of a start.
 * A saved tree's runs share one array per line of the file; a run copies itself out when it grows.
 * It keeps a set's order (a slot added again goes last), so that answers do not change.
 */
export class PostingSet {
  size: number;
  private capacity: number;
  private cached: Int32Array | null = null;

  constructor(
    private data: Int32Array,
    private start = 0,
    size = data.length,
  ) {
    this.size = size;
    this.capacity = size;
  }

  /** The slots, in order: a view read before the next change, which may replace it. */
  slots(): Int32Array {
    this.cached ??= this.data.subarray(this.start, this.start + this.size);
    return this.cached;
  }

  has(slot: number): boolean {
    return this.indexOf(slot) >= 0;
  }

  /** Orama adds a document's words one after another, so a slot already held is most often the last one. */
  add(slot: number): this {
    if (this.size > 0 && this.data[this.start + this.size - 1] === slot) return this;
    if (this.has(slot)) return this;
    if (this.size === this.capacity) this.grow();
    this.data[this.start + this.size] = slot;
    this.size += 1;
    this.cached = null;
    return this;
  }

  delete(slot: number): boolean {
    const at = this.indexOf(slot);
    if (at < 0) return false;
    const from = this.start + at;
    this.data.copyWithin(from, from + 1, this.start + this.size);
    this.size -= 1;
    this.cached = null;
    return true;
  }

  clear(): void {
    this.size = 0;
    this.cached = null;
  }

  [Symbol.iterator](): IterableIterator<number> {
    return this.slots().values();
  }

  private indexOf(slot: number): number {
    return this.slots().indexOf(slot);
  }

  /** Moves the run to an array of its own, with room to grow. */
  private grow(): void {
    const larger = new Int32Array(Math.max(4, this.capacity * 2));
    larger.set(this.slots());
    this.data = larger;
    this.start = 0;
    this.capacity = larger.length;
  }
}

/** What a tree node's documents are: a `Set` where Orama made the node, a `PostingSet` where a saved index or a compaction did. */
export type Postings = Set<number> | PostingSet;

/** The part of a tree node packing reads: its children and its documents. */
interface Packable {
  c: Map<string, Packable>;
  d: Postings;
}

/** Slots packed into one array before other work is let run. */
const PACKED_AT_ONCE = 50_000;

/**
 * Moves the documents of every node Orama made into runs of shared arrays, as a saved index
 * holds them: done once an index is built, so that a built index weighs what a loaded one does.
 * A node Orama adds later, or one split meanwhile, keeps its set.
 */
export async function packTree(root: Packable, letOthersRun: () => Promise<void>): Promise<void> {
  const stack = [root];
  while (stack.length > 0) {
    const sets: Packable[] = [];
    let slots = 0;
    while (stack.length > 0 && slots < PACKED_AT_ONCE) {
      const node = stack.pop()!;
      for (const child of node.c.values()) stack.push(child);
      if (!(node.d instanceof Set)) continue;
      sets.push(node);
      slots += node.d.size;
    }
    const packed = new Int32Array(slots);
    let start = 0;
    for (const node of sets) {
      const size = node.d.size;
      let at = start;
      for (const slot of node.d) packed[at++] = slot;
      node.d = new PostingSet(packed, start, size);
      start += size;
    }
    await letOthersRun();
  }
}
