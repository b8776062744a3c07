import type { GraphQLResolveInfo } from 'graphql';
import type { ExpertRow, TalkRow, VenueReference } from './rows.js';
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

/** CAS is the Chinese Academy of Sciences, CAE the Chinese Academy of Engineering. */
export type Academy =
  | 'CAE'
  | 'CAS';

export type CreateExpertInput = {
  academicianOf?: InputMaybe<Academy>;
  /** The venue the expert works at; a venue can only name itself, and is the affiliation when left out. */
  affiliationId?: InputMaybe<Scalars['ID']['input']>;
  bio?: InputMaybe<Scalars['String']['input']>;
  bioEn?: InputMaybe<Scalars['String']['input']>;
  contactEmail?: InputMaybe<Scalars['String']['input']>;
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  fields: Array<Subject>;
  /** The expert's Chinese name. */
  name: Scalars['String']['input'];
  nameEn?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  titleEn?: InputMaybe<Scalars['String']['input']>;
};

export type CreateTalkInput = {
  delivery: Delivery;
  durationMinutes: Scalars['Int']['input'];
  expertId: Scalars['ID']['input'];
  gradeBands: Array<GradeBand>;
  /** The most listeners one session of the talk can take. */
  maxAudience: Scalars['Int']['input'];
  subjects: Array<Subject>;
  summary?: InputMaybe<Scalars['String']['input']>;
  summaryEn?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
  titleEn?: InputMaybe<Scalars['String']['input']>;
};

export type Delivery =
  | 'IN_SCHOOL'
  | 'ONLINE'
  | 'ON_SITE';

/** An academician, scientist, engineer or science communicator who gives talks and may serve as a school's science vice-principal. */
export type Expert = {
  __typename?: 'Expert';
  /** The academy the expert is an academician of, or null. */
  academicianOf: Maybe<Academy>;
  /** The venue the expert works at, when it is one of Kepu's partners. */
  affiliation: Maybe<Venue>;
  bio: Scalars['String']['output'];
  bioEn: Scalars['String']['output'];
  /** Shown to the expert, its venue's manager and admins only; null for everyone else. */
  contactEmail: Maybe<Scalars['String']['output']>;
  /** Shown to the expert, its venue's manager and admins only; null for everyone else. */
  contactPhone: Maybe<Scalars['String']['output']>;
  fields: Array<Subject>;
  id: Scalars['ID']['output'];
  /** The expert's Chinese name. */
  name: Scalars['String']['output'];
  nameEn: Scalars['String']['output'];
  status: PublicationStatus;
  talks: TalkConnection;
  title: Scalars['String']['output'];
  titleEn: Scalars['String']['output'];
};


