import { syllables, toSimplified, wordsForSearch } from './chinese.js';

/**
 * How catalogue text is cut into tokens, shared by the embedded engine, the query reader and the
 * tests. Chinese text is indexed as every pair of adjacent characters (bigrams), names also as
 * single characters: a query word matches a text holding all of its bigrams, so 科技馆 (科技,
 * 技馆) is found in 重庆科技馆 whatever a segmenter makes of either. Names are also indexed by
 * their pinyin, whole and by initials, so that 博物馆 is found by bowuguan and bwg.
 */

export const han = /\p{Script=Han}+/gu;
export const hasHan = /\p{Script=Han}/u;
export const word = /[\p{L}\p{N}]+/gu;

/** The longest query the API accepts; a longer one is a mistake, not a search. */
export const MAX_QUERY_LENGTH = 500;

/** Full-width forms folded, lower case, traditional characters read as simplified. */
export function normalize(text: string): string {
  return toSimplified(text.normalize('NFKC').toLowerCase());
}

/** The Chinese tokens of a text: bigrams, and with `withCharacters` single characters too (a query of one character finds 馆). */
export function hanTokens(text: string, withCharacters: boolean): string[] {
  const tokens = new Set<string>();
  for (const run of normalize(text).match(han) ?? []) {
    for (const bigram of bigrams(run)) tokens.add(bigram);
    if (withCharacters) for (const character of run) tokens.add(character);
  }
  return [...tokens];
}

/** The words of a text in every other script, lower-cased, with their stems where they differ. */
export function latinTokens(text: string): string[] {
  const tokens = new Set<string>();
  for (const latin of normalize(text).replace(han, ' ').match(word) ?? []) {
    tokens.add(latin);
    tokens.add(stem(latin));
  }
  return [...tokens];
}

/**
 * The pinyin tokens of a name: each word's syllables run together (bowuguan) and their initials
 * (bwg), and the same for each whole run of characters (beijingtianwenguan, bjtwg).
 */
export function pinyinTokens(text: string): string[] {
  const tokens = new Set<string>();
  for (const run of normalize(text).match(han) ?? []) {
    for (const part of new Set([run, ...wordsForSearch(run)])) {
      const sounds = syllables(part);
      tokens.add(sounds.join(''));
      if (sounds.length > 1) tokens.add(sounds.map((sound) => sound[0]).join(''));
    }
  }
  return [...tokens];
}

export function bigrams(run: string): string[] {
  const characters = [...run];
  if (characters.length === 1) return characters;
  return characters.slice(1).map((character, index) => characters[index] + character);
}

/**
 * A light English stemmer, the same on both sides: plurals (museums, laboratories, boxes) and
 * common endings (programming, explored), so a word finds its other forms.
 */
export function stem(latin: string): string {
  if (latin.length < 4 || !/^[a-z]+$/.test(latin)) return latin;
  let base = latin;
  if (base.endsWith('ies') && base.length > 4) base = `${base.slice(0, -3)}y`;
  else if (/(ss|x|ch|sh)es$/.test(base)) base = base.slice(0, -2);
  else if (base.endsWith('s') && !base.endsWith('ss') && !base.endsWith('us') && !base.endsWith('is')) base = base.slice(0, -1);
  if (base.length > 5 && base.endsWith('ing')) base = base.slice(0, -3);
  else if (base.length > 4 && base.endsWith('ed')) base = base.slice(0, -2);
  if (base.length > 4 && base.endsWith('e')) base = base.slice(0, -1);
  if (/([b-df-hj-np-tv-z])\1$/.test(base)) base = base.slice(0, -1);
  return base;
}

/**
 * Typos allowed in a Latin word, as Meilisearch allows them: none up to 4 letters, one from 5,
 * two from 9. Two swapped neighbouring letters (musuem) count as one typo.
 */
export function typosAllowed(latin: string): number {
  if (latin.length >= 9) return 2;
  if (latin.length >= 5) return 1;
  return 0;
}
