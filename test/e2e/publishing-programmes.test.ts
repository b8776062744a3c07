import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { System } from '../../gateway/system.js';
import { countRows, lastOutboxId, outboxSince, signedIn } from '../support/bearer.js';
import { errorCodes, graphql } from '../support/system.js';
import { startTestSystem } from '../support/system.js';

let system: System;
/** Two published venues that offer programmes: the manager's own, and someone else's. */
let ownVenue: string;
let otherVenue: string;
let otherProgramme: string;
let manager: Record<string, string>;
let otherManager: Record<string, string>;

beforeAll(async () => {
  system = await startTestSystem();
  const sql = system.databases.courses.sql;
  const venues = await sql`
    select venue_id, min(id)::int as programme_id from courses.programmes where status = 'PUBLISHED'
    group by venue_id order by venue_id limit 2`;
  ownVenue = `ven_${venues[0]!.venue_id}`;
  otherVenue = `ven_${venues[1]!.venue_id}`;
  otherProgramme = `prg_${venues[1]!.programme_id}`;
  manager = await signedIn({ role: 'venue', venueId: ownVenue });
  otherManager = await signedIn({ role: 'venue', venueId: otherVenue });
});
afterAll(() => system?.stop());

const PROGRAMME_FIELDS = /* GraphQL */ `
  id title titleEn status kind durationMinutes groupSize { min max } price { amount } free subjects gradeBands
  venue { id } route { position minutes activity venue { id name } } curriculumLinks { code description }`;

const CREATE = /* GraphQL */ `
  mutation($input: CreateProgrammeInput!) {
    createProgramme(input: $input) { programme { ${PROGRAMME_FIELDS} } userErrors { field code message } }
  }`;

const UPDATE = /* GraphQL */ `
  mutation($id: ID!, $input: UpdateProgrammeInput!) {
    updateProgramme(id: $id, input: $input) { programme { ${PROGRAMME_FIELDS} } userErrors { field code message } }
  }`;

const PUBLISH = `mutation($id: ID!) { publishProgramme(id: $id) { programme { id status } userErrors { field code } } }`;
const UNPUBLISH = `mutation($id: ID!) { unpublishProgramme(id: $id) { programme { id status } userErrors { field code } } }`;
const PROGRAMME = `query($id: ID!) { programme(id: $id) { id title status } }`;
const VENUE_PROGRAMMES = /* GraphQL */ `
  query($venue: ID!, $statuses: [PublicationStatus!]) {
    programmes(filter: { venueIds: [$venue], statuses: $statuses }, first: 100) { edges { node { id status } } }
    venue(id: $venue) { programmes(filter: { statuses: $statuses }, first: 100) { edges { node { id status } } } }
  }`;

function workshop(overrides: Record<string, unknown> = {}) {
  return {
    venueId: ownVenue,
    kind: 'WORKSHOP',
    title: '  水火箭工作坊  ',
    titleEn: 'Water rocket workshop',
    subjects: ['PHYSICS', 'AEROSPACE'],
    gradeBands: ['PRIMARY_UPPER', 'JUNIOR'],
    durationMinutes: 90,
    groupSize: { min: 10, max: 40 },
    price: '25.50',
    delivery: 'ON_SITE',
    curriculumLinks: [{ code: 'PHY-7-2', description: '力与运动' }],
    ...overrides,
  };
}

async function create(input: Record<string, unknown>, headers = manager) {
  const answer = await graphql(system.url, CREATE, { input }, headers);
  expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
  return answer.data.createProgramme;
}

/** Ids of the venue's programmes that the caller sees, in the top-level list and under the venue. */
async function listed(headers: Record<string, string>, statuses?: string[]) {
  const answer = await graphql(system.url, VENUE_PROGRAMMES, { venue: ownVenue, statuses }, headers);
  expect(answer.errors).toBeUndefined();
  const ids = (connection: { edges: { node: { id: string } }[] }) => connection.edges.map((edge) => edge.node.id);
  return { top: ids(answer.data.programmes), underVenue: ids(answer.data.venue.programmes) };
}

async function programmeRow(id: string) {
  const rowId = Number(id.slice('prg_'.length));
  const [programme] = await system.databases.courses.sql`select * from courses.programmes where id = ${rowId}`;
  const route = await system.databases.courses.sql`select * from courses.route_stops where programme_id = ${rowId} order by position`;
  const links = await system.databases.courses.sql`select * from courses.curriculum_links where programme_id = ${rowId} order by code`;
  return { programme, route, links };
}

