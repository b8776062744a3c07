import { drizzle, type PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { SpanKind, SpanStatusCode, tracer, tracingOn } from '../platform/tracing.js';
import { poolSize, statementsInFlight } from '../platform/metrics.js';

/** drizzle over postgres.js, with the postgres.js client it runs on. */
export type Drizzle = PostgresJsDatabase & { $client: postgres.Sql };

export interface Database {
  db: Drizzle;
  sql: postgres.Sql;
  /** Whether PostgreSQL answers within a second, for a readiness check. */
  reachable(): Promise<boolean>;
  close(): Promise<void>;
}

export interface ConnectOptions {
  /** The pool's name in the metrics (`pool` label): the subgraph's, or what else uses it. */
  name?: string;
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
    // Each run is planned for its own values, as an unnamed statement is, though the statement is prepared once.
    connection: { plan_cache_mode: 'force_custom_plan' },
  });
  prepareOncePerConnection(sql);
  countStatements(sql, options.name ?? 'kepu', options.max ?? 10);
  if (tracingOn()) traceStatements(sql);
  return { db: drizzle(sql), sql, reachable: () => answersWithin(sql, 1000), close: () => sql.end({ timeout: 5 }) };
}

/**
 * drizzle sends every statement through `unsafe`, unprepared, and postgres.js sends an unprepared
 * statement with parameters in two round trips: one to learn their types, one to run it. Prepared
 * once per connection instead, it takes one round trip from its second run on, in transactions too.
 */
function prepareOncePerConnection(sql: postgres.Sql): void {
  preparing(sql);
  const begin = sql.begin.bind(sql) as (...args: unknown[]) => Promise<unknown>;
  sql.begin = ((...args: unknown[]) => {
    const inTransaction = args.pop() as (tx: postgres.TransactionSql) => unknown;
    return begin(...args, (tx: postgres.TransactionSql) => inTransaction(preparing(tx)));
  }) as typeof sql.begin;
}

function preparing<Client extends Pick<postgres.Sql, 'unsafe'>>(client: Client): Client {
  const unsafe = client.unsafe.bind(client) as (...args: unknown[]) => ReturnType<Client['unsafe']>;
  client.unsafe = ((...args: unknown[]) => {
    const [query, parameters, options] = args as [string, unknown, postgres.UnsafeQueryOptions | undefined];
    if (!Array.isArray(parameters) || parameters.length === 0) return unsafe(...args);
    return unsafe(query, parameters, { ...options, prepare: true });
  }) as Client['unsafe'];
  return client;
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

/** Counts the statements sent through `unsafe` (every drizzle query) until answered, for `/metrics`. */
function countStatements(sql: postgres.Sql, pool: string, max: number): void {
  poolSize.set({ pool }, max);
  statementsInFlight.inc({ pool }, 0);
  const unsafe = sql.unsafe.bind(sql);
  sql.unsafe = ((query: string, ...rest: never[]) => {
    const statement = unsafe(query, ...rest);
    const then = statement.then.bind(statement) as (resolve: Settle, reject: Settle) => Promise<unknown>;
    statement.then = ((resolve: Settle, reject: Settle) => {
      statementsInFlight.inc({ pool });
      const done = () => statementsInFlight.dec({ pool });
      return then((rows) => { done(); return resolve ? resolve(rows) : rows; }, (error) => { done(); if (reject) return reject(error); throw error; });
    }) as typeof statement.then;
    return statement;
  }) as typeof sql.unsafe;
}

type Settle = ((value: unknown) => unknown) | null | undefined;

/**
 * Gives each statement sent through `unsafe` (every drizzle query) a span, child of the request
 * being answered, ended when its rows arrive. The query runs only once awaited, as before.
 */
function traceStatements(sql: postgres.Sql): void {
  const unsafe = sql.unsafe.bind(sql);
  sql.unsafe = ((query: string, ...rest: never[]) => {
    const statement = unsafe(query, ...rest);
    const span = tracer.startSpan(`sql ${query.trimStart().split(/\s/, 1)[0]!.toLowerCase()}`, { kind: SpanKind.CLIENT, attributes: { 'db.system': 'postgresql', 'db.statement': query.slice(0, 500) } });
    const then = statement.then.bind(statement) as (resolve: Settle, reject: Settle) => Promise<unknown>;
    statement.then = ((resolve: Settle, reject: Settle) => then(
      (rows) => { span.end(); return resolve ? resolve(rows) : rows; },
      (error) => { span.setStatus({ code: SpanStatusCode.ERROR, message: String(error) }); span.end(); if (reject) return reject(error); throw error; },
    )) as typeof statement.then;
    return statement;
  }) as typeof sql.unsafe;
}
