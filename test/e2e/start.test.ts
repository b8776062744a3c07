import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, onTestFinished } from 'vitest';
import { graphql } from '../support/system.js';

const dataDir = mkdtempSync(join(tmpdir(), 'kepu-start-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** Starts `npm start`'s entry point as a user would, and resolves with the URL it prints. */
function start(env: Record<string, string>): { child: ChildProcess; ready: Promise<string>; log(): Record<string, unknown>[] } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'gateway/main.ts'], {
    env: { ...withoutDatabaseUrl(process.env), PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', LOG_PRETTY: 'false', ...env },
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

describe('npm start in one process (KEPU_WORKERS=1)', () => {
  it('starts PostgreSQL, loads the demo catalogue, serves the gateway, and stops everything on SIGTERM', async () => {
    const { child, ready, log } = start({ KEPU_DATA_DIR: dataDir, KEPU_WORKERS: '1' });
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

describe('npm start on every core', () => {
  it('runs each subgraph and the gateway workers in processes of their own: a stalled search leaves the gateway answering, a killed part is started again, SIGTERM stops them all', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'kepu-cores-'));
    onTestFinished(() => rmSync(folder, { recursive: true, force: true }));
    const figures: string[] = [];
    let since = performance.now();
    const took = (what: string) => {
      figures.push(`${what} ${((performance.now() - since) / 1000).toFixed(1)} s`);
      since = performance.now();
    };
    onTestFinished(() => console.log(`npm start on every core: ${figures.join(', ')}`));
    const { child, ready, log } = start({ KEPU_DATA_DIR: folder, KEPU_WORKERS: '2' });
    onTestFinished(() => { child.kill('SIGKILL'); });
    const url = await ready;
    took('ready');
    const processes = log().find((line) => line.msg === 'Kepu is ready')!.processes as Record<string, number | number[]>;
    expect(processes.supervisor).toBe(child.pid);
    expect(processes.gateway).toHaveLength(2);
    const pids = Object.values(processes).flat();
    expect(new Set(pids).size).toBe(['supervisor', 'gateway 1', 'gateway 2', 'venues', 'courses', 'experts', 'bookings', 'access', 'search'].length);
    expect(pids.every(isRunning)).toBe(true);
    const page = await fetch(url.replace(/graphql$/, ''));
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/<html/i);
    expect((await graphql(url, `{ search(query: "科技馆", first: 1) { totalCount } }`)).data.search.totalCount).toBeGreaterThan(0);

    // A stopped process never answers; the parts that do not need it answer as before.
    const search = processes.search as number;
    process.kill(search, 'SIGSTOP');
    onTestFinished(() => { if (isRunning(search)) process.kill(search, 'SIGCONT'); });
    for (let round = 0; round < 5; round += 1) {
      expect((await fetch(url.replace(/graphql$/, 'health'), { signal: AbortSignal.timeout(3000) })).status).toBe(200);
      const venue = await venueRead(url, `ven_${round + 1}`);
      expect(venue.errors).toBeUndefined();
      expect(venue.data?.venue?.id).toBe(`ven_${round + 1}`);
    }
    process.kill(search, 'SIGCONT');
    took('five venue reads and health checks with search stopped');

    const venues = processes.venues as number;
    process.kill(venues, 'SIGKILL');
    await expect.poll(() => runningParts(log()).venues, { timeout: 30_000 }).not.toBe(venues);
    expect(log().find((line) => line.part === 'venues' && line.level === 50)).toMatchObject({ signal: 'SIGKILL', process: venues });
    await expect.poll(async () => (await venueRead(url, 'ven_7')).data?.venue?.id, { timeout: 90_000, interval: 250 }).toBe('ven_7');
    took('venues killed and answering again');

    const [worker] = processes.gateway as number[];
    process.kill(worker!, 'SIGKILL');
    await expect.poll(() => runningParts(log())['gateway 1'], { timeout: 30_000 }).not.toBe(worker);
    expect((await fetch(url.replace(/graphql$/, 'health'), { signal: AbortSignal.timeout(3000) })).status).toBe(200);
    await expect.poll(() => log().filter((line) => line.msg === 'gateway worker listening').length, { timeout: 90_000 }).toBe(3);
    took('a gateway worker killed and listening again');

    const postgresPid = Number(readFileSync(join(folder, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
    const parts = Object.values(runningParts(log()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    took('stopped');
    expect([postgresPid, ...parts].filter(isRunning)).toEqual([]);
  }, 540_000);
});

/** A venue read through the gateway, from the subgraph rather than from kept answers; an unanswered read fails the test. */
async function venueRead(url: string, id: string): Promise<{ data?: { venue: { id: string } | null }; errors?: unknown[] }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'cache-control': 'no-cache' },
    body: JSON.stringify({ query: 'query($id: ID!) { venue(id: $id) { id name } }', variables: { id } }),
    signal: AbortSignal.timeout(3000),
  });
  return response.json();
}

/** The process each part of Kepu runs in now, as the supervisor logged it. */
function runningParts(lines: Record<string, unknown>[]): Record<string, number> {
  const started = lines.filter((line) => typeof line.part === 'string' && / runs in process \d+$/.test(String(line.msg)));
  return Object.fromEntries(started.map((line) => [line.part as string, line.process as number]));
}

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
