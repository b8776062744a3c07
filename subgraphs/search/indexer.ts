import type { Database } from '../../kit/database/connection.js';
import { toPublicId } from '../../kit/graphql/ids.js';
import type { CatalogueReader } from './catalogue.js';
import { documentFragments, entityFields, toDocument, type DocumentSource } from './documents.js';
import { itemTypes, type ItemType, type SearchDocument, type SearchEngine } from '../../search/engine.js';
import { outboxSources, type OutboxSource } from '../manifest.js';
import type {
  ExpertsAtVenueQuery, ExpertsAtVenueQueryVariables, ProgrammesAtVenueQuery, ProgrammesAtVenueQueryVariables, SessionOfferFragment,
} from './operations.generated.js';
import { OutboxFeed, type OutboxRow } from './outbox.js';
import { log } from '../../kit/platform/log.js';

/** Entities to refresh, by type, as public ids. */
type Refs = Map<ItemType, Set<string>>;

/** An entity as the API answered it (null when it no longer shows it), and its document. */
type Fetched = { [Type in ItemType]: { type: Type; entity: DocumentSource[Type] | null; document: SearchDocument | null } }[ItemType];

const SESSION_OFFER = /* GraphQL */ `fragment SessionOffer on Session { programme { id } talk { id } }`;

const PROGRAMMES_AT_VENUE = /* GraphQL */ `
  query ProgrammesAtVenue($venueIds: [ID!]!, $after: String) {
    list: programmes(filter: { venueIds: $venueIds }, first: 100, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } }
  }`;

const EXPERTS_AT_VENUE = /* GraphQL */ `
  query ExpertsAtVenue($venueIds: [ID!]!, $after: String) {
    list: experts(filter: { affiliationIds: $venueIds }, first: 100, after: $after) {
      edges { node { id talks(first: 100) { edges { node { id } } } } }
      pageInfo { hasNextPage endCursor }
    }
  }`;

/** Entities fetched in one operation: within the gateway's alias (30) and token (3,000) limits. */
const ALIASES_PER_READ = 20;
/** Venues whose programmes and experts are listed by one filter: a suspension of thousands is read in a few hundred pages, not two lists per venue. */
const VENUES_PER_LIST = 100;

/**
 * Keeps the index in step with the catalogue: reads each subgraph's outbox, fetches the current
 * state of every changed entity through the supergraph and upserts or removes its document.
 * Items whose search document shows another entity's data are refreshed with it: a venue's
 * programmes, experts and their talks (its name, place and compliance), a programme's venue and
 * an expert's talks (the facets they add up to).
 */
/** Rounds come at most this often however many changes are announced: a burst of bookings is read together. */
const MIN_GAP_MS = 100;

export class Indexer {
  private readonly feeds: OutboxFeed[];
  private running: Promise<void> | null = null;
  private stopped = false;
  private wake: (() => void) | null = null;
  private nudged = false;

  constructor(
    private readonly engine: SearchEngine,
    private readonly read: CatalogueReader,
    databases: Record<OutboxSource, Database>,
    cursors: Database,
  ) {
    this.feeds = outboxSources.map((source) => new OutboxFeed(source, databases[source], cursors));
  }

  /** Applies what every outbox holds beyond its cursor; returns how many rows that was. */
  async catchUp(): Promise<number> {
    let applied = 0;
    for (const feed of this.feeds) {
      for (;;) {
        const batch = await feed.next();
        if (batch.rows.length > 0) await this.refresh(await this.refsOf(batch.rows));
        await batch.applied();
        applied += batch.rows.length;
        if (batch.rows.length === 0) break;
      }
    }
    return applied;
  }

  /**
   * Reads the outboxes when `nudge` says a change was announced, at most once every `MIN_GAP_MS`,
   * and every `intervalMs` in any case, for announcements lost with a connection; until `stop`.
   * A failed round is logged and retried on the next.
   */
  start(intervalMs = 2000): void {
    this.stopped = false;
    const loop = async () => {
      while (!this.stopped) {
        this.nudged = false;
        await this.catchUp().catch((error) => log.error({ err: error }, 'search indexer could not apply the outboxes'));
        await this.pause(MIN_GAP_MS);
        if (!this.nudged) await this.pause(intervalMs - MIN_GAP_MS);
      }
    };
    this.running = loop();
  }

