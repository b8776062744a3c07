import { sql } from 'drizzle-orm';
import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
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
 * set-based: the newly barred venues and every booking event are one statement. Runs in several
 * processes take turns on an advisory lock, and the second finds nothing left to tell.
 */
export async function tellSchoolsOfBarredVenues(db: PostgresJsDatabase, now: Date): Promise<BarredNotice> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('bookings.barred_venues'))`);
    const lifted = await tx.execute(sql`
      delete from ${barredVenues} told where not exists (
        select 1 from ${venueFacts} venue where venue.venue_id = told.venue_id and venue.compliance_status in ${BARRED_STATUSES})`);
    const [told] = await tx.execute<{ barred: number; notified: number }>(sql`
      with fresh as (
        insert into ${barredVenues} (venue_id, status, reason, barred_at)
        select venue.venue_id, venue.compliance_status, venue.compliance_reason, ${now.toISOString()}::timestamptz
        from ${venueFacts} venue left join ${barredVenues} told on told.venue_id = venue.venue_id
        where venue.compliance_status in ${BARRED_STATUSES} and told.status is distinct from venue.compliance_status
        on conflict (venue_id) do update set status = excluded.status, reason = excluded.reason, barred_at = excluded.barred_at
        returning venue_id, status, reason
      ), events as (
        insert into ${bookingEvents} (booking_id, from_status, to_status, actor, reason, at)
        select b.id, b.status, b.status, ${SYSTEM_ACTOR},
          'The venue is ' || lower(fresh.status) || ': ' || fresh.reason || '. It takes no new bookings; contact it or choose another session.', clock_timestamp()
        from fresh
        join ${sessions} s on s.venue_id = fresh.venue_id and s.starts_at > ${now.toISOString()}::timestamptz
        join ${bookings} b on b.session_id = s.id and b.status in ('REQUESTED', 'CONFIRMED', 'WAITLISTED')
        returning 1
      )
      select (select count(*) from fresh)::int as barred, (select count(*) from events)::int as notified`);
    return { barred: told!.barred, lifted: lifted.count, notified: told!.notified };
  });
}
