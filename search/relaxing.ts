import type { SearchFilter, SearchHit, SearchRequest } from './engine.js';
import { parseQuery, type Clause, type ParsedQuery } from './query.js';
import type { CatalogueColumns } from './columns.js';
import { closestWord, intersect, scoreClauses, type Scores, type TextIndex } from './text-scores.js';
import type { Vocabulary } from './vocabulary.js';
import { combinations, SUBSETS_TRIED } from './matching.js';

/** What answering reads: the text index, the columns beside it and the names' vocabulary. */
export interface Searchable extends TextIndex {
  readonly columns: CatalogueColumns;
  readonly vocabulary: Vocabulary;
}

/**
 * What a query's words match, and what to answer when no item matches all of them: the items
 * matching the most of them (the others reported as dropped), and a "did you mean" in the
 * catalogue's own words. Nothing at all is found only when no word relates to anything.
 */

export interface TextMatches {
  slots: Int32Array;
  /** Text scores, one per slot; null for a query without words. */
  scores: Float64Array | null;
  droppedWords: string[];
  didYouMean: string | null;
  phrases: string[];
}

/**
 * The items matching every word of a query, before any filter, with their summed text scores.
 * Worked out once for a text: schools ask the same words with filters and from places of their own.
 */
export interface WordMatches {
  parsed: ParsedQuery;
  slots: Int32Array;
  scores: Float64Array;
}

export function wordMatches(index: Searchable, text: string): WordMatches {
  const parsed = parseQuery(text, index.vocabulary);
  if (parsed.clauses.length === 0) return { parsed, ...nothing() };
  const parts = scoreClauses(index, parsed.clauses);
  try {
    return { parsed, ...matched(index, parts, (slots) => slots.slice()) };
  } finally {
    for (const part of parts) part.release();
  }
}

export function textMatches(index: Searchable, request: SearchRequest, words: WordMatches): TextMatches {
  const { parsed } = words;
  const filter = narrowed(request.filter, parsed.types);
  const base = { droppedWords: [], didYouMean: parsed.corrected, phrases: parsed.phrases };
  if (parsed.clauses.length === 0) return { ...base, slots: filter ? index.columns.match(filter) : new Int32Array(0), scores: null };
  if (!filter) return { ...base, ...nothing() };
  const places = index.columns.match(filter, words.slots);
  if (places.length > 0) return { ...base, slots: picked(words.slots, places), scores: picked(words.scores, places) };
  const parts = scoreClauses(index, parsed.clauses);
  try {
    const relaxed = mostWordsMatched(index, filter, parts);
    const droppedWords = relaxed ? parsed.clauses.filter((_, position) => !relaxed.kept.includes(position)).map((clause) => clause.text) : [];
    return { ...base, ...(relaxed ?? nothing()), droppedWords, didYouMean: parsed.corrected ?? spelledAsCatalogue(index, parsed, parts) };
  } finally {
    for (const part of parts) part.release();
  }
}

/** The request's filter narrowed to the item types the query's offering words name; null when nothing is left. */
function narrowed(filter: SearchFilter, types: ParsedQuery['types']): SearchFilter | null {
  if (!types) return filter;
  const allowed = filter.types ? filter.types.filter((type) => types.includes(type)) : types;
  return allowed.length > 0 ? { ...filter, types: allowed } : null;
}

function nothing(): { slots: Int32Array; scores: Float64Array } {
  return { slots: new Int32Array(0), scores: new Float64Array(0) };
}

/** The slots every part scores that `chosen` keeps (a copy, as the parts' arrays are given back), with their summed scores. */
function matched(index: Searchable, parts: Scores[], chosen: (slots: Int32Array) => Int32Array): { slots: Int32Array; scores: Float64Array } {
  // One word's scores are read as they are, not copied first.
  const combined = parts.length === 1 ? parts[0]! : intersect(index, parts);
  const slots = chosen(combined.slots);
  const scores = new Float64Array(slots.length);
  for (let at = 0; at < slots.length; at += 1) scores[at] = combined.weightOf(slots[at]!);
  if (combined !== parts[0]) combined.release();
  return { slots, scores };
}

