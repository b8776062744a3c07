import type { GraphQLDataSource } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { announcesChanges } from '../subgraphs/manifest.js';
import type { Viewer } from '../kit/platform/viewer.js';
import type { GatewayContext } from './auth.js';
import { RecentlyUsed } from '../kit/platform/recently-used.js';
import { isQuery, readsNow, type SubgraphFetch as Fetch } from './subgraph-fetch.js';
import { answerOfEntities, entitiesOf, fetchOfEntities, representationsOf } from './entity-fetches.js';

export interface PublicReadLimits {
  /** Answers kept at most per subgraph; the least recently used goes first. */
  maxEntries: number;
  /** What changes with the clock alone (a session starting, so no longer upcoming) is at most this late. */
  maxAgeMs: number;
}

/**
 * A subgraph's answer to a fetch, or one entity of an entity fetch's answer, as JSON: the gateway
 * merges what it is given into its own result, so each reader parses a copy of its own.
 */
interface Kept {
  json: string;
  keptAt: number;
}

/**
 * Keeps the answers subgraphs give to callers who see only the public catalogue (anonymous
 * callers and API keys, keyed by their scopes), and forgets a subgraph's answers the moment a
 * write to its tables commits, announced by PostgreSQL from whatever process made it.
 *
 * Signed-in callers are never served from here: their answers depend on who they are. An answer
 * whose fetch started before a change is not kept, so a write that commits while a read is in
 * flight cannot be undone by that read's older answer. A write through this gateway forgets its
 * subgraph's answers as soon as it is answered, before the announcement arrives.
 */
export class PublicReads {
  private readonly kept = new Map<string, RecentlyUsed<Kept>>();
  private readonly generation = new Map<string, number>();
  private readonly fetchedFor = new WeakMap<GatewayContext, Set<string>>();
  private listening = false;

  constructor(readonly limits: PublicReadLimits) {}

  /** `subgraph`'s data source, with its public query answers kept until its tables change. */
  wrap(name: string, subgraph: GraphQLDataSource<GatewayContext>): GraphQLDataSource<GatewayContext> {
    const keepsAnswers = announcesChanges(name);
    return {
      process: (fetch: Fetch) => {
        this.noteFetch(name, fetch);
        if (!isQuery(fetch)) return this.write(name, subgraph, fetch);
        return keepsAnswers && this.keeps(fetch) ? this.read(name, subgraph, fetch) : subgraph.process(fetch);
      },
    };
  }

  /** Where each subgraph's answers stand, to give `madeFrom` when a request begins. */
  generations(): Map<string, number> {
    return new Map(this.generation);
  }

  /**
   * The subgraphs one request read from, with where each stood when it began (`before`); null
   * when it read none, or one whose changes are not announced, since such an answer cannot be kept.
   */
  madeFrom(context: GatewayContext, before: Map<string, number>): Map<string, number> | null {
    const fetched = [...(this.fetchedFor.get(context) ?? [])];
    if (fetched.length === 0 || !fetched.every((name) => announcesChanges(name))) return null;
    return new Map(fetched.map((name) => [name, before.get(name) ?? 0]));
  }

  /** Whether the subgraphs an answer was made from are where they stood then. */
  unchangedSince(read: Map<string, number>): boolean {
    return this.listening && [...read].every(([name, generation]) => this.generationOf(name) === generation);
  }

  private noteFetch(name: string, { context }: Fetch): void {
    if (!context) return;
    const fetched = this.fetchedFor.get(context as GatewayContext) ?? new Set<string>();
    fetched.add(name);
    this.fetchedFor.set(context as GatewayContext, fetched);
  }

  /** A write to `subgraph`'s tables has committed. */
  changed(subgraph: string): void {
    this.generation.set(subgraph, this.generationOf(subgraph) + 1);
    this.kept.delete(subgraph);
  }

  /** Announcements arrive from now on; before this, and after a lost connection, nothing is kept. */
  listen(listening: boolean): void {
    this.listening = listening;
    this.kept.clear();
    for (const subgraph of this.generation.keys()) this.generation.set(subgraph, this.generationOf(subgraph) + 1);
  }

  private keeps(fetch: Fetch): boolean {
    return this.listening && !readsNow(fetch) && isPublic(fetch.context?.viewer) && isQuery(fetch);
  }

  private read(name: string, subgraph: GraphQLDataSource<GatewayContext>, fetch: Fetch): Promise<GatewayGraphQLResponse> {
    const representations = representationsOf(fetch);
    return representations ? this.readEntities(name, subgraph, fetch, representations) : this.readWhole(name, subgraph, fetch);
  }

