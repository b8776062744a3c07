import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { VenueRow, AllianceRow, ComplianceRecordRow, NoticeRow, ListBatchRow, InspectionRow, InspectionItemRow, FindingRow } from './rows.js';
import type { Context } from './context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An instant in ISO 8601 with its offset, such as 2026-12-01T09:30:00+08:00. */
  DateTime: { input: Date; output: string; }
};

/** A science alliance joining universities, institutes, companies and bases with a district's schools. */
export type Alliance = {
  __typename?: 'Alliance';
  city: Scalars['String']['output'];
  district: Maybe<Scalars['String']['output']>;
  foundedOn: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  members: VenueConnection;
  name: Scalars['String']['output'];
  nameEn: Scalars['String']['output'];
};


/** A science alliance joining universities, institutes, companies and bases with a district's schools. */
export type AllianceMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type AllianceConnection = {
  __typename?: 'AllianceConnection';
  edges: Array<AllianceEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AllianceEdge = {
  __typename?: 'AllianceEdge';
  cursor: Scalars['String']['output'];
  node: Alliance;
};

export type AllianceFilter = {
  cities?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type AlliancePayload = {
  __typename?: 'AlliancePayload';
  alliance: Maybe<Alliance>;
  userErrors: Array<UserError>;
};

export type ComplianceList =
  | 'BLACKLIST'
  | 'WHITELIST';

/** A dated, published batch of a whitelist or blacklist: the venues on it that day. */
export type ComplianceListBatch = {
  __typename?: 'ComplianceListBatch';
  /** The district it covers; null for every district. */
  district: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  list: ComplianceList;
  publishedBy: Scalars['String']['output'];
  /** YYYY-MM-DD */
  publishedOn: Scalars['String']['output'];
  title: Scalars['String']['output'];
  venues: VenueConnection;
};


/** A dated, published batch of a whitelist or blacklist: the venues on it that day. */
export type ComplianceListBatchVenuesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type ComplianceListBatchConnection = {
  __typename?: 'ComplianceListBatchConnection';
  edges: Array<ComplianceListBatchEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ComplianceListBatchEdge = {
  __typename?: 'ComplianceListBatchEdge';
  cursor: Scalars['String']['output'];
  node: ComplianceListBatch;
};

export type ComplianceListBatchPayload = {
  __typename?: 'ComplianceListBatchPayload';
  batch: Maybe<ComplianceListBatch>;
  userErrors: Array<UserError>;
};

export type ComplianceListFilter = {
  district?: InputMaybe<Scalars['String']['input']>;
  lists?: InputMaybe<Array<ComplianceList>>;
};

/** One change of a venue's compliance status: what, why, when and who. */
export type ComplianceRecord = {
  __typename?: 'ComplianceRecord';
  notice: Maybe<Scalars['String']['output']>;
  reason: Scalars['String']['output'];
  recordedAt: Scalars['String']['output'];
  /** Who decided: district:<name>, admin:<subject>, or system for the overdue job. */
  recordedBy: Scalars['String']['output'];
  status: ComplianceStatus;
};

export type ComplianceStatus =
  | 'BLACKLISTED'
  | 'SUSPENDED'
  | 'UNDER_RECTIFICATION'
  | 'WHITELISTED';

export type CreateAllianceInput = {
  city: Scalars['String']['input'];
  /** The district it belongs to; a district account's own when left out. */
  district?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD */
  foundedOn?: InputMaybe<Scalars['String']['input']>;
  /** The alliance's Chinese name. */
  name: Scalars['String']['input'];
  nameEn?: InputMaybe<Scalars['String']['input']>;
};

export type CreateVenueInput = {
  accessibility?: InputMaybe<Array<Scalars['String']['input']>>;
  address?: InputMaybe<Scalars['String']['input']>;
  city: Scalars['String']['input'];
  contactEmail?: InputMaybe<Scalars['String']['input']>;
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  descriptionEn?: InputMaybe<Scalars['String']['input']>;
  district: Scalars['String']['input'];
  /** Participants one group may bring; 1 to 60 when left out. */
  groupSize?: InputMaybe<GroupSizeInput>;
  kind: VenueKind;
  location: LocationInput;
  /** The venue's official Chinese name. */
  name: Scalars['String']['input'];
  nameEn?: InputMaybe<Scalars['String']['input']>;
  openingHours?: InputMaybe<Scalars['String']['input']>;
  /** IANA time zone, Asia/Shanghai when left out. */
  timeZone?: InputMaybe<Scalars['String']['input']>;
  website?: InputMaybe<Scalars['String']['input']>;
};

export type DrawInspectionInput = {
  /** For administrators: the district to draw from. A district account draws from its own. */
  district?: InputMaybe<Scalars['String']['input']>;
  /** The share to draw, in percent: above 0, at most 100. The sample size is rounded up. */
  percent: Scalars['Float']['input'];
  population: InspectionPopulation;
  /** 0 to 2147483647; drawn at random when left out. The same seed over the same population draws the same sample. */
  seed?: InputMaybe<Scalars['Int']['input']>;
  /** Such as 2026年秋季校外培训机构随机抽查. */
  title: Scalars['String']['input'];
};

export type FindingNoticeInput = {
  deadline: Scalars['DateTime']['input'];
  reason: Scalars['String']['input'];
  reference?: InputMaybe<Scalars['String']['input']>;
};

export type FindingOutcome =
  | 'COMPLIANT'
  | 'ISSUES_FOUND'
  | 'SERIOUS_BREACH';

export type GeoPoint = {
  __typename?: 'GeoPoint';
  lat: Scalars['Float']['output'];
  lon: Scalars['Float']['output'];
};

export type GroupSize = {
  __typename?: 'GroupSize';
  max: Scalars['Int']['output'];
  min: Scalars['Int']['output'];
};

export type GroupSizeInput = {
  max: Scalars['Int']['input'];
  min: Scalars['Int']['input'];
};

/**
 * A random inspection. To repeat the draw: take the population's row ids ascending (`populationIds`);
 * start mulberry32 from `seed`; for pick i from 0 to sampleSize − 1 swap position i with
 * i + floor(r × (populationSize − i)), r the generator's next number; the sample is the first
 * sampleSize ids, in pick order (InspectionItem.position).
 */
export type Inspection = {
  __typename?: 'Inspection';
  district: Scalars['String']['output'];
  drawnAt: Scalars['DateTime']['output'];
  /** district:<name> or admin:<subject>. */
  drawnBy: Scalars['String']['output'];
  /** Every finding recorded, oldest first. */
  findings: InspectionFindingConnection;
  id: Scalars['ID']['output'];
  /** The drawn schools or providers, in the order they were picked. */
  items: InspectionItemConnection;
  percent: Scalars['Float']['output'];
  population: InspectionPopulation;
  /** The row ids drawn from, ascending (the digits of the School or Venue ids). */
  populationIds: Array<Scalars['Int']['output']>;
  populationSize: Scalars['Int']['output'];
  sampleSize: Scalars['Int']['output'];
  seed: Scalars['Int']['output'];
  title: Scalars['String']['output'];
};


/**
 * A random inspection. To repeat the draw: take the population's row ids ascending (`populationIds`);
 * start mulberry32 from `seed`; for pick i from 0 to sampleSize − 1 swap position i with
 * i + floor(r × (populationSize − i)), r the generator's next number; the sample is the first
 * sampleSize ids, in pick order (InspectionItem.position).
 */
export type InspectionFindingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A random inspection. To repeat the draw: take the population's row ids ascending (`populationIds`);
 * start mulberry32 from `seed`; for pick i from 0 to sampleSize − 1 swap position i with
 * i + floor(r × (populationSize − i)), r the generator's next number; the sample is the first
 * sampleSize ids, in pick order (InspectionItem.position).
 */
export type InspectionItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type InspectionConnection = {
  __typename?: 'InspectionConnection';
  edges: Array<InspectionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type InspectionEdge = {
  __typename?: 'InspectionEdge';
  cursor: Scalars['String']['output'];
  node: Inspection;
};

export type InspectionFinding = {
  __typename?: 'InspectionFinding';
  id: Scalars['ID']['output'];
  inspection: Inspection;
  note: Scalars['String']['output'];
  /** The rectification notice the finding issued, if any. */
  notice: Maybe<RectificationNotice>;
  outcome: FindingOutcome;
  recordedAt: Scalars['DateTime']['output'];
  recordedBy: Scalars['String']['output'];
  school: Maybe<School>;
  venue: Maybe<Venue>;
};

export type InspectionFindingConnection = {
  __typename?: 'InspectionFindingConnection';
  edges: Array<InspectionFindingEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type InspectionFindingEdge = {
  __typename?: 'InspectionFindingEdge';
  cursor: Scalars['String']['output'];
  node: InspectionFinding;
};

export type InspectionFindingPayload = {
  __typename?: 'InspectionFindingPayload';
  finding: Maybe<InspectionFinding>;
  userErrors: Array<UserError>;
};

/** One drawn school or provider and what was found there. */
export type InspectionItem = {
  __typename?: 'InspectionItem';
  findings: Array<InspectionFinding>;
  /** 1 for the first pick. */
  position: Scalars['Int']['output'];
  school: Maybe<School>;
  venue: Maybe<Venue>;
};

export type InspectionItemConnection = {
  __typename?: 'InspectionItemConnection';
  edges: Array<InspectionItemEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type InspectionItemEdge = {
  __typename?: 'InspectionItemEdge';
  cursor: Scalars['String']['output'];
  node: InspectionItem;
};

export type InspectionPayload = {
  __typename?: 'InspectionPayload';
  inspection: Maybe<Inspection>;
  userErrors: Array<UserError>;
};

export type InspectionPopulation =
  /** The published venues in the district. */
  | 'PROVIDERS'
  /** The district's schools. */
  | 'SCHOOLS';

export type IssueRectificationNoticeInput = {
  /** When it must be done; after this, an open notice suspends the venue. */
  deadline: Scalars['DateTime']['input'];
  /** What the venue must put right. */
  reason: Scalars['String']['input'];
  /** The authority's document number, such as 海淀区教育委员会通知〔2026〕12号. */
  reference?: InputMaybe<Scalars['String']['input']>;
  venueId: Scalars['ID']['input'];
};

/** A point on the map, in degrees (WGS 84). */
export type LocationInput = {
  lat: Scalars['Float']['input'];
  lon: Scalars['Float']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Adds a venue to an alliance; adding a member again changes nothing. The alliance's district or an administrator. Refusals: NOT_FOUND. */
  addAllianceMember: AlliancePayload;
  /**
   * Closes an open notice once the venue has put things right, saying how; with no other notice open,
   * the venue is whitelisted again. The venue's district or an administrator. Refusals: NOT_FOUND,
   * REASON_REQUIRED, NOTICE_NOT_OPEN (closed already, or enforced: lift a suspension with setComplianceStatus).
   */
  closeRectificationNotice: RectificationNoticePayload;
  /** Founds a science education alliance of a district (a district account for its own, or an administrator). Refusals: REQUIRED. */
  createAlliance: AlliancePayload;
  /** Adds a venue as a draft. Admins only. */
  createVenue: VenuePayload;
  /**
   * Draws at least `percent` of a district's schools or providers at random for inspection, and keeps the
   * draw with its seed so anyone can repeat it (see Inspection.seed). A district account for its own
   * district, or an administrator for any. Refusals: SHARE_OUT_OF_RANGE (percent not above 0 and at most
   * 100), INVALID_SEED, REQUIRED (title), EMPTY_POPULATION (no schools or providers in the district);
   * another district's account is FORBIDDEN.
   */
  drawInspection: InspectionPayload;
  /**
   * Tells a venue what to put right and by when: the venue goes UNDER_RECTIFICATION (recorded in its
   * history) until the issuer closes the notice; once the deadline passes with the notice still open, the
   * venue is suspended automatically. A district account for venues in its district, or an administrator.
   * Refusals: NOT_FOUND, REASON_REQUIRED, DEADLINE_IN_PAST, VENUE_BLACKLISTED.
   */
  issueRectificationNotice: RectificationNoticePayload;
  /**
   * Publishes a dated batch of the whitelist or blacklist: every published venue with that status on
   * the day, in the caller's district for a district account, in `district` (or everywhere) for an
   * administrator. Refusals: REQUIRED (title).
   */
  publishComplianceList: ComplianceListBatchPayload;
  /** Shows the venue in the catalogue; publishing a published venue changes nothing. */
  publishVenue: VenuePayload;
  /**
   * Records what an inspector found on one drawn school or provider; with `notice`, a provider's
   * finding also issues it a rectification notice, in the same step. The inspection's district or an
   * administrator. Refusals: NOT_FOUND, NOT_IN_SAMPLE (the school or venue was not drawn in this
   * inspection), REQUIRED (note), NOTICE_FOR_PROVIDERS_ONLY, and those of issueRectificationNotice.
   */
  recordInspectionFinding: InspectionFindingPayload;
  /** Takes a venue out of an alliance. The alliance's district or an administrator. Refusals: NOT_FOUND, NOT_A_MEMBER. */
  removeAllianceMember: AlliancePayload;
  /** Records a compliance decision (whitelisted, under rectification, suspended, blacklisted) in the venue's history. Admins only. */
  setComplianceStatus: VenuePayload;
  /** Takes the venue out of the catalogue; its manager still sees it. */
  unpublishVenue: VenuePayload;
  /** Changes a venue; fields left out stay as they are. The venue's manager or an admin. */
  updateVenue: VenuePayload;
};


export type MutationAddAllianceMemberArgs = {
  allianceId: Scalars['ID']['input'];
  venueId: Scalars['ID']['input'];
};


export type MutationCloseRectificationNoticeArgs = {
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
};


export type MutationCreateAllianceArgs = {
  input: CreateAllianceInput;
};


export type MutationCreateVenueArgs = {
  input: CreateVenueInput;
};


export type MutationDrawInspectionArgs = {
  input: DrawInspectionInput;
};


export type MutationIssueRectificationNoticeArgs = {
  input: IssueRectificationNoticeInput;
};


export type MutationPublishComplianceListArgs = {
  input: PublishComplianceListInput;
};


export type MutationPublishVenueArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRecordInspectionFindingArgs = {
  input: RecordInspectionFindingInput;
};


export type MutationRemoveAllianceMemberArgs = {
  allianceId: Scalars['ID']['input'];
  venueId: Scalars['ID']['input'];
};


export type MutationSetComplianceStatusArgs = {
  notice?: InputMaybe<Scalars['String']['input']>;
  reason: Scalars['String']['input'];
  status: ComplianceStatus;
  venueId: Scalars['ID']['input'];
};


export type MutationUnpublishVenueArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUpdateVenueArgs = {
  id: Scalars['ID']['input'];
  input: UpdateVenueInput;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor: Maybe<Scalars['String']['output']>;
};

export type PublicationStatus =
  | 'DRAFT'
  | 'PUBLISHED'
  | 'UNPUBLISHED';

export type PublishComplianceListInput = {
  /** For administrators: one district's venues; left out, every district's. */
  district?: InputMaybe<Scalars['String']['input']>;
  list: ComplianceList;
  title: Scalars['String']['input'];
};

export type Query = {
  __typename?: 'Query';
  alliance: Maybe<Alliance>;
  alliances: AllianceConnection;
  /** Published whitelists and blacklists, oldest batch first. Open to everyone, as the policies require. */
  complianceLists: ComplianceListBatchConnection;
  /** One inspection, for its district and administrators; null for anyone else. */
  inspection: Maybe<Inspection>;
  /**
   * Random inspections, oldest first: a district account sees its own district's, administrators every
   * district's (or `district`'s). Anyone else is refused (UNAUTHENTICATED or FORBIDDEN).
   */
  inspections: InspectionConnection;
  /**
   * Rectification notices, oldest first: a venue's manager sees its own venue's, a district account
   * those of venues in its district, administrators all. Anyone else is refused (UNAUTHENTICATED or FORBIDDEN).
   */
  rectificationNotices: RectificationNoticeConnection;
  /** A published venue, or null when there is none with this id. Its manager and admins also see it as a draft. */
  venue: Maybe<Venue>;
  /** Published venues, by city, district and kind; a manager can ask for its own drafts with `statuses`. */
  venues: VenueConnection;
};


export type QueryAllianceArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAlliancesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AllianceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryComplianceListsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ComplianceListFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryInspectionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryInspectionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  district?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  population?: InputMaybe<InspectionPopulation>;
};


export type QueryRectificationNoticesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RectificationNoticeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryVenueArgs = {
  id: Scalars['ID']['input'];
};


export type QueryVenuesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<VenueFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type RecordInspectionFindingInput = {
  inspectionId: Scalars['ID']['input'];
  /** A School id for an inspection of schools, a Venue id for one of providers. */
  itemId: Scalars['ID']['input'];
  note: Scalars['String']['input'];
  /** Issues the provider a rectification notice with this finding (providers only). */
  notice?: InputMaybe<FindingNoticeInput>;
  outcome: FindingOutcome;
};

/** What a venue must put right, by when, and who said so. */
export type RectificationNotice = {
  __typename?: 'RectificationNotice';
  closedAt: Maybe<Scalars['DateTime']['output']>;
  /** Who closed it, or system when it was enforced. */
  closedBy: Maybe<Scalars['String']['output']>;
  closingNote: Maybe<Scalars['String']['output']>;
  deadline: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  issuedAt: Scalars['DateTime']['output'];
  /** Who issued it: district:<name> or admin:<subject>. */
  issuedBy: Scalars['String']['output'];
  /** Still open with its deadline passed: the next run of the overdue job suspends the venue. */
  overdue: Scalars['Boolean']['output'];
  reason: Scalars['String']['output'];
  reference: Maybe<Scalars['String']['output']>;
  status: RectificationNoticeStatus;
  venue: Venue;
};

export type RectificationNoticeConnection = {
  __typename?: 'RectificationNoticeConnection';
  edges: Array<RectificationNoticeEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type RectificationNoticeEdge = {
  __typename?: 'RectificationNoticeEdge';
  cursor: Scalars['String']['output'];
  node: RectificationNotice;
};

export type RectificationNoticeFilter = {
  statuses?: InputMaybe<Array<RectificationNoticeStatus>>;
  venueId?: InputMaybe<Scalars['ID']['input']>;
};

export type RectificationNoticePayload = {
  __typename?: 'RectificationNoticePayload';
  notice: Maybe<RectificationNotice>;
  userErrors: Array<UserError>;
};

export type RectificationNoticeStatus =
  /** Closed by its issuer: the venue put things right. */
  | 'CLOSED'
  /** The deadline passed while it was open: the venue was suspended. */
  | 'ENFORCED'
  /** Waiting for the venue to put things right. */
  | 'OPEN';

export type School = {
  __typename?: 'School';
  id: Scalars['ID']['output'];
};

/** Fields left out or null stay as they are, except website and contacts, which null clears. */
export type UpdateVenueInput = {
  accessibility?: InputMaybe<Array<Scalars['String']['input']>>;
  address?: InputMaybe<Scalars['String']['input']>;
  city?: InputMaybe<Scalars['String']['input']>;
  contactEmail?: InputMaybe<Scalars['String']['input']>;
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  descriptionEn?: InputMaybe<Scalars['String']['input']>;
  district?: InputMaybe<Scalars['String']['input']>;
  groupSize?: InputMaybe<GroupSizeInput>;
  kind?: InputMaybe<VenueKind>;
  location?: InputMaybe<LocationInput>;
  name?: InputMaybe<Scalars['String']['input']>;
  nameEn?: InputMaybe<Scalars['String']['input']>;
  openingHours?: InputMaybe<Scalars['String']['input']>;
  timeZone?: InputMaybe<Scalars['String']['input']>;
  website?: InputMaybe<Scalars['String']['input']>;
};

/** Why a mutation changed nothing; `code` is stable, `field` is the path of the input at fault. */
export type UserError = {
  __typename?: 'UserError';
  code: Scalars['String']['output'];
  field: Maybe<Array<Scalars['String']['output']>>;
  message: Scalars['String']['output'];
};

/** A partner institution: a museum, science centre, laboratory, university, enterprise, park and so on. */
export type Venue = {
  __typename?: 'Venue';
  accessibility: Array<Scalars['String']['output']>;
  address: Scalars['String']['output'];
  alliances: Array<Alliance>;
  city: Scalars['String']['output'];
  /** Every compliance decision about this venue, oldest first. */
  complianceHistory: Array<ComplianceRecord>;
  /** Why the venue has its compliance status: the reason of the latest decision that gave it; empty when none was recorded. */
  complianceReason: Scalars['String']['output'];
  complianceStatus: ComplianceStatus;
  /** Shown to the venue's manager and admins only; null for everyone else. */
  contactEmail: Maybe<Scalars['String']['output']>;
  /** Shown to the venue's manager and admins only; null for everyone else. */
  contactPhone: Maybe<Scalars['String']['output']>;
  description: Scalars['String']['output'];
  descriptionEn: Scalars['String']['output'];
  district: Scalars['String']['output'];
  groupSize: GroupSize;
  id: Scalars['ID']['output'];
  kind: VenueKind;
  location: GeoPoint;
  /** The venue's official Chinese name. */
  name: Scalars['String']['output'];
  nameEn: Scalars['String']['output'];
  openingHours: Scalars['String']['output'];
  /** Its rectification notices, newest first: for its manager, its district and administrators; null for anyone else. */
  rectificationNotices: Maybe<Array<RectificationNotice>>;
  status: PublicationStatus;
  /** IANA time zone its sessions are held in. */
  timeZone: Scalars['String']['output'];
  website: Maybe<Scalars['String']['output']>;
};

export type VenueConnection = {
  __typename?: 'VenueConnection';
  edges: Array<VenueEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type VenueEdge = {
  __typename?: 'VenueEdge';
  cursor: Scalars['String']['output'];
  node: Venue;
};

export type VenueFilter = {
  allianceId?: InputMaybe<Scalars['ID']['input']>;
  cities?: InputMaybe<Array<Scalars['String']['input']>>;
  complianceStatuses?: InputMaybe<Array<ComplianceStatus>>;
  districts?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only these venues: at most 100 ids. */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  kinds?: InputMaybe<Array<VenueKind>>;
  /** PUBLISHED when left out; drafts and unpublished venues are listed only for their manager and admins. */
  statuses?: InputMaybe<Array<PublicationStatus>>;
};

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

export type VenuePayload = {
  __typename?: 'VenuePayload';
  userErrors: Array<UserError>;
  /** The venue as it now stands; null when nothing changed because of userErrors. */
  venue: Maybe<Venue>;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  Alliance: Alliance;
  Inspection: Inspection;
  Venue: Venue;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Alliance:
    ( { __typename: 'Alliance' }
    & GraphQLRecursivePick<FederationTypes['Alliance'], {"id":true}> );
  Inspection:
    ( { __typename: 'Inspection' }
    & GraphQLRecursivePick<FederationTypes['Inspection'], {"id":true}> );
  Venue:
    ( { __typename: 'Venue' }
    & GraphQLRecursivePick<FederationTypes['Venue'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Alliance: ResolverTypeWrapper<AllianceRow>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AllianceConnection: ResolverTypeWrapper<Omit<AllianceConnection, 'edges'> & { edges: Array<ResolversTypes['AllianceEdge']> }>;
  AllianceEdge: ResolverTypeWrapper<Omit<AllianceEdge, 'node'> & { node: ResolversTypes['Alliance'] }>;
  AllianceFilter: AllianceFilter;
  AlliancePayload: ResolverTypeWrapper<Omit<AlliancePayload, 'alliance'> & { alliance?: Maybe<ResolversTypes['Alliance']> }>;
  ComplianceList: ComplianceList;
  ComplianceListBatch: ResolverTypeWrapper<ListBatchRow>;
  ComplianceListBatchConnection: ResolverTypeWrapper<Omit<ComplianceListBatchConnection, 'edges'> & { edges: Array<ResolversTypes['ComplianceListBatchEdge']> }>;
  ComplianceListBatchEdge: ResolverTypeWrapper<Omit<ComplianceListBatchEdge, 'node'> & { node: ResolversTypes['ComplianceListBatch'] }>;
  ComplianceListBatchPayload: ResolverTypeWrapper<Omit<ComplianceListBatchPayload, 'batch'> & { batch?: Maybe<ResolversTypes['ComplianceListBatch']> }>;
  ComplianceListFilter: ComplianceListFilter;
  ComplianceRecord: ResolverTypeWrapper<ComplianceRecordRow>;
  ComplianceStatus: ComplianceStatus;
  CreateAllianceInput: CreateAllianceInput;
  CreateVenueInput: CreateVenueInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DrawInspectionInput: DrawInspectionInput;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  FindingNoticeInput: FindingNoticeInput;
  FindingOutcome: FindingOutcome;
  GeoPoint: ResolverTypeWrapper<GeoPoint>;
  GroupSize: ResolverTypeWrapper<GroupSize>;
  GroupSizeInput: GroupSizeInput;
  Inspection: ResolverTypeWrapper<InspectionRow>;
  InspectionConnection: ResolverTypeWrapper<Omit<InspectionConnection, 'edges'> & { edges: Array<ResolversTypes['InspectionEdge']> }>;
  InspectionEdge: ResolverTypeWrapper<Omit<InspectionEdge, 'node'> & { node: ResolversTypes['Inspection'] }>;
  InspectionFinding: ResolverTypeWrapper<FindingRow>;
  InspectionFindingConnection: ResolverTypeWrapper<Omit<InspectionFindingConnection, 'edges'> & { edges: Array<ResolversTypes['InspectionFindingEdge']> }>;
  InspectionFindingEdge: ResolverTypeWrapper<Omit<InspectionFindingEdge, 'node'> & { node: ResolversTypes['InspectionFinding'] }>;
  InspectionFindingPayload: ResolverTypeWrapper<Omit<InspectionFindingPayload, 'finding'> & { finding?: Maybe<ResolversTypes['InspectionFinding']> }>;
  InspectionItem: ResolverTypeWrapper<InspectionItemRow>;
  InspectionItemConnection: ResolverTypeWrapper<Omit<InspectionItemConnection, 'edges'> & { edges: Array<ResolversTypes['InspectionItemEdge']> }>;
  InspectionItemEdge: ResolverTypeWrapper<Omit<InspectionItemEdge, 'node'> & { node: ResolversTypes['InspectionItem'] }>;
  InspectionPayload: ResolverTypeWrapper<Omit<InspectionPayload, 'inspection'> & { inspection?: Maybe<ResolversTypes['Inspection']> }>;
  InspectionPopulation: InspectionPopulation;
  IssueRectificationNoticeInput: IssueRectificationNoticeInput;
  LocationInput: LocationInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PublicationStatus: PublicationStatus;
  PublishComplianceListInput: PublishComplianceListInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordInspectionFindingInput: RecordInspectionFindingInput;
  RectificationNotice: ResolverTypeWrapper<NoticeRow>;
  RectificationNoticeConnection: ResolverTypeWrapper<Omit<RectificationNoticeConnection, 'edges'> & { edges: Array<ResolversTypes['RectificationNoticeEdge']> }>;
  RectificationNoticeEdge: ResolverTypeWrapper<Omit<RectificationNoticeEdge, 'node'> & { node: ResolversTypes['RectificationNotice'] }>;
  RectificationNoticeFilter: RectificationNoticeFilter;
  RectificationNoticePayload: ResolverTypeWrapper<Omit<RectificationNoticePayload, 'notice'> & { notice?: Maybe<ResolversTypes['RectificationNotice']> }>;
  RectificationNoticeStatus: RectificationNoticeStatus;
  School: ResolverTypeWrapper<School>;
  UpdateVenueInput: UpdateVenueInput;
  UserError: ResolverTypeWrapper<UserError>;
  Venue: ResolverTypeWrapper<VenueRow>;
  VenueConnection: ResolverTypeWrapper<Omit<VenueConnection, 'edges'> & { edges: Array<ResolversTypes['VenueEdge']> }>;
  VenueEdge: ResolverTypeWrapper<Omit<VenueEdge, 'node'> & { node: ResolversTypes['Venue'] }>;
  VenueFilter: VenueFilter;
  VenueKind: VenueKind;
  VenuePayload: ResolverTypeWrapper<Omit<VenuePayload, 'venue'> & { venue?: Maybe<ResolversTypes['Venue']> }>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Alliance: AllianceRow;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  AllianceConnection: Omit<AllianceConnection, 'edges'> & { edges: Array<ResolversParentTypes['AllianceEdge']> };
  AllianceEdge: Omit<AllianceEdge, 'node'> & { node: ResolversParentTypes['Alliance'] };
  AllianceFilter: AllianceFilter;
  AlliancePayload: Omit<AlliancePayload, 'alliance'> & { alliance?: Maybe<ResolversParentTypes['Alliance']> };
  ComplianceListBatch: ListBatchRow;
  ComplianceListBatchConnection: Omit<ComplianceListBatchConnection, 'edges'> & { edges: Array<ResolversParentTypes['ComplianceListBatchEdge']> };
  ComplianceListBatchEdge: Omit<ComplianceListBatchEdge, 'node'> & { node: ResolversParentTypes['ComplianceListBatch'] };
  ComplianceListBatchPayload: Omit<ComplianceListBatchPayload, 'batch'> & { batch?: Maybe<ResolversParentTypes['ComplianceListBatch']> };
  ComplianceListFilter: ComplianceListFilter;
  ComplianceRecord: ComplianceRecordRow;
  CreateAllianceInput: CreateAllianceInput;
  CreateVenueInput: CreateVenueInput;
  DateTime: Scalars['DateTime']['output'];
  DrawInspectionInput: DrawInspectionInput;
  Float: Scalars['Float']['output'];
  FindingNoticeInput: FindingNoticeInput;
  GeoPoint: GeoPoint;
  GroupSize: GroupSize;
  GroupSizeInput: GroupSizeInput;
  Inspection: InspectionRow;
  InspectionConnection: Omit<InspectionConnection, 'edges'> & { edges: Array<ResolversParentTypes['InspectionEdge']> };
  InspectionEdge: Omit<InspectionEdge, 'node'> & { node: ResolversParentTypes['Inspection'] };
  InspectionFinding: FindingRow;
  InspectionFindingConnection: Omit<InspectionFindingConnection, 'edges'> & { edges: Array<ResolversParentTypes['InspectionFindingEdge']> };
  InspectionFindingEdge: Omit<InspectionFindingEdge, 'node'> & { node: ResolversParentTypes['InspectionFinding'] };
  InspectionFindingPayload: Omit<InspectionFindingPayload, 'finding'> & { finding?: Maybe<ResolversParentTypes['InspectionFinding']> };
  InspectionItem: InspectionItemRow;
  InspectionItemConnection: Omit<InspectionItemConnection, 'edges'> & { edges: Array<ResolversParentTypes['InspectionItemEdge']> };
  InspectionItemEdge: Omit<InspectionItemEdge, 'node'> & { node: ResolversParentTypes['InspectionItem'] };
  InspectionPayload: Omit<InspectionPayload, 'inspection'> & { inspection?: Maybe<ResolversParentTypes['Inspection']> };
  IssueRectificationNoticeInput: IssueRectificationNoticeInput;
  LocationInput: LocationInput;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  PublishComplianceListInput: PublishComplianceListInput;
  Query: Record<PropertyKey, never>;
  RecordInspectionFindingInput: RecordInspectionFindingInput;
  RectificationNotice: NoticeRow;
  RectificationNoticeConnection: Omit<RectificationNoticeConnection, 'edges'> & { edges: Array<ResolversParentTypes['RectificationNoticeEdge']> };
  RectificationNoticeEdge: Omit<RectificationNoticeEdge, 'node'> & { node: ResolversParentTypes['RectificationNotice'] };
  RectificationNoticeFilter: RectificationNoticeFilter;
  RectificationNoticePayload: Omit<RectificationNoticePayload, 'notice'> & { notice?: Maybe<ResolversParentTypes['RectificationNotice']> };
  School: School;
  UpdateVenueInput: UpdateVenueInput;
  UserError: UserError;
  Venue: VenueRow;
  VenueConnection: Omit<VenueConnection, 'edges'> & { edges: Array<ResolversParentTypes['VenueEdge']> };
  VenueEdge: Omit<VenueEdge, 'node'> & { node: ResolversParentTypes['Venue'] };
  VenueFilter: VenueFilter;
  VenuePayload: Omit<VenuePayload, 'venue'> & { venue?: Maybe<ResolversParentTypes['Venue']> };
  String: Scalars['String']['output'];
  Boolean: Scalars['Boolean']['output'];
};

export type LinkDirectiveArgs = {
  import?: Maybe<Array<Maybe<Scalars['String']['input']>>>;
  url?: Maybe<Scalars['String']['input']>;
};

export type LinkDirectiveResolver<Result, Parent, ContextType = Context, Args = LinkDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ShareableDirectiveArgs = { };

export type ShareableDirectiveResolver<Result, Parent, ContextType = Context, Args = ShareableDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AllianceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Alliance'] = ResolversParentTypes['Alliance'], FederationReferenceType extends FederationReferenceTypes['Alliance'] = FederationReferenceTypes['Alliance']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Alliance']> | FederationReferenceType, FederationReferenceType, ContextType>;
  city?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  district?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  foundedOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  members?: Resolver<ResolversTypes['VenueConnection'], ParentType, ContextType, RequireFields<AllianceMembersArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AllianceConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AllianceConnection'] = ResolversParentTypes['AllianceConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AllianceEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AllianceEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AllianceEdge'] = ResolversParentTypes['AllianceEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Alliance'], ParentType, ContextType>;
};

export type AlliancePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AlliancePayload'] = ResolversParentTypes['AlliancePayload']> = {
  alliance?: Resolver<Maybe<ResolversTypes['Alliance']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ComplianceListBatchResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ComplianceListBatch'] = ResolversParentTypes['ComplianceListBatch']> = {
  district?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  list?: Resolver<ResolversTypes['ComplianceList'], ParentType, ContextType>;
  publishedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  publishedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  venues?: Resolver<ResolversTypes['VenueConnection'], ParentType, ContextType, RequireFields<ComplianceListBatchVenuesArgs, 'first'>>;
};

export type ComplianceListBatchConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ComplianceListBatchConnection'] = ResolversParentTypes['ComplianceListBatchConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ComplianceListBatchEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ComplianceListBatchEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ComplianceListBatchEdge'] = ResolversParentTypes['ComplianceListBatchEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ComplianceListBatch'], ParentType, ContextType>;
};

export type ComplianceListBatchPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ComplianceListBatchPayload'] = ResolversParentTypes['ComplianceListBatchPayload']> = {
  batch?: Resolver<Maybe<ResolversTypes['ComplianceListBatch']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ComplianceRecordResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ComplianceRecord'] = ResolversParentTypes['ComplianceRecord']> = {
  notice?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recordedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ComplianceStatus'], ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type GeoPointResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GeoPoint'] = ResolversParentTypes['GeoPoint']> = {
  lat?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  lon?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type GroupSizeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GroupSize'] = ResolversParentTypes['GroupSize']> = {
  max?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  min?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type InspectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Inspection'] = ResolversParentTypes['Inspection'], FederationReferenceType extends FederationReferenceTypes['Inspection'] = FederationReferenceTypes['Inspection']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Inspection']> | FederationReferenceType, FederationReferenceType, ContextType>;
  district?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  drawnAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  drawnBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  findings?: Resolver<ResolversTypes['InspectionFindingConnection'], ParentType, ContextType, RequireFields<InspectionFindingsArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  items?: Resolver<ResolversTypes['InspectionItemConnection'], ParentType, ContextType, RequireFields<InspectionItemsArgs, 'first'>>;
  percent?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  population?: Resolver<ResolversTypes['InspectionPopulation'], ParentType, ContextType>;
  populationIds?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  populationSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sampleSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  seed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type InspectionConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InspectionConnection'] = ResolversParentTypes['InspectionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['InspectionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type InspectionEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InspectionEdge'] = ResolversParentTypes['InspectionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Inspection'], ParentType, ContextType>;
};

export type InspectionFindingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InspectionFinding'] = ResolversParentTypes['InspectionFinding']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inspection?: Resolver<ResolversTypes['Inspection'], ParentType, ContextType>;
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  notice?: Resolver<Maybe<ResolversTypes['RectificationNotice']>, ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['FindingOutcome'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  recordedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  school?: Resolver<Maybe<ResolversTypes['School']>, ParentType, ContextType>;
  venue?: Resolver<Maybe<ResolversTypes['Venue']>, ParentType, ContextType>;
};

export type InspectionFindingConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InspectionFindingConnection'] = ResolversParentTypes['InspectionFindingConnection']> = {
  edges?: Resolver<Array<ResolversTypes['InspectionFindingEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type InspectionFindingEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InspectionFindingEdge'] = ResolversParentTypes['InspectionFindingEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['InspectionFinding'], ParentType, ContextType>;
};

export type InspectionFindingPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InspectionFindingPayload'] = ResolversParentTypes['InspectionFindingPayload']> = {
  finding?: Resolver<Maybe<ResolversTypes['InspectionFinding']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type InspectionItemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InspectionItem'] = ResolversParentTypes['InspectionItem']> = {
  findings?: Resolver<Array<ResolversTypes['InspectionFinding']>, ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  school?: Resolver<Maybe<ResolversTypes['School']>, ParentType, ContextType>;
  venue?: Resolver<Maybe<ResolversTypes['Venue']>, ParentType, ContextType>;
};

export type InspectionItemConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InspectionItemConnection'] = ResolversParentTypes['InspectionItemConnection']> = {
  edges?: Resolver<Array<ResolversTypes['InspectionItemEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type InspectionItemEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InspectionItemEdge'] = ResolversParentTypes['InspectionItemEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['InspectionItem'], ParentType, ContextType>;
};

export type InspectionPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InspectionPayload'] = ResolversParentTypes['InspectionPayload']> = {
  inspection?: Resolver<Maybe<ResolversTypes['Inspection']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addAllianceMember?: Resolver<ResolversTypes['AlliancePayload'], ParentType, ContextType, RequireFields<MutationAddAllianceMemberArgs, 'allianceId' | 'venueId'>>;
  closeRectificationNotice?: Resolver<ResolversTypes['RectificationNoticePayload'], ParentType, ContextType, RequireFields<MutationCloseRectificationNoticeArgs, 'id' | 'note'>>;
  createAlliance?: Resolver<ResolversTypes['AlliancePayload'], ParentType, ContextType, RequireFields<MutationCreateAllianceArgs, 'input'>>;
  createVenue?: Resolver<ResolversTypes['VenuePayload'], ParentType, ContextType, RequireFields<MutationCreateVenueArgs, 'input'>>;
  drawInspection?: Resolver<ResolversTypes['InspectionPayload'], ParentType, ContextType, RequireFields<MutationDrawInspectionArgs, 'input'>>;
  issueRectificationNotice?: Resolver<ResolversTypes['RectificationNoticePayload'], ParentType, ContextType, RequireFields<MutationIssueRectificationNoticeArgs, 'input'>>;
  publishComplianceList?: Resolver<ResolversTypes['ComplianceListBatchPayload'], ParentType, ContextType, RequireFields<MutationPublishComplianceListArgs, 'input'>>;
  publishVenue?: Resolver<ResolversTypes['VenuePayload'], ParentType, ContextType, RequireFields<MutationPublishVenueArgs, 'id'>>;
  recordInspectionFinding?: Resolver<ResolversTypes['InspectionFindingPayload'], ParentType, ContextType, RequireFields<MutationRecordInspectionFindingArgs, 'input'>>;
  removeAllianceMember?: Resolver<ResolversTypes['AlliancePayload'], ParentType, ContextType, RequireFields<MutationRemoveAllianceMemberArgs, 'allianceId' | 'venueId'>>;
  setComplianceStatus?: Resolver<ResolversTypes['VenuePayload'], ParentType, ContextType, RequireFields<MutationSetComplianceStatusArgs, 'reason' | 'status' | 'venueId'>>;
  unpublishVenue?: Resolver<ResolversTypes['VenuePayload'], ParentType, ContextType, RequireFields<MutationUnpublishVenueArgs, 'id'>>;
  updateVenue?: Resolver<ResolversTypes['VenuePayload'], ParentType, ContextType, RequireFields<MutationUpdateVenueArgs, 'id' | 'input'>>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  alliance?: Resolver<Maybe<ResolversTypes['Alliance']>, ParentType, ContextType, RequireFields<QueryAllianceArgs, 'id'>>;
  alliances?: Resolver<ResolversTypes['AllianceConnection'], ParentType, ContextType, RequireFields<QueryAlliancesArgs, 'first'>>;
  complianceLists?: Resolver<ResolversTypes['ComplianceListBatchConnection'], ParentType, ContextType, RequireFields<QueryComplianceListsArgs, 'first'>>;
  inspection?: Resolver<Maybe<ResolversTypes['Inspection']>, ParentType, ContextType, RequireFields<QueryInspectionArgs, 'id'>>;
  inspections?: Resolver<ResolversTypes['InspectionConnection'], ParentType, ContextType, RequireFields<QueryInspectionsArgs, 'first'>>;
  rectificationNotices?: Resolver<ResolversTypes['RectificationNoticeConnection'], ParentType, ContextType, RequireFields<QueryRectificationNoticesArgs, 'first'>>;
  venue?: Resolver<Maybe<ResolversTypes['Venue']>, ParentType, ContextType, RequireFields<QueryVenueArgs, 'id'>>;
  venues?: Resolver<ResolversTypes['VenueConnection'], ParentType, ContextType, RequireFields<QueryVenuesArgs, 'first'>>;
};

export type RectificationNoticeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RectificationNotice'] = ResolversParentTypes['RectificationNotice']> = {
  closedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  closedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  closingNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  deadline?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issuedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  issuedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RectificationNoticeStatus'], ParentType, ContextType>;
  venue?: Resolver<ResolversTypes['Venue'], ParentType, ContextType>;
};

