import type { GraphQLResolveInfo } from 'graphql';
import type { VenueRow, AllianceRow, ComplianceRecordRow } from './rows.js';
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

export type ComplianceRecord = {
  __typename?: 'ComplianceRecord';
  notice: Maybe<Scalars['String']['output']>;
  reason: Scalars['String']['output'];
  recordedAt: Scalars['String']['output'];
  status: ComplianceStatus;
};

export type ComplianceStatus =
  | 'BLACKLISTED'
  | 'SUSPENDED'
  | 'UNDER_RECTIFICATION'
  | 'WHITELISTED';

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

/** A point on the map, in degrees (WGS 84). */
export type LocationInput = {
  lat: Scalars['Float']['input'];
  lon: Scalars['Float']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Adds a venue as a draft. Admins only. */
  createVenue: VenuePayload;
  /** Shows the venue in the catalogue; publishing a published venue changes nothing. */
  publishVenue: VenuePayload;
  /** Records a compliance decision (whitelisted, under rectification, suspended, blacklisted) in the venue's history. Admins only. */
  setComplianceStatus: VenuePayload;
  /** Takes the venue out of the catalogue; its manager still sees it. */
  unpublishVenue: VenuePayload;
  /** Changes a venue; fields left out stay as they are. The venue's manager or an admin. */
  updateVenue: VenuePayload;
};


export type MutationCreateVenueArgs = {
  input: CreateVenueInput;
};


export type MutationPublishVenueArgs = {
  id: Scalars['ID']['input'];
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

export type Query = {
  __typename?: 'Query';
  alliance: Maybe<Alliance>;
  alliances: AllianceConnection;
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


export type QueryVenueArgs = {
  id: Scalars['ID']['input'];
};


export type QueryVenuesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<VenueFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
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
  Venue: Venue;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Alliance:
    ( { __typename: 'Alliance' }
    & GraphQLRecursivePick<FederationTypes['Alliance'], {"id":true}> );
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
  ComplianceRecord: ResolverTypeWrapper<ComplianceRecordRow>;
  ComplianceStatus: ComplianceStatus;
  CreateVenueInput: CreateVenueInput;
  GeoPoint: ResolverTypeWrapper<GeoPoint>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  GroupSize: ResolverTypeWrapper<GroupSize>;
  GroupSizeInput: GroupSizeInput;
  LocationInput: LocationInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PublicationStatus: PublicationStatus;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
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
  ComplianceRecord: ComplianceRecordRow;
  CreateVenueInput: CreateVenueInput;
  GeoPoint: GeoPoint;
  Float: Scalars['Float']['output'];
  GroupSize: GroupSize;
  GroupSizeInput: GroupSizeInput;
  LocationInput: LocationInput;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
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

export type ComplianceRecordResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ComplianceRecord'] = ResolversParentTypes['ComplianceRecord']> = {
  notice?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ComplianceStatus'], ParentType, ContextType>;
};

export type GeoPointResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GeoPoint'] = ResolversParentTypes['GeoPoint']> = {
  lat?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  lon?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type GroupSizeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GroupSize'] = ResolversParentTypes['GroupSize']> = {
  max?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  min?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  createVenue?: Resolver<ResolversTypes['VenuePayload'], ParentType, ContextType, RequireFields<MutationCreateVenueArgs, 'input'>>;
  publishVenue?: Resolver<ResolversTypes['VenuePayload'], ParentType, ContextType, RequireFields<MutationPublishVenueArgs, 'id'>>;
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
  venue?: Resolver<Maybe<ResolversTypes['Venue']>, ParentType, ContextType, RequireFields<QueryVenueArgs, 'id'>>;
  venues?: Resolver<ResolversTypes['VenueConnection'], ParentType, ContextType, RequireFields<QueryVenuesArgs, 'first'>>;
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
  ComplianceRecord?: ComplianceRecordResolvers<ContextType>;
  GeoPoint?: GeoPointResolvers<ContextType>;
  GroupSize?: GroupSizeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
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
