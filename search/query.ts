import { words } from './chinese.js';
import type { ItemType } from './engine.js';
import { bigrams, han, hasHan, normalize, stem, word } from './text.js';
import { equivalents, offeringOf, offerings, relatedTerms, type Offering } from './thesaurus.js';
import type { Vocabulary } from './vocabulary.js';

/**
 * How a query is read. Each Chinese word (segmented, so 天文讲座 reads as 天文 + 讲座) and each
 * other word is a clause a hit must match; a clause matches through any of its alternatives:
 * the word itself, its equivalents in the thesaurus, the word it sounds like, its stem, its
 * related terms, each counting for less. Words for kinds of offering (讲座, 研学, lab session)
 * narrow the item type instead of being looked for as text.
 */

/** `han` terms are looked up among Chinese tokens, `latin` among English words and pinyin, `pinyin` among pinyin only. */
export type TermKind = 'han' | 'latin' | 'pinyin';

export interface Term {
  token: string;
  kind: TermKind;
  /** The word being typed: it also matches the words it begins. */
  prefix: boolean;
  /** Typed by the user, so typos are forgiven; thesaurus terms are looked up as written. */
  fuzzy: boolean;
}

export type MatchKind = 'exact' | 'sound-alike' | 'equivalent' | 'related' | 'stem' | 'pinyin' | 'offering';

export interface Alternative {
  /** All of them must be found. */
  terms: Term[];
  /** What a match this way is worth against a match of the word itself. */
  weight: number;
  how: MatchKind;
}

export interface Clause {
  /** The word as the user typed it (normalised), as "dropped words" shows it. */
  text: string;
  alternatives: Alternative[];
}

export interface ParsedQuery {
  clauses: Clause[];
  /** Item types the query's offering words allow; null when it has none. */
  types: ItemType[] | null;
  /** The query with words written as the catalogue's words they sound like; null when nothing was corrected. */
  corrected: string | null;
  /** The query's Chinese text and its English words, for the bonus of a name holding them as typed. */
  phrases: string[];
}

const WEIGHTS = { exact: 1, equivalent: 0.9, stem: 0.9, pinyin: 0.9, offering: 1, 'sound-alike': 0.6, related: 0.3 } as const;

export function parseQuery(text: string, vocabulary?: Vocabulary): ParsedQuery {
  const offered: Offering[] = [];
  let normalized = normalize(text);
  for (const phrase of latinOfferingWords) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
    if (!pattern.test(normalized)) continue;
    normalized = normalized.replace(pattern, ' ');
    offered.push(offeringOf(phrase)!);
  }
  const clauses: Clause[] = [];
  let corrected = normalized;
  const hanPhrases: string[] = [];
  for (const run of normalized.match(han) ?? []) {
    const better = vocabulary?.correct(run) ?? run;
    if (better !== run) corrected = corrected.replace(run, better);
    hanPhrases.push(run);
    clauses.push(...hanClauses(run, better, offered));
  }
  const latinWords = normalized.replace(han, ' ').match(word) ?? [];
  const typing = lastToken(normalized);
  clauses.push(...latinClauses(latinWords, typing, vocabulary));
  const types = offered.length > 0 ? [...new Set(offered.map((offering) => offering.type))] : null;
  for (const offering of new Set(offered)) if (offering.match) clauses.push(offeringClause(offering));
  return {
    clauses,
    types,
    corrected: corrected === normalized ? null : corrected.trim(),
    phrases: [hanPhrases.join(''), latinWords.length > 1 ? latinWords.join(' ') : ''].filter((phrase) => phrase.length > 1),
  };
}

const latinOfferingWords = offerings.flatMap((offering) => offering.words).filter((phrase) => !hasHan.test(phrase)).sort((a, b) => b.length - a.length);

function lastToken(normalized: string): string | undefined {
  return normalized.match(/[\p{L}\p{N}]+$/u)?.[0];
}

