import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Rebuild } from './rows.js';
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

export type CatalogueFilter = {
  /** Only items of this alliance's member venues: their programmes and talks, the venues themselves and their experts. With pairedWithSchool, venues that are both. */
  alliance?: InputMaybe<Scalars['ID']['input']>;
  cities?: InputMaybe<Array<Scalars['String']['input']>>;
  complianceStatuses?: InputMaybe<Array<ComplianceStatus>>;
  deliveries?: InputMaybe<Array<Delivery>>;
  districts?: InputMaybe<Array<Scalars['String']['input']>>;
  freeOnly?: InputMaybe<Scalars['Boolean']['input']>;
  gradeBands?: InputMaybe<Array<GradeBand>>;
  /** Items at venues of these kinds. */
  kinds?: InputMaybe<Array<VenueKind>>;
  /** Programmes and talks with a session with seats left starting in this period. */
  openBetween?: InputMaybe<DateRange>;
  /** Only items at venues this school has an active partner-venue pairing with: their programmes, the venues themselves, and talks and experts affiliated with them. */
  pairedWithSchool?: InputMaybe<Scalars['ID']['input']>;
  subjects?: InputMaybe<Array<Subject>>;
  /** Only these types of item: VENUE, PROGRAMME, TALK, EXPERT. */
  types?: InputMaybe<Array<CatalogueItemType>>;
};

export type CatalogueItem = Expert | Programme | Talk | Venue;

export type CatalogueItemType =
  | 'EXPERT'
  | 'PROGRAMME'
  | 'TALK'
  | 'VENUE';

export type CatalogueSearch = {
  __typename?: 'CatalogueSearch';
  /** The query in the catalogue's own words, when some of its words were not found as typed (植物圆 → 植物园); null otherwise. */
  didYouMean: Maybe<Scalars['String']['output']>;
  /** The query's words the hits do not match; empty unless `relaxed`. (On Meilisearch, which relaxes a query itself, always empty.) */
  droppedWords: Array<Scalars['String']['output']>;
  /** Counts of the matching hits by kind, subject, grade band, city and district. */
  facets: Array<Facet>;
  hits: Array<SearchHit>;
  pageInfo: PageInfo;
  /** True when no item matched every word of the query, and the hits match most of them. */
  relaxed: Scalars['Boolean']['output'];
  /** Hits matching the query and filter, over every page. */
  totalCount: Scalars['Int']['output'];
};

export type ComplianceStatus =
  | 'BLACKLISTED'
  | 'SUSPENDED'
  | 'UNDER_RECTIFICATION'
  | 'WHITELISTED';

export type DateRange = {
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
};

export type Delivery =
  | 'IN_SCHOOL'
  | 'ONLINE'
  | 'ON_SITE';

export type Expert = {
  __typename?: 'Expert';
  id: Scalars['ID']['output'];
};

export type Facet = {
  __typename?: 'Facet';
  /** kind (the venue's kind), subject, gradeBand, city or district. */
  field: Scalars['String']['output'];
  values: Array<FacetValue>;
};

export type FacetValue = {
  __typename?: 'FacetValue';
  count: Scalars['Int']['output'];
  value: Scalars['String']['output'];
};

export type GeoPointInput = {
  lat: Scalars['Float']['input'];
  lon: Scalars['Float']['input'];
  /** Only hits within this many kilometres. */
  radiusKm?: InputMaybe<Scalars['Float']['input']>;
};

/** PRIMARY_LOWER is grades 1-3, PRIMARY_UPPER grades 4-6, JUNIOR grades 7-9, SENIOR grades 10-12. */
export type GradeBand =
  | 'JUNIOR'
  | 'PRIMARY_LOWER'
  | 'PRIMARY_UPPER'
  | 'SENIOR';

export type IndexRebuild = {
  __typename?: 'IndexRebuild';
  /** Why it failed; the index from before it stays live. */
  failure: Maybe<Scalars['String']['output']>;
  finishedAt: Maybe<Scalars['DateTime']['output']>;
  /** Catalogue items read so far, of itemsTotal. */
  itemsRead: Scalars['Int']['output'];
  itemsTotal: Scalars['Int']['output'];
  startedAt: Scalars['DateTime']['output'];
  state: IndexRebuildState;
};

