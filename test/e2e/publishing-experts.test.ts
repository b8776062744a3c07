import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { System } from '../../gateway/system.js';
import { countRows, lastOutboxId, outboxSince, signedIn } from '../support/bearer.js';
import { errorCodes, graphql, startTestSystem } from '../support/system.js';

let system: System;
let venue: string;
let manager: Record<string, string>;
let otherManager: Record<string, string>;

beforeAll(async () => {
  system = await startTestSystem();
  const venues = await system.databases.venues.sql`select id from venues.venues where status = 'PUBLISHED' order by id limit 2`;
  venue = `ven_${venues[0]!.id}`;
  manager = await signedIn({ role: 'venue', venueId: venue });
  otherManager = await signedIn({ role: 'venue', venueId: `ven_${venues[1]!.id}` });
});
afterAll(() => system?.stop());

const EXPERT_FIELDS = `id name title status fields academicianOf contactEmail contactPhone affiliation { id }`;
const CREATE_EXPERT = /* GraphQL */ `
  mutation($input: CreateExpertInput!) { createExpert(input: $input) { expert { ${EXPERT_FIELDS} } userErrors { field code message } } }`;
const UPDATE_EXPERT = /* GraphQL */ `
  mutation($id: ID!, $input: UpdateExpertInput!) { updateExpertProfile(id: $id, input: $input) { expert { ${EXPERT_FIELDS} } userErrors { field code message } } }`;
const PUBLISH_EXPERT = `mutation($id: ID!) { publishExpert(id: $id) { expert { id status } userErrors { code } } }`;
const EXPERT = `query($id: ID!) { expert(id: $id) { ${EXPERT_FIELDS} } }`;

const TALK_FIELDS = `id title status durationMinutes maxAudience subjects expert { id }`;
const CREATE_TALK = /* GraphQL */ `
  mutation($input: CreateTalkInput!) { createTalk(input: $input) { talk { ${TALK_FIELDS} } userErrors { field code message } } }`;
const UPDATE_TALK = /* GraphQL */ `
  mutation($id: ID!, $input: UpdateTalkInput!) { updateTalk(id: $id, input: $input) { talk { ${TALK_FIELDS} } userErrors { field code message } } }`;
const PUBLISH_TALK = `mutation($id: ID!) { publishTalk(id: $id) { talk { id status } userErrors { code } } }`;
const UNPUBLISH_TALK = `mutation($id: ID!) { unpublishTalk(id: $id) { talk { id status } userErrors { code } } }`;
const TALK = `query($id: ID!) { talk(id: $id) { ${TALK_FIELDS} } }`;
const TALKS_OF = /* GraphQL */ `
  query($expert: ID!, $statuses: [PublicationStatus!]) {
    talks(filter: { expertIds: [$expert], statuses: $statuses }) { edges { node { id status } } }
  }`;

const EXPERT_TABLES = ['experts.experts', 'experts.talks', 'experts.outbox'];

const scientist = (overrides: Record<string, unknown> = {}) => ({
  name: '林海', nameEn: 'Lin Hai', title: '研究员', fields: ['ASTRONOMY'], contactEmail: 'lin.hai@example.org', contactPhone: '13800000000', ...overrides,
});

const lecture = (expertId: string, overrides: Record<string, unknown> = {}) => ({
  expertId, title: '黑洞是什么', subjects: ['ASTRONOMY', 'PHYSICS'], gradeBands: ['JUNIOR'], durationMinutes: 45, maxAudience: 200, delivery: 'IN_SCHOOL', ...overrides,
});

async function ok(query: string, variables: Record<string, unknown>, headers: Record<string, string>) {
  const answer = await graphql(system.url, query, variables, headers);
  expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
  const result = Object.values(answer.data)[0] as { userErrors: unknown[] } & Record<string, any>;
  expect(result.userErrors).toEqual([]);
  return result;
}

async function newExpert() {
  const { expert } = await ok(CREATE_EXPERT, { input: scientist() }, manager);
  return { expert, self: await signedIn({ role: 'expert', expertId: expert.id }) };
}

const talkIds = async (expertId: string, headers: Record<string, string>, statuses?: string[]) =>
  (await graphql(system.url, TALKS_OF, { expert: expertId, statuses }, headers)).data.talks.edges.map((edge: { node: { id: string } }) => edge.node.id);

