import cluster, { type Worker } from 'node:cluster';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { setInternalSecret } from '../kit/platform/identity.js';
import { log } from '../kit/platform/log.js';
import { freePort } from '../kit/platform/ports.js';
import { postToGatewayAs, SupergraphLink } from '../kit/platform/supergraph.js';
import { serviceViewer } from '../kit/platform/viewer.js';
import { subgraphEntry, subgraphFile } from '../subgraphs/manifest.js';
import { runComplianceJobs, scheduleCompliance } from './compliance-schedule.js';
import { subgraphNames, type SubgraphName } from './subgraphs.js';
import { prepareDatabases, type SystemOptions } from './system.js';

/** What the supervisor tells a gateway worker: every part of Kepu answered, so it may say it is ready. */
const PARTS_READY = 'kepu:parts-ready';

export interface ProcessesOptions extends Pick<SystemOptions, 'databaseUrl' | 'dataDir' | 'dataFolder' | 'seed' | 'complianceIntervalMs'> {
  /** The gateway's port; 0 takes a free one. */
  port: number;
  host: string;
  /** Gateway processes (`node:cluster` workers) sharing the port. */
  workers: number;
}

export interface Processes {
  url: string;
  subgraphUrls: Record<SubgraphName, string>;
  /** Which process runs what, by part: the supervisor (PostgreSQL's keeper and the scheduled jobs), each subgraph, the gateway workers. */
  pids(): Record<string, number | number[] | null>;
  stop(): Promise<void>;
}

/**
 * `npm start` on every core: this process (the supervisor) starts PostgreSQL, migrates and loads
 * the demo once, then runs each subgraph in a child process on a loopback port and the gateway in
 * `workers` cluster workers sharing the public port, all signed with a secret made up for this run.
 * It runs the scheduled compliance jobs itself, so they run in exactly one place. A part that stops
 * unasked is started again; a stall in one part leaves the others answering.
 */
export async function startProcesses(options: ProcessesOptions): Promise<Processes> {
  const prepared = await prepareDatabases(options);
  const parts: Part[] = [];
  try {
    const secret = randomBytes(32).toString('hex');
    setInternalSecret(secret);
    const gatewayPort = options.port || (await freePort());
    const gatewayUrl = `http://${loopback(options.host)}:${gatewayPort}/graphql`;
    const ports = Object.fromEntries(await Promise.all(subgraphNames.map(async (name) => [name, await freePort()] as const))) as Record<SubgraphName, number>;
    const subgraphUrls = Object.fromEntries(subgraphNames.map((name) => [name, `http://127.0.0.1:${ports[name]}/graphql`])) as Record<SubgraphName, string>;
    const internal = { KEPU_INTERNAL_SECRET: secret, KEPU_GATEWAY_URL: gatewayUrl };
    const subgraphs = subgraphNames.map((name) => new Part(name, () => spawn(process.execPath, [...process.execArgv, subgraphMain(name)], {
      env: { ...process.env, ...internal, DATABASE_URL: prepared.urls[name], PORT: String(ports[name]), HOST: '127.0.0.1' },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    })));
    parts.push(...subgraphs);
    for (const part of subgraphs) part.start();
    const urlVariables = Object.fromEntries(subgraphNames.map((name) => [subgraphEntry(name).urlVariable, subgraphUrls[name]]));
    const gateways = gatewayWorkers(options.workers, { ...internal, ...urlVariables, DATABASE_URL: prepared.sharedUrl, PORT: String(gatewayPort), HOST: options.host });
    parts.push(...gateways.parts);
    await gateways.listening;
    await waitUntilReady(subgraphUrls);
    gateways.tellReady();

    const supergraph = new SupergraphLink();
    supergraph.bind(postToGatewayAs(gatewayUrl, serviceViewer('bookings', 'admin')));
    const compliance = scheduleCompliance(() => runComplianceJobs(prepared.databases, supergraph), options.complianceIntervalMs ?? 0);
    return {
      url: `http://${options.host === '0.0.0.0' ? 'localhost' : options.host}:${gatewayPort}/graphql`,
      subgraphUrls,
      pids: () => ({
        supervisor: process.pid,
        gateway: gateways.parts.map((part) => part.child?.pid ?? null).filter((pid): pid is number => pid !== null),
        ...Object.fromEntries(subgraphs.map((part) => [part.name, part.child?.pid ?? null])),
      }),
      stop: async () => {
        await compliance.stop();
        await stopAll(parts);
        await prepared.stop();
      },
    };
  } catch (error) {
    await stopAll(parts);
    await prepared.stop();
    throw error;
  }
}

