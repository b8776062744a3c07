import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type { outboxTable } from './outbox-table.js';

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
