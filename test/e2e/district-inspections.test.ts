import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { System } from '../../gateway/system.js';
import { signedIn } from '../support/bearer.js';
import { errorCodes, graphql, startTestSystem } from '../support/system.js';

/**
 * Random inspections through the gateway: a district draws a share of its schools or providers with a
 * seed, the test repeats the draw itself from the seed and the raw rows, inspectors record findings,
 * a provider's finding issues a rectification notice, and bad input changes nothing.
 */
let system: System;
let district: string;
let asDistrict: Record<string, string>;
let asAdmin: Record<string, string>;

const DRAW = `mutation($input: DrawInspectionInput!) {
  drawInspection(input: $input) {
    inspection { id district population percent seed populationSize populationIds sampleSize drawnBy title
      items(first: 100) { totalCount edges { node { position school { id } venue { id district } } } } }
    userErrors { code field }
  }
}`;
const FIND = `mutation($input: RecordInspectionFindingInput!) {
  recordInspectionFinding(input: $input) {
    finding { id outcome note recordedBy school { id } venue { id complianceStatus } notice { id status reason deadline issuedBy } inspection { id } }
    userErrors { code field }
  }
}`;
const HISTORY = `query($district: String) {
  inspections(district: $district, first: 30) {
    totalCount
    edges { node { id seed sampleSize findings(first: 5) { totalCount edges { node { id outcome notice { id } } } } items(first: 5) { edges { node { position findings { id } } } } } }
  }
}`;

const inDays = (days: number) => new Date(Date.now() + days * 86400_000).toISOString();

beforeAll(async () => {
  system = await startTestSystem();
  const [busiest] = await system.databases.bookings.sql<{ district: string }[]>`
    select district from bookings.schools group by district order by count(*) desc, district limit 1`;
  district = busiest!.district;
  asDistrict = await signedIn({ role: 'district', district }, 'inspections-district');
  asAdmin = await signedIn({ role: 'admin' }, 'inspections-admin');
});
afterAll(() => system?.stop());

