import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { System } from '../../gateway/system.js';
import { countRows, signedIn } from '../support/bearer.js';
import { errorCodes, graphql, startTestSystem } from '../support/system.js';

/**
 * District coverage through the gateway, each figure checked against counts the test makes itself
 * from the raw rows: schools, pairings, sessions, bookings and their history.
 */
let system: System;
let district: string;
let asDistrict: Record<string, string>;

const MEASURES = ['PARTNER_VENUE', 'SCIENCE_VICE_PRINCIPAL', 'VISIT', 'TALK'] as const;
type Measure = (typeof MEASURES)[number];

interface Raw {
  schools: { id: number; stage: string; rural: boolean; under_resourced: boolean; student_count: number }[];
  pairings: { school_id: number; kind: string; starts_on: string; ends_on: string | null }[];
  visits: { school_id: number; talk: boolean; starts_ms: number; events: { to_status: string; at_ms: number }[] }[];
}

const COVERAGE = `query($district: String!, $asOf: String) {
  districtCoverage(district: $district, asOf: $asOf) {
    district asOf term { startsOn endsOn } schoolCount studentCount
    measures {
      measure schools covered percent missing
      byStage { stage schools covered percent }
      rural { schools covered percent } urban { schools covered percent } underResourced { schools covered percent }
    }
    targets { measure percent dueOn gap schoolsShort met setBy }
  }
}`;

const SCHOOLS = `query($district: String!, $asOf: String, $missing: CoverageMeasure, $after: String) {
  districtCoverage(district: $district, asOf: $asOf) {
    schools(missing: $missing, first: 3, after: $after) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { node { school { id district } partnerVenue scienceVicePrincipal visit talk } }
    }
  }
}`;

const SET_TARGET = `mutation($input: SetCoverageTargetInput!) {
  setCoverageTarget(input: $input) { target { measure percent dueOn gap schoolsShort met setBy } userErrors { code field } }
}`;

beforeAll(async () => {
  system = await startTestSystem();
  const [busiest] = await system.databases.bookings.sql<{ district: string }[]>`
    select district from bookings.schools group by district order by count(*) desc, district limit 1`;
  district = busiest!.district;
  asDistrict = await signedIn({ role: 'district', district }, 'coverage-district');
});
afterAll(() => system?.stop());

