import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { System } from '../../gateway/system.js';
import { countRows, signedIn } from '../support/bearer.js';
import { graphql, startTestSystem } from '../support/system.js';

/**
 * A write that names a record another subgraph owns (a route stop's venue, an expert's
 * affiliation, a pairing's partner) is refused with NOT_FOUND at that field when the record does
 * not exist or is a draft the writer cannot see, and writes nothing.
 */
let system: System;
let ownVenue: string;
/** A venue taken out of the catalogue: its manager and admins see it, no one else does. */
let hiddenVenue: string;
let manager: Record<string, string>;
let hiddenManager: Record<string, string>;
let admin: Record<string, string>;
const UNKNOWN = 'ven_99999999';

beforeAll(async () => {
  system = await startTestSystem();
  const venues = await system.databases.courses.sql`
    select distinct venue_id from courses.programmes where status = 'PUBLISHED' order by venue_id limit 2`;
  ownVenue = `ven_${venues[0]!.venue_id}`;
  hiddenVenue = `ven_${venues[1]!.venue_id}`;
  manager = await signedIn({ role: 'venue', venueId: ownVenue });
  hiddenManager = await signedIn({ role: 'venue', venueId: hiddenVenue });
  admin = await signedIn({ role: 'admin' });
  const unpublished = await graphql(system.url, `mutation($id: ID!) { unpublishVenue(id: $id) { venue { status } userErrors { code } } }`, { id: hiddenVenue }, admin);
  expect(unpublished.data.unpublishVenue).toEqual({ venue: { status: 'UNPUBLISHED' }, userErrors: [] });
});
afterAll(() => system?.stop());

const CREATE_PROGRAMME = `mutation($input: CreateProgrammeInput!) { createProgramme(input: $input) { programme { id route { venue { id } } } userErrors { field code } } }`;
const UPDATE_PROGRAMME = `mutation($id: ID!, $input: UpdateProgrammeInput!) { updateProgramme(id: $id, input: $input) { programme { id } userErrors { field code } } }`;
const CREATE_EXPERT = `mutation($input: CreateExpertInput!) { createExpert(input: $input) { expert { id } userErrors { field code } } }`;
const CREATE_PAIRING = `mutation($input: CreatePairingInput!) { createPairing(input: $input) { pairing { id } userErrors { field code } } }`;

function studyTour(venueId: string, stops: string[]) {
  return {
    venueId, kind: 'STUDY_TOUR', title: '研学线路', subjects: ['PHYSICS'], gradeBands: ['JUNIOR'], durationMinutes: 600,
    groupSize: { min: 10, max: 40 }, price: '0', delivery: 'ON_SITE', route: stops.map((stop) => ({ venueId: stop, minutes: 60 })),
  };
}

const PROGRAMME_TABLES = ['courses.programmes', 'courses.route_stops', 'courses.outbox'];

