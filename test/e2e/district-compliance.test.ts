import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { System } from '../../gateway/system.js';
import { signedIn } from '../support/bearer.js';
import { asSchool, programmeForEveryone, REQUEST_BOOKING, scheduleSession, schoolIds, type BookableProgramme } from '../support/bookings.js';
import { errorCodes, graphql, startTestSystem } from '../support/system.js';

/**
 * Rectification notices with consequences, through the gateway: the district issues one, the
 * overdue job suspends the venue once its deadline has passed (once, however often or in how many
 * processes it runs), search and bookings stop offering it, and schools holding its bookings are told.
 */
let system: System;
let programme: BookableProgramme;
let venue: { id: string; district: string };
let asDistrict: Record<string, string>;
let asAdmin: Record<string, string>;

const ISSUE = `mutation($input: IssueRectificationNoticeInput!) {
  issueRectificationNotice(input: $input) { notice { id status deadline issuedBy reason reference overdue venue { id complianceStatus } } userErrors { code field } }
}`;
const CLOSE = `mutation($id: ID!, $note: String!) {
  closeRectificationNotice(id: $id, note: $note) { notice { id status closedBy closingNote venue { complianceStatus } } userErrors { code field } }
}`;
const VENUE = `query($id: ID!) { venue(id: $id) { complianceStatus complianceReason complianceHistory { status reason notice recordedBy } rectificationNotices { id status } } }`;

const inDays = (days: number) => new Date(Date.now() + days * 86400_000);

beforeAll(async () => {
  system = await startTestSystem();
  programme = await programmeForEveryone(system);
  const answer = await graphql(system.url, `query($id: ID!) { venue(id: $id) { id district } }`, { id: programme.venueId });
  venue = answer.data.venue;
  asDistrict = await signedIn({ role: 'district', district: venue.district }, 'compliance-district');
  asAdmin = await signedIn({ role: 'admin' }, 'compliance-admin');
});
afterAll(() => system?.stop());

async function issue(input: Record<string, unknown>, headers = asDistrict) {
  const answer = await graphql(system.url, ISSUE, { input: { venueId: venue.id, reason: '消防通道堵塞，限期整改', ...input } }, headers);
  expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
  return answer.data.issueRectificationNotice;
}

/** Row counts and checksums of the venues and bookings tables. */
async function tables(): Promise<Record<string, string>> {
  const sql = system.databases.venues.sql;
  const names = ['venues.venues', 'venues.alliances', 'venues.alliance_members', 'venues.compliance_records', 'venues.rectification_notices', 'venues.outbox', 'venues.list_batches', 'bookings.booking_events', 'bookings.barred_venues', 'bookings.bookings'];
  const state: Record<string, string> = {};
  for (const name of names) {
    const [row] = await sql.unsafe(`select count(*) || ' ' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '') as state from ${name} t`);
    state[name] = row!.state;
  }
  return state;
}

/** Active bookings of the venue's sessions starting after `at`, counted from the raw rows. */
async function activeBookingsAhead(venueRowId: number, at: Date): Promise<number[]> {
  const rows = await system.databases.bookings.sql<{ id: number }[]>`
    select b.id::int from bookings.bookings b join bookings.sessions s on s.id = b.session_id
    where s.venue_id = ${venueRowId} and s.starts_at > ${at.toISOString()}::timestamptz and b.status in ('REQUESTED', 'CONFIRMED', 'WAITLISTED') order by b.id`;
  return rows.map((row) => row.id);
}

