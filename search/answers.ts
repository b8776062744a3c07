import type { CatalogueColumns } from './columns.js';
import type { FacetField, SearchHit, SearchRequest, SearchResult } from './engine.js';
import { explain, phraseBonus, textMatches, type Searchable, type TextMatches } from './relaxing.js';

type Facets = SearchResult['facets'];

/** What a query's text and filter match, whatever point it is asked from. */
interface Matches {
  slots: Int32Array;
  words: Pick<TextMatches, 'droppedWords' | 'didYouMean'>;
  /** Text scores, one per slot; null for a query without words. */
  scores: Float64Array | null;
  /** Facet counts already made, by the fields asked for. */
  facets: Map<string, Facets>;
}

/** The matches of one request: its point's radius applied, with a distance per match when it has a point. */
interface Answer {
  slots: Int32Array;
  words: Matches['words'];
  scores: Float64Array | null;
  distances: Float64Array | null;
  facets: Facets;
}

/** Matches each cache may hold: enough for many narrow queries and a few whole-catalogue ones. */
const CACHED_MATCHES = 1_000_000;

/**
 * Answers of recent queries, until the index next changes. A query's text and filter are matched
 * once for every point it is asked from (schools search near themselves, each from its own
 * place), and each point's answer is kept too, so the next page costs one pass to pick it.
 */
export class AnswerCache {
  private readonly matches = new Recent<Matches>(CACHED_MATCHES);
  private readonly answers = new Recent<Answer>(CACHED_MATCHES);

  clear(): void {
    this.matches.clear();
    this.answers.clear();
  }

  search(index: Searchable, request: SearchRequest): SearchResult {
    const key = JSON.stringify([request.text, request.filter, request.near, request.facets]);
    const answer = this.answers.get(key) ?? this.answers.put(key, this.answerOf(index, request), (answer) => answer.slots.length);
    const order = request.near ? byDistance(index.columns, answer) : byScore(index.columns, answer);
    const page = firstInOrder(answer.slots.length, request.offset + request.limit, order).slice(request.offset);
    const hits = page.map((match) => hitOf(index.columns, answer, match));
    if (request.explain) explain(index, request.text, hits, page.map((match) => answer.slots[match]!));
    return { totalCount: answer.slots.length, hits, facets: answer.facets, ...answer.words };
  }

  private answerOf(index: Searchable, request: SearchRequest): Answer {
    const matches = this.matchesOf(index, request);
    const located = request.near ? index.columns.locate(matches.slots, request.near) : null;
    // Without a point, or with a radius that leaves every match in, the facets are the matches' own.
    if (!located || located.positions.length === matches.slots.length) {
      return { slots: matches.slots, words: matches.words, scores: matches.scores, distances: located?.distances ?? null, facets: facetsOf(index, matches, request.facets) };
    }
    const { positions, distances } = located;
    const slots = pick(matches.slots, positions);
    const scores = matches.scores && pick(matches.scores, positions);
    return { slots, words: matches.words, scores, distances, facets: index.columns.facets(slots, request.facets) };
  }

  private matchesOf(index: Searchable, request: SearchRequest): Matches {
    const key = JSON.stringify([request.text, request.filter]);
    return this.matches.get(key) ?? this.matches.put(key, matchesOf(index, request), (matches) => matches.slots.length);
  }
}

/** The values at these positions, in their order. */
function pick<Values extends Int32Array | Float64Array>(values: Values, positions: Int32Array): Values {
  const picked = new (values.constructor as new (length: number) => Values)(positions.length);
  for (let at = 0; at < positions.length; at += 1) picked[at] = values[positions[at]!]!;
  return picked;
}

function matchesOf(index: Searchable, request: SearchRequest): Matches {
  const text = textMatches(index, request);
  const { slots, scores, droppedWords, didYouMean } = text;
  if (scores) phraseBonus(index, text, slots, scores);
  return { slots, words: { droppedWords, didYouMean }, scores, facets: new Map() };
}

function facetsOf(index: Searchable, matches: Matches, fields: readonly FacetField[]): Facets {
  const key = fields.join(',');
  let facets = matches.facets.get(key);
  if (!facets) {
    facets = index.columns.facets(matches.slots, fields);
    matches.facets.set(key, facets);
  }
  return facets;
}

/** Recently used values, the oldest dropped once their weights add up to more than `budget`. */
class Recent<Value> {
  private readonly values = new Map<string, { value: Value; weight: number }>();
  private held = 0;

  constructor(private readonly budget: number) {}

  get(key: string): Value | undefined {
    const entry = this.values.get(key);
    if (!entry) return undefined;
    this.values.delete(key);
    this.values.set(key, entry);
    return entry.value;
  }

  put(key: string, value: Value, weigh: (value: Value) => number): Value {
    const weight = weigh(value);
    this.values.set(key, { value, weight });
    this.held += weight;
    for (const [oldest, old] of this.values) {
      if (this.held <= this.budget || oldest === key) break;
      this.values.delete(oldest);
      this.held -= old.weight;
    }
    return value;
  }

  clear(): void {
    this.values.clear();
    this.held = 0;
  }
}

/** Two matches (by their place in the answer) compared for ranking: negative when `a` comes first. */
type Order = (a: number, b: number) => number;

/** The first `count` matches in order, without sorting all of them when a page is much smaller than the matches. */
function firstInOrder(total: number, count: number, order: Order): number[] {
  if (count <= 0) return [];
  if (count * 4 >= total) return Array.from({ length: total }, (_, match) => match).sort(order).slice(0, count);
  const best: number[] = [];
  for (let match = 0; match < total; match += 1) {
    if (best.length === count && order(match, best[count - 1]!) >= 0) continue;
    let low = 0;
    let high = best.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (order(match, best[middle]!) < 0) high = middle;
      else low = middle + 1;
    }
    best.splice(low, 0, match);
    if (best.length > count) best.pop();
  }
  return best;
}

/** Most relevant first; of equally relevant items, the one with free seats soonest; then in catalogue order. */
function byScore(columns: CatalogueColumns, { slots, scores }: Answer): Order {
  return (a, b) => (scores ? scores[b]! - scores[a]! : 0)
    || columns.soonestOf(slots[a]!) - columns.soonestOf(slots[b]!)
    || columns.orderOf(slots[a]!) - columns.orderOf(slots[b]!);
}

/** Nearest first, with or without a radius; items without a place (talks of experts with no partner affiliation) last; then by relevance. */
function byDistance(columns: CatalogueColumns, answer: Answer): Order {
  const distances = answer.distances!;
  const tieBreak = byScore(columns, answer);
  const away = (match: number) => (Number.isNaN(distances[match]!) ? Infinity : distances[match]!);
  return (a, b) => away(a) - away(b) || tieBreak(a, b);
}

function hitOf(columns: CatalogueColumns, { slots, distances }: Answer, match: number): SearchHit {
  const distance = distances && !Number.isNaN(distances[match]!) ? Math.round(distances[match]! * 1000) / 1000 : null;
  return { ...columns.identityOf(slots[match]!), distanceKm: distance };
}
