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
  instrument(sql, options.name ?? 'kepu', options.max ?? 10);
  return { db: drizzle(sql), sql, reachable: () => answersWithin(sql, 1000), close: () => sql.end({ timeout: 5 }) };
}

/**
 * Every statement, on the pool, in a transaction or on a reserved connection, goes through `unsafe`
 * here, once: it is prepared, counted for `/metrics` and, with tracing on, given a span.
 */
function instrument(sql: postgres.Sql, pool: string, max: number): void {
  poolSize.set({ pool }, max);
  statementsInFlight.inc({ pool }, 0);
  const instrumented = <Client extends Pick<postgres.Sql, 'unsafe'>>(client: Client): Client => {
    client.unsafe = observed(client.unsafe.bind(client), pool) as Client['unsafe'];
    return client;
  };
  instrumented(sql);
  const begin = sql.begin.bind(sql) as (...args: unknown[]) => Promise<unknown>;
  sql.begin = ((...args: unknown[]) => {
    const inTransaction = args.pop() as (tx: postgres.TransactionSql) => unknown;
    return begin(...args, (tx: postgres.TransactionSql) => inTransaction(instrumented(tx)));
  }) as typeof sql.begin;
  const reserve = sql.reserve.bind(sql);
  sql.reserve = async () => instrumented(await reserve());
}

type Unsafe = (query: string, parameters?: postgres.ParameterOrJSON<never>[], options?: postgres.UnsafeQueryOptions) => postgres.PendingQuery<postgres.Row[]>;
type Settle = ((value: unknown) => unknown) | null | undefined;

/**
 * drizzle sends every statement through `unsafe`, unprepared, and postgres.js sends an unprepared
 * statement with parameters in two round trips: one to learn their types, one to run it. Prepared
 * once per connection instead, it takes one round trip from its second run on. The statement runs
 * only once awaited or executed, as before; from when it is first awaited until its rows arrive it
 * counts as in flight, and its span lasts until then.
 */
function observed(unsafe: Unsafe, pool: string): Unsafe {
  return (query, parameters, options) => {
    const prepare = Array.isArray(parameters) && parameters.length > 0;
    const statement = unsafe(query, parameters, prepare ? { ...options, prepare: true } : options);
    const span = tracingOn()
      ? tracer.startSpan(`sql ${/^\s*(\w*)/.exec(query)![1]!.toLowerCase()}`, { kind: SpanKind.CLIENT, attributes: { 'db.system': 'postgresql', 'db.statement': query.slice(0, 500) } })
      : null;
    const then = statement.then.bind(statement) as (resolve: Settle, reject: Settle) => Promise<unknown>;
    let watched = false;
    // postgres.js subscribes to a transaction's statements itself too: the statement is counted once, when first awaited.
    statement.then = ((resolve: Settle, reject: Settle) => {
      if (!watched) {
        watched = true;
        statementsInFlight.inc({ pool });
        const done = (error?: unknown) => {
          statementsInFlight.dec({ pool });
          if (error) span?.setStatus({ code: SpanStatusCode.ERROR, message: String(error) });
          span?.end();
        };
        then(() => done(), done);
      }
      return then(resolve, reject);
    }) as typeof statement.then;
    return statement;
  };
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
