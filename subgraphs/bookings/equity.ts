import { sql } from 'drizzle-orm';
import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import { bookingEvents, bookings, schools, sessions } from './tables.js';
import { percentOf, termOf, type CoverageReport, type SchoolCoverageRow } from './coverage.js';

/** The places a district's schools were given, summed by venue, school group and kind of session. */
export interface PlacesGiven {
  venueId: number | null;
  rural: boolean;
  underResourced: boolean;
  visits: number;
  visitSeats: number;
  talkSeats: number;
}

export interface EquityFigures {
  schools: number;
  schoolsPercent: number;
  students: number;
  studentsPercent: number;
  visits: number;
  visitsPercent: number;
  visitSeats: number;
  visitSeatsPercent: number;
  talkSeats: number;
  talkSeatsPercent: number;
}

export interface EquityGroups {
  total: EquityFigures;
  rural: EquityFigures;
  underResourced: EquityFigures;
}

export interface EquityReport extends EquityGroups {
  venues: (EquityGroups & { venueId: number })[];
}

/**
 * The bookings of the district's schools for sessions of the term up to `asOf` that stood CONFIRMED
 * or ATTENDED at the end of that day (by their history), summed per venue and school group: a visit
 * is a booking of a programme's session, its seats its students and teachers; a talk gives seats.
 */
export async function placesGiven(db: PostgresJsDatabase, district: string, asOf: string): Promise<PlacesGiven[]> {
  const term = termOf(asOf);
  const dayEnd = sql`((${asOf}::date + 1)::timestamp at time zone 'Asia/Shanghai')`;
  const termStart = sql`(${term.startsOn}::date::timestamp at time zone 'Asia/Shanghai')`;
  const rows = await db.execute<{ venue_id: string | null; rural: boolean; under_resourced: boolean; visits: number; visit_seats: number; talk_seats: number }>(sql`
    with term_bookings as materialized (
      select b.id, b.students + b.teachers as seats, se.programme_id is not null as visit, se.venue_id, s.rural, s.under_resourced
      from ${bookings} b join ${schools} s on s.id = b.school_id join ${sessions} se on se.id = b.session_id
      where s.district = ${district} and se.starts_at >= ${termStart} and se.starts_at < ${dayEnd}
    ), given as (
      select tb.* from term_bookings tb
      where (select e.to_status from ${bookingEvents} e where e.booking_id = tb.id and e.at < ${dayEnd} order by e.at desc, e.id desc limit 1) in ('CONFIRMED', 'ATTENDED')
    )
    select venue_id, rural, under_resourced, count(*) filter (where visit)::int as visits,
      coalesce(sum(seats) filter (where visit), 0)::int as visit_seats, coalesce(sum(seats) filter (where not visit), 0)::int as talk_seats
    from given group by venue_id, rural, under_resourced order by venue_id nulls last, rural, under_resourced`);
  return rows.map((row) => ({
    venueId: row.venue_id === null ? null : Number(row.venue_id),
    rural: row.rural,
    underResourced: row.under_resourced,
    visits: row.visits,
    visitSeats: row.visit_seats,
    talkSeats: row.talk_seats,
  }));
}

/** Each group's share of places against its share of the district's schools and students, overall and per venue. */
export function equityOf(coverage: CoverageReport, places: PlacesGiven[]): EquityReport {
  const venueIds = [...new Set(places.flatMap((place) => (place.venueId === null ? [] : [place.venueId])))].sort((a, b) => a - b);
  return {
    ...groupsOf(coverage.schools, places),
    venues: venueIds.map((venueId) => ({ venueId, ...groupsOf(coverage.schools, places.filter((place) => place.venueId === venueId)) })),
  };
}

function groupsOf(schoolRows: SchoolCoverageRow[], places: PlacesGiven[]): EquityGroups {
  const total = sums(schoolRows, places);
  return {
    total: figures(total, total),
    rural: figures(sums(schoolRows.filter((row) => row.rural), places.filter((place) => place.rural)), total),
    underResourced: figures(sums(schoolRows.filter((row) => row.underResourced), places.filter((place) => place.underResourced)), total),
  };
}

type Sums = Pick<EquityFigures, 'schools' | 'students' | 'visits' | 'visitSeats' | 'talkSeats'>;

function sums(schoolRows: SchoolCoverageRow[], places: PlacesGiven[]): Sums {
  const add = (key: 'visits' | 'visitSeats' | 'talkSeats') => places.reduce((sum, place) => sum + place[key], 0);
  return {
    schools: schoolRows.length,
    students: schoolRows.reduce((sum, row) => sum + row.studentCount, 0),
    visits: add('visits'),
    visitSeats: add('visitSeats'),
    talkSeats: add('talkSeats'),
  };
}

function figures(group: Sums, total: Sums): EquityFigures {
  return {
    ...group,
    schoolsPercent: percentOf(group.schools, total.schools),
    studentsPercent: percentOf(group.students, total.students),
    visitsPercent: percentOf(group.visits, total.visits),
    visitSeatsPercent: percentOf(group.visitSeats, total.visitSeats),
    talkSeatsPercent: percentOf(group.talkSeats, total.talkSeats),
  };
}
