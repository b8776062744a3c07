import { GraphQLError } from 'graphql';

/** A GraphQL error for input the API cannot accept at all (malformed ids, page sizes out of range). */
export function badUserInput(message: string, field?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...(field ? { field } : {}) } });
}

export function unauthenticated(message = 'Sign in to do this.'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED' } });
}

export function forbidden(message = 'You are not allowed to do this.'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
}

/** A part this deployment lacks: the request is well formed, but cannot be answered here. */
export function unavailable(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAVAILABLE' } });
}

/** A business rule said no; returned in a payload's `userErrors`, never thrown. */
export interface UserError {
  field: string[] | null;
  code: string;
  message: string;
}

export function userError(code: string, message: string, field?: string[]): UserError {
  return { field: field ?? null, code, message };
}