  /** A change to an outbox was announced: the next round comes without waiting for the poll. */
  nudge(): void {
    this.nudged = true;
    this.wake?.();
  }

  /** A pause `stop` and `nudge` cut short; the short pause between rounds only `stop` does. */
  private pause(milliseconds: number): Promise<void> {
    if (this.stopped || milliseconds <= 0) return Promise.resolve();
    const shortGap = milliseconds <= MIN_GAP_MS;
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, milliseconds);
      this.wake = () => {
        if (shortGap && !this.stopped) return;
        clearTimeout(timer);
        resolve();
      };
    });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.wake?.();
    await this.running;
    this.running = null;
  }

  /** The rows of each outbox not applied yet, by subgraph. */
  async lags(): Promise<Record<string, number>> {
    return Object.fromEntries(await Promise.all(this.feeds.map(async (feed) => [feed.source, await feed.lag()] as const)));
  }

  /** How far each outbox is in the index, in `outboxSources` order; null before every feed has read its cursor. */
  positions(): number[] | null {
    const positions = this.feeds.map((feed) => feed.position);
    return positions.every((position) => position !== null) ? (positions as number[]) : null;
  }

  /** Starts each outbox where a saved index left it. */
  startFrom(positions: number[]): void {
    this.feeds.forEach((feed, index) => feed.startFrom(positions[index]!));
  }

  /** Which outboxes these are, in `outboxSources` order. */
  identities(): Promise<string[]> {
    return Promise.all(this.feeds.map((feed) => feed.identity()));
  }

  /** Outbox heads, taken before a reindex reads the catalogue. */
  heads(): Promise<number[]> {
    return Promise.all(this.feeds.map((feed) => feed.head()));
  }

  /** Applies every change committed after `heads`, onto whatever index is live now. */
  async replaySince(heads: number[]): Promise<void> {
    const rows = (await Promise.all(this.feeds.map((feed, index) => feed.rowsAfter(heads[index]!)))).flat();
    await this.refresh(await this.refsOf(rows));
  }

  /** Fetches the entities and their dependants, and writes or removes their documents. */
  async refresh(changed: Refs): Promise<void> {
    const first = await this.fetch(changed);
    const dependants = await this.dependantsOf(first, changed);
    const second = await this.fetch(dependants);
    const documents = new Map<string, SearchDocument | null>([...first, ...second].map(([id, entity]) => [id, entity.document]));
    const upserts = [...documents.values()].filter((document): document is SearchDocument => document !== null);
    const removals = [...documents].filter(([, document]) => document === null).map(([id]) => id);
    if (upserts.length > 0) await this.engine.upsert(upserts);
    if (removals.length > 0) await this.engine.remove(removals);
  }

  private async refsOf(rows: OutboxRow[]): Promise<Refs> {
    const refs: Refs = new Map();
    const sessions: string[] = [];
    for (const row of rows) {
      if (row.entity === 'Session') sessions.push(toPublicId('Session', row.entityId));
      else if ((itemTypes as readonly string[]).includes(row.entity)) add(refs, row.entity as ItemType, toPublicId(row.entity as ItemType, row.entityId));
    }
    for (const chunk of chunks(unique(sessions), ALIASES_PER_READ)) {
      const query = `${byIdOperation(chunk.length, 's', (alias) => `session(id: $${alias}) { ...SessionOffer }`)} ${SESSION_OFFER}`;
      const { data } = await this.read<Record<string, SessionOfferFragment | null>>(query, byIdVariables(chunk, 's'));
      for (const session of Object.values(data)) {
        if (session?.programme) add(refs, 'Programme', session.programme.id);
        if (session?.talk) add(refs, 'Talk', session.talk.id);
      }
    }
    return refs;
  }

  private async fetch(refs: Refs): Promise<Map<string, Fetched>> {
    const fetched = new Map<string, Fetched>();
    for (const [type, ids] of refs) for (const [id, entity] of await this.fetchOfType(type, [...ids])) fetched.set(id, { type, entity, document: toDocument(type, entity) } as Fetched);
    return fetched;
  }

  private async fetchOfType<Type extends ItemType>(type: Type, ids: string[]): Promise<Map<string, DocumentSource[Type] | null>> {
    const fetched = new Map<string, DocumentSource[Type] | null>();
    const { spread, definitions } = documentFragments[type];
    for (const chunk of chunks(ids, ALIASES_PER_READ)) {
      const query = `${byIdOperation(chunk.length, 'e', (alias) => `${entityFields[type]}(id: $${alias}) { ${spread} }`)} ${definitions}`;
      const { data } = await this.read<Record<string, DocumentSource[Type] | null>>(query, byIdVariables(chunk, 'e'));
      chunk.forEach((id, index) => fetched.set(id, data[`e${index}`] ?? null));
    }
    return fetched;
  }

  private async dependantsOf(fetched: Map<string, Fetched>, changed: Refs): Promise<Refs> {
    const refs: Refs = new Map();
    for (const item of fetched.values()) {
      if (item.type === 'Programme' && item.entity?.venue) add(refs, 'Venue', item.entity.venue.id);
      if (item.type === 'Talk' && item.entity?.expert) add(refs, 'Expert', item.entity.expert.id);
      if (item.type === 'Expert') for (const edge of item.entity?.talks.edges ?? []) add(refs, 'Talk', edge.node.id);
    }
    // Found by filter rather than through the venue, which the API no longer shows once unpublished.
    for (const chunk of chunks([...(changed.get('Venue') ?? [])], VENUES_PER_LIST)) {
      const { programmes, experts } = await this.listAtVenues(chunk);
      for (const id of programmes) add(refs, 'Programme', id);
      for (const expert of experts) {
        add(refs, 'Expert', expert.id);
        for (const talk of expert.talks) add(refs, 'Talk', talk);
      }
    }
    for (const [type, ids] of changed) for (const id of ids) refs.get(type)?.delete(id);
    return refs;
  }

  /** The programmes and experts (with their talks) of these venues, a list for all of them at once. */
  private async listAtVenues(venueIds: string[]): Promise<{ programmes: string[]; experts: { id: string; talks: string[] }[] }> {
    const programmes = await this.allPages<ProgrammesAtVenueQuery>(PROGRAMMES_AT_VENUE, { venueIds } satisfies Partial<ProgrammesAtVenueQueryVariables>);
    const experts = await this.allPages<ExpertsAtVenueQuery>(EXPERTS_AT_VENUE, { venueIds } satisfies Partial<ExpertsAtVenueQueryVariables>);
    return {
      programmes: programmes.map((node) => node.id),
      experts: experts.map((node) => ({ id: node.id, talks: node.talks.edges.map((edge) => edge.node.id) })),
    };
  }

  /** Every node of a list operation answering `list`, page after page. */
  private async allPages<Data extends ListPage>(query: string, variables: Record<string, unknown>): Promise<Data['list']['edges'][number]['node'][]> {
    const nodes: Data['list']['edges'][number]['node'][] = [];
    let after: string | null = null;
    do {
      const { data }: { data: Data } = await this.read<Data>(query, { ...variables, after });
      nodes.push(...data.list.edges.map((edge) => edge.node));
      after = data.list.pageInfo.hasNextPage ? data.list.pageInfo.endCursor : null;
    } while (after);
    return nodes;
  }
}

interface ListPage {
  list: { edges: { node: unknown }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

/**
 * An operation reading `count` records by id, each under an alias (`e0`, `e1`…) whose variable holds
 * its id: the text is the same whichever records are read, so the gateway plans it once.
 */
function byIdOperation(count: number, prefix: string, field: (alias: string) => string): string {
  const aliases = Array.from({ length: count }, (_, index) => `${prefix}${index}`);
  return `query(${aliases.map((alias) => `$${alias}: ID!`).join(', ')}) { ${aliases.map((alias) => `${alias}: ${field(alias)}`).join(' ')} }`;
}

function byIdVariables(ids: string[], prefix: string): Record<string, string> {
  return Object.fromEntries(ids.map((id, index) => [`${prefix}${index}`, id]));
}

function add(refs: Refs, type: ItemType, id: string): void {
  let ids = refs.get(type);
  if (!ids) refs.set(type, (ids = new Set()));
  ids.add(id);
}

function unique<Value>(values: Value[]): Value[] {
  return [...new Set(values)];
}

export function chunks<Value>(values: Value[], size: number): Value[][] {
  const result: Value[][] = [];
  for (let start = 0; start < values.length; start += size) result.push(values.slice(start, start + size));
  return result;
}
