import { anyOf } from '../../kit/database/any-of.js';
import { insertRows } from '../../kit/database/bulk-insert.js';
import type { Database } from '../../kit/database/connection.js';
import { createFollower, type Follower, type FollowerWrite, type SourceChanges } from '../../kit/database/follower.js';
import { toPublicId, toRowId } from '../../kit/graphql/ids.js';
import type { SupergraphLink } from '../../kit/platform/supergraph.js';
import { expertFacts, programmeFacts, talkFacts, venueFacts } from './tables.js';
import type { ExpertFactsFragment, ProgrammeFactsFragment, TalkFactsFragment, VenueFactsFragment } from './operations.generated.js';

/** The subgraphs whose records bookings keeps facts about, each followed through its outbox. */
export const FACT_SOURCES = ['venues', 'courses', 'experts'] as const;
export type FactSource = (typeof FACT_SOURCES)[number];

const VENUE_FACTS = /* GraphQL */ `
  fragment VenueFacts on Venue { id status complianceStatus complianceReason timeZone }`;

const PROGRAMME_FACTS = /* GraphQL */ `
  fragment ProgrammeFacts on Programme { id title status groupSize { min max } gradeBands venue { id } }`;

const EXPERT_FACTS = /* GraphQL */ `
  fragment ExpertFacts on Expert { id status affiliation { id } }`;

const TALK_FACTS = /* GraphQL */ `
  fragment TalkFacts on Talk { id title status maxAudience gradeBands expert { id } }`;

const FACT_VENUES = /* GraphQL */ `
  query FactVenues($ids: [ID!], $after: String) {
    page: venues(filter: { ids: $ids, statuses: [DRAFT, PUBLISHED, UNPUBLISHED] }, first: 100, after: $after) {
      edges { node { ...VenueFacts } } pageInfo { hasNextPage endCursor }
    }
  }`;

const FACT_PROGRAMMES = /* GraphQL */ `
  query FactProgrammes($after: String) {
    page: programmes(filter: { statuses: [DRAFT, PUBLISHED, UNPUBLISHED] }, first: 100, after: $after) {
      edges { node { ...ProgrammeFacts } } pageInfo { hasNextPage endCursor }
    }
  }`;

const FACT_EXPERTS = /* GraphQL */ `
  query FactExperts($after: String) {
    page: experts(filter: { statuses: [DRAFT, PUBLISHED, UNPUBLISHED] }, first: 100, after: $after) {
      edges { node { ...ExpertFacts } } pageInfo { hasNextPage endCursor }
    }
  }`;

const FACT_TALKS = /* GraphQL */ `
  query FactTalks($after: String) {
    page: talks(filter: { statuses: [DRAFT, PUBLISHED, UNPUBLISHED] }, first: 100, after: $after) {
      edges { node { ...TalkFacts } } pageInfo { hasNextPage endCursor }
    }
  }`;

/** Records named in one operation: within the gateway's alias limit (30). */
const BY_ID_PER_QUERY = 25;
/** Venues asked for by id in one page, the most the API takes. */
const VENUES_PER_QUERY = 100;
/** Operations in flight at once while catching up. */
const PARALLEL = 4;

