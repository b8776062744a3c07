import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mintToken } from '../../gateway/auth.js';
import { settingsFromEnvironment } from '../../gateway/settings.js';
import { startSystem, type System } from '../../gateway/system.js';
import { connect } from '../../kit/database/connection.js';
import { startEmbeddedPostgres } from '../../kit/database/embedded.js';
import { migrateSubgraph } from '../../kit/database/migrate.js';
import { generateCatalogue } from '../../seed/catalogue.js';
import { loadCatalogue } from '../../seed/load.js';
import { startOfToday } from '../../seed/today.js';
import { migrationsOf, subgraphNames } from '../../subgraphs/manifest.js';
import { enforceOverdueNotices } from '../../subgraphs/venues/main.js';
import { post, runLoad } from './load.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const SCALE = Number(process.env.BENCH_DISTRICT_SCALE ?? 100);
const OVERDUE_NOTICES = 10_000;

const COVERAGE = `query($district: String!, $asOf: String) {
  districtCoverage(district: $district, asOf: $asOf) {
    schoolCount studentCount
    measures { measure schools covered percent missing byStage { stage percent } rural { percent } urban { percent } underResourced { percent } }
    targets { measure percent gap schoolsShort }
    schools(missing: SCIENCE_VICE_PRINCIPAL, first: 20) { totalCount edges { node { school { id name } } } }
  }
}`;

/**
 * `npm run bench district`: at 100 × the demo catalogue (30,000 schools) on a throw-away embedded
 * PostgreSQL, a district's coverage through the gateway (today and a past date), and the overdue
 * rectification job on 10,000 overdue notices, run twice. Search starts from an empty index and takes
 * in what changes, the job's suspensions among them, as in a deployment whose index is in place:
 * building the whole index first takes minutes at this size (`npm run bench search-startup` measures it).
 */
