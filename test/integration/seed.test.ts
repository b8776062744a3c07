import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../kit/database/connection.js';
import { generateCatalogue } from '../../seed/catalogue.js';
import { countRows, isSeeded, seedDemo, type CatalogueCounts } from '../../seed/load.js';
import { readCsv } from '../../seed/places.js';
import { startOfToday } from '../../seed/today.js';
import { venueKinds } from '../../kit/platform/vocabulary.js';
import { connectTestDatabase, createTestDatabase } from '../support/databases.js';

const DAY = 86_400_000;
/** 09:30 in Beijing on 3 March 2026; the catalogue's schedule starts at that day's midnight. */
const now = startOfToday(new Date('2026-03-03T01:30:00Z'));

/** The city centres given in the reference data's README. */
const cityCentres: Record<string, { lat: number; lon: number }> = {
  Beijing: { lat: 39.904, lon: 116.407 },
  Chongqing: { lat: 29.563, lon: 106.551 },
  Tianjin: { lat: 39.084, lon: 117.201 },
  Guiyang: { lat: 26.647, lon: 106.63 },
  Jinchang: { lat: 38.52, lon: 102.188 },
};

const realDistricts = new Set(readCsv('districts.csv').map((row) => `${row.city}/${row.district}`));
const realVenues = readCsv('venues.csv');

let database: Database;
let seededBefore: boolean;
let counts: CatalogueCounts;

beforeAll(async () => {
  database = connectTestDatabase(await createTestDatabase('empty'));
  seededBefore = await isSeeded(database);
  counts = await seedDemo({ venues: database, courses: database, experts: database, bookings: database }, { scale: 1, now });
});
afterAll(() => database?.close());

async function rows<Row>(query: string): Promise<Row[]> {
  return (await database.sql.unsafe(query)) as unknown as Row[];
}

async function count(table: string): Promise<number> {
  const [{ n }] = await rows<{ n: number }>(`select count(*)::int as n from ${table}`);
  return n;
}

