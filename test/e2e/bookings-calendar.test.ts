import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { System } from '../../gateway/system.js';
import { asSchool } from '../support/bookings.js';
import { graphql, startTestSystem } from '../support/system.js';

const CALENDARS = /* GraphQL */ `
  query($id: ID!, $first: Int) {
    school(id: $id) { bookings(filter: { statuses: [CONFIRMED] }, first: $first) { edges { node { id calendar session { programme { title } talk { title } } } } } }
  }`;

/** Statements the courses and experts subgraphs run: what asking the supergraph about offers costs them. */
const counted = { statements: 0 };
let system: System;
beforeAll(async () => {
  system = await startTestSystem({
    // Nothing answered from a kept copy or merged with another fetch: every question reaches the subgraphs.
    settings: { mergeFetches: false, publicReads: null },
    onStatement: (subgraph, statement) => {
      if ((subgraph === 'courses' || subgraph === 'experts') && !statement.includes('pg_catalog')) counted.statements += 1;
    },
  });
});
afterAll(() => system?.stop());

/** The demo school with confirmed bookings of the most different offers. */
async function schoolWithManyOffers(): Promise<{ id: string; offers: number }> {
  const [row] = await system.databases.bookings.db.execute<{ school_id: number; offers: number }>(sql`
    select booking.school_id::int as school_id, count(distinct coalesce('p' || session.programme_id, 't' || session.talk_id))::int as offers
    from bookings.bookings booking join bookings.sessions session on session.id = booking.session_id
    where booking.status = 'CONFIRMED' group by booking.school_id order by offers desc, booking.school_id limit 1`);
  return { id: `sch_${row!.school_id}`, offers: row!.offers };
}

async function calendarsOf(schoolId: string, first: number) {
  counted.statements = 0;
  const answer = await graphql(system.url, CALENDARS, { id: schoolId, first }, await asSchool(schoolId));
  expect(answer.errors).toBeUndefined();
  return { edges: answer.data.school.bookings.edges as { node: { calendar: string; session: { programme: { title: string } | null; talk: { title: string } | null } } }[], statements: counted.statements };
}

describe('calendars of a list of bookings', () => {
  it('cost the other subgraphs one question for the whole list, not one per booking', async () => {
    const school = await schoolWithManyOffers();
    expect(school.offers).toBeGreaterThanOrEqual(3);
    const one = await calendarsOf(school.id, 1);
    const all = await calendarsOf(school.id, 50);
    expect(all.edges.length).toBeGreaterThanOrEqual(school.offers);
    expect(one.statements).toBeGreaterThan(0);
    // Without the calendars, the list costs the same statements for 1 booking as for 50 (its titles come in one fetch each).
    const titlesAlone = async (first: number) => {
      counted.statements = 0;
      await graphql(system.url, CALENDARS.replace(' calendar', ''), { id: school.id, first }, await asSchool(school.id));
      return counted.statements;
    };
    const listCost = (await titlesAlone(50)) - (await titlesAlone(1));
    expect(all.statements - one.statements).toBeLessThanOrEqual(listCost + 2);
    for (const { node } of all.edges) {
      const title = (node.session.programme ?? node.session.talk)!.title;
      expect(node.calendar).toContain('BEGIN:VEVENT');
      expect(node.calendar.replace(/\r\n /g, '')).toContain(`SUMMARY:${title.replace(/([,;\\])/g, '\\$1')}`);
    }
  });
});
