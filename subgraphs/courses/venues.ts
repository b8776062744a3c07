import { toPublicId } from '../../kit/graphql/ids.js';
import { unseenReferences, venueVisibleTo, type Reference } from '../../kit/graphql/references.js';
import type { SupergraphLink } from '../../kit/platform/supergraph.js';
import type { Viewer } from '../../kit/platform/viewer.js';
import type { ProgrammeVenueQuery, ProgrammeVenueQueryVariables } from './operations.generated.js';

const VENUE = /* GraphQL */ `
  query ProgrammeVenue($id: ID!) {
    venue(id: $id) { status }
  }`;

/** Asks the supergraph, never the venues subgraph's tables, whether the venues a programme names are there for its writer. */
export function createVenueDirectory(supergraph: SupergraphLink) {
  return {
    /** NOT_FOUND for each named venue that does not exist or that the writer cannot see. */
    unseenVenues: (viewer: Viewer, references: readonly Reference[]) =>
      unseenReferences('venue', references, async (rowId) => {
        const { venue } = await supergraph.query<ProgrammeVenueQuery, ProgrammeVenueQueryVariables>(VENUE, { id: toPublicId('Venue', rowId) });
        return venueVisibleTo(viewer, rowId, venue);
      }),
  };
}

export type VenueDirectory = ReturnType<typeof createVenueDirectory>;
