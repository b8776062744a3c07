import type { z } from 'zod';
import { userError, type UserError } from './errors.js';

/** What a mutation did: the record as it now stands, or why nothing changed. */
export type Outcome<Thing> = { thing: Thing; userErrors: [] } | { thing: null; userErrors: UserError[] };

export function succeeded<Thing>(thing: Thing): Outcome<Thing> {
  return { thing, userErrors: [] };
}

export function failed<Thing>(...userErrors: UserError[]): Outcome<Thing> {
  return { thing: null, userErrors };
}

/** A mutation payload, `{ <key>: thing, userErrors }`, as every Kepu mutation answers. */
export function payload<Key extends string, Thing>(key: Key, outcome: Outcome<Thing>): { [K in Key]: Thing | null } & { userErrors: UserError[] } {
  return { [key]: outcome.thing, userErrors: outcome.userErrors } as { [K in Key]: Thing | null } & { userErrors: UserError[] };
}

export function notFound(entity: string, field: string[] = ['id']): UserError {
  return userError('NOT_FOUND', `There is no ${entity} with this id, or it has been removed.`, field);
}

/** Options for a zod refinement that reports its failure as a userError with this code. */
export function rule(code: string, message: string) {
  return { message, params: { code } };
}

/**
 * Turns zod's complaints into userErrors: a refinement made with `rule` keeps its code, an empty
 * text or list is REQUIRED, anything else INVALID_INPUT. `root` is where the input sits in the mutation.
 */
export function userErrorsFrom(error: z.ZodError, root: string[] = ['input']): UserError[] {
  return error.issues.map((issue) => {
    const field = [...root, ...issue.path.map(String)];
    const code = issue.code === 'custom' ? (issue.params as { code?: string } | undefined)?.code : undefined;
    if (code) return userError(code, issue.message, field);
    if (issue.code === 'too_big' && issue.origin === 'array') return userError('TOO_MANY', issue.message, field);
    const empty = issue.code === 'too_small' && (issue.origin === 'string' || issue.origin === 'array');
    return userError(empty ? 'REQUIRED' : 'INVALID_INPUT', issue.message, field);
  });
}

/** Parses a candidate record, answering either its clean values or the userErrors that explain why not. */
export function validate<Schema extends z.ZodType>(schema: Schema, candidate: unknown, root?: string[]):
  { ok: true; value: z.output<Schema> } | { ok: false; userErrors: UserError[] } {
  const parsed = schema.safeParse(candidate);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, userErrors: userErrorsFrom(parsed.error, root) };
}
