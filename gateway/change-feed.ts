import postgres from 'postgres';
import { CHANGES_CHANNEL } from '../kit/database/change-notifications.js';
import type { PublicReads } from './public-reads.js';

/**
 * Listens for committed writes on each catalogue database and tells `reads` which subgraph's answers
 * are stale. postgres.js listens again after a lost connection; announcements made meanwhile are
 * lost, so every answer kept is forgotten then.
 */
export async function followChanges(databaseUrls: string[], reads: PublicReads): Promise<{ stop(): Promise<void> }> {
  const connections = [...new Set(databaseUrls)].map((url) => postgres(url, { max: 1, onnotice: () => {} }));
  let started = false;
  try {
    for (const sql of connections) {
      await sql.listen(CHANGES_CHANNEL, (subgraph) => reads.changed(subgraph), () => started && reads.listen(true));
    }
  } catch (error) {
    await Promise.all(connections.map((sql) => sql.end({ timeout: 1 })));
    throw error;
  }
  started = true;
  reads.listen(true);
  return {
    stop: async () => {
      reads.listen(false);
      await Promise.all(connections.map((sql) => sql.end({ timeout: 5 })));
    },
  };
}
