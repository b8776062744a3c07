import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { radix } from '@orama/orama/trees';
import type { SavedPiece } from './engine.js';
import { PostingSet } from './postings.js';
import type { RadixNode } from './text-scores.js';

/**
 * The embedded index written out as lines of JSON, each a record `[kind, …]` small enough to
 * write or read between two requests. A radix tree is written in pre-order, as a line of its
 * nodes' edge labels followed by a block of 32-bit integers: for each node whether a word ends
 * there, its number of children and its number of documents, then the documents of all of them
 * one after another. The block is read back as it is, without making a string or a number at a
 * time of it, and each node's documents stay a run of its one array (see postings.ts).
 */

/** Values (counts and document slots) per tree line: a few milliseconds of work to write or read. */
const VALUES_PER_LINE = 50_000;

/** A tree line: the labels of the nodes whose block follows it. */
export type TreeLine = ['tree', string, string[]];

/** The pieces of one field's radix tree: a line and its block, as many times as it takes. */
export function* treePieces(field: string, root: RadixNode): Generator<SavedPiece> {
  let labels: string[] = [];
  let shapes: number[] = [];
  let documents: Int32Array[] = [];
  let documentCount = 0;
  // The line and its block are made together, before either is given out: both describe the tree at the same moment.
  const pieces = (): SavedPiece[] => {
    const values = new Int32Array(shapes.length + documentCount);
    values.set(shapes);
    let at = shapes.length;
    for (const run of documents) {
      values.set(run, at);
      at += run.length;
    }
    return [JSON.stringify(['tree', field, labels] satisfies TreeLine), new Uint8Array(values.buffer)];
  };
  const stack: RadixNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    labels.push(node.s);
    shapes.push(node.e ? 1 : 0, node.c.size, node.d.size);
    documents.push(node.d instanceof PostingSet ? node.d.slots() : Int32Array.from(node.d));
    documentCount += node.d.size;
    const children = [...node.c.values()];
    for (let index = children.length - 1; index >= 0; index -= 1) stack.push(children[index]!);
    if (shapes.length + documentCount < VALUES_PER_LINE) continue;
    yield* pieces();
    labels = [];
    shapes = [];
    documents = [];
    documentCount = 0;
  }
  if (labels.length > 0) yield* pieces();
}

/** Puts a tree back together from its pieces, in the order they were written. */
export class TreeReader {
  readonly root = new radix.RadixTree() as unknown as RadixNode;
  private started = false;
  private readonly open: { node: RadixNode; childrenLeft: number }[] = [];

  take(labels: string[], bytes: Uint8Array): void {
    const values = integersOf(bytes);
    if (values.length < labels.length * 3) throw new Error('The saved search index has a tree block out of shape.');
    let next = labels.length * 3;
    for (let at = 0; at < labels.length; at += 1) {
      const count = values[at * 3 + 2]!;
      const node = this.place(labels[at]!, values[at * 3] === 1);
      node.d = new PostingSet(values, next, count);
      next += count;
      const children = values[at * 3 + 1]!;
      if (children > 0) this.open.push({ node, childrenLeft: children });
    }
    if (next !== values.length) throw new Error('The saved search index has a tree block out of shape.');
  }

  /** True once every node announced has been read. */
  complete(): boolean {
    return this.started && this.open.length === 0;
  }

  private place(label: string, ends: boolean): RadixNode {
    if (!this.started) {
      this.started = true;
      this.root.e = ends;
      return this.root;
    }
    const parent = this.open.at(-1);
    if (!parent) throw new Error('The saved search index has more tree nodes than it announced.');
    const node = new radix.RadixNode(label[0]!, label, ends) as unknown as RadixNode;
    node.w = parent.node.w + label;
    parent.node.c.set(label[0]!, node);
    parent.childrenLeft -= 1;
    if (parent.childrenLeft === 0) this.open.pop();
    return node;
  }
}

/** A block's integers in an array of their own: the block may sit anywhere in a larger buffer, at any alignment. */
function integersOf(bytes: Uint8Array): Int32Array {
  if (bytes.byteLength % Int32Array.BYTES_PER_ELEMENT !== 0) throw new Error('The saved search index has a tree block out of shape.');
  const values = new Int32Array(bytes.byteLength / Int32Array.BYTES_PER_ELEMENT);
  new Uint8Array(values.buffer).set(bytes);
  return values;
}

/** Typed arrays as text that keeps every bit (NaN and Infinity included, which JSON would lose). */
export function encodeColumn(column: ArrayBufferView, length: number, bytesPerValue: number): string {
  return Buffer.from(column.buffer, column.byteOffset, length * bytesPerValue).toString('base64');
}

export function decodeColumn<Column>(text: string, make: (buffer: ArrayBuffer) => Column): Column {
  const bytes = Buffer.from(text, 'base64');
  const copy = new ArrayBuffer(bytes.length);
  new Uint8Array(copy).set(bytes);
  return make(copy);
}

/** Lets waiting requests run between two lines of a save. */
export function pause(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** The libraries whose output the index holds: another version may cut or spell words otherwise. */
const analysers = ['@orama/orama', '@node-rs/jieba', 'pinyin-pro', 'opencc-js'];

/**
 * What a saved index was made with: the engine's own files (tokenizers, thesaurus, the layout
 * of these lines) and the analysers' versions. A saved index with another version is rebuilt,
 * so a change to how text is read never leaves an index read the old way.
 */
export function engineVersion(): string {
  version ??= hashOfEngine();
  return version;
}

let version: string | undefined;

function hashOfEngine(): string {
  const hash = createHash('sha256');
  const folder = dirname(fileURLToPath(import.meta.url));
  for (const file of readdirSync(folder).filter((name) => /\.(ts|js|json)$/.test(name)).sort()) hash.update(file).update(readFileSync(join(folder, file)));
  for (const name of analysers) hash.update(`${name}@${installedVersion(name)}`);
  return hash.digest('hex').slice(0, 16);
}

function installedVersion(name: string): string {
  const require = createRequire(import.meta.url);
  let folder = dirname(require.resolve(name));
  while (dirname(folder) !== folder) {
    try {
      const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (manifest.name === name) return manifest.version ?? 'unknown';
    } catch {
      // No package.json at this level: look one higher.
    }
    folder = dirname(folder);
  }
  return 'unknown';
}
