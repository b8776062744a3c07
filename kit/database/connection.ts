import { drizzle, type PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';

export interface Database {
  db: PostgresJsDatabase;
  sql: postgres.Sql;
  /** Whether PostgreSQL answers within a second, for a readiness check. */
  reachable(): Promise<boolean>;
  close(): Promise<void>;
}

export interface ConnectOptions {
  /** Pool size; each subgraph has a pool of its own. */
  max?: number;
  /** Called with the text of every statement sent, for statement-count tests. */
  onStatement?: (statement: string) => void;
}

export function connect(url: string, options: ConnectOptions = {}): Database {
  const sql = postgres(url, {
    max: options.max ?? 10,
    onnotice: () => {},
    debug: options.onStatement ? (_connection, statement) => options.onStatement!(statement) : undefined,
  });
  return { db: drizzle(sql), sql, reachable: () => answersWithin(sql, 1000), close: () => sql.end({ timeout: 5 }) };
}

async function answersWithin(sql: postgres.Sql, milliseconds: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<boolean>((resolve) => { timer = setTimeout(() => resolve(false), milliseconds); });
  const answer = sql`select 1`.then(() => true, () => false);
  try {
    return await Promise.race([answer, late]);
  } finally {
    clearTimeout(timer);
  }
}
