import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { System } from '../../gateway/system.js';
import { countRows, lastOutboxId, outboxSince, signedIn } from '../support/bearer.js';
import { errorCodes, graphql, startTestSystem } from '../support/system.js';

let system: System;
let admin: Record<string, string>;
/** A published venue of the demo catalogue and its manager. */
let publishedVenue: string;
let publishedManager: Record<string, string>;

beforeAll(async () => {
  system = await startTestSystem();
  admin = await signedIn({ role: 'admin' }, 'district-admin');
  const [venue] = await system.databases.venues.sql`select id from venues.venues where status = 'PUBLISHED' order by id limit 1`;
  publishedVenue = `ven_${venue!.id}`;
  publishedManager = await signedIn({ role: 'venue', venueId: publishedVenue });
});
afterAll(() => system?.stop());

const VENUE_FIELDS = /* GraphQL */ `
  id name nameEn kind city district status location { lat lon } groupSize { min max } timeZone website contactEmail contactPhone
  complianceStatus complianceHistory { status reason notice }`;

const CREATE = /* GraphQL */ `
  mutation($input: CreateVenueInput!) { createVenue(input: $input) { venue { ${VENUE_FIELDS} } userErrors { field code message } } }`;
const UPDATE = /* GraphQL */ `
  mutation($id: ID!, $input: UpdateVenueInput!) { updateVenue(id: $id, input: $input) { venue { ${VENUE_FIELDS} } userErrors { field code message } } }`;
const PUBLISH = `mutation($id: ID!) { publishVenue(id: $id) { venue { id status } userErrors { field code } } }`;
const UNPUBLISH = `mutation($id: ID!) { unpublishVenue(id: $id) { venue { id status } userErrors { field code } } }`;
const COMPLIANCE = /* GraphQL */ `
  mutation($venueId: ID!, $status: ComplianceStatus!, $reason: String!, $notice: String) {
    setComplianceStatus(venueId: $venueId, status: $status, reason: $reason, notice: $notice) {
      venue { id complianceStatus complianceHistory { status reason notice recordedAt } }
      userErrors { field code message }
    }
  }`;
const VENUE = `query($id: ID!) { venue(id: $id) { ${VENUE_FIELDS} } }`;
const DRAFT_VENUES = `{ venues(filter: { statuses: [DRAFT] }, first: 100) { totalCount edges { node { id } } } }`;

const VENUE_TABLES = ['venues.venues', 'venues.compliance_records', 'venues.outbox'];

function museum(overrides: Record<string, unknown> = {}) {
  return {
    kind: 'MUSEUM',
    name: '星海自然博物馆',
    nameEn: 'Xinghai Natural History Museum',
    city: 'Dalian',
    district: 'Shahekou',
    location: { lat: 38.88, lon: 121.58 },
    groupSize: { min: 5, max: 50 },
    contactEmail: 'visits@xinghai.example.org',
    contactPhone: '+86 411 8000 0000',
    ...overrides,
  };
}

async function createVenue(overrides: Record<string, unknown> = {}) {
  const answer = await graphql(system.url, CREATE, { input: museum(overrides) }, admin);
  expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
  expect(answer.data.createVenue.userErrors).toEqual([]);
  return answer.data.createVenue.venue as { id: string };
}

async function venueRow(id: string) {
  const [venue] = await system.databases.venues.sql`select * from venues.venues where id = ${Number(id.slice('ven_'.length))}`;
  return venue;
}