export async function benchDistrict(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'kepu-bench-district-'));
  const server = await startEmbeddedPostgres(dataDir, { persistent: false });
  try {
    console.log(`\nDistrict oversight at ${SCALE} × the demo catalogue`);
    const databaseUrl = await server.createDatabase('kepu');
    const loadedIn = await load(databaseUrl);
    console.log(`  catalogue loaded in ${(loadedIn / 1000).toFixed(1)} s`);
    const settings = { ...settingsFromEnvironment({}), rateLimits: { anonymousPerMinute: 1e12, signedInPerMinute: 1e12 } };
    const starting = performance.now();
    const system = await startSystem({ port: 0, databaseUrl, settings, searchIndexFrom: 'changes' });
    console.log(`  system started in ${((performance.now() - starting) / 1000).toFixed(1)} s`);
    try {
      await waitForBookingsFacts(system);
      await benchCoverage(system);
      await benchOverdue(system);
    } finally {
      await system.stop();
    }
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function load(databaseUrl: string): Promise<number> {
  const started = performance.now();
  const database = connect(databaseUrl, { max: 2 });
  try {
    for (const name of subgraphNames) await migrateSubgraph(database, migrationsOf(name));
    await loadCatalogue({ venues: database, courses: database, experts: database, bookings: database }, generateCatalogue({ scale: SCALE, now: startOfToday() }));
    await database.sql`analyze`;
  } finally {
    await database.close();
  }
  return performance.now() - started;
}

/** Bookings reads the catalogue's facts once per database, at its first start; the figures below come after. */
async function waitForBookingsFacts(system: System): Promise<void> {
  const started = performance.now();
  for (;;) {
    const [row] = await system.databases.bookings.sql<{ n: number }[]>`select count(*)::int as n from bookings.followed_outboxes`;
    if (row!.n === 3) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const [facts] = await system.databases.bookings.sql<{ venues: number; programmes: number; talks: number }[]>`
    select (select count(*) from bookings.venue_facts)::int as venues, (select count(*) from bookings.programme_facts)::int as programmes,
      (select count(*) from bookings.talk_facts)::int as talks`;
  console.log(`  bookings' first read of the catalogue's facts (${facts!.venues} venues, ${facts!.programmes} programmes, ${facts!.talks} talks), done once per database: ${((performance.now() - started) / 1000).toFixed(1)} s after start`);
}

async function benchCoverage(system: System): Promise<void> {
  const [largest] = await system.databases.bookings.sql<{ district: string; schools: number }[]>`
    select district, count(*)::int as schools from bookings.schools group by district order by count(*) desc limit 1`;
  const [all] = await system.databases.bookings.sql<{ schools: number }[]>`select count(*)::int as schools from bookings.schools`;
  const headers = { authorization: `Bearer ${await mintToken('bench-district', { role: 'district', district: largest!.district })}` };
  const pastDate = new Date(Date.now() - 45 * 86400_000 + 8 * 3600_000).toISOString().slice(0, 10);
  console.log(`  coverage of ${largest!.district} (${largest!.schools} of ${all!.schools} schools) through the gateway, ${SECONDS} s each`);
  console.log('  date         clients   requests   p50 ms   p95 ms');
  for (const asOf of [undefined, pastDate]) {
    for (const clients of [1, 10]) {
      const result = await runLoad(() => post(system.url, COVERAGE, { district: largest!.district, asOf }, headers).then(() => {}), clients, SECONDS);
      if (result.errors > 0) throw new Error(`${result.errors} coverage requests failed`);
      console.log(`  ${(asOf ?? 'today').padEnd(13)}${String(clients).padStart(7)}${String(result.requests).padStart(11)}${result.p50Ms.toFixed(1).padStart(9)}${result.p95Ms.toFixed(1).padStart(9)}`);
    }
  }
}

async function benchOverdue(system: System): Promise<void> {
  const sql = system.databases.venues.sql;
  await sql`
    insert into venues.rectification_notices (venue_id, reason, deadline, issued_by, issued_at)
    select id, '限期整改（基准测试）', now() - interval '1 day', 'admin:bench', now() - interval '30 days'
    from venues.venues where compliance_status = 'WHITELISTED' order by id limit ${OVERDUE_NOTICES}`;
  const [due] = await sql<{ n: number }[]>`select count(*)::int as n from venues.rectification_notices where status = 'OPEN' and deadline <= now()`;
  const enforced = await timed(() => enforceOverdueNotices(system.databases.venues.db, new Date()));
  console.log(`  overdue job on ${due!.n} overdue notices: ${(enforced.ms / 1000).toFixed(2)} s — ${enforced.result.enforced} enforced, ${enforced.result.suspended} venues suspended`);
  const first = await timed(() => system.runComplianceJobs());
  console.log(`  then telling schools: ${(first.ms / 1000).toFixed(2)} s — ${first.result.told.barred} venues newly barred, ${first.result.told.notified} booking events`);
  console.log(`  the whole job: ${((enforced.ms + first.ms) / 1000).toFixed(2)} s (target under 10 s)`);
  const before = await checksums(system);
  const second = await timed(() => system.runComplianceJobs());
  const unchanged = JSON.stringify(await checksums(system)) === JSON.stringify(before);
  console.log(`  both again: ${(second.ms / 1000).toFixed(2)} s — ${second.result.enforcement.enforced} enforced, ${second.result.told.notified} events, tables ${unchanged ? 'unchanged' : 'CHANGED'}`);
  if (!unchanged || second.result.enforcement.enforced > 0) throw new Error('The second run of the overdue job changed something.');
}

async function timed<Result>(work: () => Promise<Result>): Promise<{ ms: number; result: Result }> {
  const started = performance.now();
  const result = await work();
  return { ms: performance.now() - started, result };
}

async function checksums(system: System): Promise<Record<string, string>> {
  const tables = ['venues.venues', 'venues.rectification_notices', 'venues.compliance_records', 'venues.outbox', 'bookings.booking_events', 'bookings.barred_venues', 'bookings.followed_outboxes',
    'bookings.venue_facts'];
  const sums: Record<string, string> = {};
  for (const table of tables) {
    const [row] = await system.databases.venues.sql.unsafe(`select count(*) || ' ' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '') as state from ${table} t`);
    sums[table] = row!.state as string;
  }
  return sums;
}
