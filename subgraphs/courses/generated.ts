import type { GraphQLResolveInfo } from 'graphql';
import type { ProgrammeRow, VenueReference, RouteStopRow, CurriculumLinkRow } from './rows.js';
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

export type CreateProgrammeInput = {
  curriculumLinks?: InputMaybe<Array<CurriculumLinkInput>>;
  delivery: Delivery;
  durationMinutes: Scalars['Int']['input'];
  gradeBands: Array<GradeBand>;
  /** Participants (students and teachers) one booking may bring. */
  groupSize: GroupSizeInput;
  kind: ProgrammeKind;
  /** Decimal amount in yuan per participant, such as 30 or 30.50; free when left out. */
  price?: InputMaybe<Scalars['String']['input']>;
  /** The stops of a study-tour route, in order; at least two, and only for STUDY_TOUR. */
  route?: InputMaybe<Array<RouteStopInput>>;
  subjects: Array<Subject>;
  summary?: InputMaybe<Scalars['String']['input']>;
  summaryEn?: InputMaybe<Scalars['String']['input']>;
  /** The programme's Chinese title. */
  title: Scalars['String']['input'];
  titleEn?: InputMaybe<Scalars['String']['input']>;
  /** The venue offering it; a venue manager can only name its own. */
  venueId: Scalars['ID']['input'];
};

/** Where a programme meets the national science curriculum standard. */
export type CurriculumLink = {
  __typename?: 'CurriculumLink';
  code: Scalars['String']['output'];
  description: Scalars['String']['output'];
};

export type CurriculumLinkInput = {
  code: Scalars['String']['input'];
  description: Scalars['String']['input'];
};

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

export type GroupSize = {
  __typename?: 'GroupSize';
  max: Scalars['Int']['output'];
  min: Scalars['Int']['output'];
};

export type GroupSizeInput = {
  max: Scalars['Int']['input'];
  min: Scalars['Int']['input'];
};

export type Money = {
  __typename?: 'Money';
  /** Decimal amount, such as 30.00. */
  amount: Scalars['String']['output'];
  currency: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Adds a programme to a venue as a draft: the venue's manager (for its own venue) or an admin. */
  createProgramme: ProgrammePayload;
  /** Shows the programme in the catalogue; publishing a published programme changes nothing. */
  publishProgramme: ProgrammePayload;
  /** Takes the programme out of the catalogue; its venue's manager still sees it. */
  unpublishProgramme: ProgrammePayload;
  /** Changes a programme; fields left out stay as they are, a route or curriculum links given replace the old ones. */
  updateProgramme: ProgrammePayload;
};


export type MutationCreateProgrammeArgs = {
  input: CreateProgrammeInput;
};


export type MutationPublishProgrammeArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUnpublishProgrammeArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUpdateProgrammeArgs = {
  id: Scalars['ID']['input'];
  input: UpdateProgrammeInput;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor: Maybe<Scalars['String']['output']>;
};

/** What a venue offers schools: a visit, a lab session, a workshop, a course, a study-tour route or an online course. */
export type Programme = {
  __typename?: 'Programme';
  curriculumLinks: Array<CurriculumLink>;
  delivery: Delivery;
  durationMinutes: Scalars['Int']['output'];
  free: Scalars['Boolean']['output'];
  gradeBands: Array<GradeBand>;
  /** How many participants (students and teachers) one booking may bring. */
  groupSize: GroupSize;
  id: Scalars['ID']['output'];
  kind: ProgrammeKind;
  price: Money;
  /** The venues a study-tour route visits, in order; empty for other programmes. */
  route: Array<RouteStop>;
  status: PublicationStatus;
  subjects: Array<Subject>;
  summary: Scalars['String']['output'];
  summaryEn: Scalars['String']['output'];
  /** The programme's Chinese title. */
  title: Scalars['String']['output'];
  titleEn: Scalars['String']['output'];
  /** The venue offering it; null while that venue is not published. */
  venue: Maybe<Venue>;
};

