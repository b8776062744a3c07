import type { bookingEvents, bookings, pairings, schools, sessions } from './tables.js';

/** What each GraphQL type of this subgraph resolves from: its rows, and references to others' entities by id. */
export type SchoolRow = typeof schools.$inferSelect;
export type SessionRow = typeof sessions.$inferSelect;
export type BookingRow = typeof bookings.$inferSelect;
export type BookingEventRow = typeof bookingEvents.$inferSelect;
export type PairingRow = typeof pairings.$inferSelect;
export type VenueReference = { id: number };
export type ProgrammeReference = { id: number };
export type TalkReference = { id: number };
export type ExpertReference = { id: number };
export type { CoverageReport, SchoolCoverageRow, TargetStanding } from './coverage.js';
export type { EquityReport } from './equity.js';
export type VenueEquityRow = import('./equity.js').EquityReport['venues'][number];
