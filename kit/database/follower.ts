import { sql } from 'drizzle-orm';
import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import { onAnnouncedChanges } from './change-notifications.js';
import type { Database } from './connection.js';
import { postgresErrorOf } from './errors.js';
import type { Change } from './outbox.js';
import { outboxChangesSince } from './outbox.js';
import { log } from '../platform/log.js';

/** Another subgraph's outbox: the schema it lives in (the subgraph's name) and the database holding it. */
export interface FollowedSource {
  name: string;
  database: Database;
}

/** What a source's outbox says changed since the cursor; `everything` when it is followed for the first time. */
export type SourceChanges = { source: string; everything: true } | { source: string; everything: false; changes: Change[] };

/** Writes what `prepare` learnt, in the transaction that also moves the cursors. */
export type FollowerWrite = (tx: PostgresJsDatabase) => Promise<void>;

export interface FollowerOptions {
  /** Names the advisory lock the follower's processes take turns on, and the follower in logs. */
  name: string;
  /** The follower's own database, holding its cursors and what it keeps. */
  database: Database;
  /** The follower's cursor table (`schema.table`, columns `source`, `applied_through`, `updated_at`). */
  cursorTable: string;
  sources: FollowedSource[];
  /** Reads what the changes mean (from their owners' public API) and says how to keep it; called only when something changed. */
  prepare(changes: SourceChanges[]): Promise<FollowerWrite>;
  /** Also catches up this often, should an announcement be lost (a dropped connection); announcements carry it within a second. */
  pollMs?: number;
}

export interface Follower {
  /** Applies every change committed before the call, whichever process applies it; resolves once it is kept. */
  catchUp(): Promise<void>;
  /** Catches up now, then whenever a followed source announces a committed change. */
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** How long a round waits for the round of another process before reading the outboxes again. */
const LOCK_WAIT = '10s';
/** Rounds of another process waited through before giving up until the next change: a long catch-up (thousands of changed records) takes several. */
const LOCK_ATTEMPTS = 12;
/** The SQLSTATE of a lock wait that ran past `lock_timeout`. */
const LOCK_NOT_AVAILABLE = '55P03';
const STOP_WAIT_MS = 5000;

/**
 * Follows other subgraphs' outboxes into tables of one's own, so that requests read only those.
 * A round takes a transaction-scoped advisory lock, so several processes take turns; it reads
 * each outbox after its cursor, lets `prepare` fetch what changed, then writes it and moves the
 * cursors in the same transaction: after a crash the rows are read again, and applying is an
 * idempotent refresh. Rounds run when the `kepu_changes` channel announces a commit to a source,
 * and when someone needs the latest (`catchUp`); callers arriving during a round share the next one.
 */
export function createFollower(options: FollowerOptions): Follower {
  const sourceNames = new Set(options.sources.map((source) => source.name));
  let running: Promise<void> = Promise.resolve();
  let next: Promise<void> | null = null;
  let stopped = false;
  const listeners: { unlisten(): Promise<void> }[] = [];
  let timer: NodeJS.Timeout | undefined;

  const catchUp = (): Promise<void> => {
    next ??= running.catch(() => {}).then(() => {
      running = next!;
      next = null;
      return round(options);
    });
    return next;
  };
  const inBackground = () => {
    if (!stopped) catchUp().catch((error) => log.warn({ err: error, follower: options.name }, 'could not follow the outboxes yet; trying again at the next change'));
  };

  return {
    catchUp,
    start: async () => {
      if (stopped) return;
      const databases = [...new Set(options.sources.map((source) => source.database))];
      for (const database of databases) {
        listeners.push(await onAnnouncedChanges(database, sourceNames, inBackground));
      }
      timer = setInterval(inBackground, options.pollMs ?? 10_000);
      timer.unref();
    },
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      await atMost(STOP_WAIT_MS, Promise.all([...listeners.map((listener) => listener.unlisten()), next ?? running]));
    },
  };
}

/** Waits for `work` to settle, but no longer than `milliseconds`: stopping never hangs on a round waiting for a gateway that is stopping too. */
async function atMost(milliseconds: number, work: Promise<unknown>): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([work.catch(() => {}), new Promise((resolve) => { timer = setTimeout(resolve, milliseconds); })]);
  clearTimeout(timer);
}

/** A round; while another process holds the turn it waits again, and its next reading of the outboxes starts after whatever that process kept. */
async function round(options: FollowerOptions): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await roundOnce(options);
    } catch (error) {
      if (!postgresErrorOf(error, LOCK_NOT_AVAILABLE) || attempt === LOCK_ATTEMPTS) throw error;
    }
  }
}

async function roundOnce(options: FollowerOptions): Promise<void> {
  await options.database.db.transaction(async (tx) => {
    await tx.execute(sql.raw(`set local lock_timeout = '${LOCK_WAIT}'`));
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${options.name}))`);
    const cursors = await cursorsOf(tx, options.cursorTable);
    const read = await Promise.all(options.sources.map(async ({ name, database }) => {
      const cursor = cursors.get(name);
      const { changes, settledThrough } = await outboxChangesSince(database, name, cursor ?? 0);
      const found: SourceChanges = cursor === undefined ? { source: name, everything: true } : { source: name, everything: false, changes };
      return { found, moved: settledThrough !== cursor, settledThrough };
    }));
    const changed = read.filter(({ found }) => found.everything || found.changes.length > 0).map(({ found }) => found);
    if (changed.length > 0) await (await options.prepare(changed))(tx);
    for (const { found, moved, settledThrough } of read) {
      if (!moved) continue;
      await tx.execute(sql`
        insert into ${sql.raw(options.cursorTable)} (source, applied_through) values (${found.source}, ${settledThrough})
        on conflict (source) do update set applied_through = excluded.applied_through, updated_at = now()`);
    }
  });
}

async function cursorsOf(tx: PostgresJsDatabase, table: string): Promise<Map<string, number>> {
  const rows = await tx.execute<{ source: string; applied_through: string }>(sql.raw(`select source, applied_through from ${table}`));
  return new Map(rows.map((row) => [row.source, Number(row.applied_through)]));
}
