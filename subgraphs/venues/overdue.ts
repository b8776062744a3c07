import { sql } from 'drizzle-orm';
import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import { complianceRecords, outbox, rectificationNotices, venues } from './tables.js';

export const OVERDUE_ACTOR = 'system';

export interface Enforcement {
  /** Open notices whose deadline had passed, now ENFORCED. */
  enforced: number;
  /** Venues suspended by them; a venue already suspended or blacklisted keeps its status. */
  suspended: number;
}

/**
 * Enforces every open rectification notice whose deadline is at or before `now`: the notice becomes
 * ENFORCED, its venue SUSPENDED with a record saying why, and the venue's outbox row tells search
 * and bookings. One statement, so it all commits together or not at all. Notices another process is
 * enforcing at the same moment are skipped (`skip locked`), and an enforced notice is never open
 * again, so running it twice, or in several processes at once, enforces each notice once.
 */
export async function enforceOverdueNotices(db: PostgresJsDatabase, now: Date): Promise<Enforcement> {
  const [result] = await db.execute<{ enforced: number; suspended: number }>(sql`
    with due as (
      select id from ${rectificationNotices}
      where status = 'OPEN' and deadline <= ${now.toISOString()}::timestamptz
      for update skip locked
    ), enforced as (
      update ${rectificationNotices} notice
      set status = 'ENFORCED', closed_by = ${OVERDUE_ACTOR}, closed_at = ${now.toISOString()}::timestamptz,
        closing_note = 'The deadline passed without the notice being closed; the venue is suspended.'
      from due where notice.id = due.id
      returning notice.id, notice.venue_id, notice.reason, notice.reference
    ), suspended as (
      update ${venues} venue set compliance_status = 'SUSPENDED', updated_at = now()
      where venue.id in (select venue_id from enforced) and venue.compliance_status not in ('SUSPENDED', 'BLACKLISTED')
      returning venue.id
    ), recorded as (
      insert into ${complianceRecords} (venue_id, status, reason, notice, recorded_at, recorded_by)
      select distinct on (enforced.venue_id) enforced.venue_id, 'SUSPENDED'::venues.compliance_status,
        'Rectification deadline passed: ' || enforced.reason, coalesce(enforced.reference, 'rn_' || enforced.id),
        ${now.toISOString()}::timestamptz, ${OVERDUE_ACTOR}
      from enforced join suspended on suspended.id = enforced.venue_id
      order by enforced.venue_id, enforced.id
    ), announced as (
      insert into ${outbox} (entity, entity_id) select 'Venue', id from suspended
    )
    select (select count(*) from enforced)::int as enforced, (select count(*) from suspended)::int as suspended`);
  return { enforced: result!.enforced, suspended: result!.suspended };
}
