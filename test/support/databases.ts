import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { connect, type Database } from '../../kit/database/connection.js';

export const TEMPLATES = { empty: 'kepu_template_empty', demo: 'kepu_template_demo' } as const;

export function adminUrl(serverUrl: string): string {
  const url = new URL(serverUrl);
  url.pathname = '/postgres';
  return url.toString();
}

/** A new database for one test file, cloned from a migrated template: the empty catalogue or the demo one. */
export async function createTestDatabase(template: keyof typeof TEMPLATES = 'demo'): Promise<string> {
  const serverUrl = inject('postgresUrl');
  const name = `kepu_test_${randomBytes(6).toString('hex')}`;
  const admin = connect(adminUrl(serverUrl), { max: 1 });
  try {
    await admin.sql.unsafe(`create database "${name}" template "${TEMPLATES[template]}"`);
  } finally {
    await admin.close();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export function connectTestDatabase(url: string): Database {
  return connect(url, { max: 4 });
}