export type IndexRebuildState =
  | 'FAILED'
  | 'RUNNING'
  | 'SUCCEEDED';

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Rebuilds the search index from the published catalogue into a new index, swapped in when it
   * is complete: search answers from the old index until then. Administrators only. Follow it
   * with `searchIndex { latestRebuild { state itemsRead itemsTotal } }`.
   */
  rebuildSearchIndex: RebuildSearchIndexPayload;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor: Maybe<Scalars['String']['output']>;
};

export type Programme = {
  __typename?: 'Programme';
  id: Scalars['ID']['output'];
};

export type Query = {
  __typename?: 'Query';
  /**
   * Searches the published catalogue: venues, programmes, talks and experts. Chinese with or
   * without spaces, traditional characters, pinyin (bowuguan, bo wu guan, bwg), characters that
   * sound right but are written wrong, English with typos, abbreviations (中科院, PKU); words for
   * kinds of offering narrow the item type (讲座/lecture: talks; 研学: study tours; 实验课: lab
   * sessions). An empty query returns the filtered catalogue. When no item matches every word,
   * the items matching most of them are returned and `droppedWords` says which were left out.
   * Hits come in order of relevance (names above venues' names above descriptions, exact and
   * phrase matches above partial ones, free seats soonest among equals); with `near`, nearest
   * first among hits of about the same relevance.
   */
  search: CatalogueSearch;
  /** How the search index stands: its engine, its size and its latest rebuild. Administrators only. */
  searchIndex: SearchIndex;
  /**
   * Completions of what is being typed: names of venues, programmes, talks and experts, and
   * topics, for a Chinese, pinyin or English prefix; shortest first. At most 20.
   */
  searchSuggestions: Array<SearchSuggestion>;
};


export type QuerySearchArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  explain?: InputMaybe<Scalars['Boolean']['input']>;
  facets?: InputMaybe<Array<Scalars['String']['input']>>;
  filter?: InputMaybe<CatalogueFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  near?: InputMaybe<GeoPointInput>;
  query?: InputMaybe<Scalars['String']['input']>;
};


export type QuerySearchSuggestionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  prefix: Scalars['String']['input'];
};

export type RebuildSearchIndexPayload = {
  __typename?: 'RebuildSearchIndexPayload';
  /** The rebuild just started; null when one was already running (REBUILD_RUNNING). */
  rebuild: Maybe<IndexRebuild>;
  userErrors: Array<UserError>;
};

export type ScoreExplanation = {
  __typename?: 'ScoreExplanation';
  /** What each word of the query earned, the phrase bonus, the distance. */
  parts: Array<ScorePart>;
  score: Scalars['Float']['output'];
};

export type ScorePart = {
  __typename?: 'ScorePart';
  name: Scalars['String']['output'];
  value: Scalars['Float']['output'];
};

export type SearchHit = {
  __typename?: 'SearchHit';
  /** Kilometres from `near`, when it is given and the item has a place. */
  distanceKm: Maybe<Scalars['Float']['output']>;
  /** The hit's score and its parts, when `explain` was asked for. */
  explanation: Maybe<ScoreExplanation>;
  item: CatalogueItem;
};

export type SearchIndex = {
  __typename?: 'SearchIndex';
  /** Documents the live index holds. */
  documents: Scalars['Int']['output'];
  /** embedded or meilisearch. */
  engine: Scalars['String']['output'];
  /** The running rebuild, or the last one to end; the one at start-up counts. */
  latestRebuild: Maybe<IndexRebuild>;
};

