import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, type Database } from '../../kit/database/connection.js';
import { statementsInFlight } from '../../kit/platform/metrics.js';
import { send, statement, transactionInFewTrips } from '../../kit/database/statements.js';
import { venues } from '../../subgraphs/venues/tables.js';
import { createTestDatabase } from '../support/databases.js';

/** One connection, so that what it has prepared is what the next statement finds. */
let database: Database;
/** A pool of its own name, whose statements in flight no other test sends. */
let counted: Database;
beforeAll(async () => {
  const url = await createTestDatabase('demo');
  database = connect(url, { max: 1 });
  counted = connect(url, { max: 2, name: 'connection-test' });
});
afterAll(async () => {
  await database?.close();
  await counted?.close();
});

const prepared = async (run: typeof database.db | Parameters<Parameters<typeof database.db.transaction>[0]>[0]) =>
  (await run.execute<{ statement: string }>(sql`select statement from pg_prepared_statements`)).map((row) => row.statement);

describe('a connection to PostgreSQL', () => {
  it('prepares a statement with parameters once, and runs it again by name, in a transaction too', async () => {
    const byId = (run: typeof database.db, id: number) => run.select({ name: venues.nameZh }).from(venues).where(eq(venues.id, id));
    const [first] = await byId(database.db, 1);
    const [second] = await byId(database.db, 2);
    expect(first!.name).not.toEqual(second!.name);
    const text = byId(database.db, 1).toSQL().sql;
    expect((await prepared(database.db)).filter((statement) => statement === text)).toHaveLength(1);
    await database.db.transaction(async (tx) => {
      await tx.select({ id: venues.id }).from(venues).where(eq(venues.city, '北京'));
      expect(await prepared(tx)).toContain(tx.select({ id: venues.id }).from(venues).where(eq(venues.city, '北京')).toSQL().sql);
    });
  });

  it('prepares and counts the statements of a transaction and of a reserved connection as it does the pool\'s', async () => {
    const inFlight = async () => (await statementsInFlight.get()).values.find((value) => value.labels.pool === 'connection-test')?.value;
    const sleep = 'select pg_sleep($1)';
    await counted.sql.begin(async (tx) => {
      const running = tx.unsafe(sleep, [0.2]).then(() => {});
      expect(await inFlight()).toBe(1);
      await running;
      expect(await inFlight()).toBe(0);
    });
    const reserved = await counted.sql.reserve();
    try {
      await reserved.unsafe(sleep, [0]);
      const running = reserved.unsafe(sleep, [0.2]).then(() => {});
      expect(await inFlight()).toBe(1);
      await running;
      const names = await reserved.unsafe('select statement from pg_prepared_statements');
      expect(names.map((row) => row.statement)).toContain(sleep);
    } finally {
      reserved.release();
    }
  });

  it('plans every run for its own values, as an unprepared statement is', async () => {
    const [setting] = await database.db.execute<{ plan_cache_mode: string }>(sql`show plan_cache_mode`);
    expect(setting!.plan_cache_mode).toBe('force_custom_plan');
  });
});

describe('a transaction in few round trips', () => {
  const table = 'public.few_trips';
  const INSERT = statement(sql`insert into ${sql.raw(table)} (id) values (${sql.placeholder('id')}) returning id`);
  const stored = async () => (await database.sql.unsafe(`select id from ${table} order by id`)).map((row) => Number(row.id));
  beforeAll(() => database.sql.unsafe(`create table ${table} (id int primary key)`));

  it('commits what the work sent before its last write together with that write, and answers the last write', async () => {
    const answer = await transactionInFewTrips(database.sql, async (client) => {
      await send(client, INSERT, { id: 1 });
      return async () => (await send<{ id: number }>(client, INSERT, { id: 2 }))[0]!.id;
    });
    expect(answer).toBe(2);
    expect(await stored()).toEqual([1, 2]);
  });

  it('keeps nothing when the work refuses, or when its last write fails, and its connection serves the next one', async () => {
    const refusal = new Error('refused');
    await expect(transactionInFewTrips(database.sql, async (client) => {
      await send(client, INSERT, { id: 3 });
      throw refusal;
    })).rejects.toBe(refusal);
    await expect(transactionInFewTrips(database.sql, async (client) => {
      await send(client, INSERT, { id: 4 });
      return () => send(client, INSERT, { id: 1 });
    })).rejects.toMatchObject({ code: '23505' });
    expect(await stored()).toEqual([1, 2]);
    const [state] = await database.sql.unsafe('select pg_current_xact_id_if_assigned() is null as idle');
    expect(state!.idle).toBe(true);
  });

  it('lets PostgreSQL plan its statements once for all values, and only there: the same connection plans every run after it', async () => {
    const SETTING = statement(sql`select current_setting('plan_cache_mode') as mode where ${sql.placeholder('any')}::int is not null`);
    const inside = await transactionInFewTrips(database.sql, async (client) => {
      const [row] = await send<{ mode: string }>(client, SETTING, { any: 1 });
      return async () => row!.mode;
    });
    expect(inside).toBe('auto');
    expect((await send<{ mode: string }>(database.sql, SETTING, { any: 1 }))[0]!.mode).toBe('force_custom_plan');
  });
});
