import type { experts, talks } from './tables.js';

/** What each GraphQL type of this subgraph resolves from: its rows, and references to others' entities by id. */
export type ExpertRow = typeof experts.$inferSelect;
export type TalkRow = typeof talks.$inferSelect;
export type VenueReference = { id: number };
