import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { facetFields, IndexChangedError, type SavedPiece, type SearchEngine, type SearchRequest } from '../../search/engine.js';
import { createEmbeddedEngine } from '../../search/orama.js';
import { piecesOf } from '../../subgraphs/search/saved-index.js';
import { catalogue, DAY, NOW } from '../support/search-fixtures.js';

const requests: Partial<SearchRequest>[] = [
  { text: '科技馆' }, { text: 'planetarim' }, { text: 'bowuguan' }, { text: '', facets: facetFields },
  { text: '', near: { lat: 39.9, lon: 116.4, radiusKm: 50 } }, { text: '', filter: { openBetween: { from: NOW, to: NOW + 5 * DAY } } }, { text: 'Mars', explain: true },
];

async function filled(): Promise<SearchEngine> {
  const engine = createEmbeddedEngine();
  await engine.upsert(catalogue);
  // A removed document leaves a slot behind, which a saved index must keep empty.
  await engine.remove(['ven_5']);
  return engine;
}

async function answers(engine: SearchEngine) {
  const found = [];
  for (const fields of requests) found.push(await engine.search({ text: '', filter: {}, offset: 0, limit: 100, facets: [], ...fields }));
  found.push(await engine.suggest('北京', 8), await engine.suggest('bjtw', 8));
  return found;
}

async function savedLines(engine: SearchEngine): Promise<SavedPiece[]> {
  const lines: SavedPiece[] = [];
  for await (const line of engine.savable!.save()) lines.push(line);
  return lines;
}

async function* iterate(lines: SavedPiece[]): AsyncGenerator<SavedPiece> {
  yield* lines;
}

describe('the embedded index, saved and loaded', () => {
  it('answers every kind of query exactly as before, and takes changes afterwards', async () => {
    const engine = await filled();
    const loaded = createEmbeddedEngine();
    await loaded.savable!.load(iterate(await savedLines(engine)));
    expect(await loaded.count()).toBe(await engine.count());
    expect(await answers(loaded)).toEqual(await answers(engine));

    for (const target of [engine, loaded]) {
      await target.remove(['ven_3']);
      await target.upsert([{ ...catalogue[0]!, id: 'ven_9', name: '量子魔术馆', nameEn: 'Quantum Magic Hall' }]);
    }
    expect(await answers(loaded)).toEqual(await answers(engine));
    expect((await loaded.search({ text: '天文馆', filter: { types: ['Venue'] }, offset: 0, limit: 10, facets: [] })).hits).toEqual([]);
  });

  it('answers alike when built, its documents then packed into shared arrays, and when filled one write at a time, and takes changes alike', async () => {
    const engine = await filled();
    const built = createEmbeddedEngine();
    const build = await built.startBuild();
    await build.add(catalogue);
    await build.commit();
    await built.remove(['ven_5']);
    expect(await answers(built)).toEqual(await answers(engine));

    for (const target of [engine, built]) {
      await target.remove(['ven_3', 'prg_1']);
      await target.upsert([{ ...catalogue[0]!, id: 'ven_9', name: '量子魔术馆', nameEn: 'Quantum Magic Hall' }, { ...catalogue[1]!, name: '北京天文科普中心' }]);
    }
    expect(await answers(built)).toEqual(await answers(engine));
  });

  it('stops a save when the index changes before its last line, and refuses one while a change is under way', async () => {
    const engine = await filled();
    const lines = engine.savable!.save()[Symbol.asyncIterator]();
    await lines.next();
    await engine.upsert([{ ...catalogue[0]!, name: '改名的科技馆' }]);
    await expect(lines.next()).rejects.toBeInstanceOf(IndexChangedError);

    const changing = engine.upsert([{ ...catalogue[1]!, name: '又改名的科技馆' }]);
    await expect(savedLines(engine)).rejects.toBeInstanceOf(IndexChangedError);
    await changing;
    expect((await savedLines(engine)).length).toBeGreaterThan(0);
  });

  it('refuses a save cut short, and leaves the live index as it was', async () => {
    const engine = await filled();
    const lines = await savedLines(engine);
    const loaded = await filled();
    const before = await answers(loaded);
    await expect(loaded.savable!.load(iterate(lines.slice(0, -2)))).rejects.toThrow('incomplete');
    await expect(loaded.savable!.load(iterate([...lines.slice(0, 3), '{"not": "a line"']))).rejects.toThrow();
    await expect(loaded.savable!.load(iterate(lines.filter((piece) => typeof piece === 'string')))).rejects.toThrow('without its block');
    await expect(loaded.savable!.load(iterate(lines.map((piece) => (typeof piece === 'string' ? piece : piece.subarray(4)))))).rejects.toThrow('The saved search index');
    expect(await answers(loaded)).toEqual(before);
  });
});

describe('the saved index file', () => {
  const block = Uint8Array.from({ length: 300 }, (_, at) => (at * 37) % 256);
  const expected = ['{"format":2}', '["tree","nameHan",["北京","#"]]', block, '["end",2]', Uint8Array.from([10, 35, 10]), '最后一行'];
  const text = (line: string) => Buffer.from(`${line}\n`);
  const file = join(mkdtempSync(join(tmpdir(), 'kepu-saved-')), 'index.jsonl.gz');
  const bytes = Buffer.concat(expected.map((piece) => (typeof piece === 'string' ? text(piece) : Buffer.concat([text(`#${piece.byteLength}`), piece]))));

  it('reads back its lines and its blocks of bytes, newlines inside blocks included, however the bytes arrive', async () => {
    writeFileSync(file, gzipSync(bytes));
    for (const chunkBytes of [64, 100, 1 << 20]) {
      const pieces = [];
      for await (const piece of piecesOf(file, chunkBytes)) pieces.push(typeof piece === 'string' ? piece : Uint8Array.from(piece));
      expect(pieces).toEqual(expected);
    }
  });

  it('refuses a file that ends inside a block', async () => {
    writeFileSync(file, gzipSync(bytes.subarray(0, bytes.indexOf('["end"') - 10)));
    await expect(async () => {
      for await (const _ of piecesOf(file)) continue;
    }).rejects.toThrow('ends inside a block');
  });
});