describe('the demo catalogue, as a district bureau would check it', () => {
  it('fills an empty database, and says so afterwards', async () => {
    expect(seededBefore).toBe(false);
    expect(await isSeeded(database)).toBe(true);
  });

  it('stores at least the promised numbers of everything', async () => {
    const minimums: [string, number][] = [
      ['venues.venues', 200], ['venues.compliance_records', 200], ['courses.programmes', 600], ['experts.experts', 150],
      ['experts.talks', 300], ['bookings.schools', 300], ['bookings.sessions', 2000], ['bookings.bookings', 1000],
      ['bookings.booking_events', 2000], ['bookings.pairings', 300], ['courses.route_stops', 1], ['courses.curriculum_links', 1],
    ];
    for (const [table, minimum] of minimums) expect(await count(table), table).toBeGreaterThanOrEqual(minimum);
    expect(await count('venues.alliances')).toBeGreaterThanOrEqual(6);
    expect(await count('venues.alliances')).toBeLessThanOrEqual(10);
    expect(await count('venues.venues')).toBe(counts.venues);
  });

  it('places everything in the real districts of the five cities', async () => {
    const places = await rows<{ city: string; district: string }>(`
      select city, district from venues.venues union select city, district from bookings.schools
      union select city, district from venues.alliances where district is not null`);
    expect(places.filter(({ city, district }) => !realDistricts.has(`${city}/${district}`))).toEqual([]);
    expect(new Set(places.map(({ city }) => city))).toEqual(new Set(Object.keys(cityCentres)));
  });

  it('holds every real venue under its exact Chinese name, kind and place', async () => {
    const stored = await rows<{ name_zh: string; name_en: string; kind: string; city: string; district: string; lat: number; lon: number }>(
      'select name_zh, name_en, kind, city, district, lat, lon from venues.venues');
    const byName = new Map(stored.map((venue) => [venue.name_zh, venue]));
    for (const real of realVenues) {
      expect(byName.get(real.name_zh!), real.name_zh).toEqual({
        name_zh: real.name_zh, name_en: real.name_en, kind: real.kind!.toUpperCase(), city: real.city, district: real.district,
        lat: Number(real.lat), lon: Number(real.lon),
      });
    }
  });

  it('has every kind of venue, each near its city', async () => {
    const venues = await rows<{ kind: string; city: string; lat: number; lon: number }>('select kind, city, lat, lon from venues.venues');
    expect(new Set(venues.map((venue) => venue.kind))).toEqual(new Set(venueKinds));
    // Half a degree, and a little more for the real museums on Tianjin's coast.
    const far = venues.filter(({ city, lat, lon }) => Math.abs(lat - cityCentres[city]!.lat) > 0.6 || Math.abs(lon - cityCentres[city]!.lon) > 0.6);
    expect(far).toEqual([]);
  });

  it('publishes most venues and explains every compliance action', async () => {
    const statuses = await rows<{ compliance_status: string; status: string; n: number }>(
      'select compliance_status, status, count(*)::int as n from venues.venues group by 1, 2');
    const total = statuses.reduce((sum, row) => sum + row.n, 0);
    const share = (test: (row: (typeof statuses)[number]) => boolean) => statuses.filter(test).reduce((sum, row) => sum + row.n, 0) / total;
    expect(share((row) => row.status === 'PUBLISHED')).toBeGreaterThanOrEqual(0.93);
    expect(share((row) => row.compliance_status === 'UNDER_RECTIFICATION')).toBeCloseTo(0.05, 2);
    expect(share((row) => row.compliance_status === 'SUSPENDED' || row.compliance_status === 'BLACKLISTED')).toBeCloseTo(0.02, 2);
    const unexplained = await rows(`
      select v.id from venues.venues v
      where v.compliance_status <> (select r.status from venues.compliance_records r where r.venue_id = v.id order by r.recorded_at desc, r.id desc limit 1)
         or exists (select 1 from venues.compliance_records r where r.venue_id = v.id and r.reason = '')`);
    expect(unexplained).toEqual([]);
  });

  it('makes a quarter of the schools rural', async () => {
    const [{ rural, total }] = await rows<{ rural: number; total: number }>(
      'select count(*) filter (where rural)::int as rural, count(*)::int as total from bookings.schools');
    expect(Math.abs(rural / total - 0.25)).toBeLessThanOrEqual(0.05);
  });

  it('schedules sessions within the next 90 days, at the venue that hosts them', async () => {
    const [range] = await rows<{ first: number; last: number; backwards: number }>(`
      select extract(epoch from min(starts_at))::float8 * 1000 as first, extract(epoch from max(starts_at))::float8 * 1000 as last,
        count(*) filter (where ends_at <= starts_at)::int as backwards
      from bookings.sessions`);
    expect(range!.first).toBeGreaterThan(now.getTime());
    expect(range!.last).toBeLessThanOrEqual(now.getTime() + 90 * DAY);
    expect(range!.backwards).toBe(0);
    const misplaced = await rows(`
      select s.id from bookings.sessions s
      left join courses.programmes p on p.id = s.programme_id
      left join experts.talks t on t.id = s.talk_id
      left join experts.experts e on e.id = t.expert_id
      where s.venue_id is distinct from coalesce(p.venue_id, e.affiliation_venue_id) or (p.id is null and t.id is null)`);
    expect(misplaced).toEqual([]);
  });

  it('keeps every session’s held seats equal to its requested and confirmed bookings, within capacity', async () => {
    const wrong = await rows(`
      select s.id, s.seats_held, s.capacity, coalesce(sum(b.students + b.teachers) filter (where b.status in ('REQUESTED', 'CONFIRMED')), 0) as held
      from bookings.sessions s left join bookings.bookings b on b.session_id = s.id
      group by s.id
      having s.seats_held <> coalesce(sum(b.students + b.teachers) filter (where b.status in ('REQUESTED', 'CONFIRMED')), 0)
          or s.seats_held > s.capacity`);
    expect(wrong).toEqual([]);
    const statuses = await rows<{ status: string }>('select distinct status from bookings.bookings');
    expect(statuses.length).toBeGreaterThanOrEqual(4);
  });

  it('records each booking’s history ending in its current status', async () => {
    const wrong = await rows(`
      select b.id from bookings.bookings b
      where b.status <> (select e.to_status from bookings.booking_events e where e.booking_id = b.id order by e.at desc, e.id desc limit 1)
         or (select e.from_status from bookings.booking_events e where e.booking_id = b.id order by e.at, e.id limit 1) is not null`);
    expect(wrong).toEqual([]);
  });

  it('pairs schools in every district with venues and science vice-principals', async () => {
    const gaps = await rows(`
      select s.city, s.district from bookings.schools s left join bookings.pairings p on p.school_id = s.id
      group by s.city, s.district
      having count(*) filter (where p.kind = 'PARTNER_VENUE') = 0 or count(*) filter (where p.kind = 'SCIENCE_VICE_PRINCIPAL') = 0`);
    expect(gaps).toEqual([]);
  });

  it('leaves identity sequences past the stored ids', async () => {
    const [venue] = await rows<{ id: number }>(`
      insert into venues.venues (kind, name_zh, name_en, city, district, lat, lon)
      values ('MUSEUM', '测试馆', 'Test Museum', 'Beijing', 'Haidian', 39.99, 116.3) returning id::int`);
    expect(venue!.id).toBe(counts.venues + 1);
  });
});

describe('generating the catalogue', () => {
  it('gives the same catalogue for the same seed, and another for another seed', () => {
    const first = JSON.stringify(generateCatalogue({ scale: 1, now }));
    expect(JSON.stringify(generateCatalogue({ scale: 1, now }))).toBe(first);
    expect(JSON.stringify(generateCatalogue({ scale: 1, now, seed: 7 }))).not.toBe(first);
  });

  it('multiplies every count by the scale, in memory, at scale 100', () => {
    const catalogue = generateCatalogue({ scale: 100, now });
    const scaled = countRows(catalogue);
    expect(scaled).toMatchObject({ venues: 20_000, alliances: 800, programmes: 60_000, experts: 15_000, talks: 30_000, schools: 30_000, sessions: 200_000 });
    expect(scaled.bookings).toBeGreaterThan(100 * 1000);
    expect(new Set(catalogue.venues.map((venue) => venue.nameZh)).size).toBe(20_000);
    expect(catalogue.sessions.every((session) => session.seatsHeld! <= session.capacity)).toBe(true);
  });
});
