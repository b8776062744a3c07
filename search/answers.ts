import { RecentlyUsed } from '../kit/platform/recently-used.js';
import type { CatalogueColumns, Distances } from './columns.js';
import type { FacetField, SearchHit, SearchRequest, SearchResult } from './engine.js';
import { bonusOf, bonusPhrases, explain, MOST_BONUS, textMatches, wordMatches, type Searchable, type TextMatches, type WordMatches } from './relaxing.js';

type Facets = SearchResult['facets'];

/** What a query's text and filter match, whatever point it is asked from. */
interface Matches {
  slots: Int32Array;
  words: Pick<TextMatches, 'droppedWords' | 'didYouMean'>;
  /** Text scores, one per slot; null for a query without words. */
  scores: TextScores | null;
  /** Facet counts already made, by the fields asked for. */
  facets: Map<string, Facets>;
}

/**
 * The matches of one request, with their distances when it has a point. A match outside the
 * point's radius stays among them, passed over when a page is picked: the answer shares the
 * matches' arrays rather than holding copies of those inside.
 */
interface Answer {
  slots: Int32Array;
  /** How many matches are within the radius: all of them without one. */
  total: number;
  words: Matches['words'];
  scores: TextScores | null;
  distances: Distances | null;
  facets: Facets;
}

/** Matches each cache may hold: enough for many narrow queries and a few whole-catalogue ones. */
const CACHED_MATCHES = 1_000_000;

/** Keys each cache remembers having been asked once. */
const ASKED_ONCE = 10_000;

/**
 * Values kept by the matches they hold, from the second time their key is asked. Most searches
 * are asked once; keeping each of them moved arrays of tens of thousands of matches into the old
 * generation, which the collector then stopped searches to go through every second or two.
 */
class KeptWhenAskedAgain<Value extends { slots: Int32Array }> {
  private readonly kept = new RecentlyUsed<Value>(CACHED_MATCHES);
  private readonly asked = new RecentlyUsed<true>(ASKED_ONCE);

  get(key: string, make: () => Value): Value {
    const kept = this.kept.get(key);
    if (kept) return kept;
    const value = make();
    // Answers of nothing weigh one too, so that many of them cannot pile up.
    if (this.askedBefore(key)) this.kept.set(key, value, value.slots.length + 1);
    return value;
  }

  clear(): void {
    this.kept.clear();
    this.asked.clear();
  }

  private askedBefore(key: string): boolean {
    if (this.asked.get(key)) {
      this.asked.delete(key);
      return true;
    }
    this.asked.set(key, true);
    return false;
  }
}

/**
 * Answers of recent queries, until the index next changes. A query's words are looked up once
 * for every filter they are asked with; its words and filter are matched once for every point it
 * is asked from (schools search near themselves, each from its own place); and each point's
 * answer is kept too, so the next page costs one pass to pick it.
 */
export class AnswerCache {
  private readonly words = new KeptWhenAskedAgain<WordMatches>();
  private readonly matches = new KeptWhenAskedAgain<Matches>();
  private readonly answers = new KeptWhenAskedAgain<Answer>();

  clear(): void {
    this.words.clear();
    this.matches.clear();
    this.answers.clear();
  }

  search(index: Searchable, request: SearchRequest): SearchResult {
    const key = JSON.stringify([request.text, request.filter, request.near, request.facets]);
    const answer = this.answers.get(key, () => this.answerOf(index, request));
    const count = request.offset + request.limit;
    const page = request.near
      ? firstInOrder(answer, count, byDistance(index.columns, answer), fartherThan(answer)).slice(request.offset)
      : firstInOrder(answer, count, byScore(index.columns, answer), scoredBelow(answer)).slice(request.offset);
    const hits = page.map((match) => hitOf(index.columns, answer, match));
    if (request.explain) explain(index, request.text, hits, page.map((match) => answer.slots[match]!));
    return { totalCount: answer.total, hits, facets: answer.facets, ...answer.words };
  }

  private answerOf(index: Searchable, request: SearchRequest): Answer {
    const matches = this.matchesOf(index, request);
    const located = request.near ? index.columns.locate(matches.slots, request.near) : null;
    const total = located ? located.count : matches.slots.length;
    // Without a point, or with a radius that leaves every match in, the facets are the matches' own.
    const facets = !located || total === matches.slots.length ? facetsOf(index, matches, request.facets) : index.columns.facets(located.inside, request.facets);
    return { slots: matches.slots, total, words: matches.words, scores: matches.scores, distances: located?.distances ?? null, facets };
  }

