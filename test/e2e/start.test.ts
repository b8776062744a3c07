import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { graphql } from '../support/system.js';

const dataDir = mkdtempSync(join(tmpdir(), 'kepu-start-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** Starts `npm start`'s entry point as a user would, and resolves with the URL it prints. */
function start(): { child: ChildProcess; ready: Promise<string> } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'gateway/main.ts'], {
    env: { ...withoutDatabaseUrl(process.env), PORT: '0', HOST: '127.0.0.1', KEPU_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const ready = new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk) => {
      output += chunk;
      const url = /Kepu is ready: (\S+)/.exec(output)?.[1];
      if (url) resolve(url.replace('localhost', '127.0.0.1'));
    });
    child.stderr!.on('data', (chunk) => { output += chunk; });
    child.once('exit', (code) => reject(new Error(`exited with ${code} before it was ready:\n${output}`)));
  });
  return { child, ready };
}

function withoutDatabaseUrl(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { DATABASE_URL: _, ...rest } = env;
  return rest;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('npm start', () => {
  it('starts PostgreSQL, loads the demo catalogue, serves the gateway, and stops everything on SIGTERM', async () => {
    const { child, ready } = start();
    const url = await ready;
    expect((await fetch(url.replace('/graphql', '/health'))).status).toBe(200);
    const answer = await graphql(url, `{ venues(first: 1) { totalCount } }`);
    expect(answer.data.venues.totalCount).toBeGreaterThanOrEqual(150);
    const search = await graphql(url, `{ search(query: "科技馆", first: 1) { totalCount } }`);
    expect(search.data.search.totalCount).toBeGreaterThan(0);

    const postgresPid = Number(readFileSync(join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
    expect(isRunning(postgresPid)).toBe(true);
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(isRunning(postgresPid)).toBe(false);
  }, 120_000);
});

describe('npm start on a port already in use', () => {
  it('says to set PORT and exits before it starts PostgreSQL', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', () => resolve()));
    const port = (taken.address() as AddressInfo).port;
    const emptyDir = mkdtempSync(join(tmpdir(), 'kepu-port-'));
    try {
      const child = spawn(process.execPath, ['--import', 'tsx', 'gateway/main.ts'], {
        env: { ...withoutDatabaseUrl(process.env), PORT: String(port), HOST: '127.0.0.1', KEPU_DATA_DIR: emptyDir },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout!.on('data', (chunk) => { output += chunk; });
      child.stderr!.on('data', (chunk) => { output += chunk; });
      const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
      expect(code).toBe(1);
      expect(output).toContain(`Port ${port} is already in use`);
      expect(output).toContain(`PORT=${port + 1} npm start`);
      expect(output).not.toMatch(/EADDRINUSE|\bat .+\.ts:\d+/);
      expect(existsSync(join(emptyDir, 'postgres'))).toBe(false);
    } finally {
      taken.close();
      rmSync(emptyDir, { recursive: true, force: true });
    }
  });
});
