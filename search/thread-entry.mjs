// The search engine's thread starts here: from the TypeScript sources it first registers tsx, as
// `npm start` does for the main thread; the compiled build needs nothing.
import { workerData } from 'node:worker_threads';

if (workerData.module.endsWith('.ts')) (await import('tsx/esm/api')).register();
await import(workerData.module);
