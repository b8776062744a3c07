/** What the main thread asks the search engine's thread, and what it answers: see threaded.ts. */

/** The engine's calls, and the ones that reach an index build or a save or load under way by its number. */
export type ThreadMethod =
  | 'search' | 'suggest' | 'upsert' | 'remove' | 'count' | 'close'
  | 'startBuild' | 'build.add' | 'build.commit' | 'build.abandon'
  | 'save.open' | 'save.next' | 'save.close'
  | 'load.open' | 'load.piece' | 'load.end';

export interface ThreadCall {
  call: number;
  method: ThreadMethod;
  args: unknown[];
}

export type ThreadAnswer =
  | { call: number; value: unknown }
  | { call: number; failure: { name: string; message: string } };

/** The first message from the thread: the index's version, known once its code is loaded. */
export interface ThreadReady {
  ready: true;
  version: string;
}
