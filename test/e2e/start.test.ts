import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { graphql } from '../support/system.js';

const dataDir = mkdtempSync(join(tmpdir(), 'kepu-start-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** Starts `npm start`'s entry point as a user would, and resolves with the URL it prints. */
function start(): { child: ChildProcess; ready: Promise<string>; log(): Record<string, unknown>[] } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'gateway/main.ts'], {
    env: { ...withoutDatabaseUrl(process.env), PORT: '0', HOST: '127.0.0.1', KEPU_DATA_DIR: dataDir, LOG_LEVEL: 'info', LOG_PRETTY: 'false' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const ready = new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (chunk) => {
      output += chunk;
      const url = logLines(output).find((line) => line.msg === 'Kepu is ready')?.url;
      if (typeof url === 'string') resolve(url.replace('localhost', '127.0.0.1'));
    });
    child.stderr!.on('data', (chunk) => { output += chunk; });
    child.once('exit', (code) => reject(new Error(`exited with ${code} before it was ready:\n${output}`)));
  });
  return { child, ready, log: () => logLines(output) };
}

/** The JSON log lines printed so far; Kepu logs one object a line. */
function logLines(output: string): Record<string, unknown>[] {
  return output.split('\n').filter((line) => line.startsWith('{') && line.endsWith('}')).map((line) => JSON.parse(line));
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
    const { child, ready, log } = start();
    const url = await ready;
    expect((await fetch(url.replace('/graphql', '/health'))).status).toBe(200);
    const answer = await graphql(url, `{ venues(first: 1) { totalCount } }`);
    expect(answer.data.venues.totalCount).toBeGreaterThanOrEqual(150);

    const refused = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'support-ticket-42' },
      body: JSON.stringify({ query: '{ venue(id: "prg_1") { name } }', operationName: null }),
    });
    expect(refused.headers.get('x-request-id')).toBe('support-ticket-42');
    expect((await refused.json()).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', requestId: 'support-ticket-42' });
    await expect.poll(() => log().find((line) => line.requestId === 'support-ticket-42')).toMatchObject({ msg: 'request', status: 200 });
    const search = await graphql(url, `{ search(query: "科技馆", first: 1) { totalCount } }`);
    expect(search.data.search.totalCount).toBeGreaterThan(0);

    const postgresPid = Number(readFileSync(join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
    expect(isRunning(postgresPid)).toBe(true);

    const second = await runToExit({ KEPU_DATA_DIR: dataDir, PORT: '0' });
    expect(second.code).toBe(1);
    expect(second.output).toContain(`The data folder ${dataDir}/postgres is in use by PostgreSQL process ${postgresPid}`);
    expect(second.output).toContain(`started by process ${child.pid}`);
    expect(second.output).toContain('KEPU_DATA_DIR=');
    expect(second.output).not.toMatch(/triggerUncaughtException|\bat .+\.(ts|js):\d+/);
    expect(isRunning(postgresPid)).toBe(true);
    expect((await fetch(url.replace('/graphql', '/health'))).status).toBe(200);
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(isRunning(postgresPid)).toBe(false);
  }, 180_000);
});

/** Runs `npm start`'s entry point until it exits on its own, with everything it printed. */
async function runToExit(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'gateway/main.ts'], {
    env: { ...withoutDatabaseUrl(process.env), HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => { output += chunk; });
  child.stderr!.on('data', (chunk) => { output += chunk; });
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { code, output };
}

describe.runIf(process.getuid?.() === 0)('npm start as root', () => {
  it('changes nothing above KEPU_DATA_DIR, and says which folder stops PostgreSQL\'s user and what to do', async () => {
    const closed = mkdtempSync(join(tmpdir(), 'kepu-closed-'));
    try {
      chmodSync(closed, 0o700);
      const data = join(closed, 'kepu');
      const { code, output } = await runToExit({ KEPU_DATA_DIR: data, PORT: '0' });
      expect(code).toBe(1);
      expect(output).toContain(`cannot pass through ${closed} (mode 700)`);
      expect(output).toContain(`chmod o+x ${closed}`);
      expect(output).not.toMatch(/\bat .+\.(ts|js):\d+/);
      expect(statSync(closed).mode & 0o777).toBe(0o700);
    } finally {
      rmSync(closed, { recursive: true, force: true });
    }
  }, 60_000);
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
