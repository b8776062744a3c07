import { forbidden, unauthenticated } from './errors.js';
import type { Role, Viewer } from '../platform/viewer.js';

/** Throws UNAUTHENTICATED for an anonymous caller and FORBIDDEN for a role that may not do this at all. */
export function requireRole(viewer: Viewer, roles: readonly Exclude<Role, 'anonymous'>[]): void {
  if (viewer.role === 'anonymous') throw unauthenticated();
  if (!roles.includes(viewer.role)) throw forbidden(`Only ${roles.join(' or ')} accounts can do this.`);
}

/** Throws FORBIDDEN unless the caller may act on this record. */
export function requireOwnership(allowed: boolean, message: string): void {
  if (!allowed) throw forbidden(message);
}

export function isAdmin(viewer: Viewer): boolean {
  return viewer.role === 'admin';
}

/** The venue's own manager, signed in for that venue. */
export function managesVenue(viewer: Viewer, venueId: number | null): boolean {
  return viewer.role === 'venue' && venueId !== null && viewer.venueId === venueId;
}

/** The expert, signed in as themself. */
export function isExpert(viewer: Viewer, expertId: number): boolean {
  return viewer.role === 'expert' && viewer.expertId === expertId;
}