describe('a venue adds an expert who publishes talks', () => {
  it('keeps the draft profile and its contacts to the expert, its venue and admins', async () => {
    const { expert, self } = await newExpert();
    expect(expert).toMatchObject({ status: 'DRAFT', affiliation: { id: venue }, contactEmail: 'lin.hai@example.org' });

    expect((await graphql(system.url, EXPERT, { id: expert.id })).data.expert).toBeNull();
    expect((await graphql(system.url, EXPERT, { id: expert.id }, otherManager)).data.expert).toBeNull();
    expect((await graphql(system.url, EXPERT, { id: expert.id }, self)).data.expert).toMatchObject({ status: 'DRAFT', contactPhone: '13800000000' });

    await ok(PUBLISH_EXPERT, { id: expert.id }, self);
    expect((await graphql(system.url, EXPERT, { id: expert.id })).data.expert).toMatchObject({ name: '林海', contactEmail: null, contactPhone: null });
    expect((await graphql(system.url, EXPERT, { id: expert.id }, manager)).data.expert).toMatchObject({ contactEmail: 'lin.hai@example.org' });

    const edited = await ok(UPDATE_EXPERT, { id: expert.id, input: { title: '院士', academicianOf: 'CAS', contactPhone: null } }, self);
    expect(edited.expert).toMatchObject({ title: '院士', academicianOf: 'CAS', contactPhone: null, contactEmail: 'lin.hai@example.org' });
  });

  it('shows a talk to everyone only once both it and its expert are published, and records each change', async () => {
    const { expert, self } = await newExpert();
    const outboxBefore = await lastOutboxId(system.databases.experts.sql, 'experts');
    const { talk } = await ok(CREATE_TALK, { input: lecture(expert.id) }, self);
    expect(talk).toMatchObject({ status: 'DRAFT', expert: { id: expert.id } });

    expect((await graphql(system.url, TALK, { id: talk.id })).data.talk).toBeNull();
    expect((await graphql(system.url, TALK, { id: talk.id }, manager)).data.talk).toMatchObject({ status: 'DRAFT' });
    expect(await talkIds(expert.id, self, ['DRAFT'])).toEqual([talk.id]);
    expect(await talkIds(expert.id, otherManager, ['DRAFT'])).toEqual([]);

    await ok(PUBLISH_TALK, { id: talk.id }, manager);
    expect((await graphql(system.url, TALK, { id: talk.id })).data.talk).toBeNull();
    await ok(PUBLISH_EXPERT, { id: expert.id }, manager);
    expect((await graphql(system.url, TALK, { id: talk.id })).data.talk).toMatchObject({ status: 'PUBLISHED', expert: { id: expert.id } });
    expect(await talkIds(expert.id, {})).toEqual([talk.id]);

    const edited = await ok(UPDATE_TALK, { id: talk.id, input: { durationMinutes: 60, maxAudience: 300 } }, self);
    expect(edited.talk).toMatchObject({ title: '黑洞是什么', durationMinutes: 60, maxAudience: 300 });

    const unpublished = await ok(UNPUBLISH_TALK, { id: talk.id }, self);
    expect(unpublished.talk.status).toBe('UNPUBLISHED');
    expect(await talkIds(expert.id, {})).toEqual([]);
    expect((await graphql(system.url, TALK, { id: talk.id })).data.talk).toBeNull();

    const [talkRow, expertRow] = [talk.id.slice(4), expert.id.slice(4)];
    expect(await outboxSince(system.databases.experts.sql, 'experts', outboxBefore)).toEqual([
      `Talk:${talkRow}`, `Talk:${talkRow}`, `Expert:${expertRow}`, `Talk:${talkRow}`, `Talk:${talkRow}`,
    ]);
  });
});

