import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, readFileSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname, extname } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { IndexChangedError, type SavableIndex, type SavedPiece } from '../../search/engine.js';
import { log } from '../../kit/platform/log.js';
import { outboxSources } from '../manifest.js';
import type { Indexer } from './indexer.js';
import type { SearchIndex } from './search-index.js';

/** Bumped when the header or the way the file is put together changes. */
const FORMAT = 2;

/** The first line of a saved index: what it was made with, and how far into each outbox it reaches. */
interface Header {
  format: number;
  engine: string;
  documents: string;
  outboxes: { source: string; identity: string; position: number }[];
}

/** The documents' shape: what the API is asked for and how it becomes a document. */
// `.ts` from the sources, `.js` in the compiled build: whichever this module is.
const documentsFile = new URL(`./documents${extname(import.meta.url)}`, import.meta.url);
const documentsVersion = createHash('sha256').update(readFileSync(documentsFile)).digest('hex').slice(0, 16);

/**
 * The embedded index in a file, so that a restart loads it and catches up from the outboxes
 * instead of reading the whole catalogue again. The file is gzipped lines: a header, then the
 * engine's pieces, each a line, or a block of bytes announced by a line `#length`. It is written
 * beside itself and renamed over the old one, so a crash while saving leaves the previous save whole.
 */
export class SavedIndex {
  private savedAt: number | null = null;
  /** The outboxes' identities, asked once: they do not change while the process runs, and a save on the way out needs no database. */
  private identities: Promise<string[]> | null = null;

  constructor(
    readonly path: string,
    private readonly index: SavableIndex,
    private readonly indexer: Indexer,
  ) {}

  /**
   * Loads the saved index and sets each outbox to its position; false, with the reason logged,
   * when there is none or it cannot serve: unreadable, of another version or another database.
   */
  async load(): Promise<boolean> {
    const started = performance.now();
    try {
      const pieces = piecesOf(this.path);
      const first = await pieces.next();
      const header = first.done || typeof first.value !== 'string' ? null : (JSON.parse(first.value) as Header);
      const problem = header ? await this.problemWith(header) : 'it has no header';
      if (problem || !header) {
        await pieces.return(undefined);
        log.warn({ file: this.path, reason: problem }, 'the saved search index cannot be used; it is rebuilt');
        return false;
      }
      await this.index.load({ [Symbol.asyncIterator]: () => pieces });
      this.indexer.startFrom(header.outboxes.map((outbox) => outbox.position));
      this.savedAt = this.index.changes();
      log.info({ file: this.path, ms: Math.round(performance.now() - started) }, 'search index loaded from its saved copy');
      return true;
    } catch (error) {
      const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
      if (missing) log.info({ file: this.path }, 'no saved search index yet; it is built');
      else log.warn({ file: this.path, err: error }, 'the saved search index is unreadable; it is rebuilt');
      return false;
    }
  }

  /** Saves the index unless nothing changed since the last save; false when a change interrupted it (the next call tries again). */
  async save(): Promise<boolean> {
    const positions = this.indexer.positions();
    if (!positions || this.index.changes() === this.savedAt) return true;
    const identities = await this.outboxIdentities();
    const at = this.index.changes();
    const header: Header = {
      format: FORMAT, engine: this.index.version, documents: documentsVersion,
      outboxes: outboxSources.map((source, index) => ({ source, identity: identities[index]!, position: positions[index]! })),
    };
    // Positions are read at the moment the save begins; any change after that stops the save.
    if (this.index.changes() !== at || this.indexer.positions()?.join() !== positions.join()) return false;
    const started = performance.now();
    const temporary = `${this.path}.${process.pid}.saving`;
    await mkdir(dirname(this.path), { recursive: true });
    try {
      await pipeline(Readable.from(withHeader(header, this.index.save())), createGzip({ level: 1 }), createWriteStream(temporary));
      await rename(temporary, this.path);
    } catch (error) {
      await rm(temporary, { force: true });
      if (error instanceof IndexChangedError) return false;
      throw error;
    }
    this.savedAt = at;
    log.debug({ file: this.path, ms: Math.round(performance.now() - started) }, 'search index saved');
    return true;
  }