/** The draw as the Inspection type documents it, written again here: mulberry32 and a partial Fisher–Yates shuffle. */
function repeatDraw(population: number[], percent: number, seed: number): number[] {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  const pool = [...population].sort((a, b) => a - b);
  const size = Math.ceil((percent * pool.length) / 100 - 1e-9);
  for (let i = 0; i < size; i += 1) {
    const j = i + Math.floor(next() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, size);
}

const digits = (publicId: string) => Number(publicId.split('_')[1]);

async function draw(input: Record<string, unknown>, headers = asDistrict) {
  const answer = await graphql(system.url, DRAW, { input: { title: '2026年秋季随机抽查', ...input } }, headers);
  expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
  return answer.data.drawInspection;
}

async function find(input: Record<string, unknown>, headers = asDistrict) {
  const answer = await graphql(system.url, FIND, { input: { outcome: 'ISSUES_FOUND', note: '消防器材过期', ...input } }, headers);
  expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
  return answer.data.recordInspectionFinding;
}

async function tables(): Promise<Record<string, string>> {
  const state: Record<string, string> = {};
  for (const name of ['venues.inspections', 'venues.inspection_findings', 'venues.rectification_notices', 'venues.venues', 'venues.compliance_records', 'venues.outbox']) {
    const [row] = await system.databases.venues.sql.unsafe(`select count(*) || ' ' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '') as state from ${name} t`);
    state[name] = row!.state;
  }
  return state;
}

describe('random inspections', () => {
  it('draws at least the share of the district schools, and the seed repeats the draw', async () => {
    const schools = (await system.databases.bookings.sql<{ id: number }[]>`select id::int from bookings.schools where district = ${district} order by id`).map((row) => row.id);
    const { inspection, userErrors } = await draw({ population: 'SCHOOLS', percent: 10, seed: 20261130 });
    expect(userErrors).toEqual([]);
    expect(inspection).toMatchObject({ district, population: 'SCHOOLS', percent: 10, seed: 20261130, populationSize: schools.length, drawnBy: `district:${district}` });
    expect(inspection.populationIds).toEqual(schools);
    expect(inspection.sampleSize).toBeGreaterThanOrEqual(0.1 * schools.length);
    const drawn = inspection.items.edges.map((edge: any) => digits(edge.node.school.id));
    expect(drawn).toEqual(repeatDraw(schools, 10, 20261130));
    expect(new Set(drawn).size).toBe(drawn.length);
    expect(inspection.items.edges.map((edge: any) => edge.node.position)).toEqual(drawn.map((_: number, index: number) => index + 1));

    const again = await draw({ population: 'SCHOOLS', percent: 10, seed: 20261130 });
    expect(again.inspection.items.edges.map((edge: any) => edge.node.school.id)).toEqual(inspection.items.edges.map((edge: any) => edge.node.school.id));
    const other = await draw({ population: 'SCHOOLS', percent: 10, seed: 7 });
    expect(other.inspection.items.edges.map((edge: any) => digits(edge.node.school.id))).toEqual(repeatDraw(schools, 10, 7));
  });

  it('draws providers of the district only, with a seed of its own when none is given', async () => {
    const venues = (await system.databases.venues.sql<{ id: number }[]>`select id::int from venues.venues where district = ${district} and status = 'PUBLISHED' order by id`).map((row) => row.id);
    const { inspection } = await draw({ population: 'PROVIDERS', percent: 30 });
    expect(inspection.populationIds).toEqual(venues);
    expect(inspection.sampleSize).toBe(Math.ceil(0.3 * venues.length - 1e-9));
    expect(inspection.items.edges.every((edge: any) => edge.node.venue.district === district)).toBe(true);
    expect(inspection.items.edges.map((edge: any) => digits(edge.node.venue.id))).toEqual(repeatDraw(venues, 30, inspection.seed));
  });

  it('refuses bad draws and findings, and changes nothing', async () => {
    const { inspection } = await draw({ population: 'PROVIDERS', percent: 20, seed: 1 });
    const schools = await draw({ population: 'SCHOOLS', percent: 5, seed: 1 });
    const [foreignSchool] = await system.databases.bookings.sql<{ id: number }[]>`select id::int from bookings.schools where district <> ${district} order by id limit 1`;
    const drawnVenue = inspection.items.edges[0].node.venue.id;
    const before = await tables();
    expect((await draw({ population: 'SCHOOLS', percent: 120 })).userErrors).toEqual([{ code: 'SHARE_OUT_OF_RANGE', field: ['input', 'percent'] }]);
    expect((await draw({ population: 'SCHOOLS', percent: 0 })).userErrors).toEqual([{ code: 'SHARE_OUT_OF_RANGE', field: ['input', 'percent'] }]);
    expect((await draw({ population: 'SCHOOLS', percent: -5 })).userErrors[0].code).toBe('SHARE_OUT_OF_RANGE');
    expect((await draw({ population: 'SCHOOLS', percent: 10, seed: -1 })).userErrors[0].code).toBe('INVALID_SEED');
    expect((await draw({ population: 'SCHOOLS', percent: 10, title: ' ' })).userErrors[0].code).toBe('REQUIRED');
    expect((await draw({ population: 'SCHOOLS', percent: 10, district: '无此区' }, asAdmin)).userErrors[0].code).toBe('EMPTY_POPULATION');
    expect(errorCodes(await graphql(system.url, DRAW, { input: { title: 't', population: 'SCHOOLS', percent: 10, district: `${district}-elsewhere` } }, asDistrict))).toEqual(['FORBIDDEN']);

    const unknownSchool = await find({ inspectionId: schools.inspection.id, itemId: 'sch_99999999' });
    expect(unknownSchool.userErrors).toEqual([{ code: 'NOT_IN_SAMPLE', field: ['input', 'itemId'] }]);
    expect((await find({ inspectionId: schools.inspection.id, itemId: `sch_${foreignSchool!.id}` })).userErrors[0].code).toBe('NOT_IN_SAMPLE');
    expect((await find({ inspectionId: inspection.id, itemId: schools.inspection.items.edges[0].node.school.id })).userErrors[0].code).toBe('NOT_IN_SAMPLE');
    expect((await find({ inspectionId: 'ins_99999999', itemId: drawnVenue })).userErrors[0].code).toBe('NOT_FOUND');
    expect((await find({ inspectionId: inspection.id, itemId: drawnVenue, note: '' })).userErrors[0].code).toBe('REQUIRED');
    expect((await find({ inspectionId: inspection.id, itemId: drawnVenue, notice: { reason: '整改', deadline: inDays(-1) } })).userErrors).toEqual([{ code: 'DEADLINE_IN_PAST', field: ['input', 'notice', 'deadline'] }]);
    const schoolNotice = await find({ inspectionId: schools.inspection.id, itemId: schools.inspection.items.edges[0].node.school.id, notice: { reason: '整改', deadline: inDays(5) } });
    expect(schoolNotice.userErrors[0].code).toBe('NOTICE_FOR_PROVIDERS_ONLY');
    const elsewhere = await signedIn({ role: 'district', district: `${district}-elsewhere` }, 'inspections-elsewhere');
    expect(errorCodes(await graphql(system.url, FIND, { input: { inspectionId: inspection.id, itemId: drawnVenue, outcome: 'COMPLIANT', note: 'ok' } }, elsewhere))).toEqual(['FORBIDDEN']);
    expect(await tables()).toEqual(before);
  });

  it('records findings per item; a provider finding issues a rectification notice; the history is kept', async () => {
    const { inspection } = await draw({ population: 'PROVIDERS', percent: 100, seed: 99 });
    const [first, second] = inspection.items.edges.map((edge: any) => edge.node.venue.id) as string[];
    const compliant = await find({ inspectionId: inspection.id, itemId: first, outcome: 'COMPLIANT', note: '台账齐全' });
    expect(compliant.userErrors).toEqual([]);
    expect(compliant.finding).toMatchObject({ outcome: 'COMPLIANT', note: '台账齐全', recordedBy: `district:${district}`, venue: { id: first }, notice: null, inspection: { id: inspection.id } });
    const withNotice = await find({ inspectionId: inspection.id, itemId: second, outcome: 'SERIOUS_BREACH', note: '无证开展实验课', notice: { reason: '取得资质前停止实验课', deadline: inDays(14), reference: '抽查〔2026〕1号' } });
    expect(withNotice.userErrors).toEqual([]);
    expect(withNotice.finding.notice).toMatchObject({ status: 'OPEN', reason: '取得资质前停止实验课', issuedBy: `district:${district}` });
    const [notice] = await system.databases.venues.sql<{ venue_id: number; reference: string }[]>`select venue_id::int, reference from venues.rectification_notices where id = ${digits(withNotice.finding.notice.id)}`;
    expect(notice).toEqual({ venue_id: digits(second), reference: '抽查〔2026〕1号' });
    const [venue] = await system.databases.venues.sql<{ compliance_status: string }[]>`select compliance_status from venues.venues where id = ${digits(second)}`;
    expect(['UNDER_RECTIFICATION', 'SUSPENDED']).toContain(venue!.compliance_status);

    const history = await graphql(system.url, HISTORY, { district }, asDistrict);
    expect(history.errors).toBeUndefined();
    const [rows] = await system.databases.venues.sql<{ n: number }[]>`select count(*)::int as n from venues.inspections where district = ${district}`;
    expect(history.data.inspections.totalCount).toBe(rows!.n);
    const kept = history.data.inspections.edges.find((edge: any) => edge.node.id === inspection.id).node;
    expect(kept.findings.totalCount).toBe(2);
    expect(kept.findings.edges.map((edge: any) => edge.node.outcome)).toEqual(['COMPLIANT', 'SERIOUS_BREACH']);
    expect(kept.items.edges.filter((edge: any) => edge.node.findings.length > 0).map((edge: any) => edge.node.position)).toEqual([1, 2]);
  });

  it('shows a district its own inspections and an administrator every one', async () => {
    const elsewhere = await signedIn({ role: 'district', district: `${district}-elsewhere` }, 'inspections-elsewhere');
    const none = await graphql(system.url, HISTORY, {}, elsewhere);
    expect(none.errors, JSON.stringify(none.errors)).toBeUndefined();
    expect(none.data.inspections.totalCount).toBe(0);
    expect(errorCodes(await graphql(system.url, HISTORY, { district }, elsewhere))).toEqual(['FORBIDDEN']);
    const [all] = await system.databases.venues.sql<{ n: number }[]>`select count(*)::int as n from venues.inspections`;
    expect((await graphql(system.url, HISTORY, {}, asAdmin)).data.inspections.totalCount).toBe(all!.n);
    const { inspection } = await draw({ population: 'SCHOOLS', percent: 10, seed: 3 });
    expect((await graphql(system.url, `query($id: ID!) { inspection(id: $id) { id } }`, { id: inspection.id }, elsewhere)).data.inspection).toBeNull();
    expect((await graphql(system.url, `query($id: ID!) { inspection(id: $id) { id } }`, { id: inspection.id }, asAdmin)).data.inspection.id).toBe(inspection.id);
  });
});
