import { PostingSet, type Postings } from './postings.js';
import type { Clause, Term } from './query.js';
import { typosAllowed } from './text.js';

/**
 * How well each document matches a query's words, looked up in Orama's radix trees. Scores are
 * kept in a dense array by slot: a common word is held by tens of thousands of documents, and
 * intersecting maps of that size cost more than the rest of the search together.
 */

/**
 * Chinese and Latin tokens live in separate fields: a typo-tolerant lookup walks the radix tree
 * breadth-first from its root, and a root with thousands of Chinese characters under it made
 * one English typo lookup cost seconds at 125,000 documents.
 */
const textFields = {
  nameHan: { weight: 3, script: 'han' },
  nameLatin: { weight: 3, script: 'latin' },
  namePinyin: { weight: 2.5, script: 'pinyin' },
  contextHan: { weight: 2, script: 'han' },
  contextLatin: { weight: 2, script: 'latin' },
  bodyHan: { weight: 1, script: 'han' },
  bodyLatin: { weight: 1, script: 'latin' },
} as const;
export type TextField = keyof typeof textFields;

const textFieldNames = Object.keys(textFields) as TextField[];

/** A node of Orama's radix tree: edge label, children by first character, documents, and the word ending here. */
export interface RadixNode {
  s: string;
  c: Map<string, RadixNode>;
  d: Postings;
  e: boolean;
  w: string;
}

/** What scoring reads: the radix tree of each text field, its posting lists, and how many documents there are. */
export interface TextIndex {
  count(): number;
  slotCount(): number;
  radixTree(field: TextField): RadixNode;
  readonly postings: PostingLists;
}

/** Sets smaller than this are read as they are: copying them would save less than it costs. */
const LISTED_FROM = 64;

/**
 * The documents of a word as a typed array: a saved or compacted tree's own, or for a node Orama
 * made since, copied from its set the first time a query reads it and kept until the index next
 * changes. A broad query reads sets of tens of thousands of documents, and stepping through a set
 * cost several times what stepping through an array does.
 */
export class PostingLists {
  private lists = new WeakMap<Set<number>, Int32Array>();

  /** The slots of `ids`, in their order. */
  of(ids: Postings): Int32Array {
    if (ids instanceof PostingSet) return ids.slots();
    let list = this.lists.get(ids);
    if (!list) {
      list = Int32Array.from(ids);
      this.lists.set(ids, list);
    }
    return list;
  }

  /** Called after every change to the sets: the copies made before it are not read again. */
  forget(): void {
    this.lists = new WeakMap();
  }
}

/**
 * Zeroed score arrays, each with room for a list of every slot, for the next query. A query takes
 * several, each as long as the catalogue; allocated anew each time, and the lists grown one slot
 * at a time, they made the garbage collector pause searches for tens of milliseconds.
 */
interface Spare {
  weights: Float64Array;
  list: Int32Array;
}
const spares: Spare[] = [];
const SPARES_KEPT = 16;

function spare(length: number): Spare {
  const index = spares.findIndex((each) => each.weights.length >= length);
  return index < 0 ? { weights: new Float64Array(length), list: new Int32Array(length) } : spares.splice(index, 1)[0]!;
}

/**
 * Scores by slot, with the list of slots that have one (every score is above zero). The last
 * factor a score is multiplied by is applied when the score is read: most of a broad word's
 * scores are dropped by the next word or by the filter, and multiplying them all cost a pass
 * over tens of thousands of slots. A score read is the same number either way.
 */
export class Scores {
  private readonly weights: Float64Array;
  private readonly list: Int32Array;
  /** The factor not yet applied to the stored scores. */
  private factor = 1;
  size = 0;

  constructor(slotCount: number) {
    ({ weights: this.weights, list: this.list } = spare(slotCount));
  }

  /** The slots with a score, in the order they got one. */
  get slots(): Int32Array {
    return this.list.subarray(0, this.size);
  }

