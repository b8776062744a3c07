import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { freePort } from '../../kit/platform/ports.js';

export interface ComposeService {
  command?: string[];
  environment?: Record<string, string>;
  healthcheck?: { test?: string[] };
}

/** docker-compose.yml's services, with its `<<` merges applied. */
export function composeServices(): Record<string, ComposeService> {
  return (parse(readFileSync('docker-compose.yml', 'utf8'), { merge: true }) as { services: Record<string, ComposeService> }).services;
}

/**
 * A service's command as a process on this machine: the same program and file the container runs.
 * `npx tsx <file>` runs as `node --import tsx <file>`, so that the process killed is Kepu's, not npx's.
 */
export function localCommand(command: readonly string[]): string[] {
  const [program, ...rest] = command;
  if (program === 'npx' && rest[0] === 'tsx') return [process.execPath, '--import', 'tsx', ...rest.slice(1)];
  if (program === 'node') return [process.execPath, ...rest];
  throw new Error(`A service runs ${command.join(' ')}; only node and npx tsx commands can run here.`);
}

/** Where the containers find each other, here: a service's name and container port become 127.0.0.1 and the port it was given. */
export interface Addresses {
  ports: Record<string, number>;
  databaseUrl: string;
  /** The values of the `${NAME:?…}` variables compose asks the operator for. */
  secrets: Record<string, string>;
}

/** A service's environment as compose writes it, with compose's variables filled in and other services' addresses made local. */
export function localEnvironment(environment: Record<string, string>, addresses: Addresses): Record<string, string> {
  const local: Record<string, string> = {};
  for (const [name, value] of Object.entries(environment)) {
    const filled = value.replace(/\$\{(\w+)(?::([?-])([^}]*))?\}/g, (_, variable: string, kind: string | undefined, fallback: string) => {
      const given = addresses.secrets[variable];
      if (given !== undefined) return given;
      if (kind === '-') return fallback;
      throw new Error(`docker-compose.yml needs ${variable}: ${fallback}`);
    });
    local[name] = filled
      .replace(/^postgres:\/\/[^@]+@postgres:\d+\/\w+$/, addresses.databaseUrl)
      .replace(/^http:\/\/([\w-]+):\d+/, (whole, service: string) => (addresses.ports[service] ? `http://127.0.0.1:${addresses.ports[service]}` : whole));
  }
  return local;
}

/** Free ports for each of these services. */
export async function portsFor(names: readonly string[]): Promise<Record<string, number>> {
  const ports: Record<string, number> = {};
  for (const name of names) ports[name] = await freePort();
  return ports;
}

/** One Kepu process of the deployment: started, probed, killed and started again on the same port. */
export class KepuProcess {
  private child: ChildProcess | null = null;
  private output = '';
  /** Exits nobody asked for, with their code or signal. */
  readonly crashes: string[] = [];

  constructor(
    readonly name: string,
    private readonly command: string[],
    private readonly env: Record<string, string>,
    readonly port: number,
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}/graphql`;
  }

  get running(): boolean {
    return this.child !== null && this.child.exitCode === null && this.child.signalCode === null;
  }

  start(): void {
    const [program, ...args] = this.command;
    const child = spawn(program!, args, { env: { ...process.env, ...this.env, PORT: String(this.port), HOST: '127.0.0.1' }, stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    const keep = (chunk: Buffer) => { this.output = (this.output + chunk.toString()).slice(-20_000); };
    child.stdout!.on('data', keep);
    child.stderr!.on('data', keep);
    child.once('exit', (code, signal) => {
      if (this.child === child) this.crashes.push(`${this.name} exited with ${signal ?? code}`);
    });
  }

  /** The status of one of its probes (`live`, `ready`), or 0 when nothing answers. */
  async probe(path: 'live' | 'ready'): Promise<number> {
    try {
      return (await fetch(`http://127.0.0.1:${this.port}/${path}`, { signal: AbortSignal.timeout(2000) })).status;
    } catch {
      return 0;
    }
  }

  /** Waits until `/ready` answers `status`, and says what the process printed if it never does. */
  async waitUntil(status: 200 | 503, timeoutMs = 90_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if ((await this.probe('ready')) === status) return;
      if (!this.running && status === 200) throw new Error(`${this.name} stopped before it was ready:\n${this.output}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`${this.name}'s /ready did not answer ${status} within ${timeoutMs / 1000} s; it printed:\n${this.output}`);
  }

  /** Ends the process as a crash or a lost container would (SIGKILL), or as a stop does (SIGTERM). */
  async stop(signal: 'SIGKILL' | 'SIGTERM' = 'SIGTERM'): Promise<void> {
    const child = this.child;
    if (!child || !this.running) return;
    this.child = null;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill(signal);
    await exited;
  }

  get printed(): string {
    return this.output;
  }
}
