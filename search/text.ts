import { createTokenizer as createMandarinTokenizer } from '@orama/tokenizers/mandarin';

/**
 * How catalogue text is cut into tokens and how a query is read, shared by the embedded engine
 * and the tests. Chinese has no spaces, and the Mandarin tokenizer (Intl.Segmenter words) cuts
 * 科技馆 into 科技 + 馆 but 中国科学技术馆 into 中国 + 科学 + 技术 + 馆, and its dictionary
 * differs between Node versions. So Chinese text is indexed as the segmenter's words plus
 * every pair of adjacent characters (bigrams), and a Chinese query matches a text holding all
 * of its bigrams: 科技馆 (科技, 技馆) matches 重庆科技馆 whatever the segmenter does; the
 * abbreviation 科技 for 科学技术 is a synonym, so 科技馆 also reads as 科学技术馆.
 */

const han = /\p{Script=Han}+/gu;
const hasHan = /\p{Script=Han}/u;
const word = /[\p{L}\p{N}]+/gu;
const mandarin = createMandarinTokenizer();

export function normalize(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** The Chinese tokens of a text: bigrams, and for names the Mandarin tokenizer's words as well (a query of one character finds 馆). */
export function hanTokens(text: string, withWords: boolean): string[] {
  const tokens = new Set<string>();
  for (const run of normalize(text).match(han) ?? []) {
    for (const bigram of bigrams(run)) tokens.add(bigram);
    if (withWords) for (const segment of mandarin.tokenize(run)) tokens.add(segment);
  }
  return [...tokens];
}

/** The words of a text in every other script, lower-cased. */
export function latinTokens(text: string): string[] {
  return [...new Set(normalize(text).replace(han, ' ').match(word) ?? [])];
}

function bigrams(run: string): string[] {
  const characters = [...run];
  if (characters.length === 1) return characters;
  return characters.slice(1).map((character, index) => characters[index] + character);
}

/**
 * Abbreviations and equivalent names. A Chinese entry rewrites part of a query run (科技 in
 * 科技馆 gives 科学技术馆); an English entry is a whole-word alternative.
 */
export const synonyms: readonly (readonly string[])[] = [
  ['科技', '科学技术'],
  ['天文馆', '天象馆'],
  ['博物馆', '博物院'],
  ['动物园', '野生动物园'],
  ['植物园', '树木园'],
  ['研学', '研学旅行'],
  ['science centre', 'science center'],
  ['centre', 'center'],
  ['programme', 'program'],
  ['ai', 'artificial intelligence'],
];

/** One part of a query a hit must match: a Chinese run or a Latin word, each with its alternatives. */
export interface Clause {
  script: 'han' | 'latin';
  /** Each alternative is a list of tokens that must all be found. */
  alternatives: string[][];
}

/** The longest query the API accepts; a longer one is a mistake, not a search. */
export const MAX_QUERY_LENGTH = 500;

export function parseQuery(text: string): Clause[] {
  const normalized = normalize(text);
  const clauses: Clause[] = [];
  for (const run of normalized.match(han) ?? []) clauses.push({ script: 'han', alternatives: hanAlternatives(run).map(bigrams) });
  const latinText = normalized.replace(han, ' ');
  for (const latin of latinText.match(word) ?? []) clauses.push({ script: 'latin', alternatives: latinAlternatives(latin) });
  return clauses;
}

function hanAlternatives(run: string): string[] {
  const alternatives = new Set([run]);
  for (const group of synonyms) {
    for (const name of group.filter((entry) => hasHan.test(entry))) {
      if (!run.includes(name)) continue;
      for (const other of group) if (other !== name) alternatives.add(run.replace(name, other));
    }
  }
  return [...alternatives];
}

function latinAlternatives(latin: string): string[][] {
  const alternatives: string[][] = [[latin]];
  for (const group of synonyms) {
    if (!group.includes(latin)) continue;
    for (const other of group) if (other !== latin) alternatives.push(other.match(word) ?? []);
  }
  return alternatives;
}

/**
 * Typos allowed in a Latin word, as Meilisearch allows them: none up to 4 letters, one from 5,
 * two from 9. A swap of two neighbouring letters (musuem) counts as one, by trying the swapped
 * spellings too, because a plain edit distance counts it as two.
 */
export function typosAllowed(latin: string): number {
  if (latin.length >= 9) return 2;
  if (latin.length >= 5) return 1;
  return 0;
}

export function swappedSpellings(latin: string): string[] {
  if (latin.length < 5) return [];
  const spellings = new Set<string>();
  for (let index = 0; index + 1 < latin.length; index += 1) {
    if (latin[index] === latin[index + 1]) continue;
    spellings.add(latin.slice(0, index) + latin[index + 1] + latin[index] + latin.slice(index + 2));
  }
  return [...spellings];
}
