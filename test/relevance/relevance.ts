import { readFileSync } from 'node:fs';
import type { CatalogueReader } from '../../subgraphs/search/catalogue.js';
import type { ItemType, SearchDocument, SearchEngine, SearchFilter } from '../../search/engine.js';
import { reindex } from '../../subgraphs/search/reindex.js';

/**
 * The relevance suite: queries a school coordinator types, each with graded judgments written
 * from the demo catalogue (queries.json), and the figures search earns on them: nDCG@10 and
 * the share of answerable queries that find nothing, overall and by category.
 */

/** Which documents a judgment grades: every condition given must hold; text conditions are substrings, case-insensitive. */
export interface Rule {
  grade: number;
  ids?: string[];
  type?: ItemType | ItemType[];
  /** Substrings of the Chinese or English name, all of them. */
  name?: string[];
  /** Substrings anywhere in the names, context or body, all of them. */
  text?: string[];
  city?: string;
  kind?: string;
  subject?: string;
  venueId?: string;
}

export interface RelevanceQuery {
  category: string;
  query: string;
  filter?: SearchFilter;
  /** No rules: nothing in the catalogue answers it, and the right answer is no hits. */
  judgments: Rule[];
}

export const NDCG_DEPTH = 10;

export function loadQueries(): RelevanceQuery[] {
  return JSON.parse(readFileSync(new URL('./queries.json', import.meta.url), 'utf8')).queries as RelevanceQuery[];
}

/** Every document the live catalogue gives search, read through the public API as a reindex reads it. */
export async function readDocuments(read: CatalogueReader): Promise<SearchDocument[]> {
  const documents: SearchDocument[] = [];
  const collector = {
    startBuild: async () => ({ add: async (batch: SearchDocument[]) => void documents.push(...batch), commit: async () => {}, abandon: async () => {} }),
  } as unknown as SearchEngine;
  await reindex(collector, read, null);
  return documents;
}

function holds(rule: Rule, document: SearchDocument): boolean {
  const lower = (text: string) => text.toLowerCase();
  const names = lower(`${document.name} ${document.nameEn}`);
  const all = lower(`${document.name} ${document.nameEn} ${document.context ?? ''} ${document.body}`);
  if (rule.ids && !rule.ids.includes(document.id)) return false;
  if (rule.type && ![rule.type].flat().includes(document.type)) return false;
  if (rule.name && !rule.name.every((part) => names.includes(lower(part)))) return false;
  if (rule.text && !rule.text.every((part) => all.includes(lower(part)))) return false;
  if (rule.city && document.city !== rule.city) return false;
  if (rule.kind && document.venueKind !== rule.kind) return false;
  if (rule.subject && !document.subjects.includes(rule.subject as never)) return false;
  return !rule.venueId || document.venueId === rule.venueId;
}

/** The grade of every document some rule holds for: the highest of those rules. */
export function gradesOf(query: RelevanceQuery, documents: SearchDocument[]): Map<string, number> {
  const grades = new Map<string, number>();
  for (const document of documents) {
    const grade = Math.max(0, ...query.judgments.filter((rule) => holds(rule, document)).map((rule) => rule.grade));
    if (grade > 0) grades.set(document.id, grade);
  }
  return grades;
}

export function ndcg(ranked: string[], grades: Map<string, number>, depth = NDCG_DEPTH): number {
  const gain = (grade: number, position: number) => (2 ** grade - 1) / Math.log2(position + 2);
  const dcg = ranked.slice(0, depth).reduce((sum, id, position) => sum + gain(grades.get(id) ?? 0, position), 0);
  const ideal = [...grades.values()].sort((a, b) => b - a).slice(0, depth).reduce((sum, grade, position) => sum + gain(grade, position), 0);
  return ideal === 0 ? 0 : dcg / ideal;
}

export interface QueryOutcome {
  query: RelevanceQuery;
  answerable: boolean;
  hits: string[];
  totalCount: number;
  /** nDCG@10 for an answerable query; for one without answers, 1 when it finds nothing and 0 when it finds something. */
  score: number;
}

export interface Figures {
  queries: number;
  answerable: number;
  ndcg: number;
  zeroHitRate: number;
  /** Unanswerable queries that found nothing. */
  quietNoAnswers: number;
  noAnswers: number;
}

export type Search = (query: RelevanceQuery) => Promise<{ ids: string[]; totalCount: number }>;

export async function evaluate(queries: RelevanceQuery[], documents: SearchDocument[], search: Search): Promise<QueryOutcome[]> {
  const outcomes: QueryOutcome[] = [];
  for (const query of queries) {
    const grades = gradesOf(query, documents);
    const { ids, totalCount } = await search(query);
    const answerable = query.judgments.length > 0;
    if (answerable && grades.size === 0) throw new Error(`No document of the catalogue meets the judgments of "${query.query}": fix queries.json.`);
    outcomes.push({ query, answerable, hits: ids, totalCount, score: answerable ? ndcg(ids, grades) : totalCount === 0 ? 1 : 0 });
  }
  return outcomes;
}

export function figuresOf(outcomes: QueryOutcome[]): Figures {
  const answerable = outcomes.filter((outcome) => outcome.answerable);
  const unanswerable = outcomes.filter((outcome) => !outcome.answerable);
  return {
    queries: outcomes.length,
    answerable: answerable.length,
    ndcg: mean(answerable.map((outcome) => outcome.score)),
    zeroHitRate: answerable.filter((outcome) => outcome.totalCount === 0).length / Math.max(1, answerable.length),
    quietNoAnswers: unanswerable.filter((outcome) => outcome.totalCount === 0).length,
    noAnswers: unanswerable.length,
  };
}

/** One line per category and one for all: nDCG@10, zero-hit rate of the answerable queries, and how many queries. */
export function table(outcomes: QueryOutcome[]): string {
  const categories = [...new Set(outcomes.map((outcome) => outcome.query.category))];
  const line = (label: string, figures: Figures) => {
    const answered = figures.answerable > 0 ? `nDCG@10 ${figures.ndcg.toFixed(3)}  zero hits ${(figures.zeroHitRate * 100).toFixed(0).padStart(3)} %` : 'nDCG@10   -    zero hits   - ';
    const quiet = figures.noAnswers > 0 ? `  no-answer queries answered with nothing ${figures.quietNoAnswers}/${figures.noAnswers}` : '';
    return `  ${label.padEnd(22)} ${String(figures.queries).padStart(3)} queries  ${answered}${quiet}`;
  };
  return [
    ...categories.map((category) => line(category, figuresOf(outcomes.filter((outcome) => outcome.query.category === category)))),
    line('all', figuresOf(outcomes)),
  ].join('\n');
}

function mean(values: number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;
}
