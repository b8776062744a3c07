import { readFileSync } from 'node:fs';
import type { ItemType } from './engine.js';

/**
 * The science-education thesaurus (thesaurus.json, explained in THESAURUS.md): equivalent names,
 * related topic terms and the words for kinds of offering. Both engines read it: the embedded one
 * as query alternatives, Meilisearch through its synonyms setting.
 */

export interface Offering {
  type: ItemType;
  /** What teachers type for this kind of offering. */
  words: string[];
  /** Words in the titles of such offerings; absent when the item type alone says it (talks). */
  match?: string[];
}

interface ThesaurusFile {
  equivalents: string[][];
  related: string[][];
  offerings: Offering[];
}

const file = JSON.parse(readFileSync(new URL('./thesaurus.json', import.meta.url), 'utf8')) as ThesaurusFile;

export const equivalents: readonly (readonly string[])[] = file.equivalents;
export const related: readonly (readonly string[])[] = file.related;
export const offerings: readonly Offering[] = file.offerings;

/** Every word the thesaurus knows, for the segmenter's dictionary and for suggestions. */
export function thesaurusWords(): string[] {
  return [...new Set([...equivalents.flat(), ...related.flat(), ...offerings.flatMap((offering) => [...offering.words, ...(offering.match ?? [])])])];
}

/** The offering a word (or a run of words) names, if any. */
export function offeringOf(word: string): Offering | undefined {
  return offerings.find((offering) => offering.words.includes(word));
}

/** Related terms of a word: the other members of each group it belongs to. */
export function relatedTerms(word: string): string[] {
  return [...new Set(related.filter((group) => group.includes(word)).flatMap((group) => group.filter((other) => other !== word)))];
}

/** Topic names for suggestions: the related groups' terms. */
export function topicTerms(): string[] {
  return [...new Set(related.flat())];
}

/** Synonyms as Meilisearch takes them: each word maps to its equivalents, both ways. */
export function synonymMap(): Record<string, string[]> {
  const map: Record<string, string[]> = {};
  for (const group of equivalents) {
    for (const name of group) map[name] = [...new Set([...(map[name] ?? []), ...group.filter((other) => other !== name)])];
  }
  return map;
}