  /** The score of `slot`; 0 when it has none. */
  weightOf(slot: number): number {
    return this.weights[slot]! * this.factor;
  }

  /** Gives the arrays back, zeroed, for the next query: these scores are not read again. */
  release(): void {
    for (let at = 0; at < this.size; at += 1) this.weights[this.list[at]!] = 0;
    this.size = 0;
    this.factor = 1;
    if (spares.length < SPARES_KEPT) spares.push({ weights: this.weights, list: this.list });
  }

  /** Raises each slot of `slots` to `weight`. */
  raiseAll(slots: Int32Array, weight: number): void {
    this.settle();
    // The arrays and the size are held in locals: a broad word raises tens of thousands of slots.
    const { weights, list } = this;
    let size = this.size;
    for (let at = 0; at < slots.length; at += 1) {
      const slot = slots[at]!;
      const current = weights[slot]!;
      if (weight <= current) continue;
      if (current === 0) {
        list[size] = slot;
        size += 1;
      }
      weights[slot] = weight;
    }
    this.size = size;
  }

  raise(slot: number, weight: number): void {
    if (this.factor !== 1) this.settle();
    const current = this.weights[slot]!;
    if (weight <= current) return;
    if (current === 0) {
      this.list[this.size] = slot;
      this.size += 1;
    }
    this.weights[slot] = weight;
  }

  /** Keeps only the slots `other` scores too, adding its score to theirs. */
  keepShared(other: Scores): void {
    const { weights, list, factor } = this;
    let kept = 0;
    for (let at = 0; at < this.size; at += 1) {
      const slot = list[at]!;
      const more = other.weightOf(slot);
      if (more > 0) {
        weights[slot] = weights[slot]! * factor + more;
        list[kept] = slot;
        kept += 1;
      } else {
        weights[slot] = 0;
      }
    }
    this.size = kept;
    this.factor = 1;
  }

  scale(factor: number): void {
    this.settle();
    this.factor = factor;
  }

  /** Applies the factor held back to every stored score. */
  private settle(): void {
    const { weights, list, factor } = this;
    if (factor === 1) return;
    for (let at = 0; at < this.size; at += 1) weights[list[at]!]! *= factor;
    this.factor = 1;
  }
}

/** Scores of the documents matching every clause, or null when the query has no words (the whole catalogue). */
export function scoreText(index: TextIndex, clauses: Clause[]): Scores | null {
  return scoredByAll(clauses, (clause) => scoreClause(index, clause));
}

/** The scores of each clause on its own, for matching all but some of them. */
export function scoreClauses(index: TextIndex, clauses: Clause[]): Scores[] {
  return clauses.map((clause) => scoreClause(index, clause));
}

/** The slots all of `parts` score, their scores summed; the parts are left as they were. */
export function intersect(index: TextIndex, parts: Scores[]): Scores {
  const combined = new Scores(index.slotCount());
  const [first, ...rest] = [...parts].sort((a, b) => a.size - b.size);
  if (!first) return combined;
  const slots = first.slots;
  for (let at = 0; at < slots.length; at += 1) {
    const slot = slots[at]!;
    let sum = first.weightOf(slot);
    for (const part of rest) {
      const more = part.weightOf(slot);
      if (more === 0) {
        sum = 0;
        break;
      }
      sum += more;
    }
    if (sum > 0) combined.raise(slot, sum);
  }
  return combined;
}

/** A clause matches a document through any alternative, each of whose terms must all be found; the best alternative counts. */
export function scoreClause(index: TextIndex, clause: Clause): Scores {
  let best: Scores | null = null;
  for (const { terms, weight } of clause.alternatives) {
    const scores = scoredByAll(terms, (term) => scoreTerm(index, term));
    if (!scores) continue;
    // The first alternative found is the best so far as it is: weighed in place rather than copied.
    if (!best) {
      if (weight !== 1) scores.scale(weight);
      best = scores;
      continue;
    }
    const { slots } = scores;
    for (let at = 0; at < slots.length; at += 1) best.raise(slots[at]!, scores.weightOf(slots[at]!) * weight);
    scores.release();
  }
  return best ?? new Scores(index.slotCount());
}

