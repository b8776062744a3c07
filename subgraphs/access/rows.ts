import type { apiKeys } from './tables.js';
import type { Viewer } from '../../kit/platform/viewer.js';

/** What each GraphQL type of this subgraph resolves from: its rows, and references to others' entities by id. */
export type ApiKeyRow = typeof apiKeys.$inferSelect;
export type ViewerRow = Viewer;
export type SchoolReference = { id: number };
export type VenueReference = { id: number };
export type ExpertReference = { id: number };