export type SearchSuggestion = {
  __typename?: 'SearchSuggestion';
  /** The item named; null for a topic. */
  item: Maybe<CatalogueItem>;
  kind: SuggestionKind;
  /** The name or topic to show, as stored. */
  text: Scalars['String']['output'];
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

export type SuggestionKind =
  | 'EXPERT'
  | 'PROGRAMME'
  | 'TALK'
  | 'TOPIC'
  | 'VENUE';

export type Talk = {
  __typename?: 'Talk';
  id: Scalars['ID']['output'];
};

export type UserError = {
  __typename?: 'UserError';
  code: Scalars['String']['output'];
  field: Maybe<Array<Scalars['String']['output']>>;
  message: Scalars['String']['output'];
};

export type Venue = {
  __typename?: 'Venue';
  id: Scalars['ID']['output'];
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



export type ResolverTypeWrapper<T> = Promise<T> | T;


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



/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = {
  CatalogueItem:
    | ( Expert )
    | ( Programme )
    | ( Talk )
    | ( Venue )
  ;
};


/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  CatalogueFilter: CatalogueFilter;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  CatalogueItem: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['CatalogueItem']>;
  CatalogueItemType: CatalogueItemType;
  CatalogueSearch: ResolverTypeWrapper<Omit<CatalogueSearch, 'hits'> & { hits: Array<ResolversTypes['SearchHit']> }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ComplianceStatus: ComplianceStatus;
  DateRange: DateRange;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Delivery: Delivery;
  Expert: ResolverTypeWrapper<Expert>;
  Facet: ResolverTypeWrapper<Facet>;
  FacetValue: ResolverTypeWrapper<FacetValue>;
  GeoPointInput: GeoPointInput;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  GradeBand: GradeBand;
  IndexRebuild: ResolverTypeWrapper<Rebuild>;
  IndexRebuildState: IndexRebuildState;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Programme: ResolverTypeWrapper<Programme>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RebuildSearchIndexPayload: ResolverTypeWrapper<Omit<RebuildSearchIndexPayload, 'rebuild'> & { rebuild?: Maybe<ResolversTypes['IndexRebuild']> }>;
  ScoreExplanation: ResolverTypeWrapper<ScoreExplanation>;
  ScorePart: ResolverTypeWrapper<ScorePart>;
  SearchHit: ResolverTypeWrapper<Omit<SearchHit, 'item'> & { item: ResolversTypes['CatalogueItem'] }>;
  SearchIndex: ResolverTypeWrapper<Omit<SearchIndex, 'latestRebuild'> & { latestRebuild?: Maybe<ResolversTypes['IndexRebuild']> }>;
  SearchSuggestion: ResolverTypeWrapper<Omit<SearchSuggestion, 'item'> & { item?: Maybe<ResolversTypes['CatalogueItem']> }>;
  Subject: Subject;
  SuggestionKind: SuggestionKind;
  Talk: ResolverTypeWrapper<Talk>;
  UserError: ResolverTypeWrapper<UserError>;
  Venue: ResolverTypeWrapper<Venue>;
  VenueKind: VenueKind;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  CatalogueFilter: CatalogueFilter;
  ID: Scalars['ID']['output'];
  CatalogueItem: ResolversUnionTypes<ResolversParentTypes>['CatalogueItem'];
  CatalogueSearch: Omit<CatalogueSearch, 'hits'> & { hits: Array<ResolversParentTypes['SearchHit']> };
  Int: Scalars['Int']['output'];
  DateRange: DateRange;
  DateTime: Scalars['DateTime']['output'];
  Expert: Expert;
  Facet: Facet;
  FacetValue: FacetValue;
  GeoPointInput: GeoPointInput;
  Float: Scalars['Float']['output'];
  IndexRebuild: Rebuild;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Programme: Programme;
  Query: Record<PropertyKey, never>;
  RebuildSearchIndexPayload: Omit<RebuildSearchIndexPayload, 'rebuild'> & { rebuild?: Maybe<ResolversParentTypes['IndexRebuild']> };
  ScoreExplanation: ScoreExplanation;
  ScorePart: ScorePart;
  SearchHit: Omit<SearchHit, 'item'> & { item: ResolversParentTypes['CatalogueItem'] };
  SearchIndex: Omit<SearchIndex, 'latestRebuild'> & { latestRebuild?: Maybe<ResolversParentTypes['IndexRebuild']> };
  SearchSuggestion: Omit<SearchSuggestion, 'item'> & { item?: Maybe<ResolversParentTypes['CatalogueItem']> };
  Talk: Talk;
  UserError: UserError;
  Venue: Venue;
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

export type CatalogueItemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CatalogueItem'] = ResolversParentTypes['CatalogueItem']> = {
  __resolveType: TypeResolveFn<'Expert' | 'Programme' | 'Talk' | 'Venue', ParentType, ContextType>;
};

export type CatalogueSearchResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CatalogueSearch'] = ResolversParentTypes['CatalogueSearch']> = {
  didYouMean?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  droppedWords?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  facets?: Resolver<Array<ResolversTypes['Facet']>, ParentType, ContextType>;
  hits?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  relaxed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type ExpertResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Expert'] = ResolversParentTypes['Expert']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type FacetResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Facet'] = ResolversParentTypes['Facet']> = {
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  values?: Resolver<Array<ResolversTypes['FacetValue']>, ParentType, ContextType>;
};

