import { sql } from 'drizzle-orm';
import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import { anyOf } from '../../kit/database/any-of.js';
import { barredVenues, bookingEvents, bookings, sessions, venueFacts } from './tables.js';
import { SYSTEM_ACTOR } from './permissions.js';

export interface BarredNotice {
  /** Venues newly suspended or blacklisted since the last run. */
  barred: number;
  /** Venues bookable again, forgotten so a later suspension is told again. */
  lifted: number;
  /** Booking events written to tell schools. */
  notified: number;
}

const BARRED_STATUSES = sql`('SUSPENDED', 'BLACKLISTED')`;

/**
 * Tells the schools holding bookings of a venue that has just been suspended or blacklisted: one
 * booking event on each active booking of its sessions still ahead, saying why. The venues' compliance
 * is this subgraph's own fact (`venue_facts`, kept from the venues outbox), compared with the venues
 * already told of (`barred_venues`), so each suspension is told once however often this runs. It is
 * set-based: one statement records the newly barred venues, and one writes every booking event for
 * them, planned for how many there are (a few after one decision, thousands after a deadline passes
 * for many at once). Runs in several processes take turns on an advisory lock, and the second finds
 * nothing left to tell.
 */
export async function tellSchoolsOfBarredVenues(db: PostgresJsDatabase, now: Date): Promise<BarredNotice> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('bookings.barred_venues'))`);
    const lifted = await tx.execute(sql`
      delete from ${barredVenues} told where not exists (
        select 1 from ${venueFacts} venue where venue.venue_id = told.venue_id and venue.compliance_status in ${BARRED_STATUSES})`);
    const fresh = await tx.execute<{ venue_id: string }>(sql`
      insert into ${barredVenues} (venue_id, status, reason, barred_at)
      select venue.venue_id, venue.compliance_status, venue.compliance_reason, ${now.toISOString()}::timestamptz
      from ${venueFacts} venue left join ${barredVenues} told on told.venue_id = venue.venue_id
      where venue.compliance_status in ${BARRED_STATUSES} and told.status is distinct from venue.compliance_status
      on conflict (venue_id) do update set status = excluded.status, reason = excluded.reason, barred_at = excluded.barred_at
      returning venue_id`);
    if (fresh.length === 0) return { barred: 0, lifted: lifted.count, notified: 0 };
    // The venues travel as one array, so the plan is made knowing how many there are.
    const venueIds = fresh.map((venue) => Number(venue.venue_id));
    const events = await tx.execute(sql`
      insert into ${bookingEvents} (booking_id, from_status, to_status, actor, reason, at)
      select b.id, b.status, b.status, ${SYSTEM_ACTOR},
        'The venue is ' || lower(told.status) || ': ' || told.reason || '. It takes no new bookings; contact it or choose another session.', clock_timestamp()
      from ${barredVenues} told
      join ${sessions} s on s.venue_id = told.venue_id and s.starts_at > ${now.toISOString()}::timestamptz
      join ${bookings} b on b.session_id = s.id and b.status in ('REQUESTED', 'CONFIRMED', 'WAITLISTED')
      where ${anyOf(sql`told.venue_id`, venueIds)}`);
    return { barred: fresh.length, lifted: lifted.count, notified: events.count };
  });
}
