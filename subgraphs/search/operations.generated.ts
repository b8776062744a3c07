/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type ComplianceStatus =
  | 'BLACKLISTED'
  | 'SUSPENDED'
  | 'UNDER_RECTIFICATION'
  | 'WHITELISTED';

export type Delivery =
  | 'IN_SCHOOL'
  | 'ONLINE'
  | 'ON_SITE';

/** PRIMARY_LOWER is grades 1-3, PRIMARY_UPPER grades 4-6, JUNIOR grades 7-9, SENIOR grades 10-12. */
export type GradeBand =
  | 'JUNIOR'
  | 'PRIMARY_LOWER'
  | 'PRIMARY_UPPER'
  | 'SENIOR';

export type ProgrammeKind =
  | 'COURSE'
  | 'LAB_SESSION'
  | 'ONLINE_COURSE'
  | 'STUDY_TOUR'
  | 'VISIT'
  | 'WORKSHOP';

export type Subject =
  | 'AEROSPACE'
  | 'AGRICULTURE'
  | 'ASTRONOMY'
  | 'BIOLOGY'
  | 'CHEMISTRY'
  | 'COMPUTING'
  | 'EARTH_SCIENCE'
  | 'ENGINEERING'
  | 'ENVIRONMENT'
  | 'HEALTH'
  | 'HISTORY_OF_SCIENCE'
  | 'MATHEMATICS'
  | 'PHYSICS'
  | 'TRANSPORT';

export type VenueKind =
  | 'BOTANICAL_GARDEN'
  | 'ENTERPRISE'
  | 'LABORATORY'
  | 'MUSEUM'
  | 'PARK'
  | 'PLANETARIUM'
  | 'RESEARCH_INSTITUTE'
  | 'SCIENCE_BASE'
  | 'SCIENCE_CENTRE'
  | 'UNIVERSITY'
  | 'ZOO';

export type PlaceFragment = { id: string, kind: VenueKind, name: string, nameEn: string, city: string, district: string, complianceStatus: ComplianceStatus, location: { lat: number, lon: number } };

export type VenueDocumentFragment = { description: string, descriptionEn: string, address: string, id: string, kind: VenueKind, name: string, nameEn: string, city: string, district: string, complianceStatus: ComplianceStatus, programmes: { edges: Array<{ node: { subjects: Array<Subject>, gradeBands: Array<GradeBand>, delivery: Delivery, free: boolean } }> }, location: { lat: number, lon: number } };

export type ProgrammeDocumentFragment = { id: string, kind: ProgrammeKind, title: string, titleEn: string, summary: string, summaryEn: string, subjects: Array<Subject>, gradeBands: Array<GradeBand>, delivery: Delivery, free: boolean, venue: { id: string, kind: VenueKind, name: string, nameEn: string, city: string, district: string, complianceStatus: ComplianceStatus, location: { lat: number, lon: number } } | null, sessions: { edges: Array<{ node: { startsAt: string } }> } };

export type TalkDocumentFragment = { id: string, title: string, titleEn: string, summary: string, summaryEn: string, subjects: Array<Subject>, gradeBands: Array<GradeBand>, delivery: Delivery, expert: { id: string, name: string, nameEn: string, affiliation: { id: string, kind: VenueKind, name: string, nameEn: string, city: string, district: string, complianceStatus: ComplianceStatus, location: { lat: number, lon: number } } | null }, sessions: { edges: Array<{ node: { startsAt: string } }> } };

export type ExpertDocumentFragment = { id: string, name: string, nameEn: string, title: string, titleEn: string, bio: string, bioEn: string, fields: Array<Subject>, affiliation: { id: string, kind: VenueKind, name: string, nameEn: string, city: string, district: string, complianceStatus: ComplianceStatus, location: { lat: number, lon: number } } | null, talks: { edges: Array<{ node: { id: string, gradeBands: Array<GradeBand>, delivery: Delivery } }> } };

export type SessionOfferFragment = { programme: { id: string } | null, talk: { id: string } | null };

export type ProgrammesAtVenueQueryVariables = Exact<{
  venueIds: Array<string> | string;
  after: string | null | undefined;
}>;