  /**
   * Saves when the index changed and has then been quiet for a second, no rebuild is under way,
   * and the last save is long enough ago (four times what it took) that saving costs at most a
   * fifth of a core while the catalogue keeps changing; once more when stopped.
   */
  keep(searchIndex: SearchIndex, intervalMs = 1000): { stop(): Promise<void> } {
    let saving: Promise<void> | null = null;
    let seen = this.index.changes();
    let nextAt = 0;
    const attempt = (quietOnly: boolean) => {
      const changes = this.index.changes();
      const quiet = changes === seen;
      seen = changes;
      if (saving || searchIndex.latestRebuild?.state === 'RUNNING' || (quietOnly && (!quiet || Date.now() < nextAt))) return;
      const started = Date.now();
      saving = this.save()
        .then(() => {}, (error) => log.error({ file: this.path, err: error }, 'the search index could not be saved'))
        .finally(() => {
          nextAt = Date.now() + 4 * (Date.now() - started);
          saving = null;
        });
    };
    const timer = setInterval(() => attempt(true), intervalMs);
    return {
      async stop() {
        clearInterval(timer);
        await saving;
        attempt(false);
        await saving;
      },
    };
  }

  private outboxIdentities(): Promise<string[]> {
    this.identities ??= this.indexer.identities().catch((error) => {
      this.identities = null;
      throw error;
    });
    return this.identities;
  }

  private async problemWith(header: Header): Promise<string | null> {
    if (header.format !== FORMAT || header.engine !== this.index.version || header.documents !== documentsVersion) return 'it was saved by another version';
    const identities = await this.outboxIdentities();
    const heads = await this.indexer.heads();
    for (const [index, source] of outboxSources.entries()) {
      const outbox = header.outboxes.find((saved) => saved.source === source);
      if (!outbox || outbox.identity !== identities[index]) return `it was saved from another database (${source})`;
      if (outbox.position > heads[index]!) return `the ${source} outbox is behind it`;
    }
    return null;
  }
}

async function* withHeader(header: Header, pieces: AsyncIterable<SavedPiece>): AsyncGenerator<string | Buffer> {
  yield `${JSON.stringify(header)}\n`;
  for await (const piece of pieces) {
    if (typeof piece === 'string') {
      yield `${piece}\n`;
      continue;
    }
    yield `${BLOCK}${piece.byteLength}\n`;
    yield Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength);
  }
}

/** Bytes read and unzipped at a time: a saved line runs to hundreds of kilobytes, and fewer, larger pieces load seconds sooner at 100 times the demo. */
const READ_CHUNK = 1 << 20;
const NEWLINE = 0x0a;
/** What starts a line announcing a block of bytes; a line of JSON never starts so. */
const BLOCK = '#';

/**
 * The file's pieces, unzipped as they are read: its lines, split as bytes, since a newline is
 * never part of another UTF-8 character; and after a line `#length`, the next `length` bytes as
 * they are.
 */
export async function* piecesOf(path: string, chunkBytes = READ_CHUNK): AsyncGenerator<SavedPiece> {
  const file = createReadStream(path, { highWaterMark: chunkBytes });
  const unzipped = createGunzip({ chunkSize: Math.max(chunkBytes, 64) });
  file.on('error', (error) => unzipped.destroy(error));
  let pending: Buffer[] = [];
  /** Bytes of the block being read still to come; 0 between blocks. */
  let wanted = 0;
  for await (const chunk of file.pipe(unzipped) as AsyncIterable<Buffer>) {
    let start = 0;
    while (start < chunk.length) {
      if (wanted > 0) {
        const end = Math.min(chunk.length, start + wanted);
        pending.push(chunk.subarray(start, end));
        wanted -= end - start;
        start = end;
        if (wanted > 0) continue;
        yield Buffer.concat(pending);
        pending = [];
        continue;
      }
      const end = chunk.indexOf(NEWLINE, start);
      if (end === -1) {
        pending.push(chunk.subarray(start));
        break;
      }
      pending.push(chunk.subarray(start, end));
      const line = Buffer.concat(pending).toString('utf8');
      pending = [];
      start = end + 1;
      if (!line.startsWith(BLOCK)) yield line;
      else wanted = blockLength(line);
    }
  }
  if (wanted > 0) throw new Error('The saved search index ends inside a block.');
  if (pending.length > 0) yield Buffer.concat(pending).toString('utf8');
}

function blockLength(line: string): number {
  const length = Number(line.slice(BLOCK.length));
  if (!Number.isSafeInteger(length) || length <= 0) throw new Error(`The saved search index announces a block of ${line.slice(BLOCK.length)} bytes.`);
  return length;
}
