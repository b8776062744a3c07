import { mintToken } from '../../gateway/auth.js';
import { cpuMsPer, cpuSpent } from './cpu.js';
import { median, post } from './load.js';
import { loadInChildProcess, startBenchSystem } from './subprocess.js';

const CLIENTS = 50;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SESSIONS_PER_ROUND = 150;
const SCHOOLS = 300;

/**
 * Booking throughput through the gateway: 50 clients, each request a school (its own token) asking
 * for 7 seats in one of many fresh sessions. Every request is a full booking: one transaction that
 * locks the session, reads the school and bookings' own copy of the offer's facts, and writes.
 * Each round also prints the CPU time per booking of this process (gateway, subgraphs, search) and
 * of PostgreSQL: steadier than the rate on a busy machine.
 */
export async function benchBooking(): Promise<void> {
  const system = await startBenchSystem();
  try {
    const admin = { authorization: `Bearer ${await mintToken('bench-admin', { role: 'admin' })}` };
    const programmes = await programmesForEveryStage(system.url);
    const schools = await Promise.all(Array.from({ length: SCHOOLS }, async (_, index) => {
      const id = `sch_${index + 1}`;
      return { id, token: await mintToken(`bench-${id}`, { role: 'school', schoolId: id }) };
    }));
    const rates: number[] = [];
    const p95s: number[] = [];
    const kepuCpu: number[] = [];
    const postgresCpu: number[] = [];
    console.log(`\nBooking through the gateway: ${CLIENTS} clients, ${ROUNDS} rounds of ${SECONDS} s, ${SESSIONS_PER_ROUND} fresh sessions a round`);
    console.log('round   bookings   bookings/s   p50 ms   p95 ms   failed   CPU ms per booking: Kepu, PostgreSQL');
    for (let round = 1; round <= ROUNDS; round += 1) {
      const sessions = await scheduleSessions(system.url, admin, programmes, round);
      const before = cpuSpent();
      const result = await loadInChildProcess('./booking-worker.ts', { gateway: system.url, sessions, schools, clients: CLIENTS, seconds: SECONDS });
      const cpu = cpuMsPer(before, result.requests);
      if (result.errors > 0) throw new Error(`round ${round}: ${result.errors} booking requests failed`);
      rates.push(result.requestsPerSecond);
      p95s.push(result.p95Ms);
      console.log(`${String(round).padEnd(8)}${String(result.requests).padStart(8)}${result.requestsPerSecond.toFixed(0).padStart(13)}${result.p50Ms.toFixed(1).padStart(9)}${result.p95Ms.toFixed(1).padStart(9)}${String(result.errors).padStart(9)}${cpu.kepu.toFixed(2).padStart(11)}${cpu.postgres.toFixed(2).padStart(12)}`);
      kepuCpu.push(cpu.kepu);
      postgresCpu.push(cpu.postgres);
    }
    console.log(`median  ${''.padStart(8)}${median(rates).toFixed(0).padStart(13)}${''.padStart(9)}${median(p95s).toFixed(1).padStart(9)}${''.padStart(9)}${median(kepuCpu).toFixed(2).padStart(11)}${median(postgresCpu).toFixed(2).padStart(12)}`);
  } finally {
    await system.dispose();
  }
}

/** Published programmes at bookable venues that every school stage may book, in groups of 7. */
async function programmesForEveryStage(gateway: string): Promise<string[]> {
  const data = await post(gateway, `{ programmes(first: 100) { edges { node { id gradeBands groupSize { min max } venue { complianceStatus } } } } }`);
  const ids = data.programmes.edges.map((edge: any) => edge.node).filter((programme: any) =>
    ['WHITELISTED', 'UNDER_RECTIFICATION'].includes(programme.venue?.complianceStatus)
    && ['JUNIOR', 'SENIOR'].every((band) => programme.gradeBands.includes(band)) && programme.gradeBands.some((band: string) => band.startsWith('PRIMARY'))
    && programme.groupSize.min <= 7 && programme.groupSize.max >= 7).map((programme: any) => programme.id);
  if (ids.length === 0) throw new Error('No programme in the demo catalogue takes every stage in groups of 7.');
  return ids;
}

/** Fresh sessions with room for 10 groups each, so most requests are confirmed and some wait. */
async function scheduleSessions(gateway: string, admin: Record<string, string>, programmes: string[], round: number): Promise<string[]> {
  const SCHEDULE = `mutation($input: ScheduleSessionInput!) { scheduleSession(input: $input) { session { id } userErrors { message } } }`;
  const ids: string[] = [];
  for (let index = 0; index < SESSIONS_PER_ROUND; index += 1) {
    const startsAt = new Date(Date.now() + (round * 7 + index / 24) * 86400_000);
    const data = await post(gateway, SCHEDULE, {
      input: {
        programmeId: programmes[index % programmes.length], startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 2 * 3600_000).toISOString(),
        capacity: 70, confirmation: index % 3 === 0 ? 'APPROVAL' : 'AUTOMATIC',
      },
    }, admin);
    if (data.scheduleSession.userErrors.length) throw new Error(data.scheduleSession.userErrors[0].message);
    ids.push(data.scheduleSession.session.id);
  }
  return ids;
}