export type ProgrammesAtVenueQuery = { list: { edges: Array<{ node: { id: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ExpertsAtVenueQueryVariables = Exact<{
  venueIds: Array<string> | string;
  after: string | null | undefined;
}>;


export type ExpertsAtVenueQuery = { list: { edges: Array<{ node: { id: string, talks: { edges: Array<{ node: { id: string } }> } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type PartnershipPageFragment = { edges: Array<{ node: { id: string, endsOn: string | null, school: { id: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } };

export type VenuePartnersFragment = { id: string, alliances: Array<{ id: string }>, pairings: { edges: Array<{ node: { id: string, endsOn: string | null, school: { id: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type PartnerVenuesQueryVariables = Exact<{
  ids: Array<string> | string | null | undefined;
  after: string | null | undefined;
  venuesAfter: string | null | undefined;
}>;


export type PartnerVenuesQuery = { page: { edges: Array<{ node: { id: string, alliances: Array<{ id: string }>, pairings: { edges: Array<{ node: { id: string, endsOn: string | null, school: { id: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type MorePartnershipsQueryVariables = Exact<{
  venue: string;
  after: string | null | undefined;
}>;


export type MorePartnershipsQuery = { venue: { pairings: { edges: Array<{ node: { id: string, endsOn: string | null, school: { id: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null };

export type CatalogueCountsQueryVariables = Exact<{ [key: string]: never; }>;


export type CatalogueCountsQuery = { Venue: { totalCount: number }, Programme: { totalCount: number }, Talk: { totalCount: number }, Expert: { totalCount: number } };

export type VenueDocumentsQueryVariables = Exact<{
  first: number;
  after: string | null | undefined;
}>;


export type VenueDocumentsQuery = { list: { edges: Array<{ node: { description: string, descriptionEn: string, address: string, id: string, kind: VenueKind, name: string, nameEn: string, city: string, district: string, complianceStatus: ComplianceStatus, programmes: { edges: Array<{ node: { subjects: Array<Subject>, gradeBands: Array<GradeBand>, delivery: Delivery, free: boolean } }> }, location: { lat: number, lon: number } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ProgrammeDocumentsQueryVariables = Exact<{
  first: number;
  after: string | null | undefined;
}>;


export type ProgrammeDocumentsQuery = { list: { edges: Array<{ node: { id: string, kind: ProgrammeKind, title: string, titleEn: string, summary: string, summaryEn: string, subjects: Array<Subject>, gradeBands: Array<GradeBand>, delivery: Delivery, free: boolean, venue: { id: string, kind: VenueKind, name: string, nameEn: string, city: string, district: string, complianceStatus: ComplianceStatus, location: { lat: number, lon: number } } | null, sessions: { edges: Array<{ node: { startsAt: string } }> } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type TalkDocumentsQueryVariables = Exact<{
  first: number;
  after: string | null | undefined;
}>;


export type TalkDocumentsQuery = { list: { edges: Array<{ node: { id: string, title: string, titleEn: string, summary: string, summaryEn: string, subjects: Array<Subject>, gradeBands: Array<GradeBand>, delivery: Delivery, expert: { id: string, name: string, nameEn: string, affiliation: { id: string, kind: VenueKind, name: string, nameEn: string, city: string, district: string, complianceStatus: ComplianceStatus, location: { lat: number, lon: number } } | null }, sessions: { edges: Array<{ node: { startsAt: string } }> } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ExpertDocumentsQueryVariables = Exact<{
  first: number;
  after: string | null | undefined;
}>;


export type ExpertDocumentsQuery = { list: { edges: Array<{ node: { id: string, name: string, nameEn: string, title: string, titleEn: string, bio: string, bioEn: string, fields: Array<Subject>, affiliation: { id: string, kind: VenueKind, name: string, nameEn: string, city: string, district: string, complianceStatus: ComplianceStatus, location: { lat: number, lon: number } } | null, talks: { edges: Array<{ node: { id: string, gradeBands: Array<GradeBand>, delivery: Delivery } }> } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };
