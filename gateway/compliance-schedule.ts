import type { ApolloServer } from '@apollo/server';
import { connect, type Database } from '../kit/database/connection.js';
import { followCatalogueFacts, releaseKeptSeats, tellSchoolsOfBarredVenues, type BarredNotice } from '../subgraphs/bookings/main.js';
import { SupergraphLink } from '../kit/platform/supergraph.js';
import { enforceOverdueNotices, type Enforcement } from '../subgraphs/venues/main.js';
import type { GatewayContext } from './auth.js';
import { executeAsService } from './service.js';

/** The subgraphs whose databases the compliance jobs read and write. */
export const complianceSubgraphs = ['venues', 'courses', 'experts', 'bookings'] as const;
export type ComplianceDatabases = Record<(typeof complianceSubgraphs)[number], Database>;

export interface ComplianceRun {
  enforcement: Enforcement;
  told: BarredNotice;
  /** Sessions whose seats kept for rural and under-resourced schools were released to every school. */
  released: number;
}

/**
 * Suspends venues whose rectification deadline passed, tells the schools holding their bookings, and
 * releases kept seats that are due. Bookings' copy of the venues' compliance catches up with the
 * suspensions first, so the schools are told from bookings' own tables.
 */
export async function runComplianceJobs(databases: ComplianceDatabases, supergraph: SupergraphLink, now = new Date()): Promise<ComplianceRun> {
  const enforcement = await enforceOverdueNotices(databases.venues.db, now);
  await followCatalogueFacts(databases.bookings, databases, supergraph).catchUp();
  const told = await tellSchoolsOfBarredVenues(databases.bookings.db, now);
  const released = await releaseKeptSeats(databases.bookings.db, now);
  return { enforcement, told, released };
}

/**
 * Runs `run` now and every `intervalMs`, one run at a time; 0 never runs it. Every process of a
 * deployment may run it: the jobs are idempotent and take turns in the database.
 */
export function scheduleCompliance(run: () => Promise<unknown>, intervalMs: number): { stop(): Promise<void> } {
  if (intervalMs <= 0) return { stop: async () => {} };
  let running: Promise<unknown> = Promise.resolve();
  let busy = false;
  const tick = () => {
    if (busy) return;
    busy = true;
    running = run().catch((error) => console.error('The compliance jobs failed; they run again at the next tick.', error)).finally(() => { busy = false; });
  };
  tick();
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}

/**
 * The jobs where no supervisor runs them (a gateway in front of subgraphs running elsewhere, as in
 * the Docker Compose deployment): on connections of their own to the subgraphs' databases, asking
 * the supergraph through this gateway. Every such gateway runs them; they take turns.
 */
export function scheduleComplianceOnGateway(urls: Record<keyof ComplianceDatabases, string>, server: ApolloServer<GatewayContext>, intervalMs: number): { stop(): Promise<void> } {
  const databases = Object.fromEntries(Object.entries(urls).map(([name, url]) => [name, connect(url, { max: 2, name: 'compliance' })])) as ComplianceDatabases;
  const supergraph = new SupergraphLink();
  supergraph.bind(executeAsService(server, 'bookings'));
  const schedule = scheduleCompliance(() => runComplianceJobs(databases, supergraph), intervalMs);
  return {
    stop: async () => {
      await schedule.stop();
      await Promise.all(Object.values(databases).map((database) => database.close()));
    },
  };
}