export type FacetValueResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FacetValue'] = ResolversParentTypes['FacetValue']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type IndexRebuildResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IndexRebuild'] = ResolversParentTypes['IndexRebuild']> = {
  failure?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  finishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  itemsRead?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  itemsTotal?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  startedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['IndexRebuildState'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  rebuildSearchIndex?: Resolver<ResolversTypes['RebuildSearchIndexPayload'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ProgrammeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Programme'] = ResolversParentTypes['Programme']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  search?: Resolver<ResolversTypes['CatalogueSearch'], ParentType, ContextType, RequireFields<QuerySearchArgs, 'explain' | 'first'>>;
  searchIndex?: Resolver<ResolversTypes['SearchIndex'], ParentType, ContextType>;
  searchSuggestions?: Resolver<Array<ResolversTypes['SearchSuggestion']>, ParentType, ContextType, RequireFields<QuerySearchSuggestionsArgs, 'first' | 'prefix'>>;
};

export type RebuildSearchIndexPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RebuildSearchIndexPayload'] = ResolversParentTypes['RebuildSearchIndexPayload']> = {
  rebuild?: Resolver<Maybe<ResolversTypes['IndexRebuild']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ScoreExplanationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ScoreExplanation'] = ResolversParentTypes['ScoreExplanation']> = {
  parts?: Resolver<Array<ResolversTypes['ScorePart']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type ScorePartResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ScorePart'] = ResolversParentTypes['ScorePart']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type SearchHitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  distanceKm?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  explanation?: Resolver<Maybe<ResolversTypes['ScoreExplanation']>, ParentType, ContextType>;
  item?: Resolver<ResolversTypes['CatalogueItem'], ParentType, ContextType>;
};

export type SearchIndexResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchIndex'] = ResolversParentTypes['SearchIndex']> = {
  documents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  engine?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  latestRebuild?: Resolver<Maybe<ResolversTypes['IndexRebuild']>, ParentType, ContextType>;
};

export type SearchSuggestionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchSuggestion'] = ResolversParentTypes['SearchSuggestion']> = {
  item?: Resolver<Maybe<ResolversTypes['CatalogueItem']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SuggestionKind'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TalkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Talk'] = ResolversParentTypes['Talk']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type UserErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type VenueResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Venue'] = ResolversParentTypes['Venue']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  CatalogueItem?: CatalogueItemResolvers<ContextType>;
  CatalogueSearch?: CatalogueSearchResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Expert?: ExpertResolvers<ContextType>;
  Facet?: FacetResolvers<ContextType>;
  FacetValue?: FacetValueResolvers<ContextType>;
  IndexRebuild?: IndexRebuildResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Programme?: ProgrammeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RebuildSearchIndexPayload?: RebuildSearchIndexPayloadResolvers<ContextType>;
  ScoreExplanation?: ScoreExplanationResolvers<ContextType>;
  ScorePart?: ScorePartResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  SearchIndex?: SearchIndexResolvers<ContextType>;
  SearchSuggestion?: SearchSuggestionResolvers<ContextType>;
  Talk?: TalkResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
  Venue?: VenueResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = Context> = {
  link?: LinkDirectiveResolver<any, any, ContextType>;
  shareable?: ShareableDirectiveResolver<any, any, ContextType>;
};
