import { failed, notFound, type Outcome } from './payloads.js';
import { requireOwnership, requireRole } from './permissions.js';
import type { Role, Viewer } from '../platform/viewer.js';

/** How a subgraph finds one of its records for a change and decides who owns it. */
export interface OwnedRecord<Writes, Row> {
  /** The record's name in a NOT_FOUND message: "venue", "programme". */
  name: string;
  /** The roles that can own such a record; others are refused before anything is read. */
  roles: readonly Exclude<Role, 'anonymous'>[];
  /** Reads the record and locks it until the transaction ends, so concurrent changes apply one after the other. */
  lock(writes: Writes, id: number): Promise<Row | undefined>;
  mayChange(viewer: Viewer, row: Row, writes: Writes): boolean | Promise<boolean>;
  /** What a caller who does not own the record is told. */
  refusal: string;
}

export type Write<Writes> = <Result>(work: (writes: Writes) => Promise<Result>) => Promise<Result>;

/**
 * Runs `change` on a record its caller owns, in one transaction: UNAUTHENTICATED or FORBIDDEN for
 * the wrong caller, NOT_FOUND (at `field`) when there is no such record.
 */
export async function changeOwned<Writes, Row, Thing>(
  viewer: Viewer,
  write: Write<Writes>,
  record: OwnedRecord<Writes, Row>,
  id: number,
  change: (row: Row, writes: Writes) => Promise<Outcome<Thing>>,
  field: string[] = ['id'],
): Promise<Outcome<Thing>> {
  requireRole(viewer, record.roles);
  return write(async (writes) => {
    const row = await record.lock(writes, id);
    if (!row) return failed(notFound(record.name, field));
    requireOwnership(await record.mayChange(viewer, row, writes), record.refusal);
    return change(row, writes);
  });
}
