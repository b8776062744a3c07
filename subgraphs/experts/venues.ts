import type { VenueStatusQuery } from '../../kit/graphql/references.js';
import type { AffiliationVenueQuery, AffiliationVenueQueryVariables } from './operations.generated.js';

const VENUE = /* GraphQL */ `
  query AffiliationVenue($id: ID!) {
    venue(id: $id) { status }
  }`;

/** The status of a venue an expert is affiliated with, as the supergraph tells it. */
export const venueStatus: VenueStatusQuery = async (supergraph, id) =>
  (await supergraph.query<AffiliationVenueQuery, AffiliationVenueQueryVariables>(VENUE, { id })).venue;
