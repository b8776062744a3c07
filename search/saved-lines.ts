import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { radix } from '@orama/orama/trees';
import { PostingSet } from './postings.js';
import type { RadixNode } from './text-scores.js';

/**
 * The embedded index written out as lines of JSON, each a record `[kind, …]` small enough to
 * write or read between two requests. A radix tree is written in pre-order: the nodes' edge
 * labels, then for each node whether a word ends there, its number of children and its number
 * of documents, then the documents of all of them one after another; the numbers as 32-bit
 * integers in base64, so that a line is read back without parsing a number at a time, and each
 * node's documents stay a run of the line's one array (see postings.ts).
 */

/** Values (counts and document slots) per line: a few milliseconds of work to write or read. */
const VALUES_PER_LINE = 50_000;

/** One line of a field's tree: its nodes' labels, their shapes and their documents. */
export type TreeLine = ['tree', string, string[], string, string];

/** The lines of one field's radix tree. */
export function* treeLines(field: string, root: RadixNode): Generator<string> {
  let labels: string[] = [];
  let shapes: number[] = [];
  let documents: number[] = [];
  const line = () => asciiJson(['tree', field, labels, encodeIntegers(shapes), encodeIntegers(documents)] satisfies TreeLine);
  const stack: RadixNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    labels.push(node.s);
    shapes.push(node.e ? 1 : 0, node.c.size, node.d.size);
    for (const document of node.d) documents.push(document);
    const children = [...node.c.values()];
    for (let index = children.length - 1; index >= 0; index -= 1) stack.push(children[index]!);
    if (shapes.length + documents.length < VALUES_PER_LINE) continue;
    yield line();
    labels = [];
    shapes = [];
    documents = [];
  }
  if (labels.length > 0) yield line();
}

/** Puts a tree back together from its lines, in the order they were written. */
export class TreeReader {
  readonly root = new radix.RadixTree() as unknown as RadixNode;
  private started = false;
  private readonly open: { node: RadixNode; childrenLeft: number }[] = [];

  take([, , labels, shapesText, documentsText]: TreeLine): void {
    const shapes = decodeIntegers(shapesText);
    const documents = decodeIntegers(documentsText);
    if (shapes.length !== labels.length * 3) throw new Error('The saved search index has a tree line out of shape.');
    let next = 0;
    for (let at = 0; at < labels.length; at += 1) {
      const count = shapes[at * 3 + 2]!;
      const node = this.place(labels[at]!, shapes[at * 3] === 1);
      node.d = new PostingSet(documents, next, count);
      next += count;
      const children = shapes[at * 3 + 1]!;
      if (children > 0) this.open.push({ node, childrenLeft: children });
    }
    if (next !== documents.length) throw new Error('The saved search index has a tree line out of shape.');
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

/**
 * JSON with every character beyond ASCII escaped: a line that is all ASCII is read back as a
 * string of one byte per character, several times faster than one with a single Chinese label
 * in it, which turns the whole line's base64 into a string of two bytes per character.
 */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[^\x00-\x7f]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function encodeIntegers(values: number[]): string {
  return encodeColumn(Int32Array.from(values), values.length, Int32Array.BYTES_PER_ELEMENT);
}

function decodeIntegers(text: string): Int32Array {
  return decodeColumn(text, (buffer) => new Int32Array(buffer));
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
