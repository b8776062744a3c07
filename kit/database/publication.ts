import { and, inArray, or, type Column, type SQL } from 'drizzle-orm';
import type { PublicationStatus } from '../platform/vocabulary.js';
import { succeeded, type Outcome } from '../graphql/payloads.js';

export type PublicationAction = 'publish' | 'unpublish';

/**
 * The status a publish or unpublish leads to, or null when there is nothing to change: publishing
 * what is published, or unpublishing what was never public, succeeds without a write.
 */
export function nextPublicationStatus(current: PublicationStatus, action: PublicationAction): PublicationStatus | null {
  if (action === 'publish') return current === 'PUBLISHED' ? null : 'PUBLISHED';
  return current === 'PUBLISHED' ? 'UNPUBLISHED' : null;
}

/** Which statuses a list shows: PUBLISHED unless the caller asks for others (which only owners get). */
export function listedStatuses(statuses: readonly PublicationStatus[] | null | undefined): PublicationStatus[] {
  return statuses && statuses.length > 0 ? [...statuses] : ['PUBLISHED'];
}

/**
 * The rows a list shows: those in the asked statuses that are public, or that the viewer owns.
 * `owned` is undefined for a viewer who owns nothing, and always true for an administrator.
 */
export function listedFor(status: Column, statuses: PublicationStatus[], isPublic: SQL, owned: SQL | undefined): SQL | undefined {
  return and(inArray(status, statuses), or(isPublic, owned));
}

/** Publishes or unpublishes `row` through `save`, which writes the new status; nothing to change is a success with no write. */
export async function changePublication<Row extends { status: PublicationStatus }>(
  row: Row,
  action: PublicationAction,
  save: (status: PublicationStatus) => Promise<Row>,
): Promise<Outcome<Row>> {
  const status = nextPublicationStatus(row.status, action);
  return succeeded(status ? await save(status) : row);
}