/**
 * The gateway in `count` cluster workers sharing its port, started; `listening` once each listens.
 * They say they are ready once told every part answers; one started again later is told at once.
 */
function gatewayWorkers(count: number, env: Record<string, string>): { parts: Part[]; listening: Promise<void>; tellReady(): void } {
  let partsReady = false;
  let listened = 0;
  cluster.on('listening', (worker) => {
    listened += 1;
    if (partsReady) tell(worker);
  });
  const parts = Array.from({ length: count }, (_, index) => new Part(`gateway ${index + 1}`, () => cluster.fork(env).process));
  for (const part of parts) part.start();
  const listening = until(() => listened >= count).then(() => log.info({ workers: count }, `the gateway listens in ${count} processes`));
  return {
    parts,
    listening,
    tellReady: () => {
      partsReady = true;
      for (const worker of Object.values(cluster.workers ?? {})) if (worker) tell(worker);
    },
  };
}

/** A worker that cannot hear it has gone, and is started again and told then. */
function tell(worker: Worker): void {
  worker.send(PARTS_READY, () => {});
}

/** In a gateway worker: true once the supervisor said every part of Kepu answered. */
export function partsReadyFlag(): () => boolean {
  let ready = false;
  process.on('message', (message) => { if (message === PARTS_READY) ready = true; });
  return () => ready;
}

/**
 * One part of Kepu in a process of its own, started again (and logged) whenever it stops unasked:
 * after a second, or longer while it keeps stopping soon after its start.
 */
class Part {
  child: ChildProcess | null = null;
  private startedAt = 0;
  private quickStops = 0;
  private stopping = false;
  private restart: NodeJS.Timeout | undefined;

  constructor(readonly name: string, private readonly launch: () => ChildProcess) {}

  start(): void {
    const child = this.launch();
    this.child = child;
    this.startedAt = Date.now();
    log.info({ part: this.name, process: child.pid }, `${this.name} runs in process ${child.pid}`);
    child.once('exit', (code, signal) => this.exited(child, code, signal));
    child.on('error', (error) => log.error({ part: this.name, err: error }, `${this.name} could not be started or reached`));
  }

  private exited(child: ChildProcess, code: number | null, signal: NodeJS.Signals | null): void {
    if (this.child !== child) return;
    this.child = null;
    if (this.stopping) return;
    this.quickStops = Date.now() - this.startedAt < 10_000 ? this.quickStops + 1 : 0;
    const delayMs = Math.min(30_000, 1000 * 2 ** this.quickStops);
    log.error({ part: this.name, process: child.pid, code, signal, restartInMs: delayMs }, `${this.name} (process ${child.pid}) stopped with ${signal ?? `code ${code}`}; starting it again in ${delayMs / 1000} s`);
    this.restart = setTimeout(() => { if (!this.stopping) this.start(); }, delayMs);
  }

  /** SIGTERM, then SIGKILL if it has not exited within 15 s. */
  async stop(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.restart);
    const child = this.child;
    if (!child) return;
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    // A process stopped with SIGSTOP acts on SIGTERM only once continued.
    child.kill('SIGCONT');
    const kill = setTimeout(() => child.kill('SIGKILL'), 15_000);
    const started = performance.now();
    await exited;
    clearTimeout(kill);
    log.info({ part: this.name, process: child.pid, ms: Math.round(performance.now() - started) }, `${this.name} stopped`);
  }
}

async function stopAll(parts: Part[]): Promise<void> {
  await Promise.all(parts.map((part) => part.stop().catch((error) => log.error({ part: part.name, err: error }, 'a part of Kepu did not stop cleanly'))));
}

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 100));
}

/** Waits until every subgraph's `/ready` answers 200 (search: its index is in). */
async function waitUntilReady(urls: Record<SubgraphName, string>): Promise<void> {
  const waiting = new Set(subgraphNames);
  while (waiting.size > 0) {
    await Promise.all([...waiting].map(async (name) => { if (await answers(urls[name].replace(/graphql$/, 'ready'))) waiting.delete(name); }));
    if (waiting.size > 0) await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url, { signal: AbortSignal.timeout(2000) })).ok;
  } catch {
    return false;
  }
}

/** A subgraph's own entry point, compiled or not, as this file is. */
function subgraphMain(name: SubgraphName): string {
  return fileURLToPath(subgraphFile(name, import.meta.url.endsWith('.ts') ? 'main.ts' : 'main.js'));
}

/** Where this machine's own processes reach the gateway. */
function loopback(host: string): string {
  return ['0.0.0.0', '::', 'localhost'].includes(host) ? '127.0.0.1' : host;
}