  private async readWhole(name: string, subgraph: GraphQLDataSource<GatewayContext>, fetch: Fetch): Promise<GatewayGraphQLResponse> {
    const key = keyOf(fetch);
    const kept = this.keptJson(name, key);
    if (kept !== undefined) return JSON.parse(kept) as GatewayGraphQLResponse;
    const startedIn = this.generationOf(name);
    const answer = await subgraph.process(fetch);
    if (!answer.errors?.length && this.mayKeep(name, startedIn)) this.keep(name, key, answer);
    return answer;
  }

  /**
   * Gives the entities kept and fetches only the others, keeping each: a search's hits, asked from
   * a point of its own, are mostly entities other searches resolved already, in another order.
   */
  private async readEntities(name: string, subgraph: GraphQLDataSource<GatewayContext>, fetch: Fetch, representations: unknown[]): Promise<GatewayGraphQLResponse> {
    const keys = entityKeysOf(fetch, representations);
    const kept = keys.map((key) => this.keptJson(name, key));
    const missing = keys.flatMap((_, at) => (kept[at] === undefined ? [at] : []));
    if (missing.length === 0) return answerOfEntities(JSON.parse(`[${kept.join(',')}]`) as unknown[]);
    const startedIn = this.generationOf(name);
    const whole = missing.length === keys.length;
    const answer = await subgraph.process(whole ? fetch : fetchOfEntities(fetch, missing.map((at) => representations[at])));
    const fetched = entitiesOf(answer, missing.length);
    // Errors name entities by their place in the fetch: the subgraph answers for all of them, as asked.
    if (!fetched) return whole ? answer : subgraph.process(fetch);
    if (this.mayKeep(name, startedIn)) missing.forEach((at, index) => this.keep(name, keys[at]!, fetched[index]));
    if (whole) return answer;
    const entities = kept.map((json) => (json === undefined ? json : JSON.parse(json)));
    missing.forEach((at, index) => (entities[at] = fetched[index]));
    return answerOfEntities(entities);
  }

  /** What is kept under `key` and not older than the limits allow; undefined when nothing is. */
  private keptJson(subgraph: string, key: string): string | undefined {
    const kept = this.answersOf(subgraph).get(key);
    return kept && Date.now() - kept.keptAt <= this.limits.maxAgeMs ? kept.json : undefined;
  }

  /** Whether an answer fetched from `startedIn` on may be kept: nothing changed while it was made. */
  private mayKeep(subgraph: string, startedIn: number): boolean {
    return this.listening && this.generationOf(subgraph) === startedIn;
  }

  /**
   * A write through this gateway has committed by the time its answer arrives, so the subgraph's kept
   * answers go then: the caller's next read does not wait for PostgreSQL's announcement to get here.
   */
  private async write(name: string, subgraph: GraphQLDataSource<GatewayContext>, fetch: Fetch): Promise<GatewayGraphQLResponse> {
    try {
      return await subgraph.process(fetch);
    } finally {
      this.changed(name);
    }
  }

  private keep(subgraph: string, key: string, value: unknown): void {
    this.answersOf(subgraph).set(key, { json: JSON.stringify(value), keptAt: Date.now() });
  }

  private answersOf(subgraph: string): RecentlyUsed<Kept> {
    let answers = this.kept.get(subgraph);
    if (!answers) this.kept.set(subgraph, (answers = new RecentlyUsed(this.limits.maxEntries)));
    return answers;
  }

  private generationOf(subgraph: string): number {
    return this.generation.get(subgraph) ?? 0;
  }
}

/** Anonymous callers and API keys see the public catalogue, API keys as far as their scopes let them. */
export function isPublic(viewer: Viewer | undefined): boolean {
  if (!viewer || viewer.role !== 'anonymous') return false;
  const actsForSomeone = [viewer.schoolId, viewer.venueId, viewer.expertId, viewer.district].some((id) => id !== null);
  return !actsForSomeone && (viewer.apiKeyId !== null || viewer.subject === null);
}

function keyOf({ request, context }: Fetch): string {
  return JSON.stringify([request.query, request.operationName ?? null, request.variables ?? null, context!.viewer.scopes]);
}

/** A key per entity: the fetch without its representations, then the entity's own. */
function entityKeysOf(fetch: Fetch, representations: unknown[]): string[] {
  const fetchKey = keyOf(fetchOfEntities(fetch, []));
  return representations.map((representation) => `${fetchKey}${JSON.stringify(representation)}`);
}
