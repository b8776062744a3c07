import { z } from 'zod';
import { log } from './log.js';

const wholeNumber = z.string().regex(/^\d+$/, 'must be a whole number').transform(Number);
const flag = z.enum(['true', 'false'], 'must be true or false').transform((value) => value === 'true');
const postgresUrl = z.string().regex(/^postgres(ql)?:\/\/\S+$/, 'must be a postgres:// URL');
const httpUrl = z.string().regex(/^https?:\/\/\S+$/, 'must be an http:// or https:// URL');
const text = z.string().min(1, 'must not be empty');

/**
 * Every variable a Kepu process reads, with what it may hold; the README's configuration table
 * lists the same names (a test checks it). A subgraph's own `<NAME>_DATABASE_URL` and `<NAME>_URL`
 * come from the subgraph manifest and are checked beside these.
 */
export const configSchema = z.object({
  NODE_ENV: z.string().optional(),
  PORT: wholeNumber.refine((port) => port <= 65_535, 'must be a port number, 0 to 65535').optional(),
  HOST: text.optional(),
  DATABASE_URL: postgresUrl.optional(),
  KEPU_DATA_DIR: text.optional(),
  KEPU_SEED: flag.optional(),
  KEPU_JWT_SECRET: text.optional(),
  KEPU_JWKS_URL: httpUrl.optional(),
  KEPU_INTERNAL_SECRET: text.optional(),
  KEPU_MAX_DEPTH: wholeNumber.optional(),
  KEPU_MAX_COST: wholeNumber.optional(),
  KEPU_MAX_ALIASES: wholeNumber.optional(),
  KEPU_MAX_TOKENS: wholeNumber.optional(),
  KEPU_MAX_DIRECTIVES: wholeNumber.optional(),
  KEPU_RATE_LIMIT_ANONYMOUS: wholeNumber.optional(),
  KEPU_RATE_LIMIT_SIGNED_IN: wholeNumber.optional(),
  KEPU_API_KEY_CACHE_SECONDS: wholeNumber.optional(),
  KEPU_TRUST_PROXY: flag.optional(),
  KEPU_PERSISTED_QUERIES_ONLY: flag.optional(),
  KEPU_PERSISTED_QUERIES_FILE: text.optional(),
  APOLLO_TELEMETRY_DISABLED: flag.optional(),
  KEPU_INTROSPECTION: flag.optional(),
  MEILISEARCH_URL: httpUrl.optional(),
  MEILISEARCH_KEY: text.optional(),
  MEILISEARCH_INDEX: z.string().regex(/^[\w-]+$/, 'must be letters, digits, - or _').optional(),
  KEPU_SEARCH_INDEX_FILE: text.optional(),
  KEPU_SEARCH_POLL_MS: wholeNumber.refine((ms) => ms > 0, 'must be above 0').optional(),
  KEPU_GATEWAY_URL: httpUrl.optional(),
  KEPU_ADMIN_TOKEN: text.optional(),
  KEPU_WEB: flag.optional(),
  KEPU_COMPLIANCE_INTERVAL_SECONDS: wholeNumber.optional(),
  KEPU_WORKERS: wholeNumber.refine((workers) => workers >= 1, 'must be 1 or more').optional(),
  KEPU_MAX_SPREADS: wholeNumber.optional(),
  KEPU_MAX_FIELDS_PER_SELECTION: wholeNumber.optional(),
  KEPU_MERGE_FETCHES: flag.optional(),
  KEPU_CACHE_PUBLIC_READS: flag.optional(),
  KEPU_CACHE_ENTRIES: wholeNumber.optional(),
  KEPU_CACHE_MAX_AGE_SECONDS: wholeNumber.optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], 'must be fatal, error, warn, info, debug, trace or silent').optional(),
  LOG_PRETTY: flag.optional(),
  OTEL_EXPORTER_OTLP_ENDPOINT: httpUrl.optional(),
});

export type Config = z.infer<typeof configSchema> & {
  /** The manifest's `<NAME>_DATABASE_URL` and `<NAME>_URL` variables that are set, checked. */
  subgraphVariables: Readonly<Record<string, string>>;
};

/** The variables the subgraph manifest names: each subgraph's database and where a gateway finds it. */
export interface SubgraphVariables {
  databaseVariables: readonly string[];
  urlVariables: readonly string[];
}

export class ConfigurationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Kepu cannot start; fix these variables:\n${problems.map((problem) => `- ${problem}`).join('\n')}`);
  }
}

/**
 * Reads the configuration once, at start: every problem is listed at once, so a deployment is
 * fixed in one go rather than one variable per restart. An empty variable counts as unset.
 */
export function readConfig(env: Record<string, string | undefined>, subgraphs: SubgraphVariables): Config {
  const given = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const problems: string[] = [];
  const parsed = configSchema.safeParse(given);
  if (!parsed.success) for (const issue of parsed.error.issues) problems.push(`${issue.path.join('.')}: ${issue.message} (it is "${given[String(issue.path[0])]}")`);
  for (const name of subgraphs.databaseVariables) check(name, postgresUrl);
  for (const name of subgraphs.urlVariables) check(name, httpUrl);
  if (problems.length > 0) throw new ConfigurationError(problems);
  const named = [...subgraphs.databaseVariables, ...subgraphs.urlVariables].filter((name) => given[name] !== undefined);
  return { ...parsed.data!, subgraphVariables: Object.fromEntries(named.map((name) => [name, given[name]!])) };

  function check(name: string, schema: z.ZodType): void {
    const value = given[name];
    const result = value === undefined ? null : schema.safeParse(value);
    if (result && !result.success) problems.push(`${name}: ${result.error.issues[0]!.message} (it is "${value}")`);
  }
}

let started: Config | null = null;

/**
 * The configuration this process started with, as its entry point read it with `configOrExit`;
 * read from the environment on first use in a process that has no such entry point (a test).
 */
export function startConfig(): Config {
  return (started ??= readConfig(process.env, { databaseVariables: [], urlVariables: [] }));
}

/** `readConfig` for a process's entry point: the problems are logged, all of them, and the process stops. */
export function configOrExit(subgraphs: SubgraphVariables, env: Record<string, string | undefined> = process.env): Config {
  try {
    return (started = readConfig(env, subgraphs));
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error;
    log.fatal({ problems: error.problems }, error.message);
    return process.exit(1);
  }
}
