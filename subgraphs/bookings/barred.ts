import { inArray, sql } from 'drizzle-orm';
import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import { barredVenues, bookingEvents, bookings, sessions } from './tables.js';
import { toRowId } from '../../kit/graphql/ids.js';
import type { SupergraphLink } from '../../kit/platform/supergraph.js';
import { SYSTEM_ACTOR } from './permissions.js';

interface BarredVenue {
  venueId: number;
  status: string;
  reason: string;
}

export interface BarredNotice {
  /** Venues newly suspended or blacklisted since the last run. */
  barred: number;
  /** Venues bookable again, forgotten so a later suspension is told again. */
  lifted: number;
  /** Booking events written to tell schools. */
  notified: number;
}

const BARRED = /* GraphQL */ `
  query BarredVenues($after: String) {
    venues(filter: { complianceStatuses: [SUSPENDED, BLACKLISTED], statuses: [DRAFT, PUBLISHED, UNPUBLISHED] }, first: 100, after: $after) {
      edges { node { id complianceStatus complianceHistory { status reason } } }
      pageInfo { hasNextPage endCursor }
    }
  }`;

interface BarredPage {
  venues: {
    edges: { node: { id: string; complianceStatus: string; complianceHistory: { status: string; reason: string }[] } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

/**
 * Tells the schools holding bookings of a venue that has just been suspended or blacklisted: one
 * booking event on each active booking of its sessions still ahead, saying why. The venues are
 * learnt from the supergraph and kept in this subgraph's own copy (`barred_venues`), so each
 * suspension is told once however often this runs; runs in several processes take turns on an
 * advisory lock, and copy and events commit together.
 */
export async function tellSchoolsOfBarredVenues(db: PostgresJsDatabase, supergraph: SupergraphLink, now: Date): Promise<BarredNotice> {
  const current = await barredVenuesNow(supergraph);
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('bookings.barred_venues'))`);
    const known = new Map((await tx.select().from(barredVenues)).map((row) => [row.venueId, row.status]));
    const fresh = current.filter((venue) => known.get(venue.venueId) !== venue.status);
    const stillBarred = new Set(current.map((venue) => venue.venueId));
    const lifted = [...known.keys()].filter((venueId) => !stillBarred.has(venueId));
    if (lifted.length > 0) await tx.delete(barredVenues).where(inArray(barredVenues.venueId, lifted));
    if (fresh.length === 0) return { barred: 0, lifted: lifted.length, notified: 0 };
    await tx.insert(barredVenues).values(fresh.map((venue) => ({ ...venue, barredAt: now })))
      .onConflictDoUpdate({ target: barredVenues.venueId, set: { status: sql`excluded.status`, reason: sql`excluded.reason`, barredAt: sql`excluded.barred_at` } });
    const notified = await tx.execute(sql`
      insert into ${bookingEvents} (booking_id, from_status, to_status, actor, reason, at)
      select b.id, b.status, b.status, ${SYSTEM_ACTOR},
        'The venue is ' || lower(barred.status) || ': ' || barred.reason || '. It takes no new bookings; contact it or choose another session.', clock_timestamp()
      from ${bookings} b
      join ${sessions} s on s.id = b.session_id
      join jsonb_to_recordset(${JSON.stringify(fresh)}::jsonb) as barred("venueId" bigint, status text, reason text) on barred."venueId" = s.venue_id
      where b.status in ('REQUESTED', 'CONFIRMED', 'WAITLISTED') and s.starts_at > ${now.toISOString()}::timestamptz`);
    return { barred: fresh.length, lifted: lifted.length, notified: notified.count };
  });
}

async function barredVenuesNow(supergraph: SupergraphLink): Promise<BarredVenue[]> {
  const barred: BarredVenue[] = [];
  let after: string | null = null;
  do {
    const page: BarredPage = await supergraph.query<BarredPage, { after: string | null }>(BARRED, { after });
    for (const { node } of page.venues.edges) {
      const why = node.complianceHistory.filter((record) => record.status === node.complianceStatus).at(-1);
      barred.push({ venueId: toRowId('Venue', node.id), status: node.complianceStatus, reason: why?.reason ?? '' });
    }
    after = page.venues.pageInfo.hasNextPage ? page.venues.pageInfo.endCursor : null;
  } while (after);
  return barred;
}
