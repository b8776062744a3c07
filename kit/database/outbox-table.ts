import { bigint, index, text, timestamp, type PgSchema } from 'drizzle-orm/pg-core';

/**
 * Every write that changes what search shows adds a row here in the same transaction, so the
 * indexer, reading rows after the last id it applied, converges after any crash. Each subgraph
 * has its own outbox in its own schema; it is the one table others may read.
 */
export function outboxTable(schema: PgSchema) {
  return schema.table('outbox', {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    entity: text('entity').notNull(),
    entityId: bigint('entity_id', { mode: 'number' }).notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  }, (change) => [index(`${schema.schemaName}_outbox_entity_idx`).on(change.entity, change.entityId)]);
}
