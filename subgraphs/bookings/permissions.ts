import { toPublicId } from '../../kit/graphql/ids.js';
import { isAdmin, isExpert, managesVenue } from '../../kit/graphql/permissions.js';
import type { Viewer } from '../../kit/platform/viewer.js';
import type { OfferFacts } from './offers.js';
import type { BookingRow, SchoolRow, SessionRow } from './rows.js';

/** Which bookings a caller may see, as plain data so loaders can share queries by it. */
export type BookingScope =
  | { kind: 'all' }
  | { kind: 'school'; schoolId: number }
  | { kind: 'district'; district: string }
  | { kind: 'venue'; venueId: number }
  | { kind: 'expert'; expertId: number }
  | { kind: 'none' };

export function bookingScope(viewer: Viewer): BookingScope {
  if (viewer.role === 'admin') return { kind: 'all' };
  if (viewer.role === 'school' && viewer.schoolId !== null) return { kind: 'school', schoolId: viewer.schoolId };
  if (viewer.role === 'district' && viewer.district !== null) return { kind: 'district', district: viewer.district };
  if (viewer.role === 'venue' && viewer.venueId !== null) return { kind: 'venue', venueId: viewer.venueId };
  if (viewer.role === 'expert' && viewer.expertId !== null) return { kind: 'expert', expertId: viewer.expertId };
  return { kind: 'none' };
}

/** The venue or expert running a session (or an administrator): it confirms, declines and marks attendance. */
export function hostsSession(viewer: Viewer, session: SessionRow): boolean {
  return isAdmin(viewer) || managesVenue(viewer, session.venueId) || (session.expertId !== null && isExpert(viewer, session.expertId));
}

/** A programme's sessions are scheduled by its venue; a talk's by its expert or the venue the expert belongs to. */
export function mayScheduleFor(viewer: Viewer, facts: OfferFacts): boolean {
  return isAdmin(viewer) || managesVenue(viewer, facts.venueId) || (facts.expertId !== null && isExpert(viewer, facts.expertId));
}

export function mayBookFor(viewer: Viewer, schoolId: number): boolean {
  return isAdmin(viewer) || (viewer.role === 'school' && viewer.schoolId === schoolId);
}

/** The school itself, its district's administrator, or an administrator. */
export function speaksForSchool(viewer: Viewer, school: SchoolRow): boolean {
  if (viewer.role === 'admin') return true;
  if (viewer.role === 'school') return viewer.schoolId === school.id;
  if (viewer.role === 'district') return viewer.district !== null && viewer.district === school.district;
  return false;
}

/** A district's own account, or an administrator: who sees and sets the district's coverage. */
export function overseesDistrict(viewer: Viewer, district: string): boolean {
  return viewer.role === 'admin' || (viewer.role === 'district' && viewer.district === district);
}

export function maySeeBooking(viewer: Viewer, booking: BookingRow, session: SessionRow, school: SchoolRow): boolean {
  return booking.schoolId === school.id && (speaksForSchool(viewer, school) || hostsSession(viewer, session));
}

/** How a booking event names who made the change. */
export function actorOf(viewer: Viewer): string {
  switch (viewer.role) {
    case 'school': return `school:${viewer.schoolId}`;
    case 'venue': return `venue:${viewer.venueId}`;
    case 'expert': return `expert:${viewer.expertId}`;
    case 'district': return `district:${viewer.district}`;
    default: return viewer.subject ? `${viewer.role}:${viewer.subject}` : viewer.role;
  }
}

export const SYSTEM_ACTOR = 'system';

const actorEntities = { school: 'School', venue: 'Venue', expert: 'Expert' } as const;

/**
 * An actor as the API shows it: schools, venues and experts by their public ids (`sch_1`), the way
 * every other field names them; districts, admins and the system as they are recorded.
 */
export function publicActor(actor: string): string {
  const [, kind, rowId] = /^(school|venue|expert):(\d+)$/.exec(actor) ?? [];
  return kind ? toPublicId(actorEntities[kind as keyof typeof actorEntities], Number(rowId)) : actor;
}
