import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startSystem, type System, type SystemOptions } from '../../gateway/system.js';
import type { LoadResult } from './load.js';

/** Runs a load worker script in its own Node process and returns what it measured. */
export function loadInChildProcess(worker: string, config: unknown): Promise<LoadResult> {
  const script = fileURLToPath(new URL(worker, import.meta.url));
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['--import', 'tsx', script, JSON.stringify(config)], { maxBuffer: 1 << 20 }, (error, stdout, stderr) => {
      if (error) return reject(new Error(`${worker} failed: ${stderr || error.message}`));
      resolve(JSON.parse(stdout) as LoadResult);
    });
  });
}

/** The whole system on a throw-away embedded PostgreSQL with the demo catalogue. */
export async function startBenchSystem(options: Pick<SystemOptions, 'onStatement' | 'settings' | 'pages'> = {}): Promise<System & { dispose(): Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'kepu-bench-'));
  const system = await startSystem({ port: 0, dataDir, seed: true, ...options });
  return { ...system, dispose: async () => { await system.stop(); rmSync(dataDir, { recursive: true, force: true }); } };
}
