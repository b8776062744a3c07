import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../kit/database/connection.js';
import * as courses from '../../subgraphs/courses/tables.js';
import { OutboxFeed, type OutboxRow } from '../../subgraphs/search/outbox.js';
import { recordChanges } from '../../kit/database/outbox.js';
import { connectTestDatabase, createTestDatabase } from '../support/databases.js';

let url: string;
let writer: Database;
let reader: Database;
beforeAll(async () => {
  url = await createTestDatabase('empty');
  writer = connectTestDatabase(url);
  reader = connectTestDatabase(url);
});
afterAll(async () => {
  await writer?.close();
  await reader?.close();
});

/** Takes everything the feed offers now and marks it applied, as the indexer does after refreshing. */
async function drain(feed: OutboxFeed): Promise<OutboxRow[]> {
  const taken: OutboxRow[] = [];
  for (;;) {
    const batch = await feed.next();
    taken.push(...batch.rows);
    await batch.applied();
    if (batch.rows.length === 0) return taken;
  }
}

function record(entityId: number) {
  return writer.db.transaction((tx) => recordChanges(tx, courses.outbox, [{ entity: 'Programme', entityId }]));
}

/** A transaction that has taken its outbox id and commits (or rolls back) only when told. */
async function heldOpen(entityId: number) {
  let finish!: (commit: boolean) => void;
  const decision = new Promise<boolean>((resolve) => { finish = resolve; });
  let inserted!: () => void;
  const insertedYet = new Promise<void>((resolve) => { inserted = resolve; });
  const done = writer.db.transaction(async (tx) => {
    await recordChanges(tx, courses.outbox, [{ entity: 'Programme', entityId }]);
    inserted();
    if (!(await decision)) tx.rollback();
  }).catch(() => {});
  await insertedYet;
  return { commit: async () => { finish(true); await done; }, rollBack: async () => { finish(false); await done; } };
}

describe('reading an outbox', () => {
  it('does not skip a change whose transaction commits after a later one', async () => {
    const feed = new OutboxFeed('courses', reader, reader);
    await drain(feed);
    const slow = await heldOpen(101);
    await record(102);
    expect((await drain(feed)).map((row) => row.entityId)).toEqual([102]);
    await slow.commit();
    expect((await drain(feed)).map((row) => row.entityId)).toEqual([101]);
  });

  it('moves past the id of a transaction that rolled back, once nothing older is running', async () => {
    const feed = new OutboxFeed('courses', reader, reader);
    await drain(feed);
    const failed = await heldOpen(201);
    await record(202);
    await drain(feed);
    await failed.rollBack();
    await drain(feed);
    await drain(feed);
    await record(203);
    expect((await drain(feed)).map((row) => row.entityId)).toEqual([203]);
    const restarted = new OutboxFeed('courses', reader, reader);
    expect(await drain(restarted)).toEqual([]);
  });

  it('after a restart gives again only what was not marked applied', async () => {
    const feed = new OutboxFeed('courses', reader, reader);
    await drain(feed);
    await record(301);
    const batch = await feed.next();
    expect(batch.rows.map((row) => row.entityId)).toEqual([301]);
    const restarted = new OutboxFeed('courses', reader, reader);
    expect((await drain(restarted)).map((row) => row.entityId)).toEqual([301]);
  });
});
