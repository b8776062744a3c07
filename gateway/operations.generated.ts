/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type IndexRebuildState =
  | 'FAILED'
  | 'RUNNING'
  | 'SUCCEEDED';

export type SchoolStage =
  | 'COMPLETE'
  | 'JUNIOR'
  | 'NINE_YEAR'
  | 'PRIMARY'
  | 'SENIOR';

export type CoverageExportQueryVariables = Exact<{
  district: string;
  asOf: string | null | undefined;
  after: string | null | undefined;
}>;


export type CoverageExportQuery = { districtCoverage: { asOf: string, schools: { edges: Array<{ node: { partnerVenue: boolean, scienceVicePrincipal: boolean, visit: boolean, talk: boolean, school: { id: string, name: string, nameEn: string, stage: SchoolStage, rural: boolean, underResourced: boolean, studentCount: number } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } };

export type StartRebuildMutationVariables = Exact<{ [key: string]: never; }>;


export type StartRebuildMutation = { rebuildSearchIndex: { rebuild: { startedAt: string } | null, userErrors: Array<{ code: string, message: string }> } };

export type RebuildStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type RebuildStatusQuery = { searchIndex: { engine: string, documents: number, latestRebuild: { state: IndexRebuildState, startedAt: string, finishedAt: string | null, itemsRead: number, itemsTotal: number, failure: string | null } | null } };