const COURSE_TABLES = ['courses.programmes', 'courses.route_stops', 'courses.curriculum_links', 'courses.outbox'];

describe('a venue manager publishes a programme', () => {
  it('creates it as a draft only the manager sees, publishes it for everyone, edits it, and unpublishes it', async () => {
    const outboxBefore = await lastOutboxId(system.databases.courses.sql, 'courses');
    const created = await create(workshop());
    expect(created.userErrors).toEqual([]);
    const draft = created.programme;
    expect(draft).toMatchObject({
      title: '水火箭工作坊', status: 'DRAFT', kind: 'WORKSHOP', groupSize: { min: 10, max: 40 }, price: { amount: '25.50' }, free: false,
      venue: { id: ownVenue }, route: [], curriculumLinks: [{ code: 'PHY-7-2', description: '力与运动' }],
    });

    expect((await graphql(system.url, PROGRAMME, { id: draft.id })).data.programme).toBeNull();
    expect((await graphql(system.url, PROGRAMME, { id: draft.id }, otherManager)).data.programme).toBeNull();
    expect((await graphql(system.url, PROGRAMME, { id: draft.id }, manager)).data.programme).toMatchObject({ status: 'DRAFT' });
    expect(await listed({})).toEqual({ top: expect.not.arrayContaining([draft.id]), underVenue: expect.not.arrayContaining([draft.id]) });
    expect(await listed({}, ['DRAFT'])).toEqual({ top: [], underVenue: [] });
    expect(await listed(otherManager, ['DRAFT'])).toEqual({ top: [], underVenue: [] });
    const ownDrafts = await listed(manager, ['DRAFT']);
    expect(ownDrafts.top).toContain(draft.id);
    expect(ownDrafts.underVenue).toContain(draft.id);

    const published = await graphql(system.url, PUBLISH, { id: draft.id }, manager);
    expect(published.data.publishProgramme).toEqual({ programme: { id: draft.id, status: 'PUBLISHED' }, userErrors: [] });
    expect((await graphql(system.url, PROGRAMME, { id: draft.id })).data.programme).toMatchObject({ status: 'PUBLISHED' });
    const everyone = await listed({});
    expect(everyone.top).toContain(draft.id);
    expect(everyone.underVenue).toContain(draft.id);

    const edited = await graphql(system.url, UPDATE, { id: draft.id, input: { title: '水火箭与反冲', groupSize: { min: 5, max: 30 }, price: '0' } }, manager);
    expect(edited.data.updateProgramme.userErrors).toEqual([]);
    expect(edited.data.updateProgramme.programme).toMatchObject({
      title: '水火箭与反冲', titleEn: 'Water rocket workshop', groupSize: { min: 5, max: 30 }, free: true, status: 'PUBLISHED',
      curriculumLinks: [{ code: 'PHY-7-2' }],
    });
    expect((await graphql(system.url, PROGRAMME, { id: draft.id })).data.programme.title).toBe('水火箭与反冲');

    const unpublished = await graphql(system.url, UNPUBLISH, { id: draft.id }, manager);
    expect(unpublished.data.unpublishProgramme).toEqual({ programme: { id: draft.id, status: 'UNPUBLISHED' }, userErrors: [] });
    expect((await graphql(system.url, PROGRAMME, { id: draft.id })).data.programme).toBeNull();
    expect((await listed({})).top).not.toContain(draft.id);
    expect((await listed(manager, ['UNPUBLISHED'])).underVenue).toContain(draft.id);

    const rowId = Number(draft.id.slice('prg_'.length));
    expect(await outboxSince(system.databases.courses.sql, 'courses', outboxBefore)).toEqual(Array(4).fill(`Programme:${rowId}`));
  });

  it('treats publishing a published programme as done, writing nothing', async () => {
    const { programme } = await create(workshop());
    await graphql(system.url, PUBLISH, { id: programme.id }, manager);
    const before = await programmeRow(programme.id);
    const outboxBefore = await lastOutboxId(system.databases.courses.sql, 'courses');

    const again = await graphql(system.url, PUBLISH, { id: programme.id }, manager);
    expect(again.data.publishProgramme).toEqual({ programme: { id: programme.id, status: 'PUBLISHED' }, userErrors: [] });
    expect(await programmeRow(programme.id)).toEqual(before);
    expect(await outboxSince(system.databases.courses.sql, 'courses', outboxBefore)).toEqual([]);
  });

  it('lets an admin add a programme to any venue', async () => {
    const admin = await signedIn({ role: 'admin' });
    const created = await create(workshop({ venueId: otherVenue }), admin);
    expect(created.userErrors).toEqual([]);
    expect(created.programme.venue).toEqual({ id: otherVenue });
  });
});

describe('a study-tour route', () => {
  const stops = () => [
    { venueId: ownVenue, minutes: 90, activity: '参观展厅' },
    { venueId: otherVenue, minutes: 120, activity: '实验室体验' },
    { venueId: ownVenue, minutes: 30, activity: '总结分享' },
  ];

  it('keeps its stops in order, names their venues, and replaces them as a whole', async () => {
    const { programme, userErrors } = await create(workshop({ kind: 'STUDY_TOUR', title: '一日科学研学', durationMinutes: 300, route: stops() }));
    expect(userErrors).toEqual([]);
    expect(programme.route).toEqual([
      { position: 1, minutes: 90, activity: '参观展厅', venue: { id: ownVenue, name: expect.any(String) } },
      { position: 2, minutes: 120, activity: '实验室体验', venue: { id: otherVenue, name: expect.any(String) } },
      { position: 3, minutes: 30, activity: '总结分享', venue: { id: ownVenue, name: expect.any(String) } },
    ]);

    const replaced = await graphql(system.url, UPDATE, {
      id: programme.id,
      input: { route: [{ venueId: otherVenue, minutes: 60 }, { venueId: ownVenue, minutes: 45, activity: '动手做' }], curriculumLinks: [] },
    }, manager);
    expect(replaced.data.updateProgramme.userErrors).toEqual([]);
    expect(replaced.data.updateProgramme.programme.route.map((stop: { position: number; venue: { id: string }; minutes: number; activity: string }) =>
      [stop.position, stop.venue.id, stop.minutes, stop.activity])).toEqual([[1, otherVenue, 60, ''], [2, ownVenue, 45, '动手做']]);
    expect(replaced.data.updateProgramme.programme.curriculumLinks).toEqual([]);

    const before = await programmeRow(programme.id);
    const tooShort = await graphql(system.url, UPDATE, { id: programme.id, input: { route: [{ venueId: ownVenue, minutes: 60 }] } }, manager);
    expect(tooShort.data.updateProgramme).toEqual({
      programme: null, userErrors: [{ field: ['input', 'route'], code: 'ROUTE_TOO_SHORT', message: expect.any(String) }],
    });
    expect(await programmeRow(programme.id)).toEqual(before);
  });
});

describe('who may change a programme', () => {
  it('refuses a manager editing another venue\'s programme with FORBIDDEN and changes nothing', async () => {
    const before = await programmeRow(otherProgramme);
    for (const [query, variables] of [
      [UPDATE, { id: otherProgramme, input: { title: '被改掉的标题' } }],
      [UNPUBLISH, { id: otherProgramme }],
      [CREATE, { input: workshop({ venueId: otherVenue }) }],
    ] as const) {
      const answer = await graphql(system.url, query, variables, manager);
      expect(errorCodes(answer)).toEqual(['FORBIDDEN']);
      expect(answer.data).toBeNull();
    }
    expect(await programmeRow(otherProgramme)).toEqual(before);
  });

  it('refuses schools with FORBIDDEN and callers without a token with UNAUTHENTICATED', async () => {
    const counts = await countRows(system.databases.courses.sql, COURSE_TABLES);
    const school = await signedIn({ role: 'school', schoolId: 'sch_1' });
    expect(errorCodes(await graphql(system.url, CREATE, { input: workshop() }, school))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await graphql(system.url, CREATE, { input: workshop() }))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await graphql(system.url, PUBLISH, { id: otherProgramme }))).toEqual(['UNAUTHENTICATED']);
    expect(await countRows(system.databases.courses.sql, COURSE_TABLES)).toEqual(counts);
  });
});

