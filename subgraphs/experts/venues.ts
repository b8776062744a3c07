import { toPublicId } from '../../kit/graphql/ids.js';
import { unseenReferences, venueVisibleTo, type Reference } from '../../kit/graphql/references.js';
import type { SupergraphLink } from '../../kit/platform/supergraph.js';
import type { Viewer } from '../../kit/platform/viewer.js';
import type { AffiliationVenueQuery, AffiliationVenueQueryVariables } from './operations.generated.js';

const VENUE = /* GraphQL */ `
  query AffiliationVenue($id: ID!) {
    venue(id: $id) { status }
  }`;

/** Asks the supergraph, never the venues subgraph's tables, whether the venues an expert is affiliated with are there for its writer. */
export function createVenueDirectory(supergraph: SupergraphLink) {
  return {
    /** NOT_FOUND for each named venue that does not exist or that the writer cannot see. */
    unseenVenues: (viewer: Viewer, references: readonly Reference[]) =>
      unseenReferences('venue', references, async (rowId) => {
        const { venue } = await supergraph.query<AffiliationVenueQuery, AffiliationVenueQueryVariables>(VENUE, { id: toPublicId('Venue', rowId) });
        return venueVisibleTo(viewer, rowId, venue);
      }),
  };
}

export type VenueDirectory = ReturnType<typeof createVenueDirectory>;