/** An academician, scientist, engineer or science communicator who gives talks and may serve as a school's science vice-principal. */
export type ExpertTalksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TalkFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type ExpertConnection = {
  __typename?: 'ExpertConnection';
  edges: Array<ExpertEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ExpertEdge = {
  __typename?: 'ExpertEdge';
  cursor: Scalars['String']['output'];
  node: Expert;
};

export type ExpertFilter = {
  academiciansOnly?: InputMaybe<Scalars['Boolean']['input']>;
  affiliationIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  fields?: InputMaybe<Array<Subject>>;
  /** PUBLISHED when left out; drafts are listed only for their owners and admins. */
  statuses?: InputMaybe<Array<PublicationStatus>>;
};

export type ExpertPayload = {
  __typename?: 'ExpertPayload';
  /** The profile as it now stands; null when nothing changed because of userErrors. */
  expert: Maybe<Expert>;
  userErrors: Array<UserError>;
};

/** PRIMARY_LOWER is grades 1-3, PRIMARY_UPPER grades 4-6, JUNIOR grades 7-9, SENIOR grades 10-12. */
export type GradeBand =
  | 'JUNIOR'
  | 'PRIMARY_LOWER'
  | 'PRIMARY_UPPER'
  | 'SENIOR';

export type Mutation = {
  __typename?: 'Mutation';
  /** Adds an expert's profile as a draft: by an admin, or by a venue for an expert affiliated with it. */
  createExpert: ExpertPayload;
  /** Adds a talk as a draft: the expert, its venue's manager or an admin. */
  createTalk: TalkPayload;
  /** Shows the profile, and with it the expert's published talks, in the catalogue. */
  publishExpert: ExpertPayload;
  /** Shows the talk in the catalogue (while its expert's profile is public); publishing a published talk changes nothing. */
  publishTalk: TalkPayload;
  /** Takes the profile and the expert's talks out of the catalogue; the owners still see them. */
  unpublishExpert: ExpertPayload;
  /** Takes the talk out of the catalogue; its owners still see it. */
  unpublishTalk: TalkPayload;
  /** Changes a profile; fields left out stay as they are. The expert, its venue's manager or an admin. */
  updateExpertProfile: ExpertPayload;
  /** Changes a talk; fields left out stay as they are. */
  updateTalk: TalkPayload;
};


export type MutationCreateExpertArgs = {
  input: CreateExpertInput;
};


export type MutationCreateTalkArgs = {
  input: CreateTalkInput;
};


export type MutationPublishExpertArgs = {
  id: Scalars['ID']['input'];
};


export type MutationPublishTalkArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUnpublishExpertArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUnpublishTalkArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUpdateExpertProfileArgs = {
  id: Scalars['ID']['input'];
  input: UpdateExpertInput;
};


export type MutationUpdateTalkArgs = {
  id: Scalars['ID']['input'];
  input: UpdateTalkInput;
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
  /** An expert's public profile, or null when there is none with this id. The expert, its venue and admins also see a draft. */
  expert: Maybe<Expert>;
  /** Experts with a public profile, by field, affiliation and academicians only; owners can ask for drafts with `statuses`. */
  experts: ExpertConnection;
  /** A published talk, or null when there is none with this id. The expert, its venue and admins also see a draft. */
  talk: Maybe<Talk>;
  /** Published talks, by subject, grade band, delivery and expert; owners can ask for drafts with `statuses`. */
  talks: TalkConnection;
};


export type QueryExpertArgs = {
  id: Scalars['ID']['input'];
};


export type QueryExpertsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ExpertFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryTalkArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTalksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TalkFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
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

/** A talk an expert gives, at a venue, in a school or online. */
export type Talk = {
  __typename?: 'Talk';
  delivery: Delivery;
  durationMinutes: Scalars['Int']['output'];
  expert: Expert;
  gradeBands: Array<GradeBand>;
  id: Scalars['ID']['output'];
  maxAudience: Scalars['Int']['output'];
  status: PublicationStatus;
  subjects: Array<Subject>;
  summary: Scalars['String']['output'];
  summaryEn: Scalars['String']['output'];
  title: Scalars['String']['output'];
  titleEn: Scalars['String']['output'];
};

export type TalkConnection = {
  __typename?: 'TalkConnection';
  edges: Array<TalkEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TalkEdge = {
  __typename?: 'TalkEdge';
  cursor: Scalars['String']['output'];
  node: Talk;
};

export type TalkFilter = {
  deliveries?: InputMaybe<Array<Delivery>>;
  expertIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  gradeBands?: InputMaybe<Array<GradeBand>>;
  /** PUBLISHED when left out; drafts are listed only for their owners and admins. */
  statuses?: InputMaybe<Array<PublicationStatus>>;
  subjects?: InputMaybe<Array<Subject>>;
};

export type TalkPayload = {
  __typename?: 'TalkPayload';
  /** The talk as it now stands; null when nothing changed because of userErrors. */
  talk: Maybe<Talk>;
  userErrors: Array<UserError>;
};

/** Fields left out or null stay as they are, except academicianOf and contacts, which null clears. */
export type UpdateExpertInput = {
  academicianOf?: InputMaybe<Academy>;
  bio?: InputMaybe<Scalars['String']['input']>;
  bioEn?: InputMaybe<Scalars['String']['input']>;
  contactEmail?: InputMaybe<Scalars['String']['input']>;
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  fields?: InputMaybe<Array<Subject>>;
  name?: InputMaybe<Scalars['String']['input']>;
  nameEn?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  titleEn?: InputMaybe<Scalars['String']['input']>;
};

/** Fields left out or null stay as they are. */
export type UpdateTalkInput = {
  delivery?: InputMaybe<Delivery>;
  durationMinutes?: InputMaybe<Scalars['Int']['input']>;
  gradeBands?: InputMaybe<Array<GradeBand>>;
  maxAudience?: InputMaybe<Scalars['Int']['input']>;
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
  /** Experts affiliated with the venue. */
  experts: ExpertConnection;
  id: Scalars['ID']['output'];
};


export type VenueExpertsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ExpertFilter>;
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
  Expert: Expert;
  Talk: Talk;
  Venue: Venue;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Expert:
    ( { __typename: 'Expert' }
    & GraphQLRecursivePick<FederationTypes['Expert'], {"id":true}> );
  Talk:
    ( { __typename: 'Talk' }
    & GraphQLRecursivePick<FederationTypes['Talk'], {"id":true}> );
  Venue:
    ( { __typename: 'Venue' }
    & GraphQLRecursivePick<FederationTypes['Venue'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Academy: Academy;
  CreateExpertInput: CreateExpertInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  CreateTalkInput: CreateTalkInput;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Delivery: Delivery;
  Expert: ResolverTypeWrapper<ExpertRow>;
  ExpertConnection: ResolverTypeWrapper<Omit<ExpertConnection, 'edges'> & { edges: Array<ResolversTypes['ExpertEdge']> }>;
  ExpertEdge: ResolverTypeWrapper<Omit<ExpertEdge, 'node'> & { node: ResolversTypes['Expert'] }>;
  ExpertFilter: ExpertFilter;
  ExpertPayload: ResolverTypeWrapper<Omit<ExpertPayload, 'expert'> & { expert?: Maybe<ResolversTypes['Expert']> }>;
  GradeBand: GradeBand;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PublicationStatus: PublicationStatus;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Subject: Subject;
  Talk: ResolverTypeWrapper<TalkRow>;
  TalkConnection: ResolverTypeWrapper<Omit<TalkConnection, 'edges'> & { edges: Array<ResolversTypes['TalkEdge']> }>;
  TalkEdge: ResolverTypeWrapper<Omit<TalkEdge, 'node'> & { node: ResolversTypes['Talk'] }>;
  TalkFilter: TalkFilter;
  TalkPayload: ResolverTypeWrapper<Omit<TalkPayload, 'talk'> & { talk?: Maybe<ResolversTypes['Talk']> }>;
  UpdateExpertInput: UpdateExpertInput;
  UpdateTalkInput: UpdateTalkInput;
  UserError: ResolverTypeWrapper<UserError>;
  Venue: ResolverTypeWrapper<VenueReference>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  CreateExpertInput: CreateExpertInput;
  ID: Scalars['ID']['output'];
  CreateTalkInput: CreateTalkInput;
  Int: Scalars['Int']['output'];
  Expert: ExpertRow;
  ExpertConnection: Omit<ExpertConnection, 'edges'> & { edges: Array<ResolversParentTypes['ExpertEdge']> };
  ExpertEdge: Omit<ExpertEdge, 'node'> & { node: ResolversParentTypes['Expert'] };
  ExpertFilter: ExpertFilter;
  ExpertPayload: Omit<ExpertPayload, 'expert'> & { expert?: Maybe<ResolversParentTypes['Expert']> };
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  Talk: TalkRow;
  TalkConnection: Omit<TalkConnection, 'edges'> & { edges: Array<ResolversParentTypes['TalkEdge']> };
  TalkEdge: Omit<TalkEdge, 'node'> & { node: ResolversParentTypes['Talk'] };
  TalkFilter: TalkFilter;
  TalkPayload: Omit<TalkPayload, 'talk'> & { talk?: Maybe<ResolversParentTypes['Talk']> };
  UpdateExpertInput: UpdateExpertInput;
  UpdateTalkInput: UpdateTalkInput;
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

export type ExpertResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Expert'] = ResolversParentTypes['Expert'], FederationReferenceType extends FederationReferenceTypes['Expert'] = FederationReferenceTypes['Expert']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Expert']> | FederationReferenceType, FederationReferenceType, ContextType>;
  academicianOf?: Resolver<Maybe<ResolversTypes['Academy']>, ParentType, ContextType>;
  affiliation?: Resolver<Maybe<ResolversTypes['Venue']>, ParentType, ContextType>;
  bio?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  bioEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  contactEmail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contactPhone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fields?: Resolver<Array<ResolversTypes['Subject']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PublicationStatus'], ParentType, ContextType>;
  talks?: Resolver<ResolversTypes['TalkConnection'], ParentType, ContextType, RequireFields<ExpertTalksArgs, 'first'>>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  titleEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ExpertConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ExpertConnection'] = ResolversParentTypes['ExpertConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ExpertEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ExpertEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ExpertEdge'] = ResolversParentTypes['ExpertEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Expert'], ParentType, ContextType>;
};

export type ExpertPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ExpertPayload'] = ResolversParentTypes['ExpertPayload']> = {
  expert?: Resolver<Maybe<ResolversTypes['Expert']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  createExpert?: Resolver<ResolversTypes['ExpertPayload'], ParentType, ContextType, RequireFields<MutationCreateExpertArgs, 'input'>>;
  createTalk?: Resolver<ResolversTypes['TalkPayload'], ParentType, ContextType, RequireFields<MutationCreateTalkArgs, 'input'>>;
  publishExpert?: Resolver<ResolversTypes['ExpertPayload'], ParentType, ContextType, RequireFields<MutationPublishExpertArgs, 'id'>>;
  publishTalk?: Resolver<ResolversTypes['TalkPayload'], ParentType, ContextType, RequireFields<MutationPublishTalkArgs, 'id'>>;
  unpublishExpert?: Resolver<ResolversTypes['ExpertPayload'], ParentType, ContextType, RequireFields<MutationUnpublishExpertArgs, 'id'>>;
  unpublishTalk?: Resolver<ResolversTypes['TalkPayload'], ParentType, ContextType, RequireFields<MutationUnpublishTalkArgs, 'id'>>;
  updateExpertProfile?: Resolver<ResolversTypes['ExpertPayload'], ParentType, ContextType, RequireFields<MutationUpdateExpertProfileArgs, 'id' | 'input'>>;
  updateTalk?: Resolver<ResolversTypes['TalkPayload'], ParentType, ContextType, RequireFields<MutationUpdateTalkArgs, 'id' | 'input'>>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  expert?: Resolver<Maybe<ResolversTypes['Expert']>, ParentType, ContextType, RequireFields<QueryExpertArgs, 'id'>>;
  experts?: Resolver<ResolversTypes['ExpertConnection'], ParentType, ContextType, RequireFields<QueryExpertsArgs, 'first'>>;
  talk?: Resolver<Maybe<ResolversTypes['Talk']>, ParentType, ContextType, RequireFields<QueryTalkArgs, 'id'>>;
  talks?: Resolver<ResolversTypes['TalkConnection'], ParentType, ContextType, RequireFields<QueryTalksArgs, 'first'>>;
};

export type TalkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Talk'] = ResolversParentTypes['Talk'], FederationReferenceType extends FederationReferenceTypes['Talk'] = FederationReferenceTypes['Talk']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Talk']> | FederationReferenceType, FederationReferenceType, ContextType>;
  delivery?: Resolver<ResolversTypes['Delivery'], ParentType, ContextType>;
  durationMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  expert?: Resolver<ResolversTypes['Expert'], ParentType, ContextType>;
  gradeBands?: Resolver<Array<ResolversTypes['GradeBand']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  maxAudience?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PublicationStatus'], ParentType, ContextType>;
  subjects?: Resolver<Array<ResolversTypes['Subject']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  summaryEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  titleEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TalkConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TalkConnection'] = ResolversParentTypes['TalkConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TalkEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TalkEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TalkEdge'] = ResolversParentTypes['TalkEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Talk'], ParentType, ContextType>;
};

export type TalkPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TalkPayload'] = ResolversParentTypes['TalkPayload']> = {
  talk?: Resolver<Maybe<ResolversTypes['Talk']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type UserErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type VenueResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Venue'] = ResolversParentTypes['Venue'], FederationReferenceType extends FederationReferenceTypes['Venue'] = FederationReferenceTypes['Venue']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Venue']> | FederationReferenceType, FederationReferenceType, ContextType>;
  experts?: Resolver<ResolversTypes['ExpertConnection'], ParentType, ContextType, RequireFields<VenueExpertsArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  Expert?: ExpertResolvers<ContextType>;
  ExpertConnection?: ExpertConnectionResolvers<ContextType>;
  ExpertEdge?: ExpertEdgeResolvers<ContextType>;
  ExpertPayload?: ExpertPayloadResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Talk?: TalkResolvers<ContextType>;
  TalkConnection?: TalkConnectionResolvers<ContextType>;
  TalkEdge?: TalkEdgeResolvers<ContextType>;
  TalkPayload?: TalkPayloadResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
  Venue?: VenueResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = Context> = {
  link?: LinkDirectiveResolver<any, any, ContextType>;
  shareable?: ShareableDirectiveResolver<any, any, ContextType>;
};
