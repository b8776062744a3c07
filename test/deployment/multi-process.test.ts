import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { connect } from '../../kit/database/connection.js';
import { startEmbeddedPostgres, type EmbeddedServer } from '../../kit/database/embedded.js';
import { freePort } from '../../kit/platform/ports.js';
import { manifest } from '../../subgraphs/manifest.js';
import { asAdmin, asSchool, REQUEST_BOOKING, SCHEDULE_SESSION } from '../support/bookings.js';
import { composeServices, KepuProcess, localCommand, localEnvironment, portsFor } from '../support/deployment.js';
import { graphql, type GraphQLAnswer } from '../support/system.js';

/**
 * The deployment docker-compose.yml describes, as processes on this machine: one PostgreSQL server
 * (the embedded one), each subgraph and two gateways running the commands and environment their
 * containers run, from the compiled build (Meilisearch aside, which has no binary here: search uses
 * its embedded engine).
 */
const secrets = { KEPU_JWT_SECRET: randomBytes(24).toString('hex'), KEPU_INTERNAL_SECRET: randomBytes(24).toString('hex') };
// Tokens this test signs are checked by the gateways with the same secret.
process.env.KEPU_JWT_SECRET = secrets.KEPU_JWT_SECRET;

const GATEWAYS = ['gateway', 'gateway-2'] as const;
const figures: Record<string, string> = {};
const dataDir = mkdtempSync(join(tmpdir(), 'kepu-deployment-'));
let postgresPort: number;
let postgres: EmbeddedServer;
let databaseUrl: string;
let processes: Record<string, KepuProcess>;
let gateways: KepuProcess[];
const traces = otlpReceiver();

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

