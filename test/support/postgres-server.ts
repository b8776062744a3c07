import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { connect } from '../../kit/database/connection.js';
import { startEmbeddedPostgres } from '../../kit/database/embedded.js';
import { migrateSubgraph } from '../../kit/database/migrate.js';
import { migrationsOf, subgraphNames } from '../../subgraphs/manifest.js';
import { seedDemo } from '../../seed/load.js';
import { startOfToday } from '../../seed/today.js';
import { adminUrl, TEMPLATES } from './databases.js';


/**
 * One PostgreSQL server for the whole run (embedded, or DATABASE_URL's server), holding two
 * migrated templates that every test file clones: an empty catalogue and the demo catalogue.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dataDir = process.env.DATABASE_URL ? null : mkdtempSync(join(tmpdir(), 'kepu-test-pg-'));
  const embedded = dataDir ? await startEmbeddedPostgres(dataDir, { persistent: false }) : null;
  const serverUrl = embedded?.url ?? process.env.DATABASE_URL!;
  const teardown = async () => {
    await embedded?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await createTemplates(serverUrl);
  } catch (error) {
    await teardown();
    throw error;
  }
  project.provide('postgresUrl', serverUrl);
  return teardown;
}

async function createTemplates(serverUrl: string): Promise<void> {
  const admin = connect(adminUrl(serverUrl), { max: 1 });
  try {
    for (const template of Object.values(TEMPLATES)) {
      await admin.sql.unsafe(`drop database if exists "${template}" with (force)`);
      await admin.sql.unsafe(`create database "${template}"`);
    }
    await prepareTemplate(serverUrl, TEMPLATES.empty, false);
    await prepareTemplate(serverUrl, TEMPLATES.demo, true);
  } finally {
    await admin.close();
  }
}

async function prepareTemplate(serverUrl: string, name: string, seeded: boolean): Promise<void> {
  const database = connect(withDatabase(serverUrl, name), { max: 1 });
  try {
    for (const subgraph of subgraphNames) await migrateSubgraph(database, migrationsOf(subgraph));
    if (seeded) await seedDemo({ venues: database, courses: database, experts: database, bookings: database }, { scale: 1, now: startOfToday() });
  } finally {
    await database.close();
  }
}

function withDatabase(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}
