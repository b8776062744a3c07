import { extname } from 'node:path';
import { Worker } from 'node:worker_threads';
import { ChangeCount } from './change-count.js';
import { IndexChangedError, type IndexBuild, type SavableIndex, type SavedPiece, type SearchEngine } from './engine.js';
import type { ThreadAnswer, ThreadCall, ThreadMethod, ThreadReady } from './thread-calls.js';

/** Pieces of a load sent ahead of the thread's answers: enough to keep both threads busy, few enough to hold little. */
const PIECES_AHEAD = 8;

/**
 * The embedded engine in a worker thread of its own, behind the same interface. Searches, the
 * index's writes, builds, saves and loads run there, on another core and with a heap of their own,
 * so a large index neither holds the event loop that answers GraphQL nor slows its garbage collection.
 */
export async function createThreadedEngine(): Promise<SearchEngine> {
  const thread = await EngineThread.start();
  // Counted here as the thread's engine counts them, since a save asks for the count without waiting.
  const changes = new ChangeCount();
  const counted = <Result>(work: () => Promise<Result>) => changes.around(work);
  const savable: SavableIndex = {
    version: thread.version,
    changes: () => changes.value,
    save: () => savedPieces(thread),
    load: (pieces) => counted(() => loadPieces(thread, pieces)),
  };
  return {
    name: 'embedded',
    savable,
    search: (request) => thread.call('search', request),
    suggest: (prefix, limit) => thread.call('suggest', prefix, limit),
    upsert: (documents) => counted(() => thread.call('upsert', documents)),
    remove: (ids) => counted(() => thread.call('remove', ids)),
    count: () => thread.call('count'),
    async startBuild(): Promise<IndexBuild> {
      const build = await thread.call<number>('startBuild');
      return {
        add: (documents) => thread.call('build.add', build, documents),
        commit: () => counted(() => thread.call('build.commit', build)),
        abandon: () => thread.call('build.abandon', build),
      };
    },
    close: () => thread.stop(),
  };
}

async function* savedPieces(thread: EngineThread): AsyncGenerator<SavedPiece> {
  const save = await thread.call<number>('save.open');
  let finished = false;
  try {
    for (;;) {
      const piece = await thread.call<SavedPiece | null>('save.next', save);
      if (piece === null) break;
      yield piece;
    }
    finished = true;
  } finally {
    if (!finished) await thread.call('save.close', save).catch(() => {});
  }
}

async function loadPieces(thread: EngineThread, pieces: AsyncIterable<SavedPiece>): Promise<void> {
  const load = await thread.call<number>('load.open');
  const sent: Promise<unknown>[] = [];
  try {
    for await (const piece of pieces) {
      sent.push(thread.call('load.piece', load, piece));
      if (sent.length >= PIECES_AHEAD) await sent.shift();
    }
    await Promise.all(sent);
  } finally {
    // Ending the load also answers why it failed, when the engine refused a piece.
    await thread.call('load.end', load);
  }
}

/** The worker thread and the calls waiting for its answers. */
class EngineThread {
  private calls = 0;
  private readonly waiting = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  private stopped: Error | null = null;

  private constructor(
    private readonly worker: Worker,
    readonly version: string,
  ) {
    worker.on('message', (answer: ThreadAnswer) => this.answered(answer));
    worker.on('error', (error) => this.failAll(error));
    worker.on('exit', (code) => this.failAll(new Error(`The search engine's thread stopped (exit code ${code}).`)));
  }

  static async start(): Promise<EngineThread> {
    // `.ts` from the sources, `.js` in the compiled build: whichever this module is.
    const module = new URL(`./thread-main${extname(import.meta.url)}`, import.meta.url).href;
    const worker = new Worker(new URL('./thread-entry.mjs', import.meta.url), { workerData: { module } });
    const ready = await new Promise<ThreadReady>((resolve, reject) => {
      const exited = (code: number) => reject(new Error(`The search engine's thread stopped while starting (exit code ${code}).`));
      worker.once('error', reject);
      worker.once('exit', exited);
      worker.once('message', (message: ThreadReady) => {
        worker.off('error', reject);
        worker.off('exit', exited);
        resolve(message);
      });
    });
    return new EngineThread(worker, ready.version);
  }

  call<Value = void>(method: ThreadMethod, ...args: unknown[]): Promise<Value> {
    if (this.stopped) return Promise.reject(this.stopped);
    this.calls += 1;
    const call = this.calls;
    return new Promise<Value>((resolve, reject) => {
      this.waiting.set(call, { resolve: resolve as (value: unknown) => void, reject });
      this.worker.postMessage({ call, method, args } satisfies ThreadCall);
    });
  }

  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = new Error('The search engine is closed.');
    await this.worker.terminate();
  }

  private answered(answer: ThreadAnswer): void {
    const waiter = this.waiting.get(answer.call);
    if (!waiter) return;
    this.waiting.delete(answer.call);
    if ('value' in answer) return waiter.resolve(answer.value);
    waiter.reject(answer.failure.name === 'IndexChangedError' ? new IndexChangedError() : Object.assign(new Error(answer.failure.message), { name: answer.failure.name }));
  }

  private failAll(error: Error): void {
    this.stopped ??= error;
    for (const waiter of this.waiting.values()) waiter.reject(error);
    this.waiting.clear();
  }
}