describe('an admin adds a venue and its manager publishes it', () => {
  it('keeps the draft to its manager and admins, then shows it to everyone, contacts to the manager only', async () => {
    const outboxBefore = await lastOutboxId(system.databases.venues.sql, 'venues');
    const venue = await createVenue();
    const manager = await signedIn({ role: 'venue', venueId: venue.id });

    expect((await graphql(system.url, VENUE, { id: venue.id })).data.venue).toBeNull();
    expect((await graphql(system.url, VENUE, { id: venue.id }, publishedManager)).data.venue).toBeNull();
    expect((await graphql(system.url, VENUE, { id: venue.id }, manager)).data.venue).toMatchObject({
      status: 'DRAFT', timeZone: 'Asia/Shanghai', contactEmail: 'visits@xinghai.example.org', complianceStatus: 'WHITELISTED',
    });
    const draftsForAnyone = await graphql(system.url, DRAFT_VENUES);
    expect(draftsForAnyone.data.venues.totalCount).toBe(0);
    const ownDrafts = await graphql(system.url, DRAFT_VENUES, {}, manager);
    expect(ownDrafts.data.venues.edges).toEqual([{ node: { id: venue.id } }]);

    const published = await graphql(system.url, PUBLISH, { id: venue.id }, manager);
    expect(published.data.publishVenue).toEqual({ venue: { id: venue.id, status: 'PUBLISHED' }, userErrors: [] });
    const seenByAnyone = (await graphql(system.url, VENUE, { id: venue.id })).data.venue;
    expect(seenByAnyone).toMatchObject({ name: '星海自然博物馆', status: 'PUBLISHED', contactEmail: null, contactPhone: null });
    expect((await graphql(system.url, VENUE, { id: venue.id }, manager)).data.venue).toMatchObject({ contactPhone: '+86 411 8000 0000' });
    expect((await graphql(system.url, VENUE, { id: venue.id }, admin)).data.venue).toMatchObject({ contactEmail: 'visits@xinghai.example.org' });

    const edited = await graphql(system.url, UPDATE, { id: venue.id, input: { nameEn: 'Xinghai Museum', website: 'https://xinghai.example.org', contactPhone: null } }, manager);
    expect(edited.data.updateVenue.userErrors).toEqual([]);
    expect(edited.data.updateVenue.venue).toMatchObject({
      name: '星海自然博物馆', nameEn: 'Xinghai Museum', website: 'https://xinghai.example.org', contactPhone: null, contactEmail: 'visits@xinghai.example.org',
    });

    const unpublished = await graphql(system.url, UNPUBLISH, { id: venue.id }, manager);
    expect(unpublished.data.unpublishVenue.venue.status).toBe('UNPUBLISHED');
    expect((await graphql(system.url, VENUE, { id: venue.id })).data.venue).toBeNull();

    const rowId = Number(venue.id.slice('ven_'.length));
    expect(await outboxSince(system.databases.venues.sql, 'venues', outboxBefore)).toEqual(Array(4).fill(`Venue:${rowId}`));
  });

  it('hides the contacts of every venue from anonymous callers and shows them to admins', async () => {
    const query = `{ venues(first: 100) { edges { node { contactEmail contactPhone } } } }`;
    type Contacts = { node: { contactEmail: string | null; contactPhone: string | null } };
    const contactsSeenBy = async (headers: Record<string, string>) =>
      (await graphql(system.url, query, {}, headers)).data.venues.edges.flatMap((edge: Contacts) => [edge.node.contactEmail, edge.node.contactPhone]);
    expect((await contactsSeenBy(admin)).filter((contact: string | null) => contact !== null).length).toBeGreaterThan(0);
    expect((await contactsSeenBy({})).filter((contact: string | null) => contact !== null)).toEqual([]);
  });
});

describe('who may change a venue', () => {
  it('refuses another venue\'s manager, a venue creating venues, and anonymous callers, changing nothing', async () => {
    const venue = await createVenue();
    const before = await venueRow(venue.id);
    const counts = await countRows(system.databases.venues.sql, VENUE_TABLES);

    expect(errorCodes(await graphql(system.url, UPDATE, { id: venue.id, input: { name: '别人的馆' } }, publishedManager))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await graphql(system.url, PUBLISH, { id: venue.id }, publishedManager))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await graphql(system.url, CREATE, { input: museum() }, publishedManager))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await graphql(system.url, COMPLIANCE, { venueId: venue.id, status: 'BLACKLISTED', reason: '自评' }, publishedManager))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await graphql(system.url, UPDATE, { id: venue.id, input: { name: '匿名' } }))).toEqual(['UNAUTHENTICATED']);

    expect(await venueRow(venue.id)).toEqual(before);
    expect(await countRows(system.databases.venues.sql, VENUE_TABLES)).toEqual(counts);
  });
});

