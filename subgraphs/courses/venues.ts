import type { VenueStatusQuery } from '../../kit/graphql/references.js';
import type { ProgrammeVenueQuery, ProgrammeVenueQueryVariables } from './operations.generated.js';

const VENUE = /* GraphQL */ `
  query ProgrammeVenue($id: ID!) {
    venue(id: $id) { status }
  }`;

/** The status of a venue a programme names, as the supergraph tells it. */
export const venueStatus: VenueStatusQuery = async (supergraph, id) =>
  (await supergraph.query<ProgrammeVenueQuery, ProgrammeVenueQueryVariables>(VENUE, { id })).venue;