describe('rectification notices', () => {
  it('refuses bad notices and changes nothing', async () => {
    const before = await tables();
    expect((await issue({ deadline: inDays(-1).toISOString() })).userErrors).toEqual([{ code: 'DEADLINE_IN_PAST', field: ['input', 'deadline'] }]);
    expect((await issue({ deadline: inDays(3).toISOString(), reason: '  ' })).userErrors[0].code).toBe('REQUIRED');
    expect((await issue({ deadline: inDays(3).toISOString(), venueId: 'ven_99999999' })).userErrors[0].code).toBe('NOT_FOUND');
    const elsewhere = await signedIn({ role: 'district', district: `${venue.district}-elsewhere` }, 'compliance-elsewhere');
    const foreign = await graphql(system.url, ISSUE, { input: { venueId: venue.id, reason: '检查', deadline: inDays(3).toISOString() } }, elsewhere);
    expect(errorCodes(foreign)).toEqual(['FORBIDDEN']);
    const byVenue = await graphql(system.url, ISSUE, { input: { venueId: venue.id, reason: '检查', deadline: inDays(3).toISOString() } }, await signedIn({ role: 'venue', venueId: venue.id }));
    expect(errorCodes(byVenue)).toEqual(['FORBIDDEN']);
    expect(await tables()).toEqual(before);
  });

  it('suspends the venue once the deadline passes, once, and tells the schools holding its bookings', async () => {
    const schools = await schoolIds(system, 3);
    const session = await scheduleSession(system, programme.id, { capacity: 200, daysAhead: 20 });
    for (const school of schools) {
      const booked = await graphql(system.url, REQUEST_BOOKING, { input: { sessionId: session.id, schoolId: school, students: programme.min, teachers: 1 } }, await asSchool(school));
      expect(booked.data.requestBooking.userErrors).toEqual([]);
    }
    const deadline = inDays(2);
    const told = await activeBookingsAhead(Number(venue.id.slice(4)), new Date(deadline.getTime() + 60_000));
    expect(told.length).toBeGreaterThanOrEqual(3);

    expect(await searchedProgrammes()).toContain(programme.id);
    const { notice, userErrors } = await issue({ deadline: deadline.toISOString(), reference: '测试区教育委员会通知〔2026〕7号' });
    expect(userErrors).toEqual([]);
    expect(notice).toMatchObject({ status: 'OPEN', issuedBy: `district:${venue.district}`, overdue: false, venue: { complianceStatus: 'UNDER_RECTIFICATION' } });
    const noticed = (await graphql(system.url, VENUE, { id: venue.id }, asDistrict)).data.venue;
    expect(noticed.complianceHistory.at(-1)).toEqual({ status: 'UNDER_RECTIFICATION', reason: '消防通道堵塞，限期整改', notice: '测试区教育委员会通知〔2026〕7号', recordedBy: `district:${venue.district}` });
    expect(noticed.complianceReason).toBe('消防通道堵塞，限期整改');

    await system.runComplianceJobs(new Date(deadline.getTime() - 60_000));
    expect((await graphql(system.url, VENUE, { id: venue.id }, asDistrict)).data.venue.complianceStatus).toBe('UNDER_RECTIFICATION');

    const eventsBefore = await eventCount(told);
    const first = await system.runComplianceJobs(new Date(deadline.getTime() + 60_000));
    expect(first.enforcement.enforced).toBeGreaterThanOrEqual(1);
    const suspended = (await graphql(system.url, VENUE, { id: venue.id }, asDistrict)).data.venue;
    expect(suspended.complianceStatus).toBe('SUSPENDED');
    expect(suspended.complianceHistory.at(-1)).toMatchObject({ status: 'SUSPENDED', recordedBy: 'system', notice: '测试区教育委员会通知〔2026〕7号' });
    expect(suspended.complianceReason).toBe(suspended.complianceHistory.at(-1).reason);
    expect(suspended.complianceReason).toContain('消防通道堵塞，限期整改');
    expect(suspended.rectificationNotices).toContainEqual({ id: notice.id, status: 'ENFORCED' });
    expect(await eventCount(told)).toBe(eventsBefore + told.length);
    const history = await graphql(system.url, `query($id: ID!) { school(id: $id) { bookings(first: 100) { edges { node { session { id } history { from to actor reason } } } } } }`, { id: schools[0] }, await asSchool(schools[0]!));
    const booking = history.data.school.bookings.edges.map((edge: any) => edge.node).find((node: any) => node.session.id === session.id);
    expect(booking.history.at(-1)).toMatchObject({ from: 'CONFIRMED', to: 'CONFIRMED', actor: 'system' });
    expect(booking.history.at(-1).reason).toContain('suspended');

    const refused = await graphql(system.url, REQUEST_BOOKING, { input: { sessionId: session.id, schoolId: (await schoolIds(system, 4))[3], students: programme.min, teachers: 1 } }, await asSchool((await schoolIds(system, 4))[3]!));
    expect(refused.data.requestBooking.userErrors[0].code).toBe('VENUE_NOT_BOOKABLE');
    await eventually(async () => !(await searchedProgrammes()).includes(programme.id));

    const settled = await tables();
    const again = await system.runComplianceJobs(new Date(deadline.getTime() + 120_000));
    expect(again.enforcement).toEqual({ enforced: 0, suspended: 0 });
    expect(again.told).toEqual({ barred: 0, lifted: 0, notified: 0 });
    expect(await tables()).toEqual(settled);
  });

  it('enforces each overdue notice once when several processes run the job together', async () => {
    const venues = await system.databases.venues.sql<{ id: number }[]>`
      select id::int from venues.venues where compliance_status = 'WHITELISTED' and status = 'PUBLISHED' order by id limit 12`;
    const deadline = inDays(1);
    await system.databases.venues.sql`
      insert into venues.rectification_notices (venue_id, reason, deadline, issued_by)
      select id, '并发测试', ${deadline.toISOString()}::timestamptz, 'admin:test' from venues.venues where id in ${system.databases.venues.sql(venues.map((row) => row.id))}`;
    const later = new Date(deadline.getTime() + 60_000);
    const runs = await Promise.all([system.runComplianceJobs(later), system.runComplianceJobs(later), system.runComplianceJobs(later)]);
    expect(runs.reduce((sum, run) => sum + run.enforcement.suspended, 0)).toBe(venues.length);
    const [records] = await system.databases.venues.sql<{ n: number }[]>`
      select count(*)::int as n from venues.compliance_records where recorded_by = 'system' and venue_id in ${system.databases.venues.sql(venues.map((row) => row.id))}`;
    expect(records!.n).toBe(venues.length);
    // A run that finds the outbox cursor moved by another leaves the telling to that one, which may
    // not have seen suspensions committed meanwhile; the next tick tells those.
    await system.runComplianceJobs(later);
    const [barred] = await system.databases.bookings.sql<{ n: number }[]>`
      select count(*)::int as n from bookings.barred_venues where venue_id in ${system.databases.bookings.sql(venues.map((row) => row.id))}`;
    expect(barred!.n).toBe(venues.length);
  });

  it('closes a notice and whitelists the venue again; a closed notice stays closed', async () => {
    const other = await system.databases.venues.sql<{ id: number; district: string }[]>`
      select id::int, district from venues.venues where compliance_status = 'WHITELISTED' and status = 'PUBLISHED' order by id desc limit 1`;
    const officer = await signedIn({ role: 'district', district: other[0]!.district }, 'compliance-closer');
    const issued = await graphql(system.url, ISSUE, { input: { venueId: `ven_${other[0]!.id}`, reason: '收费未公示', deadline: inDays(10).toISOString() } }, officer);
    const id = issued.data.issueRectificationNotice.notice.id;
    expect((await graphql(system.url, CLOSE, { id, note: '' }, officer)).data.closeRectificationNotice.userErrors[0].code).toBe('REQUIRED');
    const closed = await graphql(system.url, CLOSE, { id, note: '已公示收费标准，复查合格' }, officer);
    expect(closed.data.closeRectificationNotice.notice).toEqual({ id, status: 'CLOSED', closedBy: `district:${other[0]!.district}`, closingNote: '已公示收费标准，复查合格', venue: { complianceStatus: 'WHITELISTED' } });
    expect((await graphql(system.url, CLOSE, { id, note: '再次关闭' }, officer)).data.closeRectificationNotice.userErrors).toEqual([{ code: 'NOTICE_NOT_OPEN', field: ['id'] }]);
  });

  it('shows notices to the venue, its district and administrators only', async () => {
    const list = `{ rectificationNotices(first: 100) { totalCount edges { node { venue { id district } } } } }`;
    const own = await graphql(system.url, list, {}, await signedIn({ role: 'venue', venueId: venue.id }));
    expect(own.data.rectificationNotices.edges.every((edge: any) => edge.node.venue.id === venue.id)).toBe(true);
    expect(own.data.rectificationNotices.totalCount).toBeGreaterThan(0);
    const district = await graphql(system.url, list, {}, asDistrict);
    expect(district.data.rectificationNotices.edges.every((edge: any) => edge.node.venue.district === venue.district)).toBe(true);
    const [all] = await system.databases.venues.sql<{ n: number }[]>`select count(*)::int as n from venues.rectification_notices`;
    expect((await graphql(system.url, list, {}, asAdmin)).data.rectificationNotices.totalCount).toBe(all!.n);
    expect(errorCodes(await graphql(system.url, list))).toEqual(['UNAUTHENTICATED']);
    const stranger = await graphql(system.url, VENUE, { id: venue.id }, await asSchool('sch_1'));
    expect(stranger.data.venue.rectificationNotices).toBeNull();
  });
});