describe('a route stop', () => {
  it('naming a venue that does not exist is NOT_FOUND at that stop, and nothing is written', async () => {
    const before = await countRows(system.databases.courses.sql, PROGRAMME_TABLES);
    const answer = await graphql(system.url, CREATE_PROGRAMME, { input: studyTour(ownVenue, [ownVenue, UNKNOWN, ownVenue]) }, manager);
    expect(answer.data.createProgramme).toEqual({ programme: null, userErrors: [{ field: ['input', 'route', '1', 'venueId'], code: 'NOT_FOUND' }] });
    expect(await countRows(system.databases.courses.sql, PROGRAMME_TABLES)).toEqual(before);
  });

  it('naming another manager\'s unpublished venue is NOT_FOUND too; its own manager and admins may name it', async () => {
    const refused = await graphql(system.url, CREATE_PROGRAMME, { input: studyTour(ownVenue, [ownVenue, hiddenVenue]) }, manager);
    expect(refused.data.createProgramme.userErrors).toEqual([{ field: ['input', 'route', '1', 'venueId'], code: 'NOT_FOUND' }]);
    for (const [writer, venue] of [[hiddenManager, hiddenVenue], [admin, ownVenue]] as const) {
      const accepted = await graphql(system.url, CREATE_PROGRAMME, { input: studyTour(venue, [ownVenue, hiddenVenue]) }, writer);
      expect(accepted.data.createProgramme.userErrors).toEqual([]);
      expect(accepted.data.createProgramme.programme.route.map((stop: any) => stop.venue.id)).toEqual([ownVenue, hiddenVenue]);
    }
  });

  it('given in an update is checked as well, and the old route stays', async () => {
    const created = await graphql(system.url, CREATE_PROGRAMME, { input: studyTour(ownVenue, [ownVenue, ownVenue]) }, manager);
    const id = created.data.createProgramme.programme.id;
    const before = await countRows(system.databases.courses.sql, PROGRAMME_TABLES);
    const answer = await graphql(system.url, UPDATE_PROGRAMME, { id, input: { route: [{ venueId: UNKNOWN, minutes: 30 }, { venueId: ownVenue, minutes: 30 }] } }, manager);
    expect(answer.data.updateProgramme).toEqual({ programme: null, userErrors: [{ field: ['input', 'route', '0', 'venueId'], code: 'NOT_FOUND' }] });
    expect(await countRows(system.databases.courses.sql, PROGRAMME_TABLES)).toEqual(before);
    const route = await graphql(system.url, `query($id: ID!) { programme(id: $id) { route { venue { id } } } }`, { id }, manager);
    expect(route.data.programme.route).toEqual([{ venue: { id: ownVenue } }, { venue: { id: ownVenue } }]);
  });
});

describe('the venue a programme or an expert belongs to', () => {
  it('is NOT_FOUND when it does not exist, even for an admin', async () => {
    const before = await countRows(system.databases.courses.sql, PROGRAMME_TABLES);
    const programme = await graphql(system.url, CREATE_PROGRAMME, { input: { ...studyTour(UNKNOWN, []), kind: 'WORKSHOP' } }, admin);
    expect(programme.data.createProgramme).toEqual({ programme: null, userErrors: [{ field: ['input', 'venueId'], code: 'NOT_FOUND' }] });
    expect(await countRows(system.databases.courses.sql, PROGRAMME_TABLES)).toEqual(before);

    const experts = await countRows(system.databases.experts.sql, ['experts.experts', 'experts.outbox']);
    const expert = await graphql(system.url, CREATE_EXPERT, { input: { name: '张三', fields: ['PHYSICS'], affiliationId: UNKNOWN } }, admin);
    expect(expert.data.createExpert).toEqual({ expert: null, userErrors: [{ field: ['input', 'affiliationId'], code: 'NOT_FOUND' }] });
    expect(await countRows(system.databases.experts.sql, ['experts.experts', 'experts.outbox'])).toEqual(experts);
  });
});

describe('a pairing\'s partner', () => {
  it('that a school cannot see is refused, and nothing is written', async () => {
    const school = await signedIn({ role: 'school', schoolId: 'sch_1' });
    const before = await countRows(system.databases.bookings.sql, ['bookings.pairings']);
    for (const venueId of [UNKNOWN, hiddenVenue]) {
      const answer = await graphql(system.url, CREATE_PAIRING, { input: { schoolId: 'sch_1', kind: 'PARTNER_VENUE', venueId, startsOn: '2027-03-01' } }, school);
      expect(answer.data.createPairing, venueId).toEqual({ pairing: null, userErrors: [{ field: ['input', 'venueId'], code: 'PARTNER_NOT_FOUND' }] });
    }
    const expert = await graphql(system.url, CREATE_PAIRING, { input: { schoolId: 'sch_1', kind: 'SCIENCE_VICE_PRINCIPAL', expertId: 'exp_99999999', startsOn: '2027-03-01' } }, school);
    expect(expert.data.createPairing.userErrors).toEqual([{ field: ['input', 'expertId'], code: 'PARTNER_NOT_FOUND' }]);
    expect(await countRows(system.databases.bookings.sql, ['bookings.pairings'])).toEqual(before);
  });
});
