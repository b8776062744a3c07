import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';

/**
 * `column = any(ids)`, the ids sent as one array parameter: a list of thousands (a district's
 * barred venues, a follower's changed records) stays one parameter, and PostgreSQL plans the
 * statement knowing how many there are, where `inArray` sends a parameter per id.
 */
export function anyOf(column: SQLWrapper, ids: readonly number[]): SQL {
  return sql`${column} = any(${sql.param(ids)}::bigint[])`;
}
