import {
  getNamedType, getNullableType, isInputObjectType, isListType, isObjectType, visit,
  type DocumentNode, type GraphQLFieldResolver, type GraphQLInputType,
} from 'graphql';
import { badUserInput, userError, type UserError } from './errors.js';

/**
 * The longest text, in characters, each text input may hold, by its name wherever it appears (a
 * venue's `name`, a booking's `note`, a cancellation's `reason`); documented in the README.
 * A text input not named here holds at most DEFAULT_TEXT_LIMIT.
 */
export const TEXT_LIMITS: Record<string, number> = {
  name: 200, nameEn: 200, title: 200, titleEn: 200, contactName: 100,
  city: 100, district: 100, code: 100, timeZone: 64, price: 20, idempotencyKey: 200,
  contactEmail: 254, contactPhone: 40, website: 2_000,
  address: 500, openingHours: 500, accessibility: 200, activity: 500,
  summary: 5_000, summaryEn: 5_000, description: 5_000, descriptionEn: 5_000, bio: 5_000, bioEn: 5_000,
  note: 2_000, reason: 1_000, notice: 1_000,
};
export const DEFAULT_TEXT_LIMIT = 1_000;
/** Any text argument of a read (a filter value, a search query, a cursor) holds at most this. */
export const READ_TEXT_LIMIT = 1_000;

/** Characters PostgreSQL cannot store (NUL) or no one types: C0 controls but tab and line breaks, and DEL. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export function textLimit(name: string): number {
  return TEXT_LIMITS[name] ?? DEFAULT_TEXT_LIMIT;
}

/** Every text in a mutation's arguments over its limit or with control characters, as userErrors naming the field. */
export function textProblems(args: Record<string, unknown>, types: readonly { name: string; type: GraphQLInputType }[]): UserError[] {
  const problems: UserError[] = [];
  for (const { name, type } of types) collect(args[name], type, name, [name], problems);
  return problems;
}

function collect(value: unknown, type: GraphQLInputType, name: string, path: string[], problems: UserError[]): void {
  if (value === null || value === undefined) return;
  const nullable = getNullableType(type);
  if (isListType(nullable) && Array.isArray(value)) {
    value.forEach((item, index) => collect(item, nullable.ofType, name, [...path, String(index)], problems));
    return;
  }
  const named = getNamedType(type);
  if (isInputObjectType(named)) {
    for (const field of Object.values(named.getFields())) collect((value as Record<string, unknown>)[field.name], field.type, field.name, [...path, field.name], problems);
    return;
  }
  if (typeof value !== 'string') return;
  const limit = textLimit(name);
  if (value.length > limit) problems.push(userError('TOO_LONG', `Keep ${name} to ${limit} characters or fewer (it has ${value.length}).`, path));
  else if (CONTROL.test(value)) problems.push(userError('INVALID_TEXT', `${name} holds a control character (such as NUL); remove it.`, path));
}

/**
 * Wraps every mutation whose payload has `userErrors` so that over-long or unstorable text is
 * refused, with nothing written, before the mutation runs.
 */
export function withTextLimits(mutations: Record<string, GraphQLFieldResolver<unknown, unknown>>): Record<string, GraphQLFieldResolver<unknown, unknown>> {
  return Object.fromEntries(Object.entries(mutations).map(([name, resolve]) => [name, (parent, args, context, info) => {
    const field = info.parentType.getFields()[info.fieldName]!;
    const payload = getNamedType(field.type);
    const problems = textProblems(args, field.args);
    if (problems.length === 0) return resolve(parent, args, context, info);
    if (isObjectType(payload) && payload.getFields().userErrors) return { userErrors: problems };
    throw badUserInput(problems[0]!.message, problems[0]!.field?.join('.'));
  }]));
}

/**
 * For reads: a BAD_USER_INPUT error for any text argument, in the variables or written in the
 * operation, over READ_TEXT_LIMIT or with control characters, which PostgreSQL would refuse.
 */
export function readTextProblem(document: DocumentNode, variables: Record<string, unknown> | undefined) {
  const texts: [string, string][] = textsWrittenIn(document).map((text) => ['query', text]);
  gatherTexts(variables ?? {}, '', texts);
  for (const [path, text] of texts) {
    if (text.length > READ_TEXT_LIMIT) return badUserInput(`${path} is over ${READ_TEXT_LIMIT} characters; send a shorter value.`, path);
    if (CONTROL.test(text)) return badUserInput(`${path} holds a control character (such as NUL); remove it.`, path);
  }
  return null;
}

/** Parsed documents are kept and reused by Apollo Server, so the texts written in one are gathered once. */
const writtenTexts = new WeakMap<DocumentNode, string[]>();

function textsWrittenIn(document: DocumentNode): string[] {
  let texts = writtenTexts.get(document);
  if (!texts) {
    const found: string[] = [];
    visit(document, { StringValue(node) { found.push(node.value); } });
    writtenTexts.set(document, (texts = found));
  }
  return texts;
}

function gatherTexts(value: unknown, path: string, texts: [string, string][]): void {
  if (typeof value === 'string') texts.push([path, value]);
  else if (Array.isArray(value)) value.forEach((item, index) => gatherTexts(item, `${path}.${index}`, texts));
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) gatherTexts(item, path ? `${path}.${key}` : key, texts);
}
