import { addWords, prepareSegmenter, syllables, wordsForSearch } from './chinese.js';
import type { SearchDocument } from './engine.js';
import { bigrams, han, hasHan, normalize } from './text.js';
import { thesaurusWords } from './thesaurus.js';

/**
 * The words the catalogue's names are made of, by their sound: what corrects a character with
 * the right pinyin and the wrong form (植物圆 → 植物园), what tells pinyin from English, and
 * what "did you mean" proposes. It only grows: a word once in a name stays a fair correction.
 */
export class Vocabulary {
  private readonly counts = new Map<string, number>();
  private readonly bySound = new Map<string, string[]>();
  private readonly pairs = new Set<string>();
  private readonly sounds = new Set<string>();
  /** What venues' names added to the segmenter's dictionary, to be added again when a saved index is read. */
  private readonly dictionary = new Set<string>();

  constructor() {
    prepareSegmenter();
    for (const word of thesaurusWords()) if (hasHan.test(word)) this.addWord(word);
  }

  /** Takes in the names of a document; a venue's name also joins the segmenter's dictionary. */
  add(document: SearchDocument): void {
    const name = normalize(document.name);
    if (document.type === 'Venue') this.addToDictionary(name.match(han) ?? []);
    for (const run of name.match(han) ?? []) {
      for (const pair of bigrams(run)) this.pairs.add(pair);
      for (const part of wordsForSearch(run)) this.addWord(part);
    }
  }

  /** Everything it has learnt, for a saved index. */
  saved(): SavedVocabulary {
    return { counts: [...this.counts], bySound: [...this.bySound], pairs: [...this.pairs], sounds: [...this.sounds], dictionary: [...this.dictionary] };
  }

  /** A vocabulary as `saved` gave it; its venue words join the segmenter's dictionary again. */
  static restore(saved: SavedVocabulary): Vocabulary {
    const vocabulary = new Vocabulary();
    for (const [word, count] of saved.counts) vocabulary.counts.set(word, count);
    for (const [sound, words] of saved.bySound) vocabulary.bySound.set(sound, words);
    for (const pair of saved.pairs) vocabulary.pairs.add(pair);
    for (const sound of saved.sounds) vocabulary.sounds.add(sound);
    vocabulary.addToDictionary(saved.dictionary);
    return vocabulary;
  }

  private addToDictionary(words: string[]): void {
    for (const word of words) this.dictionary.add(word);
    addWords(words);
  }

  private addWord(word: string): void {
    if ([...word].length < 2) return;
    const count = this.counts.get(word);
    this.counts.set(word, (count ?? 0) + 1);
    if (count !== undefined) return;
    const sounds = syllables(word);
    for (const sound of sounds) this.sounds.add(sound);
    const key = sounds.join(' ');
    this.bySound.set(key, [...(this.bySound.get(key) ?? []), word]);
  }

  /** A pinyin syllable some name has: `bo`, `wu` and `guan` are; `museum` is not. */
  isSyllable(latin: string): boolean {
    return this.sounds.has(latin);
  }

  /** The pair of characters appears in some name. */
  hasPair(pair: string): boolean {
    return this.pairs.has(pair);
  }

  /** The most common word of the names that sounds like `text` but is written otherwise. */
  soundsLike(text: string): string | undefined {
    if (this.counts.has(text)) return undefined;
    const candidates = (this.bySound.get(syllables(text).join(' ')) ?? []).filter((word) => word !== text && [...word].length === [...text].length);
    return candidates.sort((a, b) => this.counts.get(b)! - this.counts.get(a)!)[0];
  }

  /**
   * The run with every stretch that appears in no name, but sounds like a word of the names,
   * written as that word; the same length as the run, so its characters line up with the run's.
   */
  correct(run: string): string {
    const characters = [...run];
    const suspect = characters.map((_, index) => index > 0 && !this.pairs.has(characters[index - 1]! + characters[index]!));
    if (!suspect.some(Boolean)) return run;
    const corrected = [...characters];
    for (let length = Math.min(4, characters.length); length >= 2; length -= 1) {
      for (let start = 0; start + length <= characters.length; start += 1) {
        if (!suspect.slice(start + 1, start + length).some(Boolean)) continue;
        const better = this.soundsLike(corrected.slice(start, start + length).join(''));
        if (!better) continue;
        corrected.splice(start, length, ...better);
        for (let index = start + 1; index < start + length; index += 1) suspect[index] = false;
      }
    }
    return corrected.join('');
  }
}

export interface SavedVocabulary {
  counts: [string, number][];
  bySound: [string, string[]][];
  pairs: string[];
  sounds: string[];
  dictionary: string[];
}
