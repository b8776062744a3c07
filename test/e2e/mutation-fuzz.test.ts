import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import {
  buildSchema, getNamedType, isEnumType, isInputObjectType, isListType, isNonNullType, isObjectType, isScalarType,
  type GraphQLField, type GraphQLInputType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { System } from '../../gateway/system.js';
import { signedIn } from '../support/bearer.js';
import { startTestSystem } from '../support/system.js';

/**
 * Every mutation of the supergraph, sent generated arguments (hostile texts, impossible dates,
 * ids of every shape, numbers out of range, lists too long) by callers of every role. Each answer
 * is data, a userError, or a 4xx or GraphQL error with a code other than INTERNAL_SERVER_ERROR,
 * within a second; and a refused mutation leaves every table as it was.
 * Replay a failure with `FUZZ_SEED=<seed> npx vitest run test/e2e/mutation-fuzz.test.ts`.
 */
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 1_000_000_007);
const RUNS_PER_MUTATION = Number(process.env.FUZZ_RUNS ?? 8);

const supergraph = buildSchema(readFileSync(new URL('../../gateway/supergraph.graphql', import.meta.url), 'utf8'), { assumeValidSDL: true });
const mutations = Object.values(supergraph.getMutationType()!.getFields()) as GraphQLField<unknown, unknown>[];

let system: System;
let callers: Record<string, Record<string, string>>;
let address = 0;
beforeAll(async () => {
  system = await startTestSystem({ settings: { trustProxy: true } });
  const [school] = await system.databases.bookings.sql`select id, district from bookings.schools order by id limit 1`;
  callers = {
    anonymous: {},
    admin: await signedIn({ role: 'admin' }),
    venue: await signedIn({ role: 'venue', venueId: 'ven_1' }),
    school: await signedIn({ role: 'school', schoolId: `sch_${school!.id}` }),
    expert: await signedIn({ role: 'expert', expertId: 'exp_1' }),
    district: await signedIn({ role: 'district', district: school!.district }),
  };
});
afterAll(() => system?.stop());

const HOSTILE_TEXTS = [
  '', ' ', 'a\u0000b', '\u0000', '\u0007bell', '😀'.repeat(60), '\u202Eevil', '<script>alert(1)</script>', "'; drop table venues; --",
  'javascript:alert(1)', 'https://example.org/ok', 'mailto:a@b.c', '2027-02-30', '0000-01-01', '2026-13-45T99:00:00Z', 'ven_99999999', '科技馆 研学',
  '\uD800', '%s%n%x', '${7*7}', '{"$ne": null}', '北'.repeat(201), 'x'.repeat(5_001),
];
const DATES = [
  '2027-03-01', '2027-02-30', '0000-01-01', '9999-12-31', '2026-1-1', 'tomorrow', '', '2027-03-01T10:00:00+08:00', '2027-02-30T10:00:00+08:00',
  '2027-01-01T10:00:00-23:59', '0000-01-01T00:00:00Z', '9999-12-31T23:59:59Z', '2027-01-01T24:30:00Z', '2027-06-01T09:00:00Z', '2027-06-01T09:00:00.000+14:00',
  '1899-12-31', '10000-01-01', '2028-02-29', '2027-02-29', '2027-04-31', '2027-01-01T24:00:00+08:00', '+010000-01-01T00:00:00Z', '2027-01-01T23:59:60Z', '2027-01-01T10:00:00+14:01',
];
/** Time zones PostgreSQL and Intl know, spellings of them, and names neither knows. */
const TIME_ZONES = ['Asia/Shanghai', 'asia/shanghai', 'Asia/Urumqi', 'UTC', 'Etc/GMT-8', '+08:00', 'UTC+8', 'GMT+8', 'Mars/Olympus_Mons', 'Asia/Shanghai ', 'Factory', '', 'Asia/Shanghai/Extra'];
const ID_PREFIXES = ['ven', 'all', 'prg', 'exp', 'tlk', 'sch', 'ses', 'bkg', 'par', 'key', 'rn', 'lst'];