/** The slots every part scores, their scores summed; null for no parts. Stops at the first part that leaves none. */
function scoredByAll<Part>(parts: readonly Part[], score: (part: Part) => Scores): Scores | null {
  let scores: Scores | null = null;
  for (const part of parts) {
    const more = score(part);
    if (scores === null) scores = more;
    else {
      scores.keepShared(more);
      more.release();
    }
    if (scores.size === 0) break;
  }
  return scores;
}

type Visit = (word: string, ids: Postings) => void;

/**
 * Token lookups walk Orama's radix tree directly: Orama 3.1's own `find` merges posting lists
 * with `Array.includes`, quadratic in the number of documents holding a word, which cost
 * 1 to 7 seconds a query for common words at 125,000 documents.
 */
function descend(root: RadixNode, term: string): { node: RadixNode; whole: boolean } | null {
  let node = root;
  let index = 0;
  while (index < term.length) {
    const child = node.c.get(term[index]!);
    if (!child) return null;
    if (term.startsWith(child.s, index)) {
      node = child;
      index += child.s.length;
    } else if (child.s.startsWith(term.slice(index))) {
      return { node: child, whole: false };
    } else {
      return null;
    }
  }
  return { node, whole: true };
}

function exactly(root: RadixNode, term: string, visit: Visit): void {
  const found = descend(root, term);
  if (found?.whole && found.node.e) visit(found.node.w, found.node.d);
}

function withPrefix(root: RadixNode, prefix: string, visit: Visit): void {
  const found = descend(root, prefix);
  if (!found) return;
  const stack = [found.node];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.e) visit(node.w, node.d);
    stack.push(...node.c.values());
  }
}

/**
 * Words within `tolerance` edits of `term`, two neighbouring letters swapped counting as one
 * (optimal string alignment): one distance row per character of the path from the root, the
 * row two characters up kept for swaps, pruned once no cell of the last two rows can come back
 * within the tolerance. The rows are reused along the walk: a lookup visits tens of thousands of
 * nodes, and a new row for each was most of its cost.
 */
function withTypos(root: RadixNode, term: string, tolerance: number, visit: Visit): void {
  const width = term.length + 1;
  // Compared as numbers: a term's code units against the tree's characters (code points), which a character beyond them never equals.
  const units = Int32Array.from(term, (_, at) => term.charCodeAt(at));
  const rows = [Int32Array.from({ length: width }, (_, column) => column)];
  const least = [0];
  const characters = [-1];
  const walk = (node: RadixNode, depth: number) => {
    for (const child of node.c.values()) {
      const label = child.s;
      let at = depth;
      let alive = true;
      for (let offset = 0; offset < label.length; ) {
        const character = label.codePointAt(offset)!;
        offset += character > 0xffff ? 2 : 1;
        at += 1;
        const current = rows[at - 1]!;
        const older = at >= 2 ? rows[at - 2]! : null;
        const last = characters[at - 1]!;
        const next = (rows[at] ??= new Int32Array(width));
        next[0] = current[0]! + 1;
        let smallest = next[0]!;
        for (let column = 1; column < width; column += 1) {
          let cost = current[column - 1]! + (units[column - 1] === character ? 0 : 1);
          if (next[column - 1]! + 1 < cost) cost = next[column - 1]! + 1;
          if (current[column]! + 1 < cost) cost = current[column]! + 1;
          if (older && column > 1 && units[column - 1] === last && units[column - 2] === character && older[column - 2]! + 1 < cost) cost = older[column - 2]! + 1;
          next[column] = cost;
          if (cost < smallest) smallest = cost;
        }
        least[at] = smallest;
        characters[at] = character;
        if (smallest > tolerance && least[at - 1]! >= tolerance) {
          alive = false;
          break;
        }
      }
      if (!alive) continue;
      if (child.e && rows[at]![term.length]! <= tolerance) visit(child.w, child.d);
      walk(child, at);
    }
  };
  walk(root, 0);
}

