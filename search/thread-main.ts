import { parentPort } from 'node:worker_threads';
import type { IndexBuild, SavedPiece } from './engine.js';
import { createEmbeddedEngine } from './orama.js';
import type { ThreadAnswer, ThreadCall, ThreadMethod, ThreadReady } from './thread-calls.js';

/**
 * The embedded engine in a thread of its own (see threaded.ts): it answers the main thread's
 * calls one message at a time, in the order they come.
 */
const port = parentPort!;
const engine = createEmbeddedEngine();
const savable = engine.savable!;
const builds = new Map<number, IndexBuild>();
const saves = new Map<number, AsyncIterator<SavedPiece>>();
const loads = new Map<number, { pieces: PieceQueue; loaded: Promise<void> }>();
let opened = 0;

const methods: Record<ThreadMethod, (...args: any[]) => unknown> = {
  search: (request) => engine.search(request),
  suggest: (prefix, limit) => engine.suggest(prefix, limit),
  upsert: (documents) => engine.upsert(documents),
  remove: (ids) => engine.remove(ids),
  count: () => engine.count(),
  close: () => engine.close(),
  startBuild: async () => remember(builds, await engine.startBuild()),
  'build.add': (build, documents) => builds.get(build)!.add(documents),
  'build.commit': (build) => forgetting(builds, build, (found) => found.commit()),
  'build.abandon': (build) => forgetting(builds, build, (found) => found.abandon()),
  'save.open': () => remember(saves, savable.save()[Symbol.asyncIterator]()),
  'save.next': async (save) => {
    const next = await saves.get(save)!.next();
    if (next.done) saves.delete(save);
    return next.done ? null : next.value;
  },
  'save.close': (save) => forgetting(saves, save, async (found) => void (await found.return?.())),
  'load.open': () => {
    const pieces = new PieceQueue();
    const loaded = savable.load(pieces);
    // A load that fails early is answered at its end; until then the failure waits here, handled.
    loaded.catch(() => {});
    return remember(loads, { pieces, loaded });
  },
  'load.piece': (load, piece) => loads.get(load)!.pieces.push(piece),
  'load.end': (load) => forgetting(loads, load, ({ pieces, loaded }) => {
    pieces.end();
    return loaded;
  }),
};

function remember<Value>(held: Map<number, Value>, value: Value): number {
  opened += 1;
  held.set(opened, value);
  return opened;
}

async function forgetting<Value, Result>(held: Map<number, Value>, id: number, use: (value: Value) => Promise<Result>): Promise<Result> {
  const value = held.get(id)!;
  held.delete(id);
  return use(value);
}

/** The pieces of a load as they arrive from the main thread, read by the engine as they come. */
class PieceQueue implements AsyncIterable<SavedPiece> {
  private readonly waiting: SavedPiece[] = [];
  private ended = false;
  private wake: (() => void) | null = null;

  push(piece: SavedPiece): void {
    this.waiting.push(piece);
    this.wake?.();
  }

  end(): void {
    this.ended = true;
    this.wake?.();
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<SavedPiece> {
    for (;;) {
      const piece = this.waiting.shift();
      if (piece !== undefined) {
        yield piece;
        continue;
      }
      if (this.ended) return;
      await new Promise<void>((resolve) => { this.wake = resolve; });
      this.wake = null;
    }
  }
}

port.on('message', async ({ call, method, args }: ThreadCall) => {
  let answer: ThreadAnswer;
  try {
    answer = { call, value: await methods[method](...args) };
  } catch (error) {
    const { name, message } = error as Error;
    answer = { call, failure: { name, message } };
  }
  port.postMessage(answer);
});
port.postMessage({ ready: true, version: savable.version } satisfies ThreadReady);