function shanghaiDate(at: Date): string {
  return new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

function daysAgo(days: number): string {
  return shanghaiDate(new Date(Date.now() - days * 86400_000));
}

async function rawRows(): Promise<Raw> {
  const sql = system.databases.bookings.sql;
  const schools = await sql<Raw['schools']>`select id::int, stage, rural, under_resourced, student_count from bookings.schools where district = ${district}`;
  const ids = schools.map((school) => school.id);
  const pairings = await sql<Raw['pairings']>`select school_id::int, kind, starts_on::text, ends_on::text from bookings.pairings where school_id in ${sql(ids)}`;
  const bookings = await sql<{ id: number; school_id: number; talk: boolean; starts_ms: number }[]>`
    select b.id::int, b.school_id::int, s.talk_id is not null as talk, (extract(epoch from s.starts_at) * 1000)::float8 as starts_ms from bookings.bookings b join bookings.sessions s on s.id = b.session_id where b.school_id in ${sql(ids)}`;
  const events = await sql<{ booking_id: number; to_status: string; at_ms: number }[]>`
    select booking_id::int, to_status, (extract(epoch from at) * 1000)::float8 as at_ms from bookings.booking_events where booking_id in ${sql(bookings.map((booking) => booking.id).concat(0))} order by at, id`;
  return {
    schools,
    pairings,
    visits: bookings.map((booking) => ({ ...booking, events: events.filter((event) => event.booking_id === booking.id) })),
  };
}

function termStart(date: string): string {
  const [year, month] = [Number(date.slice(0, 4)), Number(date.slice(5, 7))];
  return month >= 9 ? `${year}-09-01` : month === 1 ? `${year - 1}-09-01` : `${year}-02-01`;
}

/** Which measures each school meets on `asOf`, worked out here from the raw rows. */
function expectedFlags(raw: Raw, asOf: string): Map<number, Record<Measure, boolean>> {
  const dayEnd = Date.parse(`${asOf}T00:00:00+08:00`) + 86400_000;
  const start = Date.parse(`${termStart(asOf)}T00:00:00+08:00`);
  const paired = (id: number, kind: string) => raw.pairings.some((pairing) =>
    pairing.school_id === id && pairing.kind === kind && pairing.starts_on <= asOf && (pairing.ends_on === null || pairing.ends_on >= asOf));
  const attended = (id: number, talk: boolean) => raw.visits.some((visit) => {
    if (visit.school_id !== id || visit.talk !== talk) return false;
    const at = visit.starts_ms;
    const standing = visit.events.filter((event) => event.at_ms < dayEnd).at(-1);
    return at >= start && at < dayEnd && standing?.to_status === 'ATTENDED';
  });
  return new Map(raw.schools.map((school) => [school.id, {
    PARTNER_VENUE: paired(school.id, 'PARTNER_VENUE'),
    SCIENCE_VICE_PRINCIPAL: paired(school.id, 'SCIENCE_VICE_PRINCIPAL'),
    VISIT: attended(school.id, false),
    TALK: attended(school.id, true),
  }]));
}

const percent = (covered: number, total: number) => (total === 0 ? 0 : Math.round((1000 * covered) / total) / 10);

function share(raw: Raw, flags: Map<number, Record<Measure, boolean>>, measure: Measure, keep: (school: Raw['schools'][number]) => boolean) {
  const group = raw.schools.filter(keep);
  const covered = group.filter((school) => flags.get(school.id)![measure]).length;
  return { schools: group.length, covered, percent: percent(covered, group.length) };
}

async function coverage(asOf?: string, headers = asDistrict) {
  const answer = await graphql(system.url, COVERAGE, { district, asOf }, headers);
  expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
  return answer.data.districtCoverage;
}

async function allSchools(missing: Measure | null, asOf?: string): Promise<any[]> {
  const nodes: any[] = [];
  let after: string | null = null;
  do {
    const answer = await graphql(system.url, SCHOOLS, { district, asOf, missing, after }, asDistrict);
    const page: any = answer.data.districtCoverage.schools;
    nodes.push(...page.edges.map((edge: any) => edge.node));
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return nodes;
}

describe('district coverage', () => {
  it.each([0, 20, 60, 200])('matches counts made from the raw rows, %i days ago', async (days) => {
    const asOf = daysAgo(days);
    const [raw, figures] = await Promise.all([rawRows(), coverage(days === 0 ? undefined : asOf)]);
    const flags = expectedFlags(raw, asOf);
    expect(figures.asOf).toBe(asOf);
    expect(figures.term.startsOn).toBe(termStart(asOf));
    expect(figures.schoolCount).toBe(raw.schools.length);
    expect(figures.studentCount).toBe(raw.schools.reduce((sum, school) => sum + school.student_count, 0));
    for (const measure of MEASURES) {
      const figure = figures.measures.find((entry: any) => entry.measure === measure);
      const all = share(raw, flags, measure, () => true);
      expect(figure, measure).toMatchObject({ ...all, missing: all.schools - all.covered });
      expect(figure.rural).toEqual(share(raw, flags, measure, (school) => school.rural));
      expect(figure.urban).toEqual(share(raw, flags, measure, (school) => !school.rural));
      expect(figure.underResourced).toEqual(share(raw, flags, measure, (school) => school.under_resourced));
      const stages = [...new Set(raw.schools.map((school) => school.stage))];
      expect(new Set(figure.byStage.map((entry: any) => entry.stage))).toEqual(new Set(stages));
      for (const entry of figure.byStage) expect(entry).toEqual({ stage: entry.stage, ...share(raw, flags, measure, (school) => school.stage === entry.stage) });
    }
  });

  it('lists exactly the schools missing each measure, page by page', async () => {
    const raw = await rawRows();
    const flags = expectedFlags(raw, daysAgo(0));
    for (const measure of MEASURES) {
      const missing = await allSchools(measure);
      const expected = raw.schools.filter((school) => !flags.get(school.id)![measure]).map((school) => `sch_${school.id}`).sort();
      expect(missing.map((node) => node.school.id).sort(), measure).toEqual(expected);
      expect(missing.every((node) => node.school.district === district)).toBe(true);
    }
    expect((await allSchools(null)).length).toBe(raw.schools.length);
  });

  it('has something to show on the demo data: each measure met by some schools and missed by others', async () => {
    const figures = await coverage();
    for (const figure of figures.measures) {
      expect(figure.covered, figure.measure).toBeGreaterThan(0);
      expect(figure.missing, figure.measure).toBeGreaterThan(0);
    }
  });

  it('shows progress: a pairing made today counts today and not the day before', async () => {
    const raw = await rawRows();
    const unpaired = raw.schools.find((school) => !expectedFlags(raw, daysAgo(0)).get(school.id)!.PARTNER_VENUE)!;
    const before = await coverage();
    const yesterdayBefore = await coverage(daysAgo(1));
    const venues = await graphql(system.url, `{ venues(first: 1, filter: { complianceStatuses: [WHITELISTED] }) { edges { node { id } } } }`);
    const input = { schoolId: `sch_${unpaired.id}`, kind: 'PARTNER_VENUE', venueId: venues.data.venues.edges[0].node.id, startsOn: daysAgo(0) };
    const paired = await graphql(system.url, `mutation($input: CreatePairingInput!) { createPairing(input: $input) { userErrors { code } } }`, { input }, asDistrict);
    expect(paired.data.createPairing.userErrors).toEqual([]);
    const partner = (figures: any) => figures.measures.find((entry: any) => entry.measure === 'PARTNER_VENUE').covered;
    expect(partner(await coverage())).toBe(partner(before) + 1);
    expect(partner(await coverage(daysAgo(1)))).toBe(partner(yesterdayBefore));
    const yesterday = expectedFlags(await rawRows(), daysAgo(1));
    expect(partner(yesterdayBefore)).toBe([...yesterday.values()].filter((flags) => flags.PARTNER_VENUE).length);
  });

  it('refuses a date in the future or not a date', async () => {
    for (const asOf of [daysAgo(-2), '2026-13-45', 'yesterday']) {
      expect(errorCodes(await graphql(system.url, COVERAGE, { district, asOf }, asDistrict))).toEqual(['BAD_USER_INPUT']);
    }
  });

  it('shows a district only to itself and administrators', async () => {
    const other = await signedIn({ role: 'district', district: `${district}-elsewhere` }, 'coverage-other');
    expect(errorCodes(await graphql(system.url, COVERAGE, { district }, other))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await graphql(system.url, COVERAGE, { district }))).toEqual(['UNAUTHENTICATED']);
    const admin = await coverage(undefined, await signedIn({ role: 'admin' }, 'coverage-admin'));
    expect(admin.district).toBe(district);
  });
});

describe('coverage targets', () => {
  it('keeps the target and answers the gap to it, from the schools covered', async () => {
    const dueOn = daysAgo(-180);
    const answer = await graphql(system.url, SET_TARGET, { input: { district, measure: 'SCIENCE_VICE_PRINCIPAL', percent: 100, dueOn } }, asDistrict);
    expect(answer.data.setCoverageTarget.userErrors).toEqual([]);
    const raw = await rawRows();
    const covered = [...expectedFlags(raw, daysAgo(0)).values()].filter((flags) => flags.SCIENCE_VICE_PRINCIPAL).length;
    const gap = Math.round((100 - (100 * covered) / raw.schools.length) * 10) / 10;
    const expected = { measure: 'SCIENCE_VICE_PRINCIPAL', percent: 100, dueOn, gap, schoolsShort: raw.schools.length - covered, met: covered === raw.schools.length, setBy: `district:${district}` };
    expect(answer.data.setCoverageTarget.target).toEqual(expected);
    expect((await coverage()).targets).toContainEqual(expected);

    const half = await graphql(system.url, SET_TARGET, { input: { district, measure: 'SCIENCE_VICE_PRINCIPAL', percent: 50, dueOn } }, asDistrict);
    const needed = Math.ceil(raw.schools.length / 2);
    expect(half.data.setCoverageTarget.target).toMatchObject({ percent: 50, schoolsShort: Math.max(0, needed - covered), met: covered >= needed });
    expect((await coverage()).targets.filter((target: any) => target.measure === 'SCIENCE_VICE_PRINCIPAL')).toHaveLength(1);
  });

  it.each([
    ['a share over 100 %', { percent: 120 }, 'INVALID_PERCENT'],
    ['a share of 0', { percent: 0 }, 'INVALID_PERCENT'],
    ['a deadline in the past', { dueOn: '2020-01-01' }, 'DEADLINE_IN_PAST'],
    ['a date that is not one', { dueOn: '1 July' }, 'INVALID_DATES'],
    ['an unknown district', { district: 'Atlantis' }, 'UNKNOWN_DISTRICT'],
  ])('refuses %s and changes nothing', async (_, change, code) => {
    const admin = await signedIn({ role: 'admin' }, 'coverage-admin');
    const before = await countRows(system.databases.bookings.sql, ['bookings.coverage_targets']);
    const [targetsBefore] = await system.databases.bookings.sql`select coalesce(string_agg(t::text, '|' order by t::text), '') as state from bookings.coverage_targets t`;
    const input = { district, measure: 'VISIT', percent: 80, dueOn: daysAgo(-30), ...change };
    const answer = await graphql(system.url, SET_TARGET, { input }, admin);
    expect(answer.data.setCoverageTarget).toMatchObject({ target: null, userErrors: [{ code }] });
    expect(await countRows(system.databases.bookings.sql, ['bookings.coverage_targets'])).toEqual(before);
    const [targetsAfter] = await system.databases.bookings.sql`select coalesce(string_agg(t::text, '|' order by t::text), '') as state from bookings.coverage_targets t`;
    expect(targetsAfter).toEqual(targetsBefore);
  });
});

describe('coverage as CSV', () => {
  const exportUrl = (params: Record<string, string>) => `${system.url.replace(/\/graphql$/, '/export/coverage.csv')}?${new URLSearchParams(params)}`;

  it('streams one row per school, UTF-8 with a byte-order mark, matching the raw rows', async () => {
    const asOf = daysAgo(10);
    const response = await fetch(exportUrl({ district, asOf }), { headers: asDistrict });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe('school_id,name,name_en,stage,rural,under_resourced,students,partner_venue,science_vice_principal,visit_this_term,talk_this_term');
    const raw = await rawRows();
    const flags = expectedFlags(raw, asOf);
    const names = new Map((await system.databases.bookings.sql<{ id: number; name_zh: string }[]>`select id::int, name_zh from bookings.schools where district = ${district}`).map((row) => [row.id, row.name_zh]));
    const expected = raw.schools.sort((a, b) => a.id - b.id).map((school) => {
      const yes = (value: boolean) => (value ? 'yes' : 'no');
      const f = flags.get(school.id)!;
      return [`sch_${school.id}`, names.get(school.id), yes(school.rural), yes(school.under_resourced), String(school.student_count), yes(f.PARTNER_VENUE), yes(f.SCIENCE_VICE_PRINCIPAL), yes(f.VISIT), yes(f.TALK)].join('|');
    });
    const rows = lines.slice(1).map(csvCells);
    expect(rows.every((cells) => cells.length === 11)).toBe(true);
    expect(rows.map((cells) => [cells[0], cells[1], ...cells.slice(4)].join('|'))).toEqual(expected);
  });

  it('is refused like /graphql: without a token, for another district, for a future date', async () => {
    expect((await fetch(exportUrl({ district }))).status).toBe(401);
    const other = await signedIn({ role: 'district', district: `${district}-elsewhere` }, 'coverage-other');
    expect((await fetch(exportUrl({ district }), { headers: other })).status).toBe(403);
    expect((await fetch(exportUrl({ district, asOf: daysAgo(-5) }), { headers: asDistrict })).status).toBe(400);
    expect((await fetch(exportUrl({}), { headers: asDistrict })).status).toBe(400);
  });
});

/** The cells of one CSV record, quoted ones unquoted. */
function csvCells(line: string): string[] {
  return [...line.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)].map(([, cell]) => (cell!.startsWith('"') ? cell!.slice(1, -1).replace(/""/g, '"') : cell!));
}