beforeAll(async () => {
  // The containers run the compiled build; so do these processes (`npm run build`, as the Dockerfile does).
  const building = performance.now();
  const built = spawnSync(process.execPath, ['--import', 'tsx', 'build.ts'], { encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`npm run build failed:\n${built.stdout}${built.stderr}`);
  figures['npm run build'] = seconds(building);
  postgresPort = await freePort();
  postgres = await startEmbeddedPostgres(join(dataDir, 'postgres'), { port: postgresPort, dataFolder: dataDir });
  databaseUrl = await postgres.createDatabase('kepu');
  const seeding = performance.now();
  const seeded = spawnSync(process.execPath, ['dist/seed/cli.js', '--database-url', databaseUrl], { encoding: 'utf8' });
  if (seeded.status !== 0) throw new Error(`Loading the demo catalogue failed:\n${seeded.stdout}${seeded.stderr}`);
  figures['demo catalogue loaded (node dist/seed/cli.js)'] = seconds(seeding);

  const services = composeServices();
  const names = [...manifest.map((entry) => entry.name), ...GATEWAYS];
  const ports = await portsFor(names);
  processes = Object.fromEntries(await Promise.all(names.map(async (name) => {
    const service = services[name === 'gateway-2' ? 'gateway' : name]!;
    const environment = localEnvironment(service.environment ?? {}, { ports, databaseUrl, secrets });
    // Meilisearch is not running here; without these search indexes into its embedded engine.
    for (const variable of Object.keys(environment).filter((key) => key.startsWith('MEILISEARCH_'))) delete environment[variable];
    // As the image runs them (its NODE_ENV), with warnings and errors only in the test's output.
    const env = { ...environment, NODE_ENV: 'production', LOG_LEVEL: 'warn', LOG_PRETTY: 'false', OTEL_EXPORTER_OTLP_ENDPOINT: await traces.endpoint, KEPU_COMPLIANCE_INTERVAL_SECONDS: '1' };
    return [name, new KepuProcess(name, localCommand(service.command!), env, ports[name]!)] as const;
  })));
  gateways = GATEWAYS.map((name) => processes[name]!);

  const starting = performance.now();
  for (const child of Object.values(processes)) child.start();
  const readyAfter: string[] = [];
  await Promise.all(Object.values(processes).map(async (child) => {
    await child.waitUntil(200, 150_000);
    readyAfter.push(`${child.name} ${seconds(starting)}`);
  }));
  figures['start-up: every process ready, search index in'] = `${seconds(starting)} (${readyAfter.join(', ')})`;
}, 300_000);

afterAll(async () => {
  await Promise.all(Object.values(processes ?? {}).map((child) => child.stop()));
  await postgres?.stop();
  traces.close();
  rmSync(dataDir, { recursive: true, force: true });
  console.log(`Multi-process deployment (${manifest.length} subgraphs, ${GATEWAYS.length} gateways, one PostgreSQL):\n${Object.entries(figures).map(([name, value]) => `  ${name}: ${value}`).join('\n')}`);
}, 60_000);

const CATALOGUE = /* GraphQL */ `
  query DeploymentCatalogue {
    venues(first: 3) {
      totalCount
      edges { node { id name programmes(first: 2) { edges { node { id title sessions(first: 2) { edges { node { id seatsLeft } } } } } } } }
    }
  }`;

/** Every gateway's answer to the same operation. */
function throughEach(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLAnswer[]> {
  return Promise.all(gateways.map((gateway) => graphql(gateway.url, query, variables, headers)));
}

function expectNoCrash(): void {
  expect(Object.values(processes).flatMap((child) => child.crashes)).toEqual([]);
}

describe('the multi-process deployment', () => {
  it('answers the catalogue across subgraphs alike through both gateways', async () => {
    const answers = await throughEach(CATALOGUE);
    for (const answer of answers) {
      expect(answer.errors).toBeUndefined();
      expect(answer.data.venues.totalCount).toBeGreaterThanOrEqual(150);
      expect(answer.data.venues.edges.some((edge: any) => edge.node.programmes.edges.length > 0)).toBe(true);
    }
    expect(answers[1]!.data).toEqual(answers[0]!.data);
  });

  it('traces a request from the gateway through each subgraph it asks down to SQL, under one trace id, over OTLP', async () => {
    const traceId = randomBytes(16).toString('hex');
    const answer = await graphql(gateways[1]!.url, CATALOGUE, undefined, {
      traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01`,
      // Read from the subgraphs, not from the answers the gateway keeps.
      'cache-control': 'no-cache',
    });
    expect(answer.errors).toBeUndefined();
    const spansOf = () => traces.spans.filter((span) => span.traceId === traceId);
    await expect.poll(() => new Set(spansOf().map((span) => span.service)), { timeout: 15_000, interval: 200 })
      .toEqual(new Set(['kepu-gateway', 'kepu-venues', 'kepu-courses', 'kepu-bookings']));
    const names = (service: string) => spansOf().filter((span) => span.service === service).map((span) => span.name);
    // Each process's outermost span ends last, and may be exported after its other spans.
    await expect.poll(() => names('kepu-gateway'), { timeout: 15_000, interval: 200 }).toEqual(expect.arrayContaining(['graphql request', 'gateway.request', 'gateway.fetch']));
    for (const subgraph of ['kepu-venues', 'kepu-courses', 'kepu-bookings']) {
      await expect.poll(() => names(subgraph), { timeout: 15_000, interval: 200 }).toEqual(expect.arrayContaining(['graphql request', 'sql select']));
    }
  });

  it('traces the statements inside a booking\'s transaction too', async () => {
    const { session, group } = await openSession(3);
    const [schoolId] = await schoolIds(1);
    const traceId = randomBytes(16).toString('hex');
    const headers = { ...(await asSchool(schoolId!)), traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01` };
    const answer = await graphql(gateways[0]!.url, REQUEST_BOOKING, { input: { sessionId: session.id, schoolId, ...group } }, headers);
    expect(answer.data.requestBooking.userErrors).toEqual([]);
    const bookingSpans = () => traces.spans.filter((span) => span.traceId === traceId && span.service === 'kepu-bookings').map((span) => span.name);
    await expect.poll(bookingSpans, { timeout: 15_000, interval: 200 }).toEqual(expect.arrayContaining(['sql begin', 'sql with', 'sql commit']));
  });

  it('reports database pools, each outbox\'s lag and the search index\'s size at /metrics', async () => {
    const scrape = async (name: string) => (await fetch(`http://127.0.0.1:${processes[name]!.port}/metrics`)).text();
    const search = await scrape('search');
    expect(Number(/^kepu_search_index_documents\{engine="\w+"\} (\d+)$/m.exec(search)?.[1])).toBeGreaterThan(150);
    for (const source of ['venues', 'courses', 'experts', 'bookings']) expect(search).toMatch(new RegExp(`^kepu_outbox_lag_rows\\{subgraph="${source}"\\} \\d+$`, 'm'));
    expect(search).toMatch(/^kepu_database_pool_max_connections\{pool="search-indexer"\} 2$/m);
    const venues = await scrape('venues');
    expect(venues).toMatch(/^kepu_database_pool_max_connections\{pool="venues"\} 10$/m);
    expect(venues).toMatch(/^kepu_database_statements_in_flight\{pool="venues"\} 0$/m);
  });

  it('books through both gateways at once without overbooking, and both show the same seats left', async () => {
    const { session, group } = await openSession(3);
    const schools = await schoolIds(8);
    const requests = schools.map((schoolId, index) => asSchool(schoolId).then((headers) =>
      graphql(gateways[index % 2]!.url, REQUEST_BOOKING, { input: { sessionId: session.id, schoolId, ...group } }, headers)));
    const statuses = (await Promise.all(requests)).map((answer) => {
      expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
      expect(answer.data.requestBooking.userErrors).toEqual([]);
      return answer.data.requestBooking.booking.status as string;
    });
    expect(statuses.filter((status) => status === 'CONFIRMED')).toHaveLength(3);
    expect(statuses.filter((status) => status === 'WAITLISTED')).toHaveLength(5);
    const seats = await throughEach(`query($id: ID!) { session(id: $id) { seatsLeft } }`, { id: session.id }, await asAdmin());
    expect(seats.map((answer) => answer.data.session.seatsLeft)).toEqual([session.capacity - 3 * participants(group), session.capacity - 3 * participants(group)]);
  });

  it('finds through the other gateway what was just changed through one', async () => {
    const found = await throughEach(`{ search(query: "科技馆", first: 5) { totalCount } }`);
    for (const answer of found) expect(answer.data.search.totalCount).toBeGreaterThan(0);
    expect(found[1]!.data).toEqual(found[0]!.data);

    const word = `Zephyrine${randomBytes(3).toString('hex')}`;
    const changed = performance.now();
    await renameVenue('ven_1', word);
    await expect.poll(() => venuesFound(gateways[1]!, word), { timeout: 20_000, interval: 100 }).toEqual(['ven_1']);
    figures['a change searchable through the other gateway'] = seconds(changed);
  });

  it('suspends a venue whose rectification deadline passed with no supervisor running: the gateways run the compliance jobs', async () => {
    const database = connect(databaseUrl, { max: 1 });
    onTestFinished(() => database.close());
    const [venue] = await database.sql<{ id: number }[]>`select id from venues.venues where compliance_status = 'WHITELISTED' and status = 'PUBLISHED' order by id limit 1`;
    await database.sql`
      insert into venues.rectification_notices (venue_id, reason, deadline, issued_by, issued_at)
      values (${venue!.id}, '逾期未整改（部署测试）', now() - interval '1 minute', 'admin:deployment', now() - interval '10 days')`;
    const status = async () => (await graphql(gateways[1]!.url, `{ venue(id: "ven_${venue!.id}") { complianceStatus } }`, {}, await asAdmin())).data?.venue?.complianceStatus;
    await expect.poll(status, { timeout: 20_000, interval: 200 }).toBe('SUSPENDED');
  });

  it('answers with errors for a killed subgraph\'s fields under load, crashes nowhere, and answers in full once it is back', async () => {
    const courses = processes.courses!;
    const load = startLoad();
    onTestFinished(() => load.stop().then(() => {}));
    await load.answered(20);
    await courses.stop('SIGKILL');
    const during = await load.answered(20);
    const partial = during.filter((answer) => answer.errors?.length);
    expect(partial.length).toBeGreaterThan(0);
    for (const answer of partial) {
      expect(answer.status).toBeLessThan(500);
      expect(answer.errors!.some((error: any) => error.path?.includes('programmes') || error.extensions?.serviceName === 'courses'), JSON.stringify(answer.errors)).toBe(true);
    }
    expect(gateways.every((gateway) => gateway.running)).toBe(true);
    expect(await Promise.all(gateways.map((gateway) => gateway.probe('live')))).toEqual([200, 200]);

    const restarted = performance.now();
    courses.start();
    await expect.poll(() => everyGatewayAnswersInFull(), { timeout: 60_000, interval: 100 }).toBe(true);
    figures['full answers again after the courses subgraph was restarted'] = seconds(restarted);
    const after = await load.stop();
    expect(after.slice(-5).every((answer) => !answer.errors)).toBe(true);
    expectNoCrash();
  });

  it('says not ready while PostgreSQL is down, and recovers when it is back without a restart of Kepu', async () => {
    await postgres.stop();
    const stopped = performance.now();
    await Promise.all(Object.values(processes).map((child) => child.waitUntil(503, 30_000)));
    figures['every /ready at 503 after PostgreSQL stopped'] = seconds(stopped);
    const down = await graphql(gateways[0]!.url, CATALOGUE, undefined, await asSchool('sch_1'));
    expect(down.status).toBeLessThan(600);
    expectNoCrash();

    postgres = await startEmbeddedPostgres(join(dataDir, 'postgres'), { port: postgresPort, dataFolder: dataDir });
    const restarted = performance.now();
    await Promise.all(Object.values(processes).map((child) => child.waitUntil(200, 60_000)));
    await expect.poll(() => everyGatewayAnswersInFull(), { timeout: 30_000, interval: 100 }).toBe(true);
    figures['ready and answering in full after PostgreSQL restarted'] = seconds(restarted);

    const { session, group } = await openSession(1);
    const booked = await graphql(gateways[1]!.url, REQUEST_BOOKING, { input: { sessionId: session.id, schoolId: 'sch_2', ...group } }, await asSchool('sch_2'));
    expect(booked.data.requestBooking.booking.status).toBe('CONFIRMED');
    const word = `Quillon${randomBytes(3).toString('hex')}`;
    await renameVenue('ven_2', word);
    await expect.poll(() => venuesFound(gateways[0]!, word), { timeout: 20_000, interval: 100 }).toEqual(['ven_2']);
    expectNoCrash();
  });
});

interface Group {
  students: number;
  teachers: number;
}

const participants = (group: Group) => group.students + group.teachers;

/** A new automatic session of a published programme that takes small groups, with room for `groups` of them. */
async function openSession(groups: number): Promise<{ session: { id: string; capacity: number }; group: Group }> {
  const answer = await graphql(gateways[0]!.url, `{ programmes(first: 100) { edges { node { id gradeBands groupSize { min max } venue { complianceStatus } } } } }`);
  const programme = answer.data.programmes.edges.map((edge: any) => edge.node).find((node: any) =>
    ['WHITELISTED', 'UNDER_RECTIFICATION'].includes(node.venue?.complianceStatus) && node.groupSize.min <= 10 && node.groupSize.max >= 10
    && ['JUNIOR', 'SENIOR'].every((band) => node.gradeBands.includes(band)) && node.gradeBands.some((band: string) => band.startsWith('PRIMARY')));
  const group = { students: Math.max(programme.groupSize.min, 9), teachers: 1 };
  const startsAt = new Date(Date.now() + 10 * 86_400_000);
  const scheduled = await graphql(gateways[1]!.url, SCHEDULE_SESSION, {
    input: {
      programmeId: programme.id, startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 2 * 3_600_000).toISOString(),
      capacity: groups * participants(group), confirmation: 'AUTOMATIC', waitlist: true,
    },
  }, await asAdmin());
  expect(scheduled.data?.scheduleSession.userErrors, JSON.stringify(scheduled)).toEqual([]);
  return { session: scheduled.data.scheduleSession.session, group };
}

async function schoolIds(count: number): Promise<string[]> {
  const database = connect(postgres.databaseUrl('kepu'), { max: 1 });
  try {
    const rows = await database.sql<{ id: number }[]>`select id::int as id from bookings.schools order by id limit ${count}`;
    return rows.map((row) => `sch_${row.id}`);
  } finally {
    await database.close();
  }
}

async function renameVenue(id: string, nameEn: string): Promise<void> {
  const answer = await graphql(gateways[0]!.url, `mutation($id: ID!, $nameEn: String!) { updateVenue(id: $id, input: { nameEn: $nameEn }) { venue { nameEn } userErrors { code } } }`, { id, nameEn }, await asAdmin());
  expect(answer.data?.updateVenue, JSON.stringify(answer)).toEqual({ venue: { nameEn }, userErrors: [] });
}

/** The venues a search for `word` finds through `gateway`. */
async function venuesFound(gateway: KepuProcess, word: string): Promise<string[]> {
  const answer = await graphql(gateway.url, `query($q: String!) { search(query: $q, filter: { types: [VENUE] }, first: 5) { hits { item { ... on Venue { id } } } } }`, { q: word });
  return answer.data?.search.hits.map((hit: any) => hit.item.id) ?? [];
}

async function everyGatewayAnswersInFull(): Promise<boolean> {
  const answers = await throughEach(CATALOGUE, undefined, await asSchool('sch_1'));
  return answers.every((answer) => answer.status === 200 && !answer.errors && answer.data?.venues.edges.length === 3);
}

/**
 * Signed-in schools reading the catalogue through both gateways without pause (their answers are
 * never kept, so each reaches the subgraphs), four at a time, until `stop`.
 */
function startLoad() {
  const answers: GraphQLAnswer[] = [];
  const waiting: { count: number; from: number; resolve: (answers: GraphQLAnswer[]) => void }[] = [];
  let running = true;
  const worker = async (index: number) => {
    const headers = await asSchool(`sch_${index + 1}`);
    while (running) {
      answers.push(await graphql(gateways[index % 2]!.url, CATALOGUE, undefined, headers).catch((error: Error) => ({ status: 0, errors: [{ message: error.message }] })));
      for (const wait of waiting.filter((wait) => answers.length >= wait.from + wait.count)) {
        waiting.splice(waiting.indexOf(wait), 1);
        wait.resolve(answers.slice(wait.from));
      }
    }
  };
  const workers = [0, 1, 2, 3].map(worker);
  return {
    /** The next `count` answers. */
    answered: (count: number) => new Promise<GraphQLAnswer[]>((resolve) => waiting.push({ count, from: answers.length, resolve })),
    async stop(): Promise<GraphQLAnswer[]> {
      running = false;
      await Promise.all(workers);
      return answers;
    },
  };
}

interface ReceivedSpan {
  service: string;
  traceId: string;
  name: string;
}

/** A stand-in for an OpenTelemetry collector: it takes OTLP/HTTP JSON exports and keeps their spans. */
function otlpReceiver() {
  const spans: ReceivedSpan[] = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => { body += chunk; });
    request.on('end', () => {
      if (request.url === '/v1/traces') spans.push(...spansIn(JSON.parse(body)));
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  const endpoint = new Promise<string>((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)));
  return { spans, endpoint, close: () => server.close() };
}

function spansIn(exported: any): ReceivedSpan[] {
  return (exported.resourceSpans ?? []).flatMap((resourceSpans: any) => {
    const service = resourceSpans.resource?.attributes?.find((attribute: any) => attribute.key === 'service.name')?.value?.stringValue;
    return (resourceSpans.scopeSpans ?? []).flatMap((scope: any) => scope.spans.map((span: any) => ({ service, traceId: span.traceId, name: span.name })));
  });
}
