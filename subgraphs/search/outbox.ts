import { sql } from 'drizzle-orm';
import type { Database } from '../../kit/database/connection.js';
import type { OutboxSource } from '../manifest.js';
import { outboxCursors } from './tables.js';

export interface OutboxRow {
  id: number;
  entity: string;
  entityId: number;
}

const BATCH = 1000;

/**
 * Reads one subgraph's outbox at least once, in id order, without skipping a row.
 *
 * Ids come from a sequence when a transaction inserts, but transactions commit in any order:
 * a reader that has seen id 11 may see id 10 appear later. So the cursor (`appliedThrough`)
 * only moves over ids it has seen without a gap; rows seen above a gap are applied and
 * remembered, and the gap is waited on. A gap closes when its row appears, or when every
 * transaction that was running when the gap was first seen has ended (the snapshot's xmin
 * has passed the xmax noted then): a row committed by one of them would be visible by now,
 * so the missing ids belonged to transactions that rolled back. Rows and snapshot are read
 * in one statement so they describe the same moment. The cursor is kept in
 * the search schema; after a crash the rows above it are applied again, which is harmless
 * because applying is an idempotent refresh.
 */
export class OutboxFeed {
  private appliedThrough: number | null = null;
  private readonly appliedAbove = new Set<number>();
  private gap: { at: number; waitFor: bigint } | null = null;

  constructor(
    readonly source: OutboxSource,
    private readonly database: Database,
    private readonly cursors: Database,
  ) {}

  /** Rows not yet applied, and a function to call once they are in the index. */
  async next(): Promise<{ rows: OutboxRow[]; applied(): Promise<void> }> {
    const from = await this.cursor();
    const { rows, xmin, xmax } = await this.read(from);
    const fresh = rows.filter((row) => !this.appliedAbove.has(row.id));
    return {
      rows: fresh,
      applied: async () => {
        for (const row of fresh) this.appliedAbove.add(row.id);
        await this.advance(from, rows, xmin, xmax);
      },
    };
  }

  /** Every row up to this id is in the index; null until the feed has read its cursor. */
  get position(): number | null {
    return this.appliedThrough;
  }

  /** Starts from a saved index's position instead of the cursor kept in the database. */
  startFrom(position: number): void {
    this.appliedThrough = position;
    this.appliedAbove.clear();
    this.gap = null;
  }

  /**
   * Which outbox this is: positions in a saved index mean something only for the same table in
   * the same database (a database made again, even under the same name, starts its ids afresh).
   */
  async identity(): Promise<string> {
    const [row] = await this.database.sql.unsafe(
      `select current_database() as name, (select oid from pg_database where datname = current_database())::text as database,
         '${this.source}.outbox'::regclass::oid::text as outbox`,
    );
    return `${row!.name}/${row!.database}/${row!.outbox}/${await this.cluster()}`;
  }

  /** The cluster's own identifier, where the role may read it: a new cluster numbers its databases and tables alike. */
  private async cluster(): Promise<string> {
    try {
      const [row] = await this.database.sql.unsafe(`select system_identifier::text as id from pg_control_system()`);
      return String(row!.id);
    } catch {
      return 'unknown';
    }
  }

  /** The highest id in the outbox now, where a reindex starting now can hand over to the feed. */
  async head(): Promise<number> {
    const [row] = await this.database.sql.unsafe(`select coalesce(max(id), 0)::bigint as head from ${this.source}.outbox`);
    return Number(row!.head);
  }

  /** How many of its rows are not applied yet. */
  async lag(): Promise<number> {
    const [row] = await this.database.sql.unsafe(`select count(*)::int as lag from ${this.source}.outbox where id > $1`, [await this.cursor()]);
    return Number(row!.lag);
  }

  /** Every row after `head`, for replaying the changes made while a reindex ran. */
  async rowsAfter(head: number): Promise<OutboxRow[]> {
    const rows = await this.database.sql.unsafe(`select id, entity, entity_id from ${this.source}.outbox where id > $1 order by id`, [head]);
    return rows.map(toRow);
  }

  private async cursor(): Promise<number> {
    if (this.appliedThrough !== null) return this.appliedThrough;
    const [saved] = await this.cursors.db.select().from(outboxCursors).where(sql`${outboxCursors.source} = ${this.source}`);
    this.appliedThrough = saved?.appliedThrough ?? 0;
    return this.appliedThrough;
  }

  /** One statement, so rows and snapshot come from the same moment without a transaction to roll back. */
  private async read(from: number): Promise<{ rows: OutboxRow[]; xmin: bigint; xmax: bigint }> {
    const [answer] = await this.database.sql.unsafe(
      `select pg_snapshot_xmin(pg_current_snapshot())::text as xmin, pg_snapshot_xmax(pg_current_snapshot())::text as xmax,
         coalesce((select json_agg(change order by change.id) from (
           select id, entity, entity_id from ${this.source}.outbox where id > $1 order by id limit ${BATCH}
         ) change), '[]') as rows`,
      [from],
    );
    return { rows: (answer!.rows as Record<string, unknown>[]).map(toRow), xmin: BigInt(answer!.xmin), xmax: BigInt(answer!.xmax) };
  }

  private async advance(from: number, rows: OutboxRow[], xmin: bigint, xmax: bigint): Promise<void> {
    let next = from + 1;
    for (const row of rows) {
      if (row.id === next) {
        next += 1;
        continue;
      }
      if (this.gap?.at === next && xmin >= this.gap.waitFor) {
        this.gap = null;
        next = row.id + 1;
        continue;
      }
      if (this.gap?.at !== next) this.gap = { at: next, waitFor: xmax };
      break;
    }
    const through = next - 1;
    if (through === from) return;
    this.appliedThrough = through;
    for (const id of this.appliedAbove) if (id <= through) this.appliedAbove.delete(id);
    await this.cursors.db
      .insert(outboxCursors)
      .values({ source: this.source, appliedThrough: through })
      .onConflictDoUpdate({ target: outboxCursors.source, set: { appliedThrough: through, updatedAt: sql`now()` } });
  }
}

function toRow(row: Record<string, unknown>): OutboxRow {
  return { id: Number(row.id), entity: String(row.entity), entityId: Number(row.entity_id) };
}
