/** What PostgreSQL says of a failed statement: its SQLSTATE code and, for a constraint, the constraint's name. */
export interface PostgresError {
  code: string;
  constraint_name?: string;
}

/** The PostgreSQL error with SQLSTATE `code` behind `error`, through drizzle's wrapping; null when there is none. */
export function postgresErrorOf(error: unknown, code: string): PostgresError | null {
  for (let cause = error as (Partial<PostgresError> & { cause?: unknown }) | null | undefined; cause; cause = cause.cause as typeof cause) {
    if (cause.code === code) return cause as PostgresError;
  }
  return null;
}