describe('a venue that breaks a rule', () => {
  it.each([
    ['REQUIRED', ['input', 'name'], { name: ' ' }],
    ['REQUIRED', ['input', 'district'], { district: '' }],
    ['INVALID_LOCATION', ['input', 'location'], { location: { lat: 91, lon: 121 } }],
    ['INVALID_LOCATION', ['input', 'location'], { location: { lat: 39, lon: -181 } }],
    ['INVALID_GROUP_SIZE', ['input', 'groupSize'], { groupSize: { min: 40, max: 20 } }],
    ['INVALID_TIME_ZONE', ['input', 'timeZone'], { timeZone: 'Beijing Time' }],
    ['INVALID_EMAIL', ['input', 'contactEmail'], { contactEmail: 'not an address' }],
  ])('is refused with %s at %j, on create and on update, leaving the tables as they were', async (code, field, change) => {
    const before = await venueRow(publishedVenue);
    const counts = await countRows(system.databases.venues.sql, VENUE_TABLES);

    const created = await graphql(system.url, CREATE, { input: museum(change) }, admin);
    expect(created.data.createVenue).toEqual({ venue: null, userErrors: [{ field, code, message: expect.any(String) }] });
    const updated = await graphql(system.url, UPDATE, { id: publishedVenue, input: change }, publishedManager);
    expect(updated.data.updateVenue).toEqual({ venue: null, userErrors: [{ field, code, message: expect.any(String) }] });

    expect(await venueRow(publishedVenue)).toEqual(before);
    expect(await countRows(system.databases.venues.sql, VENUE_TABLES)).toEqual(counts);
  });

  it('answers NOT_FOUND for a venue that does not exist', async () => {
    const answer = await graphql(system.url, UPDATE, { id: 'ven_99999999', input: { name: '无' } }, admin);
    expect(answer.data.updateVenue).toEqual({ venue: null, userErrors: [{ field: ['id'], code: 'NOT_FOUND', message: expect.any(String) }] });
    const compliance = await graphql(system.url, COMPLIANCE, { venueId: 'ven_99999999', status: 'SUSPENDED', reason: '检查' }, admin);
    expect(compliance.data.setComplianceStatus.userErrors).toEqual([{ field: ['venueId'], code: 'NOT_FOUND', message: expect.any(String) }]);
  });
});

describe('compliance decisions', () => {
  it('blacklists a venue, which stays readable with its whole history', async () => {
    const history = async () => (await graphql(system.url, VENUE, { id: publishedVenue })).data.venue.complianceHistory;
    const earlier = await history();
    const outboxBefore = await lastOutboxId(system.databases.venues.sql, 'venues');

    const answer = await graphql(system.url, COMPLIANCE, {
      venueId: publishedVenue, status: 'BLACKLISTED', reason: '无资质开展校外培训', notice: '区教委〔2026〕17号',
    }, admin);
    expect(answer.data.setComplianceStatus.userErrors).toEqual([]);
    expect(answer.data.setComplianceStatus.venue.complianceStatus).toBe('BLACKLISTED');

    const readable = (await graphql(system.url, VENUE, { id: publishedVenue })).data.venue;
    expect(readable).toMatchObject({ id: publishedVenue, complianceStatus: 'BLACKLISTED', status: 'PUBLISHED' });
    expect(readable.complianceHistory).toEqual([...earlier, { status: 'BLACKLISTED', reason: '无资质开展校外培训', notice: '区教委〔2026〕17号' }]);
    const [record] = await system.databases.venues.sql`
      select recorded_by from venues.compliance_records where venue_id = ${Number(publishedVenue.slice(4))} order by id desc limit 1`;
    expect(record!.recorded_by).toBe('district-admin');
    expect(await outboxSince(system.databases.venues.sql, 'venues', outboxBefore)).toEqual([`Venue:${Number(publishedVenue.slice(4))}`]);

    const listed = await graphql(system.url, `{ venues(filter: { complianceStatuses: [BLACKLISTED] }, first: 100) { edges { node { id } } } }`);
    expect(listed.data.venues.edges).toContainEqual({ node: { id: publishedVenue } });
  });

  it('needs a reason, and changes nothing without one', async () => {
    const counts = await countRows(system.databases.venues.sql, VENUE_TABLES);
    const answer = await graphql(system.url, COMPLIANCE, { venueId: publishedVenue, status: 'UNDER_RECTIFICATION', reason: '  ' }, admin);
    expect(answer.data.setComplianceStatus).toEqual({ venue: null, userErrors: [{ field: ['reason'], code: 'REQUIRED', message: expect.any(String) }] });
    expect(await countRows(system.databases.venues.sql, VENUE_TABLES)).toEqual(counts);
  });
});