describe('published whitelists and blacklists', () => {
  it('publishes a dated batch of the district\'s whitelisted venues, readable by anyone', async () => {
    const published = await graphql(system.url, `mutation { publishComplianceList(input: { list: WHITELIST, title: "白名单（第五批）" }) { batch { id list district publishedOn publishedBy } userErrors { code } } }`, {}, asDistrict);
    const batch = published.data.publishComplianceList.batch;
    expect(batch).toMatchObject({ list: 'WHITELIST', district: venue.district, publishedBy: `district:${venue.district}` });
    const expected = await system.databases.venues.sql<{ id: number }[]>`
      select id::int from venues.venues where district = ${venue.district} and status = 'PUBLISHED' and compliance_status = 'WHITELISTED' order by id`;
    const read = await graphql(system.url, `query($district: String) { complianceLists(filter: { lists: [WHITELIST], district: $district }, first: 10) { edges { node { id title venues(first: 100) { totalCount edges { node { id } } } } } } }`, { district: venue.district });
    const node = read.data.complianceLists.edges.map((edge: any) => edge.node).find((candidate: any) => candidate.id === batch.id);
    expect(node.venues.edges.map((edge: any) => edge.node.id)).toEqual(expected.map((row) => `ven_${row.id}`));
    const blacklists = await graphql(system.url, `{ complianceLists(filter: { lists: [BLACKLIST] }) { totalCount edges { node { list venues { totalCount } } } } }`);
    expect(blacklists.data.complianceLists.totalCount).toBeGreaterThan(0);
    expect(blacklists.data.complianceLists.edges.every((edge: any) => edge.node.list === 'BLACKLIST')).toBe(true);
  });

  it('refuses a batch without a title, and a district publishing for another', async () => {
    const untitled = await graphql(system.url, `mutation { publishComplianceList(input: { list: BLACKLIST, title: " " }) { batch { id } userErrors { code field } } }`, {}, asAdmin);
    expect(untitled.data.publishComplianceList).toEqual({ batch: null, userErrors: [{ code: 'REQUIRED', field: ['input', 'title'] }] });
    const foreign = await graphql(system.url, `mutation { publishComplianceList(input: { list: BLACKLIST, title: "黑名单", district: "Elsewhere" }) { batch { id } userErrors { code } } }`, {}, asDistrict);
    expect(errorCodes(foreign)).toEqual(['FORBIDDEN']);
  });
});