interface Page<Node> {
  page: { edges: { node: Node }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

type Kind = 'Venue' | 'Programme' | 'Expert' | 'Talk';

/** How each kind of record is asked for, and where and how it is kept. */
const kinds = {
  Venue: { table: venueFacts, key: venueFacts.venueId, fragment: VENUE_FACTS, list: FACT_VENUES, field: 'venue', toRow: venueRow },
  Programme: { table: programmeFacts, key: programmeFacts.programmeId, fragment: PROGRAMME_FACTS, list: FACT_PROGRAMMES, field: 'programme', toRow: programmeRow },
  Expert: { table: expertFacts, key: expertFacts.expertId, fragment: EXPERT_FACTS, list: FACT_EXPERTS, field: 'expert', toRow: expertRow },
  Talk: { table: talkFacts, key: talkFacts.talkId, fragment: TALK_FACTS, list: FACT_TALKS, field: 'talk', toRow: talkRow },
} as const;

const kindsOf: Record<FactSource, Kind[]> = { venues: ['Venue'], courses: ['Programme'], experts: ['Expert', 'Talk'] };

/**
 * Keeps bookings' copy of the facts it decides on (facts tables in tables.ts), following the venues,
 * courses and experts outboxes and asking the supergraph, the owners' public contract, about the
 * records that changed: all of them the first time, then only those the outboxes name, in batches.
 */
export function followCatalogueFacts(database: Database, sources: Record<FactSource, Database>, supergraph: SupergraphLink): Follower {
  return createFollower({
    name: 'bookings.facts',
    database,
    cursorTable: 'bookings.followed_outboxes',
    sources: FACT_SOURCES.map((name) => ({ name, database: sources[name] })),
    prepare: (changes) => prepareFacts(supergraph, changes),
  });
}

async function prepareFacts(supergraph: SupergraphLink, changes: SourceChanges[]): Promise<FollowerWrite> {
  const writes = await Promise.all(changes.flatMap((change) => kindsOf[change.source as FactSource].map((kind) => {
    if (change.everything) return everyRecord(supergraph, kind);
    const ids = change.changes.filter((one) => one.entity === kind).map((one) => one.entityId);
    return ids.length === 0 ? null : recordsById(supergraph, kind, ids);
  })));
  return async (tx) => {
    for (const write of writes) await write?.(tx);
  };
}

/** Every record of the kind, page by page; kept in place of whatever was kept before. */
async function everyRecord(supergraph: SupergraphLink, kind: Kind): Promise<FollowerWrite> {
  const { table, list, fragment } = kinds[kind];
  const nodes: unknown[] = [];
  let after: string | null = null;
  do {
    const answer: Page<unknown> = await supergraph.query<Page<unknown>, { after: string | null }>(`${list}\n${fragment}`, { after });
    nodes.push(...answer.page.edges.map((edge) => edge.node));
    after = answer.page.pageInfo.hasNextPage ? answer.page.pageInfo.endCursor : null;
  } while (after);
  const rows = rowsOf(kind, nodes);
  return async (tx) => {
    await tx.delete(table);
    await insertRows(tx, table, rows);
  };
}

/** The named records as they now stand; those the supergraph no longer shows are forgotten. */
async function recordsById(supergraph: SupergraphLink, kind: Kind, ids: number[]): Promise<FollowerWrite> {
  const { table, key } = kinds[kind];
  const size = kind === 'Venue' ? VENUES_PER_QUERY : BY_ID_PER_QUERY;
  const chunks: number[][] = [];
  for (let start = 0; start < ids.length; start += size) chunks.push(ids.slice(start, start + size));
  const nodes = (await inParallel(chunks, (chunk) => (kind === 'Venue' ? venuesById(supergraph, chunk) : aliasedById(supergraph, kind, chunk)))).flat();
  const rows = rowsOf(kind, nodes);
  return async (tx) => {
    await tx.delete(table).where(anyOf(key, ids));
    await insertRows(tx, table, rows);
  };
}

function rowsOf(kind: Kind, nodes: unknown[]): Record<string, unknown>[] {
  const toRow = kinds[kind].toRow as (node: unknown) => Record<string, unknown> | null;
  return nodes.map(toRow).filter((row) => row !== null);
}

async function venuesById(supergraph: SupergraphLink, ids: number[]): Promise<VenueFactsFragment[]> {
  const answer = await supergraph.query<Page<VenueFactsFragment>, { ids: string[]; after: null }>(`${FACT_VENUES}\n${VENUE_FACTS}`, {
    ids: ids.map((id) => toPublicId('Venue', id)), after: null,
  });
  return answer.page.edges.map((edge) => edge.node);
}

async function aliasedById(supergraph: SupergraphLink, kind: Exclude<Kind, 'Venue'>, ids: number[]): Promise<unknown[]> {
  const { field, fragment } = kinds[kind];
  const parameters = ids.map((_, index) => `$r${index}: ID!`).join(', ');
  const fields = ids.map((_, index) => `r${index}: ${field}(id: $r${index}) { ...${kind}Facts }`).join(' ');
  const variables = Object.fromEntries(ids.map((id, index) => [`r${index}`, toPublicId(kind, id)]));
  const answer = await supergraph.query<Record<string, unknown>, Record<string, string>>(`query Bookings${kind}Facts(${parameters}) { ${fields} }\n${fragment}`, variables);
  return Object.values(answer).filter((node) => node !== null);
}

async function inParallel<Item, Result>(items: Item[], work: (item: Item) => Promise<Result>): Promise<Result[]> {
  const results: Result[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, items.length) }, worker));
  return results;
}

function venueRow(venue: VenueFactsFragment): typeof venueFacts.$inferInsert {
  return {
    venueId: toRowId('Venue', venue.id), status: venue.status, complianceStatus: venue.complianceStatus, complianceReason: venue.complianceReason, timeZone: venue.timeZone,
  };
}

/** Null for a programme without a venue to hold it, which cannot be booked. */
function programmeRow(programme: ProgrammeFactsFragment): typeof programmeFacts.$inferInsert | null {
  if (!programme.venue) return null;
  return {
    programmeId: toRowId('Programme', programme.id), venueId: toRowId('Venue', programme.venue.id), title: programme.title, status: programme.status,
    minParticipants: programme.groupSize.min, maxParticipants: programme.groupSize.max, gradeBands: programme.gradeBands,
  };
}

function expertRow(expert: ExpertFactsFragment): typeof expertFacts.$inferInsert {
  return { expertId: toRowId('Expert', expert.id), status: expert.status, affiliationVenueId: expert.affiliation ? toRowId('Venue', expert.affiliation.id) : null };
}

function talkRow(talk: TalkFactsFragment): typeof talkFacts.$inferInsert {
  return {
    talkId: toRowId('Talk', talk.id), expertId: toRowId('Expert', talk.expert.id), title: talk.title, status: talk.status, maxAudience: talk.maxAudience, gradeBands: talk.gradeBands,
  };
}