const text = fc.oneof(
  { arbitrary: fc.constantFrom('水火箭工作坊', 'Robot lab', '科技馆参观', '天文观测', 'Field trip', '30', 'Asia/Shanghai', 'catalogue:read', 'a@example.org'), weight: 4 },
  { arbitrary: fc.constantFrom(...HOSTILE_TEXTS), weight: 4 },
  { arbitrary: fc.string({ maxLength: 40 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 40 }), weight: 1 },
  { arbitrary: fc.integer({ min: 1, max: 60_000 }).map((length) => 'é'.repeat(length)), weight: 1 },
);
const date = fc.oneof(fc.constantFrom(...DATES), fc.date({ min: new Date('1900-01-01'), max: new Date('2200-01-01'), noInvalidDate: true }).map((value) => value.toISOString()));
/** The id prefix an argument wants: by its name (`venueId`), or for `id` by the mutation's (`publishVenue`). */
const PREFIX_BY_NAME: [RegExp, string][] = [
  [/venue|affiliation/i, 'ven'], [/alliance/i, 'all'], [/programme/i, 'prg'], [/expert/i, 'exp'], [/talk/i, 'tlk'], [/school/i, 'sch'],
  [/session/i, 'ses'], [/booking|attendance/i, 'bkg'], [/pairing/i, 'par'], [/apikey/i, 'key'], [/rectification/i, 'rn'],
];
function idOf(name: string): fc.Arbitrary<string> {
  const prefix = PREFIX_BY_NAME.find(([pattern]) => pattern.test(name))?.[1] ?? 'ven';
  return fc.oneof(
    { arbitrary: fc.integer({ min: 1, max: 30 }).map((n) => `${prefix}_${n}`), weight: 6 },
    { arbitrary: fc.constantFrom(`${prefix}_99999999`, `${prefix}_0`, `${prefix}_007`), weight: 1 },
    { arbitrary: fc.tuple(fc.constantFrom(...ID_PREFIXES), fc.integer({ min: 1, max: 30 })).map(([other, n]) => `${other}_${n}`), weight: 1 },
    { arbitrary: fc.constantFrom('', 'ven_-1', 'ven_x', 'ven_99999999999999999999', '1', 'a\u0000', `${prefix}_1 `), weight: 1 },
    { arbitrary: text, weight: 1 },
  );
}
const int = fc.oneof(fc.integer({ min: -5, max: 400 }), fc.integer(), fc.constantFrom(0, -1, 2 ** 31 - 1, -(2 ** 31), 2 ** 31, 2 ** 53, 1e20, 0.5, 20_160, 20_161));

/** Values for an input type, nulls and wrong types included now and then. */
function valueOf(type: GraphQLInputType, name: string, depth = 0, context = name): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return fc.oneof({ arbitrary: valueOf(type.ofType, name, depth, context), weight: 19 }, { arbitrary: fc.constant(null), weight: 1 });
  if (isListType(type)) return fc.array(valueOf(type.ofType as GraphQLInputType, name, depth + 1, context), { maxLength: depth > 0 ? 3 : 35, size: 'small' });
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    return fc.record(Object.fromEntries(fields.map((field) => [field.name, valueOf(field.type, field.name, depth + 1, field.name === 'id' ? context : field.name)])), {
      requiredKeys: fields.filter((field) => isNonNullType(field.type)).map((field) => field.name),
    });
  }
  if (isEnumType(type)) return fc.oneof({ arbitrary: fc.constantFrom(...type.getValues().map((value) => value.name)), weight: 9 }, { arbitrary: fc.constant('NOT_A_VALUE'), weight: 1 });
  if (isScalarType(type)) {
    switch (type.name) {
      case 'ID': return idOf(name === 'id' ? context : name);
      case 'Int': return int;
      case 'Float': return fc.oneof(fc.double({ noNaN: true }), int);
      case 'Boolean': return fc.oneof({ arbitrary: fc.boolean(), weight: 9 }, { arbitrary: fc.constant('yes'), weight: 1 });
      case 'DateTime': return date;
      default:
        if (/timeZone/i.test(name)) return fc.oneof(fc.constantFrom(...TIME_ZONES), text);
        return /(On|At|Date|date|from|to)$/.test(name) ? fc.oneof(date, text) : text;
    }
  }
  return fc.constant(null);
}

/** The mutation with every argument a variable, selecting what the answer says about success. */
function documentFor(mutation: GraphQLField<unknown, unknown>): string {
  const variables = mutation.args.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
  const args = mutation.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const result = getNamedType(mutation.type);
  const selection = isObjectType(result) ? `{ __typename ${'userErrors' in result.getFields() ? 'userErrors { code field }' : ''} }` : '';
  return `mutation Fuzz${variables ? `(${variables})` : ''} { ${mutation.name}${args ? `(${args})` : ''} ${selection} }`;
}

function argumentsOf(mutation: GraphQLField<unknown, unknown>): fc.Arbitrary<Record<string, unknown>> {
  const args = mutation.args;
  return fc.record(Object.fromEntries(args.map((arg) => [arg.name, valueOf(arg.type, arg.name, 0, arg.name === 'id' ? mutation.name : arg.name)])), {
    requiredKeys: args.filter((arg) => isNonNullType(arg.type)).map((arg) => arg.name),
  });
}

/**
 * Per table of every schema a mutation writes, its row count and the newest row version (xmin):
 * an insert, update or delete changes one of them. Rate windows, which every request fills, aside, and
 * bookings' copy of other subgraphs' facts, which follows an earlier mutation's commit a moment later.
 */