async function eventCount(bookingIds: number[]): Promise<number> {
  const [row] = await system.databases.bookings.sql<{ n: number }[]>`select count(*)::int as n from bookings.booking_events where booking_id in ${system.databases.bookings.sql(bookingIds)}`;
  return row!.n;
}

async function searchedProgrammes(): Promise<string[]> {
  const answer = await graphql(system.url, `query($districts: [String!]) { search(filter: { types: [PROGRAMME], districts: $districts }, first: 100) { hits { item { ... on Programme { id } } } } }`, { districts: [venue.district] });
  return (answer.data?.search.hits ?? []).map((hit: any) => hit.item.id);
}

/** Waits until search shows what it should; the indexer polls, so a change takes a moment. */
async function eventually(check: () => Promise<boolean>, seconds = 10): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`search did not catch up within ${seconds} s`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('alliances', () => {
  const MEMBERS = `query($id: ID!) { alliance(id: $id) { name district members(first: 10) { totalCount edges { node { id programmes(first: 1) { totalCount } experts(first: 50) { edges { node { talks(first: 1) { totalCount } } } } } } } } }`;
  const ADD = `mutation($a: ID!, $v: ID!) { addAllianceMember(allianceId: $a, venueId: $v) { alliance { id } userErrors { code field } } }`;
  const REMOVE = `mutation($a: ID!, $v: ID!) { removeAllianceMember(allianceId: $a, venueId: $v) { alliance { id } userErrors { code field } } }`;

  it('lets a district found one, add and remove members, and anyone list its members\' programmes and talks', async () => {
    const created = await graphql(system.url, `mutation { createAlliance(input: { name: "区科学教育联盟", city: "测试市" }) { alliance { id district } userErrors { code } } }`, {}, asDistrict);
    const alliance = created.data.createAlliance.alliance;
    expect(alliance.district).toBe(venue.district);
    const members = await system.databases.venues.sql<{ id: number }[]>`select id::int from venues.venues where status = 'PUBLISHED' order by id limit 3`;
    for (const member of members) expect((await graphql(system.url, ADD, { a: alliance.id, v: `ven_${member.id}` }, asDistrict)).data.addAllianceMember.userErrors).toEqual([]);
    expect((await graphql(system.url, ADD, { a: alliance.id, v: `ven_${members[0]!.id}` }, asDistrict)).data.addAllianceMember.userErrors).toEqual([]);
    expect((await graphql(system.url, REMOVE, { a: alliance.id, v: `ven_${members[2]!.id}` }, asDistrict)).data.removeAllianceMember.userErrors).toEqual([]);
    expect((await graphql(system.url, REMOVE, { a: alliance.id, v: `ven_${members[2]!.id}` }, asDistrict)).data.removeAllianceMember.userErrors).toEqual([{ code: 'NOT_A_MEMBER', field: ['venueId'] }]);

    const read = (await graphql(system.url, MEMBERS, { id: alliance.id })).data.alliance;
    const kept = members.slice(0, 2).map((member) => member.id);
    expect(read.members.edges.map((edge: any) => edge.node.id).sort()).toEqual(kept.map((id) => `ven_${id}`).sort());
    const [programmes] = await system.databases.venues.sql<{ n: number }[]>`
      select count(*)::int as n from courses.programmes where status = 'PUBLISHED' and venue_id in ${system.databases.venues.sql(kept)}`;
    const [talks] = await system.databases.venues.sql<{ n: number }[]>`
      select count(*)::int as n from experts.talks t join experts.experts e on e.id = t.expert_id
      where t.status = 'PUBLISHED' and e.status = 'PUBLISHED' and e.affiliation_venue_id in ${system.databases.venues.sql(kept)}`;
    const sum = (numbers: number[]) => numbers.reduce((total, n) => total + n, 0);
    expect(sum(read.members.edges.map((edge: any) => edge.node.programmes.totalCount))).toBe(programmes!.n);
    expect(sum(read.members.edges.flatMap((edge: any) => edge.node.experts.edges.map((expert: any) => expert.node.talks.totalCount)))).toBe(talks!.n);
  });

  it('refuses another district, an unknown venue and a nameless alliance, changing nothing', async () => {
    const created = await graphql(system.url, `mutation { createAlliance(input: { name: "联盟", city: "测试市" }) { alliance { id } } }`, {}, asDistrict);
    const id = created.data.createAlliance.alliance.id;
    const before = await tables();
    const elsewhere = await signedIn({ role: 'district', district: `${venue.district}-elsewhere` }, 'alliance-elsewhere');
    expect(errorCodes(await graphql(system.url, ADD, { a: id, v: venue.id }, elsewhere))).toEqual(['FORBIDDEN']);
    expect((await graphql(system.url, ADD, { a: id, v: 'ven_99999999' }, asDistrict)).data.addAllianceMember.userErrors[0].code).toBe('NOT_FOUND');
    const nameless = await graphql(system.url, `mutation { createAlliance(input: { name: " ", city: "测试市" }) { alliance { id } userErrors { code field } } }`, {}, asDistrict);
    expect(nameless.data.createAlliance.userErrors).toEqual([{ code: 'REQUIRED', field: ['input', 'name'] }]);
    expect(errorCodes(await graphql(system.url, `mutation { createAlliance(input: { name: "联盟", city: "市" }) { alliance { id } } }`, {}, await asSchool('sch_1')))).toEqual(['FORBIDDEN']);
    expect(await tables()).toEqual(before);
  });
});
