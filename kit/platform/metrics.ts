import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** This process's Prometheus metrics, served at `/metrics`: Node's own, and what Kepu counts. */
export const metrics = new Registry();
collectDefaultMetrics({ register: metrics, prefix: 'kepu_' });

const seconds = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

/** GraphQL requests this process answered, by operation name and HTTP status. */
export const requestsTotal = new Counter({
  name: 'kepu_requests_total',
  help: 'GraphQL requests answered, by operation and HTTP status.',
  labelNames: ['operation', 'status'] as const,
  registers: [metrics],
});

/** Requests whose answer carried errors, by operation. */
export const requestErrorsTotal = new Counter({
  name: 'kepu_request_errors_total',
  help: 'GraphQL requests answered with errors, by operation.',
  labelNames: ['operation'] as const,
  registers: [metrics],
});

export const requestSeconds = new Histogram({
  name: 'kepu_request_duration_seconds',
  help: 'Time to answer a GraphQL request, by operation.',
  labelNames: ['operation'] as const,
  buckets: seconds,
  registers: [metrics],
});

/** The gateway's fetches from each subgraph. */
export const subgraphFetchSeconds = new Histogram({
  name: 'kepu_subgraph_fetch_duration_seconds',
  help: 'Time the gateway waited for a subgraph, by subgraph.',
  labelNames: ['subgraph'] as const,
  buckets: seconds,
  registers: [metrics],
});

const labelled = new Set<string>();
const MAX_OPERATIONS = 200;

/**
 * Operation names are the client's to choose: unnamed ones are counted as `anonymous`, and past
 * the first 200 names, new ones as `other`, so no client can grow the metrics without bound.
 */
export function operationLabel(name: string | undefined): string {
  if (!name || !/^\w{1,64}$/.test(name)) return 'anonymous';
  if (labelled.has(name)) return name;
  if (labelled.size >= MAX_OPERATIONS) return 'other';
  labelled.add(name);
  return name;
}

/** Statements each database pool has sent and not yet had answered, and the pool's size, by pool. */
export const statementsInFlight = new Gauge({
  name: 'kepu_database_statements_in_flight',
  help: 'Statements sent to PostgreSQL and not yet answered, by pool.',
  labelNames: ['pool'] as const,
  registers: [metrics],
});

export const poolSize = new Gauge({
  name: 'kepu_database_pool_max_connections',
  help: 'The most connections a pool opens, by pool.',
  labelNames: ['pool'] as const,
  registers: [metrics],
});

type Reading = () => Promise<Record<string, number>>;
const readings = new Map<string, Reading>();

/** A gauge read when `/metrics` is scraped, from what this process registered for it with `readOnScrape`. */
function scrapedGauge(name: string, help: string, label: string): void {
  new Gauge({
    name,
    help,
    labelNames: [label],
    registers: [metrics],
    async collect() {
      const read = readings.get(name);
      if (!read) return;
      const values = await read().catch(() => null);
      this.reset();
      for (const [key, value] of Object.entries(values ?? {})) this.set({ [label]: key }, value);
    },
  });
}

scrapedGauge('kepu_outbox_lag_rows', 'Outbox rows the search index has not applied yet, by subgraph.', 'subgraph');
scrapedGauge('kepu_search_index_documents', 'Documents in the search index, by engine.', 'engine');

export type ScrapedGauge = 'kepu_outbox_lag_rows' | 'kepu_search_index_documents';

/** What `gauge` reports from now on in this process. */
export function readOnScrape(gauge: ScrapedGauge, read: Reading): void {
  readings.set(gauge, read);
}