describe('who may change an expert or a talk', () => {
  it('refuses another venue, another expert and anonymous callers, changing nothing', async () => {
    const { expert } = await newExpert();
    const { talk } = await ok(CREATE_TALK, { input: lecture(expert.id) }, manager);
    const counts = await countRows(system.databases.experts.sql, EXPERT_TABLES);
    const before = await system.databases.experts.sql`select * from experts.talks where id = ${Number(talk.id.slice(4))}`;
    const otherExpert = await signedIn({ role: 'expert', expertId: 'exp_1' });

    expect(errorCodes(await graphql(system.url, UPDATE_EXPERT, { id: expert.id, input: { name: '冒名' } }, otherManager))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await graphql(system.url, UPDATE_TALK, { id: talk.id, input: { title: '改题' } }, otherExpert))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await graphql(system.url, CREATE_TALK, { input: lecture(expert.id) }, otherManager))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await graphql(system.url, CREATE_EXPERT, { input: scientist({ affiliationId: venue }) }, otherManager))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await graphql(system.url, CREATE_EXPERT, { input: scientist() }, otherExpert))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await graphql(system.url, PUBLISH_TALK, { id: talk.id }))).toEqual(['UNAUTHENTICATED']);

    expect(await countRows(system.databases.experts.sql, EXPERT_TABLES)).toEqual(counts);
    expect(await system.databases.experts.sql`select * from experts.talks where id = ${Number(talk.id.slice(4))}`).toEqual(before);
  });
});

describe('a profile or talk that breaks a rule', () => {
  it.each([
    ['REQUIRED', ['input', 'title'], { title: '' }],
    ['REQUIRED', ['input', 'subjects'], { subjects: [] }],
    ['REQUIRED', ['input', 'gradeBands'], { gradeBands: [] }],
    ['INVALID_DURATION', ['input', 'durationMinutes'], { durationMinutes: 0 }],
    ['INVALID_GROUP_SIZE', ['input', 'maxAudience'], { maxAudience: 0 }],
  ])('refuses a talk with %s at %j and leaves the tables as they were', async (code, field, change) => {
    const { expert, self } = await newExpert();
    const { talk } = await ok(CREATE_TALK, { input: lecture(expert.id) }, self);
    const counts = await countRows(system.databases.experts.sql, EXPERT_TABLES);
    const before = await system.databases.experts.sql`select * from experts.talks where id = ${Number(talk.id.slice(4))}`;

    const created = await graphql(system.url, CREATE_TALK, { input: lecture(expert.id, change) }, self);
    expect(created.data.createTalk).toEqual({ talk: null, userErrors: [{ field, code, message: expect.any(String) }] });
    const updated = await graphql(system.url, UPDATE_TALK, { id: talk.id, input: change }, self);
    expect(updated.data.updateTalk).toEqual({ talk: null, userErrors: [{ field, code, message: expect.any(String) }] });

    expect(await countRows(system.databases.experts.sql, EXPERT_TABLES)).toEqual(counts);
    expect(await system.databases.experts.sql`select * from experts.talks where id = ${Number(talk.id.slice(4))}`).toEqual(before);
  });

  it.each([
    ['REQUIRED', ['input', 'name'], { name: '  ' }],
    ['REQUIRED', ['input', 'fields'], { fields: [] }],
    ['INVALID_EMAIL', ['input', 'contactEmail'], { contactEmail: 'lin.hai' }],
  ])('refuses a profile with %s at %j and leaves the tables as they were', async (code, field, change) => {
    const { expert, self } = await newExpert();
    const counts = await countRows(system.databases.experts.sql, EXPERT_TABLES);
    const before = await system.databases.experts.sql`select * from experts.experts where id = ${Number(expert.id.slice(4))}`;

    const created = await graphql(system.url, CREATE_EXPERT, { input: scientist(change) }, manager);
    expect(created.data.createExpert).toEqual({ expert: null, userErrors: [{ field, code, message: expect.any(String) }] });
    const updated = await graphql(system.url, UPDATE_EXPERT, { id: expert.id, input: change }, self);
    expect(updated.data.updateExpertProfile).toEqual({ expert: null, userErrors: [{ field, code, message: expect.any(String) }] });

    expect(await countRows(system.databases.experts.sql, EXPERT_TABLES)).toEqual(counts);
    expect(await system.databases.experts.sql`select * from experts.experts where id = ${Number(expert.id.slice(4))}`).toEqual(before);
  });

  it('answers NOT_FOUND for a talk for an expert that does not exist', async () => {
    const admin = await signedIn({ role: 'admin' });
    const counts = await countRows(system.databases.experts.sql, EXPERT_TABLES);
    const answer = await graphql(system.url, CREATE_TALK, { input: lecture('exp_99999999') }, admin);
    expect(answer.data.createTalk).toEqual({ talk: null, userErrors: [{ field: ['input', 'expertId'], code: 'NOT_FOUND', message: expect.any(String) }] });
    expect(await countRows(system.databases.experts.sql, EXPERT_TABLES)).toEqual(counts);
  });
});