export type RectificationNoticeConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RectificationNoticeConnection'] = ResolversParentTypes['RectificationNoticeConnection']> = {
  edges?: Resolver<Array<ResolversTypes['RectificationNoticeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RectificationNoticeEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RectificationNoticeEdge'] = ResolversParentTypes['RectificationNoticeEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['RectificationNotice'], ParentType, ContextType>;
};

export type RectificationNoticePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RectificationNoticePayload'] = ResolversParentTypes['RectificationNoticePayload']> = {
  notice?: Resolver<Maybe<ResolversTypes['RectificationNotice']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type SchoolResolvers<ContextType = Context, ParentType extends ResolversParentTypes['School'] = ResolversParentTypes['School']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type UserErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type VenueResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Venue'] = ResolversParentTypes['Venue'], FederationReferenceType extends FederationReferenceTypes['Venue'] = FederationReferenceTypes['Venue']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Venue']> | FederationReferenceType, FederationReferenceType, ContextType>;
  accessibility?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  address?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  alliances?: Resolver<Array<ResolversTypes['Alliance']>, ParentType, ContextType>;
  city?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  complianceHistory?: Resolver<Array<ResolversTypes['ComplianceRecord']>, ParentType, ContextType>;
  complianceReason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  complianceStatus?: Resolver<ResolversTypes['ComplianceStatus'], ParentType, ContextType>;
  contactEmail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contactPhone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  descriptionEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  district?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  groupSize?: Resolver<ResolversTypes['GroupSize'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['VenueKind'], ParentType, ContextType>;
  location?: Resolver<ResolversTypes['GeoPoint'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  openingHours?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rectificationNotices?: Resolver<Maybe<Array<ResolversTypes['RectificationNotice']>>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PublicationStatus'], ParentType, ContextType>;
  timeZone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  website?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type VenueConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['VenueConnection'] = ResolversParentTypes['VenueConnection']> = {
  edges?: Resolver<Array<ResolversTypes['VenueEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type VenueEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['VenueEdge'] = ResolversParentTypes['VenueEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Venue'], ParentType, ContextType>;
};

export type VenuePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['VenuePayload'] = ResolversParentTypes['VenuePayload']> = {
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  venue?: Resolver<Maybe<ResolversTypes['Venue']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  Alliance?: AllianceResolvers<ContextType>;
  AllianceConnection?: AllianceConnectionResolvers<ContextType>;
  AllianceEdge?: AllianceEdgeResolvers<ContextType>;
  AlliancePayload?: AlliancePayloadResolvers<ContextType>;
  ComplianceListBatch?: ComplianceListBatchResolvers<ContextType>;
  ComplianceListBatchConnection?: ComplianceListBatchConnectionResolvers<ContextType>;
  ComplianceListBatchEdge?: ComplianceListBatchEdgeResolvers<ContextType>;
  ComplianceListBatchPayload?: ComplianceListBatchPayloadResolvers<ContextType>;
  ComplianceRecord?: ComplianceRecordResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  GeoPoint?: GeoPointResolvers<ContextType>;
  GroupSize?: GroupSizeResolvers<ContextType>;
  Inspection?: InspectionResolvers<ContextType>;
  InspectionConnection?: InspectionConnectionResolvers<ContextType>;
  InspectionEdge?: InspectionEdgeResolvers<ContextType>;
  InspectionFinding?: InspectionFindingResolvers<ContextType>;
  InspectionFindingConnection?: InspectionFindingConnectionResolvers<ContextType>;
  InspectionFindingEdge?: InspectionFindingEdgeResolvers<ContextType>;
  InspectionFindingPayload?: InspectionFindingPayloadResolvers<ContextType>;
  InspectionItem?: InspectionItemResolvers<ContextType>;
  InspectionItemConnection?: InspectionItemConnectionResolvers<ContextType>;
  InspectionItemEdge?: InspectionItemEdgeResolvers<ContextType>;
  InspectionPayload?: InspectionPayloadResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RectificationNotice?: RectificationNoticeResolvers<ContextType>;
  RectificationNoticeConnection?: RectificationNoticeConnectionResolvers<ContextType>;
  RectificationNoticeEdge?: RectificationNoticeEdgeResolvers<ContextType>;
  RectificationNoticePayload?: RectificationNoticePayloadResolvers<ContextType>;
  School?: SchoolResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
  Venue?: VenueResolvers<ContextType>;
  VenueConnection?: VenueConnectionResolvers<ContextType>;
  VenueEdge?: VenueEdgeResolvers<ContextType>;
  VenuePayload?: VenuePayloadResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = Context> = {
  link?: LinkDirectiveResolver<any, any, ContextType>;
  shareable?: ShareableDirectiveResolver<any, any, ContextType>;
};