/** The clauses of a run of Chinese characters, cut into words after its sound-alike corrections, which keep its length. */
function hanClauses(run: string, better: string, offered: Offering[]): Clause[] {
  const clauses: Clause[] = [];
  const characters = [...run];
  let position = 0;
  for (const part of words(better)) {
    const length = [...part].length;
    const typed = characters.slice(position, position + length).join('');
    position += length;
    const offering = offeringOf(part) ?? offeringOf(typed);
    if (offering) {
      offered.push(offering);
      continue;
    }
    clauses.push({ text: typed, alternatives: hanAlternatives(typed, part) });
  }
  return clauses;
}

function hanAlternatives(typed: string, better: string): Alternative[] {
  const alternatives = [alternative(hanTerms(typed), 'exact')];
  if (better !== typed) alternatives.push(alternative(hanTerms(better), 'sound-alike'));
  for (const base of new Set([typed, better])) {
    for (const group of equivalents) {
      for (const name of group) {
        if (!hasHan.test(name) || !base.includes(name)) continue;
        for (const other of group) if (other !== name) alternatives.push(alternative(termsOf(hasHan.test(other) ? base.replace(name, other) : other), 'equivalent'));
      }
    }
    for (const term of relatedTerms(base)) alternatives.push(alternative(termsOf(term), 'related'));
  }
  return alternatives;
}

/**
 * The clauses of the English and pinyin words. Neighbouring words that are all pinyin syllables
 * (bo wu guan) also read as one word run together (bowuguan).
 */
function latinClauses(latinWords: string[], typing: string | undefined, vocabulary?: Vocabulary): Clause[] {
  const clauses: Clause[] = [];
  const isLast = (index: number) => index === latinWords.length - 1 && latinWords[index] === typing;
  for (let index = 0; index < latinWords.length; ) {
    let end = index;
    while (end < latinWords.length && vocabulary?.isSyllable(latinWords[end]!)) end += 1;
    if (end - index >= 2) {
      const group = latinWords.slice(index, end);
      const prefix = isLast(end - 1);
      clauses.push({
        text: group.join(' '),
        alternatives: [
          alternative([{ token: group.join(''), kind: 'pinyin', prefix, fuzzy: false }], 'pinyin'),
          alternative(group.map((latin, offset): Term => ({ token: latin, kind: 'latin', prefix: isLast(index + offset), fuzzy: true })), 'exact'),
        ],
      });
      index = end;
      continue;
    }
    clauses.push({ text: latinWords[index]!, alternatives: latinAlternatives(latinWords[index]!, isLast(index)) });
    index += 1;
  }
  return clauses;
}

function latinAlternatives(latin: string, prefix: boolean): Alternative[] {
  const alternatives = [alternative([{ token: latin, kind: 'latin', prefix, fuzzy: true }], 'exact')];
  const base = stem(latin);
  if (base !== latin) alternatives.push(alternative([{ token: base, kind: 'latin', prefix: false, fuzzy: false }], 'stem'));
  for (const group of equivalents) {
    if (!group.includes(latin)) continue;
    for (const other of group) if (other !== latin) alternatives.push(alternative(termsOf(other), 'equivalent'));
  }
  for (const term of new Set([...relatedTerms(latin), ...relatedTerms(base)])) alternatives.push(alternative(termsOf(term), 'related'));
  return alternatives;
}

/** A programme offering word: the titles of such programmes carry one of its words. */
function offeringClause(offering: Offering): Clause {
  return { text: offering.words[0]!, alternatives: offering.match!.map((phrase) => alternative(termsOf(phrase), 'offering')) };
}

function alternative(terms: Term[], how: MatchKind): Alternative {
  return { terms, weight: WEIGHTS[how], how };
}

function hanTerms(text: string): Term[] {
  return bigrams(text).map((token): Term => ({ token, kind: 'han', prefix: false, fuzzy: false }));
}

/** The terms of a thesaurus entry: bigrams of its Chinese, and its English words. */
function termsOf(entry: string): Term[] {
  const normalized = normalize(entry);
  return [
    ...(normalized.match(han) ?? []).flatMap(hanTerms),
    ...(normalized.replace(han, ' ').match(word) ?? []).map((token): Term => ({ token, kind: 'latin', prefix: false, fuzzy: false })),
  ];
}
