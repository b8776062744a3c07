import type { UserError } from './errors.js';
import { notFound } from './payloads.js';
import { isAdmin, isExpert, managesVenue } from './permissions.js';
import type { SupergraphLink } from '../platform/supergraph.js';
import type { Viewer } from '../platform/viewer.js';
import { toPublicId } from './ids.js';

/** A record of another subgraph that a write names, and where in the mutation's arguments it is named. */
export interface Reference {
  rowId: number;
  field: string[];
}

/**
 * NOT_FOUND, at its field, for each reference that `isVisible` says the writer cannot see (absent,
 * or another owner's draft); each distinct record is asked about once, all at the same time.
 */
export async function unseenReferences(
  name: string,
  references: readonly Reference[],
  isVisible: (rowId: number) => Promise<boolean>,
): Promise<UserError[]> {
  const distinct = [...new Set(references.map((reference) => reference.rowId))];
  const seen = new Map(await Promise.all(distinct.map(async (rowId) => [rowId, await isVisible(rowId)] as const)));
  return references.filter((reference) => !seen.get(reference.rowId)).map((reference) => notFound(name, reference.field));
}

/** What the supergraph tells of a referenced venue or expert: null when there is none. */
export interface ReferencedRecord {
  status: string;
}

/** A venue the writer can see: published, or the writer's own venue, or any venue for an admin. */
export function venueVisibleTo(viewer: Viewer, rowId: number, venue: ReferencedRecord | null | undefined): boolean {
  return Boolean(venue) && (venue!.status === 'PUBLISHED' || isAdmin(viewer) || managesVenue(viewer, rowId));
}

/** An expert the writer can see: published, the writer themself, its venue's manager, or an admin. */
export function expertVisibleTo(viewer: Viewer, rowId: number, expert: (ReferencedRecord & { affiliationVenueId: number | null }) | null | undefined): boolean {
  if (!expert) return false;
  return expert.status === 'PUBLISHED' || isAdmin(viewer) || isExpert(viewer, rowId) || managesVenue(viewer, expert.affiliationVenueId);
}

/** A subgraph's question for one venue's status, by public id; typed where the subgraph's operations are generated. */
export type VenueStatusQuery = (supergraph: SupergraphLink, id: string) => Promise<ReferencedRecord | null | undefined>;

/** Asks the supergraph, never the venues subgraph's tables, whether the venues a write names are there for its writer. */
export function createVenueDirectory(supergraph: SupergraphLink, venueStatus: VenueStatusQuery) {
  return {
    /** NOT_FOUND for each named venue that does not exist or that the writer cannot see. */
    unseenVenues: (viewer: Viewer, references: readonly Reference[]) =>
      unseenReferences('venue', references, async (rowId) => venueVisibleTo(viewer, rowId, await venueStatus(supergraph, toPublicId('Venue', rowId)))),
  };
}

export type VenueDirectory = ReturnType<typeof createVenueDirectory>;
