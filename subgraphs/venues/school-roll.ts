import { toRowId } from '../../kit/graphql/ids.js';
import type { SupergraphLink } from '../../kit/platform/supergraph.js';

/** The row ids of a district's schools, ascending: what an inspection of schools draws from. */
export type SchoolRoll = (district: string) => Promise<number[]>;

const DISTRICT_SCHOOLS = /* GraphQL */ `
  query DistrictSchools($district: String!, $after: String) {
    schools(filter: { districts: [$district] }, first: 100, after: $after) {
      edges { node { id } }
      pageInfo { hasNextPage endCursor }
    }
  }`;

interface SchoolsPage {
  schools: { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

/** Schools belong to the bookings subgraph; the venues subgraph reads a district's roll through the supergraph when it draws. */
export function schoolRollOf(supergraph: SupergraphLink): SchoolRoll {
  return async (district) => {
    const ids: number[] = [];
    let after: string | null = null;
    do {
      const page: SchoolsPage = await supergraph.query<SchoolsPage, { district: string; after: string | null }>(DISTRICT_SCHOOLS, { district, after });
      for (const { node } of page.schools.edges) ids.push(toRowId('School', node.id));
      after = page.schools.pageInfo.hasNextPage ? page.schools.pageInfo.endCursor : null;
    } while (after);
    return ids.sort((a, b) => a - b);
  };
}