/** The values at these places, in their order. */
function picked<Column extends Int32Array | Float64Array>(values: Column, places: Int32Array): Column {
  const picks = new (values.constructor as new (length: number) => Column)(places.length);
  for (let at = 0; at < places.length; at += 1) picks[at] = values[places[at]!]!;
  return picks;
}

/** The matches of the largest set of words that finds something, the best-scoring such set when several do. */
function mostWordsMatched(index: Searchable, filter: SearchFilter, parts: Scores[]) {
  for (let size = parts.length - 1; size >= 1; size -= 1) {
    let best: { kept: number[]; slots: Int32Array; scores: Float64Array; top: number } | null = null;
    for (const kept of combinations(parts.length, size).slice(0, SUBSETS_TRIED)) {
      if (kept.some((position) => parts[position]!.size === 0)) continue;
      const found = matched(index, kept.map((position) => parts[position]!), (slots) => picked(slots, index.columns.match(filter, slots)));
      const top = found.scores.reduce((most, score) => Math.max(most, score), 0);
      if (found.slots.length > 0 && (!best || top > best.top)) best = { kept, ...found, top };
    }
    if (best) return best;
  }
  return null;
}

/** The query with each English word that matches nothing replaced by the closest word of the names. */
function spelledAsCatalogue(index: Searchable, parsed: ParsedQuery, parts: Scores[]): string | null {
  let changed = false;
  const words = parsed.clauses.map((clause, position) => {
    if (parts[position]!.size > 0 || !/^[\p{L}\p{N}]+$/u.test(clause.text) || /\p{Script=Han}/u.test(clause.text)) return clause.text;
    const closest = closestWord(index.radixTree('nameLatin'), clause.text);
    if (!closest) return clause.text;
    changed = true;
    return closest;
  });
  return changed ? words.join(' ') : null;
}

/**
 * Items whose name holds the query as typed rank above those matching its words apart: twice
 * for a name that is the query, half again for a name containing it. Skipped for queries
 * matching most of a large catalogue, where it would cost more than it tells.
 */
const PHRASE_CHECKED = 50_000;

/** The most the phrase bonus multiplies a score by. */
export const MOST_BONUS = 2;

/** The phrases whose bonus these matches' scores take; empty when they take none. */
export function bonusPhrases(text: TextMatches, slots: Int32Array): string[] {
  return slots.length > PHRASE_CHECKED ? [] : text.phrases;
}

export function bonusOf(index: Searchable, slot: number, phrases: string[]): number {
  const names = index.columns.lowerNamesOf(slot);
  if (phrases.some((phrase) => names.includes(phrase))) return 2;
  return phrases.some((phrase) => names.some((each) => each.includes(phrase))) ? 1.5 : 1;
}

/** Each hit's score parts: what each word earned and the phrase bonus. Worked out again for the page only, for administrators. */
export function explain(index: Searchable, query: string, hits: SearchHit[], slots: number[]): void {
  const parsed = parseQuery(query, index.vocabulary);
  const parts = scoreClauses(index, parsed.clauses);
  try {
    hits.forEach((hit, position) => {
      const slot = slots[position]!;
      const words = parsed.clauses.map((clause: Clause, at) => ({ name: `word "${clause.text}"`, value: round(parts[at]!.weightOf(slot)) }));
      const bonus = parsed.phrases.length > 0 ? bonusOf(index, slot, parsed.phrases) : 1;
      const sum = words.reduce((total, part) => total + part.value, 0);
      const distance = hit.distanceKm === null ? [] : [{ name: 'distance km', value: hit.distanceKm }];
      hit.explanation = { score: round(sum * bonus), parts: [...words, { name: 'phrase bonus', value: bonus }, ...distance] };
    });
  } finally {
    for (const part of parts) part.release();
  }
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
