import { drizzle, type PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';

export interface Database {
  db: PostgresJsDatabase;
  sql: postgres.Sql;
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
  return { db: drizzle(sql), sql, close: () => sql.end({ timeout: 5 }) };
}
