/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type ComplianceStatus =
  | 'BLACKLISTED'
  | 'SUSPENDED'
  | 'UNDER_RECTIFICATION'
  | 'WHITELISTED';

/** PRIMARY_LOWER is grades 1-3, PRIMARY_UPPER grades 4-6, JUNIOR grades 7-9, SENIOR grades 10-12. */
export type GradeBand =
  | 'JUNIOR'
  | 'PRIMARY_LOWER'
  | 'PRIMARY_UPPER'
  | 'SENIOR';

export type PublicationStatus =
  | 'DRAFT'
  | 'PUBLISHED'
  | 'UNPUBLISHED';

export type VenueFactsFragment = { id: string, status: PublicationStatus, complianceStatus: ComplianceStatus, complianceReason: string, timeZone: string };

export type ProgrammeFactsFragment = { id: string, title: string, status: PublicationStatus, gradeBands: Array<GradeBand>, groupSize: { min: number, max: number }, venue: { id: string } | null };

export type ExpertFactsFragment = { id: string, status: PublicationStatus, affiliation: { id: string } | null };

export type TalkFactsFragment = { id: string, title: string, status: PublicationStatus, maxAudience: number, gradeBands: Array<GradeBand>, expert: { id: string } };

export type FactVenuesQueryVariables = Exact<{
  ids: Array<string> | string | null | undefined;
  after: string | null | undefined;
}>;


export type FactVenuesQuery = { page: { edges: Array<{ node: { id: string, status: PublicationStatus, complianceStatus: ComplianceStatus, complianceReason: string, timeZone: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type FactProgrammesQueryVariables = Exact<{
  after: string | null | undefined;
}>;


export type FactProgrammesQuery = { page: { edges: Array<{ node: { id: string, title: string, status: PublicationStatus, gradeBands: Array<GradeBand>, groupSize: { min: number, max: number }, venue: { id: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type FactExpertsQueryVariables = Exact<{
  after: string | null | undefined;
}>;


export type FactExpertsQuery = { page: { edges: Array<{ node: { id: string, status: PublicationStatus, affiliation: { id: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type FactTalksQueryVariables = Exact<{
  after: string | null | undefined;
}>;


export type FactTalksQuery = { page: { edges: Array<{ node: { id: string, title: string, status: PublicationStatus, maxAudience: number, gradeBands: Array<GradeBand>, expert: { id: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };
