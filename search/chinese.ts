import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import * as OpenCC from 'opencc-js';
import { pinyin } from 'pinyin-pro';
import { thesaurusWords } from './thesaurus.js';

/**
 * Chinese text as search reads it: words by a dictionary segmenter (jieba, with the thesaurus
 * and the catalogue's own names added to its dictionary), pinyin without tones, and traditional
 * characters read as simplified.
 */

/** A frequency high enough that jieba keeps these words whole. */
const USER_WORD_FREQUENCY = 100_000;

let segmenter: Jieba | null = null;
const known = new Set<string>();

function jieba(): Jieba {
  if (!segmenter) {
    segmenter = Jieba.withDict(dict);
    addWords(thesaurusWords());
  }
  return segmenter;
}

/** Loads the segmenter's dictionary now rather than on the first query (it takes most of a second). */
export function prepareSegmenter(): void {
  jieba();
}

/** Adds catalogue words (names of venues, kinds of place) to the segmenter's dictionary. */
export function addWords(words: readonly string[]): void {
  const fresh = words.filter((word) => /\p{Script=Han}/u.test(word) && [...word].length > 1 && !known.has(word));
  if (fresh.length === 0) return;
  for (const word of fresh) known.add(word);
  jieba().loadDict(Buffer.from(fresh.map((word) => `${word.replace(/\s+/g, '')} ${USER_WORD_FREQUENCY} n`).join('\n')));
}

/** The words of a run of Chinese characters, as a reader would cut them. */
export function words(run: string): string[] {
  return jieba().cut(run, false);
}

/** Every word a search might ask for: the words and the shorter words inside longer ones. */
export function wordsForSearch(run: string): string[] {
  return jieba().cutForSearch(run, false);
}

const toSimplifiedText = OpenCC.Converter({ from: 't', to: 'cn' });
const traditional = /[^\u0000-\u2fff]/u;

export function toSimplified(text: string): string {
  return traditional.test(text) ? toSimplifiedText(text) : text;
}

const syllableCache = new Map<string, string[]>();
const CACHED_WORDS = 200_000;

/** Toneless pinyin syllables of a word, one per character (non-Chinese characters give themselves). */
export function syllables(word: string): string[] {
  let found = syllableCache.get(word);
  if (!found) {
    found = pinyin(word, { toneType: 'none', type: 'array', v: true }).map((syllable) => syllable.toLowerCase());
    if (syllableCache.size >= CACHED_WORDS) syllableCache.clear();
    syllableCache.set(word, found);
  }
  return found;
}
