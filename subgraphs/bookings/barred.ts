import { eq, inArray, sql } from 'drizzle-orm';
import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import { barredVenues, bookingEvents, bookings, followedOutboxes, sessions } from './tables.js';
import { toPublicId, toRowId } from '../../kit/graphql/ids.js';
import type { OutboxChanges } from '../../kit/database/outbox.js';
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

/** The venues the venues subgraph's outbox says changed after a row id. */
export type VenueChanges = (afterId: number) => Promise<OutboxChanges>;

const SOURCE = 'venues';
const IDS_PER_READ = 100;

const BARRED = /* GraphQL */ `
  query BarredVenues($ids: [ID!], $after: String) {
    venues(filter: { ids: $ids, complianceStatuses: [SUSPENDED, BLACKLISTED], statuses: [DRAFT, PUBLISHED, UNPUBLISHED] }, first: 100, after: $after) {
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
 * booking event on each active booking of its sessions still ahead, saying why. It follows the
 * venues outbox: only venues changed since the last run are asked about, a hundred at a time, and
 * compared with this subgraph's own copy (`barred_venues`), so each suspension is told once however
 * often this runs and a run with nothing new asks nothing. The first run reads every barred venue.
 * Runs in several processes take turns on an advisory lock; copy, events and cursor commit together,
 * and a run that finds the cursor moved by another meanwhile leaves the work to that one.
 */
export async function tellSchoolsOfBarredVenues(db: PostgresJsDatabase, venueChanges: VenueChanges, supergraph: SupergraphLink, now: Date): Promise<BarredNotice> {
  const cursor = await cursorOf(db);
  const changes = await venueChanges(cursor ?? 0);
  const changed = cursor === null ? null : changes.entityIds;
  const current = changed?.length === 0 ? [] : await barredAmong(supergraph, changed);
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('bookings.barred_venues'))`);
    if ((await cursorOf(tx)) !== cursor) return { barred: 0, lifted: 0, notified: 0 };
    if (changes.settledThrough !== cursor) {
      await tx.insert(followedOutboxes).values({ source: SOURCE, appliedThrough: changes.settledThrough })
        .onConflictDoUpdate({ target: followedOutboxes.source, set: { appliedThrough: changes.settledThrough, updatedAt: sql`now()` } });
    }
    if (changed?.length === 0) return { barred: 0, lifted: 0, notified: 0 };
    const known = new Map((await (changed === null ? tx.select().from(barredVenues) : tx.select().from(barredVenues).where(inArray(barredVenues.venueId, changed))))
      .map((row) => [row.venueId, row.status]));
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

async function cursorOf(db: Pick<PostgresJsDatabase, 'select'>): Promise<number | null> {
  const [row] = await db.select().from(followedOutboxes).where(eq(followedOutboxes.source, SOURCE));
  return row?.appliedThrough ?? null;
}

/** The barred venues among `venueIds`, or among every venue when null. */
async function barredAmong(supergraph: SupergraphLink, venueIds: number[] | null): Promise<BarredVenue[]> {
  if (venueIds === null) return barredPages(supergraph, null);
  const barred: BarredVenue[] = [];
  for (let from = 0; from < venueIds.length; from += IDS_PER_READ) {
    barred.push(...await barredPages(supergraph, venueIds.slice(from, from + IDS_PER_READ).map((id) => toPublicId('Venue', id))));
  }
  return barred;
}

async function barredPages(supergraph: SupergraphLink, ids: string[] | null): Promise<BarredVenue[]> {
  const barred: BarredVenue[] = [];
  let after: string | null = null;
  do {
    const page: BarredPage = await supergraph.query<BarredPage, { ids: string[] | null; after: string | null }>(BARRED, { ids, after });
    for (const { node } of page.venues.edges) {
      const why = node.complianceHistory.filter((record) => record.status === node.complianceStatus).at(-1);
      barred.push({ venueId: toRowId('Venue', node.id), status: node.complianceStatus, reason: why?.reason ?? '' });
    }
    after = page.venues.pageInfo.hasNextPage ? page.venues.pageInfo.endCursor : null;
  } while (after);
  return barred;
}