export type ProgrammeConnection = {
  __typename?: 'ProgrammeConnection';
  edges: Array<ProgrammeEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ProgrammeEdge = {
  __typename?: 'ProgrammeEdge';
  cursor: Scalars['String']['output'];
  node: Programme;
};

export type ProgrammeFilter = {
  deliveries?: InputMaybe<Array<Delivery>>;
  freeOnly?: InputMaybe<Scalars['Boolean']['input']>;
  gradeBands?: InputMaybe<Array<GradeBand>>;
  kinds?: InputMaybe<Array<ProgrammeKind>>;
  /** PUBLISHED when left out; drafts and unpublished programmes are listed only for their venue's manager and admins. */
  statuses?: InputMaybe<Array<PublicationStatus>>;
  subjects?: InputMaybe<Array<Subject>>;
  venueIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

export type ProgrammeKind =
  | 'COURSE'
  | 'LAB_SESSION'
  | 'ONLINE_COURSE'
  | 'STUDY_TOUR'
  | 'VISIT'
  | 'WORKSHOP';

export type ProgrammePayload = {
  __typename?: 'ProgrammePayload';
  /** The programme as it now stands; null when nothing changed because of userErrors. */
  programme: Maybe<Programme>;
  userErrors: Array<UserError>;
};

export type PublicationStatus =
  | 'DRAFT'
  | 'PUBLISHED'
  | 'UNPUBLISHED';

export type Query = {
  __typename?: 'Query';
  /** A published programme, or null when there is none with this id. Its venue's manager and admins also see drafts. */
  programme: Maybe<Programme>;
  /** Published programmes, by subject, grade band, delivery, kind and venue; a manager can ask for its own drafts with `statuses`. */
  programmes: ProgrammeConnection;
};


export type QueryProgrammeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProgrammesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProgrammeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type RouteStop = {
  __typename?: 'RouteStop';
  activity: Scalars['String']['output'];
  minutes: Scalars['Int']['output'];
  position: Scalars['Int']['output'];
  /** null while that venue is not published. */
  venue: Maybe<Venue>;
};

export type RouteStopInput = {
  activity?: InputMaybe<Scalars['String']['input']>;
  /** Time spent at this stop. */
  minutes: Scalars['Int']['input'];
  venueId: Scalars['ID']['input'];
};

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

/** Fields left out or null stay as they are; `route` and `curriculumLinks`, when given, replace the whole list. */
export type UpdateProgrammeInput = {
  curriculumLinks?: InputMaybe<Array<CurriculumLinkInput>>;
  delivery?: InputMaybe<Delivery>;
  durationMinutes?: InputMaybe<Scalars['Int']['input']>;
  gradeBands?: InputMaybe<Array<GradeBand>>;
  groupSize?: InputMaybe<GroupSizeInput>;
  kind?: InputMaybe<ProgrammeKind>;
  price?: InputMaybe<Scalars['String']['input']>;
  route?: InputMaybe<Array<RouteStopInput>>;
  subjects?: InputMaybe<Array<Subject>>;
  summary?: InputMaybe<Scalars['String']['input']>;
  summaryEn?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  titleEn?: InputMaybe<Scalars['String']['input']>;
};

/** Why a mutation changed nothing; `code` is stable, `field` is the path of the input at fault. */
export type UserError = {
  __typename?: 'UserError';
  code: Scalars['String']['output'];
  field: Maybe<Array<Scalars['String']['output']>>;
  message: Scalars['String']['output'];
};

export type Venue = {
  __typename?: 'Venue';
  id: Scalars['ID']['output'];
  /** The venue's published programmes; its manager can ask for drafts with `statuses`. */
  programmes: ProgrammeConnection;
};


export type VenueProgrammesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProgrammeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
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
  Programme: Programme;
  Venue: Venue;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Programme:
    ( { __typename: 'Programme' }
    & GraphQLRecursivePick<FederationTypes['Programme'], {"id":true}> );
  Venue:
    ( { __typename: 'Venue' }
    & GraphQLRecursivePick<FederationTypes['Venue'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  CreateProgrammeInput: CreateProgrammeInput;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  CurriculumLink: ResolverTypeWrapper<CurriculumLinkRow>;
  CurriculumLinkInput: CurriculumLinkInput;
  Delivery: Delivery;
  GradeBand: GradeBand;
  GroupSize: ResolverTypeWrapper<GroupSize>;
  GroupSizeInput: GroupSizeInput;
  Money: ResolverTypeWrapper<Money>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Programme: ResolverTypeWrapper<ProgrammeRow>;
  ProgrammeConnection: ResolverTypeWrapper<Omit<ProgrammeConnection, 'edges'> & { edges: Array<ResolversTypes['ProgrammeEdge']> }>;
  ProgrammeEdge: ResolverTypeWrapper<Omit<ProgrammeEdge, 'node'> & { node: ResolversTypes['Programme'] }>;
  ProgrammeFilter: ProgrammeFilter;
  ProgrammeKind: ProgrammeKind;
  ProgrammePayload: ResolverTypeWrapper<Omit<ProgrammePayload, 'programme'> & { programme?: Maybe<ResolversTypes['Programme']> }>;
  PublicationStatus: PublicationStatus;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RouteStop: ResolverTypeWrapper<RouteStopRow>;
  RouteStopInput: RouteStopInput;
  Subject: Subject;
  UpdateProgrammeInput: UpdateProgrammeInput;
  UserError: ResolverTypeWrapper<UserError>;
  Venue: ResolverTypeWrapper<VenueReference>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  CreateProgrammeInput: CreateProgrammeInput;
  Int: Scalars['Int']['output'];
  ID: Scalars['ID']['output'];
  CurriculumLink: CurriculumLinkRow;
  CurriculumLinkInput: CurriculumLinkInput;
  GroupSize: GroupSize;
  GroupSizeInput: GroupSizeInput;
  Money: Money;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Programme: ProgrammeRow;
  ProgrammeConnection: Omit<ProgrammeConnection, 'edges'> & { edges: Array<ResolversParentTypes['ProgrammeEdge']> };
  ProgrammeEdge: Omit<ProgrammeEdge, 'node'> & { node: ResolversParentTypes['Programme'] };
  ProgrammeFilter: ProgrammeFilter;
  ProgrammePayload: Omit<ProgrammePayload, 'programme'> & { programme?: Maybe<ResolversParentTypes['Programme']> };
  Query: Record<PropertyKey, never>;
  RouteStop: RouteStopRow;
  RouteStopInput: RouteStopInput;
  UpdateProgrammeInput: UpdateProgrammeInput;
  UserError: UserError;
  Venue: VenueReference;
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

export type CurriculumLinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CurriculumLink'] = ResolversParentTypes['CurriculumLink']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type GroupSizeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GroupSize'] = ResolversParentTypes['GroupSize']> = {
  max?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  min?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MoneyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = {
  amount?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  createProgramme?: Resolver<ResolversTypes['ProgrammePayload'], ParentType, ContextType, RequireFields<MutationCreateProgrammeArgs, 'input'>>;
  publishProgramme?: Resolver<ResolversTypes['ProgrammePayload'], ParentType, ContextType, RequireFields<MutationPublishProgrammeArgs, 'id'>>;
  unpublishProgramme?: Resolver<ResolversTypes['ProgrammePayload'], ParentType, ContextType, RequireFields<MutationUnpublishProgrammeArgs, 'id'>>;
  updateProgramme?: Resolver<ResolversTypes['ProgrammePayload'], ParentType, ContextType, RequireFields<MutationUpdateProgrammeArgs, 'id' | 'input'>>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ProgrammeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Programme'] = ResolversParentTypes['Programme'], FederationReferenceType extends FederationReferenceTypes['Programme'] = FederationReferenceTypes['Programme']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Programme']> | FederationReferenceType, FederationReferenceType, ContextType>;
  curriculumLinks?: Resolver<Array<ResolversTypes['CurriculumLink']>, ParentType, ContextType>;
  delivery?: Resolver<ResolversTypes['Delivery'], ParentType, ContextType>;
  durationMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  free?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  gradeBands?: Resolver<Array<ResolversTypes['GradeBand']>, ParentType, ContextType>;
  groupSize?: Resolver<ResolversTypes['GroupSize'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ProgrammeKind'], ParentType, ContextType>;
  price?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  route?: Resolver<Array<ResolversTypes['RouteStop']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PublicationStatus'], ParentType, ContextType>;
  subjects?: Resolver<Array<ResolversTypes['Subject']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  summaryEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  titleEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  venue?: Resolver<Maybe<ResolversTypes['Venue']>, ParentType, ContextType>;
};

export type ProgrammeConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProgrammeConnection'] = ResolversParentTypes['ProgrammeConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ProgrammeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProgrammeEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProgrammeEdge'] = ResolversParentTypes['ProgrammeEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Programme'], ParentType, ContextType>;
};

export type ProgrammePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProgrammePayload'] = ResolversParentTypes['ProgrammePayload']> = {
  programme?: Resolver<Maybe<ResolversTypes['Programme']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  programme?: Resolver<Maybe<ResolversTypes['Programme']>, ParentType, ContextType, RequireFields<QueryProgrammeArgs, 'id'>>;
  programmes?: Resolver<ResolversTypes['ProgrammeConnection'], ParentType, ContextType, RequireFields<QueryProgrammesArgs, 'first'>>;
};

export type RouteStopResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RouteStop'] = ResolversParentTypes['RouteStop']> = {
  activity?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  minutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  venue?: Resolver<Maybe<ResolversTypes['Venue']>, ParentType, ContextType>;
};

export type UserErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type VenueResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Venue'] = ResolversParentTypes['Venue'], FederationReferenceType extends FederationReferenceTypes['Venue'] = FederationReferenceTypes['Venue']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Venue']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  programmes?: Resolver<ResolversTypes['ProgrammeConnection'], ParentType, ContextType, RequireFields<VenueProgrammesArgs, 'first'>>;
};

export type Resolvers<ContextType = Context> = {
  CurriculumLink?: CurriculumLinkResolvers<ContextType>;
  GroupSize?: GroupSizeResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Programme?: ProgrammeResolvers<ContextType>;
  ProgrammeConnection?: ProgrammeConnectionResolvers<ContextType>;
  ProgrammeEdge?: ProgrammeEdgeResolvers<ContextType>;
  ProgrammePayload?: ProgrammePayloadResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RouteStop?: RouteStopResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
  Venue?: VenueResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = Context> = {
  link?: LinkDirectiveResolver<any, any, ContextType>;
  shareable?: ShareableDirectiveResolver<any, any, ContextType>;
};