  private matchesOf(index: Searchable, request: SearchRequest): Matches {
    const key = JSON.stringify([request.text, request.filter]);
    return this.matches.get(key, () => matchesOf(index, request, this.words.get(request.text, () => wordMatches(index, request.text))));
  }
}

/**
 * The text scores of an answer's matches, by their place in it. The phrase bonus is applied to a
 * score when it is first read: a page compares few matches, and looking at the names of every
 * match cost more than the rest of a query. A score still without its bonus is held negated
 * (every score is above zero).
 */
class TextScores {
  private constructor(
    private readonly values: Float64Array,
    private readonly slots: Int32Array,
    private readonly index: Searchable,
    private readonly phrases: string[],
  ) {}

  static of(index: Searchable, text: TextMatches, slots: Int32Array, values: Float64Array): TextScores {
    const phrases = bonusPhrases(text, slots);
    if (phrases.length > 0) for (let match = 0; match < values.length; match += 1) values[match] = -values[match]!;
    return new TextScores(values, slots, index, phrases);
  }

  at(match: number): number {
    const value = this.values[match]!;
    if (value >= 0) return value;
    const settled = -value * bonusOf(this.index, this.slots[match]!, this.phrases);
    this.values[match] = settled;
    return settled;
  }

  /** The most the score of this match can be, without looking at its names. */
  mostAt(match: number): number {
    const value = this.values[match]!;
    return value >= 0 ? value : -value * MOST_BONUS;
  }
}

function matchesOf(index: Searchable, request: SearchRequest, words: WordMatches): Matches {
  const text = textMatches(index, request, words);
  const { slots, scores, droppedWords, didYouMean } = text;
  return { slots, words: { droppedWords, didYouMean }, scores: scores && TextScores.of(index, text, slots, scores), facets: new Map() };
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


/** Two matches (by their place in the answer) compared for ranking: negative when `a` comes first. */
type Order = (a: number, b: number) => number;

/** True when match `a` surely comes after match `b`, told more cheaply than by their order. */
type SurelyAfter = (a: number, b: number) => boolean;

/** The first `count` matches within the radius in order, without sorting all of them when a page is much smaller than the matches. */
function firstInOrder({ slots, total, distances }: Answer, count: number, order: Order, surelyAfter?: SurelyAfter): number[] {
  if (count <= 0) return [];
  const outside = total < slots.length ? (match: number) => !distances!.within(match) : null;
  if (count * 4 >= total) {
    const inside = Array.from({ length: slots.length }, (_, match) => match);
    return (outside ? inside.filter((match) => !outside(match)) : inside).sort(order).slice(0, count);
  }
  const best: number[] = [];
  for (let match = 0; match < slots.length; match += 1) {
    if (outside?.(match)) continue;
    if (best.length === count && (surelyAfter?.(match, best[count - 1]!) || order(match, best[count - 1]!) >= 0)) continue;
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
  return (a, b) => (scores ? scores.at(b) - scores.at(a) : 0)
    || columns.soonestOf(slots[a]!) - columns.soonestOf(slots[b]!)
    || columns.orderOf(slots[a]!) - columns.orderOf(slots[b]!);
}

/** A match whose score, whatever its bonus, stays below another's comes after it. */
function scoredBelow({ scores }: Answer): SurelyAfter | undefined {
  return scores ? (a, b) => scores.mostAt(a) < scores.at(b) : undefined;
}

/** A match farther away than another comes after it; a match without a place is left to the order itself. */
function fartherThan({ distances }: Answer): SurelyAfter {
  return (a, b) => distances!.at(a) > distances!.at(b);
}

/** Nearest first, with or without a radius; items without a place (talks of experts with no partner affiliation) last; then by relevance. */
function byDistance(columns: CatalogueColumns, answer: Answer): Order {
  const distances = answer.distances!;
  const tieBreak = byScore(columns, answer);
  const away = (match: number) => {
    const distance = distances.at(match);
    return Number.isNaN(distance) ? Infinity : distance;
  };
  return (a, b) => away(a) - away(b) || tieBreak(a, b);
}

function hitOf(columns: CatalogueColumns, { slots, distances }: Answer, match: number): SearchHit {
  const away = distances ? distances.at(match) : Number.NaN;
  const distance = Number.isNaN(away) ? null : Math.round(away * 1000) / 1000;
  return { ...columns.identityOf(slots[match]!), distanceKm: distance };
}
