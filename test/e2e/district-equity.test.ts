import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { System } from '../../gateway/system.js';
import { signedIn } from '../support/bearer.js';
import { graphql, startTestSystem } from '../support/system.js';

/**
 * Equity through the gateway: visits and talk seats given to a district's rural and under-resourced
 * schools against their share of schools and students, overall and per venue, each figure checked
 * against sums the test makes itself from the raw schools, sessions, bookings and booking events.
 */
let system: System;
let district: string;
let asDistrict: Record<string, string>;

const FIGURES = 'schools schoolsPercent students studentsPercent visits visitsPercent visitSeats visitSeatsPercent talkSeats talkSeatsPercent';
const EQUITY = `query($district: String!, $asOf: String, $after: String) {
  districtCoverage(district: $district, asOf: $asOf) {
    asOf
    equity {
      total { ${FIGURES} } rural { ${FIGURES} } underResourced { ${FIGURES} }
      venues(first: 50, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { venue { id } total { ${FIGURES} } rural { ${FIGURES} } underResourced { ${FIGURES} } } } }
    }
  }
}`;

interface Place { venue_id: number | null; rural: boolean; under_resourced: boolean; visit: boolean; seats: number; starts_ms: number; events: { to_status: string; at_ms: number }[] }
interface SchoolRaw { rural: boolean; under_resourced: boolean; student_count: number }

beforeAll(async () => {
  system = await startTestSystem();
  const [busiest] = await system.databases.bookings.sql<{ district: string }[]>`
    select s.district from bookings.bookings b join bookings.schools s on s.id = b.school_id join bookings.sessions se on se.id = b.session_id
    where b.status in ('CONFIRMED', 'ATTENDED') and se.starts_at >= date_trunc('month', now()) - interval '2 months' and se.starts_at < now()
    group by s.district order by least(count(*) filter (where s.rural), count(*) filter (where s.under_resourced)) desc, count(*) desc, s.district limit 1`;
  district = busiest!.district;
  asDistrict = await signedIn({ role: 'district', district }, 'equity-district');
});
afterAll(() => system?.stop());

const shanghaiDate = (at: Date) => new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((1000 * part) / whole) / 10);

function termStart(date: string): string {
  const [year, month] = [Number(date.slice(0, 4)), Number(date.slice(5, 7))];
  return month >= 9 ? `${year}-09-01` : month === 1 ? `${year - 1}-09-01` : `${year}-02-01`;
}

async function raw(): Promise<{ schools: SchoolRaw[]; places: Place[] }> {
  const sql = system.databases.bookings.sql;
  const schools = await sql<(SchoolRaw & { id: number })[]>`select id::int, rural, under_resourced, student_count from bookings.schools where district = ${district}`;
  const byId = new Map(schools.map((school) => [school.id, school]));
  const bookings = await sql<{ id: number; school_id: number; venue_id: number | null; visit: boolean; seats: number; starts_ms: number }[]>`
    select b.id::int, b.school_id::int, s.venue_id::int, s.programme_id is not null as visit, b.students + b.teachers as seats, (extract(epoch from s.starts_at) * 1000)::float8 as starts_ms
    from bookings.bookings b join bookings.sessions s on s.id = b.session_id`;
  const events = await sql<{ booking_id: number; to_status: string; at_ms: number }[]>`
    select booking_id::int, to_status, (extract(epoch from at) * 1000)::float8 as at_ms from bookings.booking_events order by at, id`;
  const mine = bookings.filter((booking) => byId.has(booking.school_id));
  return {
    schools,
    places: mine.map((booking) => ({
      venue_id: booking.venue_id, visit: booking.visit, seats: booking.seats, starts_ms: booking.starts_ms,
      rural: byId.get(booking.school_id)!.rural, under_resourced: byId.get(booking.school_id)!.under_resourced,
      events: events.filter((event) => event.booking_id === booking.id),
    })),
  };
}

/** The figures as the schema describes them, worked out here. */
function expected(schools: SchoolRaw[], places: Place[], asOf: string) {
  const dayEnd = Date.parse(`${asOf}T00:00:00+08:00`) + 86400_000;
  const start = Date.parse(`${termStart(asOf)}T00:00:00+08:00`);
  const given = places.filter((place) => place.starts_ms >= start && place.starts_ms < dayEnd
    && ['CONFIRMED', 'ATTENDED'].includes(place.events.filter((event) => event.at_ms < dayEnd).at(-1)?.to_status ?? ''));
  const sums = (group: SchoolRaw[], groupPlaces: Place[]) => ({
    schools: group.length,
    students: group.reduce((sum, school) => sum + school.student_count, 0),
    visits: groupPlaces.filter((place) => place.visit).length,
    visitSeats: groupPlaces.filter((place) => place.visit).reduce((sum, place) => sum + place.seats, 0),
    talkSeats: groupPlaces.filter((place) => !place.visit).reduce((sum, place) => sum + place.seats, 0),
  });
  const groups = (groupPlaces: Place[]) => {
    const total = sums(schools, groupPlaces);
    const withShares = (part: ReturnType<typeof sums>) => ({
      ...part,
      schoolsPercent: percent(part.schools, total.schools), studentsPercent: percent(part.students, total.students),
      visitsPercent: percent(part.visits, total.visits), visitSeatsPercent: percent(part.visitSeats, total.visitSeats), talkSeatsPercent: percent(part.talkSeats, total.talkSeats),
    });
    return {
      total: withShares(total),
      rural: withShares(sums(schools.filter((school) => school.rural), groupPlaces.filter((place) => place.rural))),
      underResourced: withShares(sums(schools.filter((school) => school.under_resourced), groupPlaces.filter((place) => place.under_resourced))),
    };
  };
  const venueIds = [...new Set(given.flatMap((place) => (place.venue_id === null ? [] : [place.venue_id])))].sort((a, b) => a - b);
  return { ...groups(given), venues: venueIds.map((venueId) => ({ venue: { id: `ven_${venueId}` }, ...groups(given.filter((place) => place.venue_id === venueId)) })) };
}

async function equity(asOf: string) {
  const venues: any[] = [];
  let after: string | null = null;
  let first: any;
  do {
    const answer = await graphql(system.url, EQUITY, { district, asOf, after }, asDistrict);
    expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
    first ??= answer.data.districtCoverage.equity;
    const page: any = answer.data.districtCoverage.equity.venues;
    venues.push(...page.edges.map((edge: any) => edge.node));
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return { total: first.total, rural: first.rural, underResourced: first.underResourced, venues };
}

describe('equity', () => {
  it.each([0, 30, 120])('matches sums made from the raw rows, %i days ago', async (days) => {
    const asOf = shanghaiDate(new Date(Date.now() - days * 86400_000));
    const [{ schools, places }, figures] = await Promise.all([raw(), equity(asOf)]);
    const wanted = expected(schools, places, asOf);
    expect(figures).toEqual(wanted);
    if (days === 0) {
      expect(wanted.rural.visits + wanted.rural.talkSeats).toBeGreaterThan(0);
      expect(wanted.underResourced.visits + wanted.underResourced.talkSeats).toBeGreaterThan(0);
      expect(wanted.venues.length).toBeGreaterThan(1);
    }
  });
});