async function tableState(): Promise<Record<string, string>> {
  const sql = system.databases.venues.sql;
  const tables = await sql<{ schema: string; name: string }[]>`
    select table_schema as schema, table_name as name from information_schema.tables
    where table_schema in ('venues', 'courses', 'experts', 'bookings', 'access') and table_type = 'BASE TABLE'
      and not (table_schema = 'access' and table_name = 'rate_windows')
      and not (table_schema = 'bookings' and (table_name like '%\\_facts' or table_name = 'followed_outboxes')) order by 1, 2`;
  const parts = tables.map(({ schema, name }) => `select '${schema}.${name}' as t, count(*)::text || '/' || coalesce(max(xmin::text::bigint), 0)::text as s from "${schema}"."${name}"`);
  const rows = await sql.unsafe(parts.join(' union all '));
  return Object.fromEntries(rows.map((row) => [row.t as string, row.s as string]));
}

interface Answer {
  status: number;
  ms: number;
  body: { data?: Record<string, { userErrors?: unknown[] } | null> | null; errors?: { message: string; extensions?: { code?: string } }[] } | null;
  text: string;
}

async function send(query: string, variables: Record<string, unknown>, caller: Record<string, string>): Promise<Answer> {
  address += 1;
  const started = performance.now();
  const response = await fetch(system.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': `198.18.${(address >> 8) & 255}.${address & 255}`, ...caller },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  let body: Answer['body'] = null;
  try {
    body = JSON.parse(text);
  } catch {
    body = null;
  }
  return { status: response.status, ms: performance.now() - started, body, text };
}

/** What is wrong with an answer, or null: a 5xx, an unexplained error, a stall, or a refusal that wrote something. */
function problemWith(answer: Answer, name: string, changed: boolean): string | null {
  if (answer.status >= 500) return `HTTP ${answer.status}`;
  if (answer.ms > 1_000) return `answered after ${Math.round(answer.ms)} ms`;
  const codes = answer.body?.errors?.map((error) => error.extensions?.code) ?? [];
  if (codes.some((code) => !code || code === 'INTERNAL_SERVER_ERROR')) return `error codes ${JSON.stringify(codes)}`;
  const payload = answer.body?.data?.[name];
  const refused = answer.status >= 400 || codes.length > 0 || !payload || (payload.userErrors?.length ?? 0) > 0;
  if (answer.status === 200 && !answer.body) return 'an answer that is not JSON';
  if (refused && changed) return 'a refused mutation changed the database';
  return null;
}

/** How an answer ended, for the summary: done, a userError's code, or an error's code and status. */
function outcomeOf(answer: Answer, name: string): string {
  const error = answer.body?.errors?.[0];
  if (error) return `${error.extensions?.code ?? 'no code'} (${answer.status})`;
  const payload = answer.body?.data?.[name] as { userErrors?: { code: string }[] } | null | undefined;
  if (payload?.userErrors?.length) return `userError ${payload.userErrors[0]!.code}`;
  return answer.status === 200 ? 'done' : `HTTP ${answer.status}`;
}

describe('every mutation, fuzzed', () => {
  it(`answers generated arguments from every caller with data, a userError or a 4xx, promptly, and a refusal writes nothing (seed ${SEED})`, async () => {
    expect(mutations.length).toBeGreaterThan(30);
    const callerNames = Object.keys(callers);
    const failures: string[] = [];
    const outcomes = new Map<string, number>();
    for (const mutation of mutations) {
      const query = documentFor(mutation);
      await fc.assert(
        fc.asyncProperty(argumentsOf(mutation), fc.constantFrom(...callerNames), async (variables, caller) => {
          const before = await tableState();
          const answer = await send(query, variables, callers[caller]!);
          const changed = JSON.stringify(await tableState()) !== JSON.stringify(before);
          const problem = problemWith(answer, mutation.name, changed);
          const outcome = outcomeOf(answer, mutation.name);
          outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
          if (problem) failures.push(`${mutation.name} as ${caller}: ${problem}\n  variables ${JSON.stringify(variables).slice(0, 400)}\n  answer ${answer.text.slice(0, 400)}`);
          return problem === null;
        }),
        { seed: SEED, numRuns: RUNS_PER_MUTATION, endOnFailure: true },
      ).catch(() => {});
    }
    console.info(`mutation fuzz, seed ${SEED}: ${[...outcomes].sort((a, b) => b[1] - a[1]).map(([outcome, count]) => `${count} ${outcome}`).join(', ')}`);
    expect(failures, `replay with FUZZ_SEED=${SEED}`).toEqual([]);
    // The arguments get past validation often enough that the mutations' own rules run.
    expect([...outcomes.keys()].filter((outcome) => outcome.startsWith('userError') || outcome === 'done').length).toBeGreaterThan(3);
  }, 180_000);
});