/** Prefixes count from two letters for the word being typed, from four for the others the user typed. */
function prefixAllowed(term: Term): boolean {
  return term.prefix ? term.token.length >= 2 : term.fuzzy && term.token.length >= 4;
}

/** Every way a query term may be found in one field, with how much a match found that way counts. */
function lookUp(root: RadixNode, term: Term, script: TextScript, visit: (ids: Postings, weight: number) => void): void {
  const { token } = term;
  if (script === 'han') {
    exactly(root, token, (_, ids) => visit(ids, 1));
    if ([...token].length === 1) withPrefix(root, token, (found, ids) => found !== token && visit(ids, 0.8));
    return;
  }
  exactly(root, token, (_, ids) => visit(ids, 1));
  if (prefixAllowed(term)) withPrefix(root, token, (found, ids) => found !== token && visit(ids, 0.8));
  if (script === 'pinyin' || !term.fuzzy) return;
  const typos = typosAllowed(token);
  if (typos > 0) withTypos(root, token, typos, (found, ids) => found !== token && visit(ids, 0.4));
}

type TextScript = (typeof textFields)[TextField]['script'];

/** The fields a term is looked for in: Chinese among Chinese tokens, other words among English words and pinyin. */
const scriptsOf: Record<Term['kind'], readonly TextScript[]> = { han: ['han'], latin: ['latin', 'pinyin'], pinyin: ['pinyin'] };

/** BM25-style weight of one term: rarer terms count more, a match in a name counts three times. */
function scoreTerm(index: TextIndex, term: Term): Scores {
  const scores = new Scores(index.slotCount());
  for (const field of textFieldNames) {
    const { weight: fieldWeight, script } = textFields[field];
    if (!scriptsOf[term.kind].includes(script)) continue;
    lookUp(index.radixTree(field), term, script, (slots, matchWeight) => {
      const weight = fieldWeight * matchWeight;
      if (slots.size >= LISTED_FROM || slots instanceof PostingSet) scores.raiseAll(index.postings.of(slots), weight);
      else for (const slot of slots) scores.raise(slot, weight);
    });
  }
  const total = index.count();
  scores.scale(Math.log(1 + (total - scores.size + 0.5) / (scores.size + 0.5)));
  return scores;
}

/** Words starting with `prefix`, shortest first (breadth-first), until they hold `enough` documents. */
export function completions(root: RadixNode, prefix: string, enough: number): { word: string; slots: Postings }[] {
  const found = descend(root, prefix);
  if (!found) return [];
  const words: { word: string; slots: Postings }[] = [];
  let held = 0;
  const queue = [found.node];
  for (let next = 0; next < queue.length && held < enough; next += 1) {
    const node = queue[next]!;
    if (node.e && node.d.size > 0) {
      words.push({ word: node.w, slots: node.d });
      held += node.d.size;
    }
    queue.push(...[...node.c.values()].sort((a, b) => a.s.length - b.s.length));
  }
  return words;
}

/** The word of a field closest to `token`, within two edits, held by the most documents: what "did you mean" offers. */
export function closestWord(root: RadixNode, token: string): string | null {
  let best: { word: string; size: number; distance: number } | null = null;
  for (const tolerance of [1, 2]) {
    withTypos(root, token, tolerance, (word, ids) => {
      if (word === token || ids.size === 0) return;
      if (!best || ids.size > best.size) best = { word, size: ids.size, distance: tolerance };
    });
    if (best) break;
  }
  return (best as { word: string } | null)?.word ?? null;
}
