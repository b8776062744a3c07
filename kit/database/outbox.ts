import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type { outboxTable } from './outbox-table.js';
import type { Database } from './connection.js';

/** What search shows and a change can touch. */
export type SearchableEntity = 'Venue' | 'Programme' | 'Talk' | 'Expert' | 'Session';

export interface Change {
  entity: SearchableEntity;
  entityId: number;
}

/** Call inside the transaction that makes the change, so the change and its outbox row commit together. */
export async function recordChanges(
  tx: PgDatabase<PgQueryResultHKT, any, any>,
  outbox: ReturnType<typeof outboxTable>,
  changes: Change[],
): Promise<void> {
  if (changes.length === 0) return;
  await tx.insert(outbox).values(changes);
}

export interface OutboxChanges {
  /** The entities changed after the cursor, each once. */
  changes: Change[];
  /** Where the cursor may move: the last row before a gap a still-running transaction may fill. */
  settledThrough: number;
}

/** A gap in the ids older than this belongs to a transaction that rolled back. */
const GAP_SETTLES_MS = 60_000;

/**
 * The entities another subgraph's outbox (`schema.outbox`) says changed after `afterId`.
 * Ids come from a sequence but commit in any order, so the cursor moves only over ids seen without a
 * gap, or over a gap whose next row is older than a minute; rows above it are read again next time.
 */
export async function outboxChangesSince(database: Database, schema: string, afterId: number): Promise<OutboxChanges> {
  const rows = await database.sql.unsafe(
    `select id, entity, entity_id, (extract(epoch from now() - recorded_at) * 1000)::float8 as age_ms from "${schema}".outbox where id > $1 order by id`,
    [afterId],
  );
  const changes = new Map<string, Change>();
  let settledThrough = afterId;
  let contiguous = true;
  for (const row of rows) {
    const id = Number(row.id);
    changes.set(`${row.entity}:${row.entity_id}`, { entity: row.entity as SearchableEntity, entityId: Number(row.entity_id) });
    if (contiguous && (id === settledThrough + 1 || Number(row.age_ms) > GAP_SETTLES_MS)) settledThrough = id;
    else contiguous = false;
  }
  return { changes: [...changes.values()], settledThrough };
}