describe('a programme that breaks a rule', () => {
  it.each([
    ['REQUIRED', ['input', 'title'], { title: '   ' }],
    ['REQUIRED', ['input', 'subjects'], { subjects: [] }],
    ['REQUIRED', ['input', 'gradeBands'], { gradeBands: [] }],
    ['INVALID_GROUP_SIZE', ['input', 'groupSize'], { groupSize: { min: 30, max: 20 } }],
    ['INVALID_GROUP_SIZE', ['input', 'groupSize'], { groupSize: { min: 0, max: 20 } }],
    ['INVALID_DURATION', ['input', 'durationMinutes'], { durationMinutes: 0 }],
    ['INVALID_DURATION', ['input', 'durationMinutes'], { durationMinutes: -15 }],
    ['INVALID_PRICE', ['input', 'price'], { price: '-5' }],
    ['INVALID_PRICE', ['input', 'price'], { price: 'free' }],
    ['ROUTE_TOO_SHORT', ['input', 'route'], { kind: 'STUDY_TOUR' }],
    ['ROUTE_NOT_ALLOWED', ['input', 'route'], { route: [{ venueId: 'ven_1', minutes: 30 }, { venueId: 'ven_2', minutes: 30 }] }],
    ['INVALID_DURATION', ['input', 'route', '1', 'minutes'], { kind: 'STUDY_TOUR', route: [{ venueId: 'ven_1', minutes: 30 }, { venueId: 'ven_2', minutes: 0 }] }],
    ['DUPLICATE_CURRICULUM_LINK', ['input', 'curriculumLinks'], { curriculumLinks: [{ code: 'A', description: 'a' }, { code: 'A', description: 'b' }] }],
  ])('is refused with %s at %j, on create and on update, leaving the tables as they were', async (code, field, change) => {
    const existing = (await create(workshop())).programme.id;
    const counts = await countRows(system.databases.courses.sql, COURSE_TABLES);
    const before = await programmeRow(existing);

    const created = await graphql(system.url, CREATE, { input: workshop(change) }, manager);
    expect(created.data.createProgramme).toEqual({ programme: null, userErrors: [{ field, code, message: expect.any(String) }] });
    const updated = await graphql(system.url, UPDATE, { id: existing, input: change }, manager);
    expect(updated.data.updateProgramme).toEqual({ programme: null, userErrors: [{ field, code, message: expect.any(String) }] });

    expect(await countRows(system.databases.courses.sql, COURSE_TABLES)).toEqual(counts);
    expect(await programmeRow(existing)).toEqual(before);
  });

  it('reports every broken rule at once', async () => {
    const answer = await graphql(system.url, CREATE, { input: workshop({ title: '', durationMinutes: 0, groupSize: { min: 9, max: 3 } }) }, manager);
    expect(answer.data.createProgramme.userErrors.map((error: { code: string }) => error.code).sort()).toEqual(['INVALID_DURATION', 'INVALID_GROUP_SIZE', 'REQUIRED']);
  });

  it('answers NOT_FOUND for a programme that does not exist', async () => {
    for (const query of [UPDATE, PUBLISH, UNPUBLISH]) {
      const answer = await graphql(system.url, query, { id: 'prg_99999999', input: { title: 'x' } }, manager);
      expect(answer.errors).toBeUndefined();
      expect(Object.values(answer.data)[0]).toMatchObject({ programme: null, userErrors: [{ code: 'NOT_FOUND', field: ['id'] }] });
    }
  });
});

describe('edits arriving at once', () => {
  it('publishes a draft once however many publish it together', async () => {
    const { programme } = await create(workshop());
    const outboxBefore = await lastOutboxId(system.databases.courses.sql, 'courses');
    const answers = await Promise.all(Array.from({ length: 10 }, () => graphql(system.url, PUBLISH, { id: programme.id }, manager)));
    for (const answer of answers) expect(answer.data.publishProgramme).toEqual({ programme: { id: programme.id, status: 'PUBLISHED' }, userErrors: [] });
    expect(await outboxSince(system.databases.courses.sql, 'courses', outboxBefore)).toEqual([`Programme:${programme.id.slice(4)}`]);
  });

  it('applies concurrent route replacements one after another, never mixing two routes', async () => {
    const route = (minutes: number) => [{ venueId: ownVenue, minutes }, { venueId: otherVenue, minutes }, { venueId: ownVenue, minutes }];
    const { programme } = await create(workshop({ kind: 'STUDY_TOUR', route: route(5) }));
    const answers = await Promise.all(Array.from({ length: 10 }, (_, index) =>
      graphql(system.url, UPDATE, { id: programme.id, input: { route: route(10 + index) } }, manager)));
    for (const answer of answers) expect(answer.data.updateProgramme.userErrors).toEqual([]);
    const { route: stored } = await programmeRow(programme.id);
    expect(stored.map((stop) => stop.position)).toEqual([1, 2, 3]);
    expect(new Set(stored.map((stop) => stop.minutes)).size).toBe(1);
  });
});
