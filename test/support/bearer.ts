import type postgres from 'postgres';
import { mintToken, type KepuClaims } from '../../gateway/auth.js';

/** Headers that sign a request in with these claims, as a client holding a token would send them. */
export async function signedIn(claims: KepuClaims, subject = `${claims.role}-${claims.venueId ?? claims.expertId ?? 'test'}`): Promise<Record<string, string>> {
  return { authorization: `Bearer ${await mintToken(subject, claims)}` };
}

/** How many rows each table holds, read through a direct connection, to show that a refused write left nothing behind. */
export async function countRows(sql: postgres.Sql, tables: string[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const [row] = await sql.unsafe(`select count(*)::int as n from ${table}`);
    counts[table] = row!.n as number;
  }
  return counts;
}

/** The outbox rows recorded after `afterId`, as `Entity:id`, oldest first. */
export async function outboxSince(sql: postgres.Sql, schema: string, afterId: number): Promise<string[]> {
  const rows = await sql.unsafe(`select entity, entity_id from ${schema}.outbox where id > $1 order by id`, [afterId]);
  return rows.map((row) => `${row.entity}:${row.entity_id}`);
}

export async function lastOutboxId(sql: postgres.Sql, schema: string): Promise<number> {
  const [row] = await sql.unsafe(`select coalesce(max(id), 0)::int as id from ${schema}.outbox`);
  return row!.id as number;
}
