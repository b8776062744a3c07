import type { curriculumLinks, programmes, routeStops } from './tables.js';

/** What each GraphQL type of this subgraph resolves from: its rows, and references to others' entities by id. */
export type ProgrammeRow = typeof programmes.$inferSelect;
export type RouteStopRow = typeof routeStops.$inferSelect;
export type CurriculumLinkRow = typeof curriculumLinks.$inferSelect;
export type VenueReference = { id: number };
