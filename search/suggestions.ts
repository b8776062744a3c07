import { syllables } from './chinese.js';
import type { CatalogueColumns } from './columns.js';
import type { SearchDocument, Suggestion } from './engine.js';
import { han, normalize } from './text.js';
import { completions, type RadixNode } from './text-scores.js';
import { topicTerms } from './thesaurus.js';

/**
 * As-you-type suggestions: the names of venues, programmes, talks and experts, and the
 * thesaurus's topics, that start with what was typed, in characters, pinyin or English.
 * Each name is indexed whole under its Chinese, its English, its pinyin and its initials.
 */

/** The keys a document's name is found under. */
export function suggestionKeys(document: Pick<SearchDocument, 'name' | 'nameEn'>): string[] {
  const name = normalize(document.name);
  const keys = [compact(name), normalize(document.nameEn).trim(), ...soundKeys(name)];
  return [...new Set(keys.filter(Boolean))];
}

function soundKeys(text: string): string[] {
  const sounds = syllables((text.match(han) ?? []).join(''));
  if (sounds.length === 0) return [];
  return sounds.length > 1 ? [sounds.join(''), sounds.map((sound) => sound[0]).join('')] : [sounds.join('')];
}

function compact(text: string): string {
  return text.replace(/\s+/g, '');
}

export interface Suggestible {
  readonly columns: CatalogueColumns;
  radixTree(field: 'suggest'): RadixNode;
}

const kindOrder = { Venue: 0, Programme: 1, Talk: 2, Expert: 3, Topic: 4 } as const;

interface Candidate extends Suggestion {
  length: number;
}

let topics: { topic: string; keys: string[] }[] | null = null;

/** The thesaurus's topics with the keys they are found under, worked out once: the thesaurus never changes while Kepu runs. */
function topicKeys(): { topic: string; keys: string[] }[] {
  topics ??= topicTerms().map((topic) => ({ topic, keys: [normalize(topic), ...soundKeys(topic)] }));
  return topics;
}

export function suggest(catalogue: Suggestible, prefix: string, limit: number): Suggestion[] {
  const typed = normalize(prefix).trim();
  if (!typed || limit <= 0) return [];
  const candidates: Candidate[] = [];
  for (const key of new Set([typed, compact(typed)])) {
    for (const { word, slots } of completions(catalogue.radixTree('suggest'), key, limit * 8)) {
      for (const slot of slots) {
        if (!catalogue.columns.isPresent(slot)) continue;
        const { id, type } = catalogue.columns.identityOf(slot);
        const { name, nameEn } = catalogue.columns.namesOf(slot);
        const english = normalize(nameEn).trim() === word;
        candidates.push({ text: english ? nameEn : name, kind: type, id, length: word.length });
      }
    }
  }
  for (const { topic, keys } of topicKeys()) {
    if (keys.some((key) => key.startsWith(compact(typed)) || key.startsWith(typed))) candidates.push({ text: topic, kind: 'Topic', id: null, length: topic.length });
  }
  candidates.sort((a, b) => a.length - b.length || kindOrder[a.kind] - kindOrder[b.kind] || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
  const seen = new Set<string>();
  const chosen: Suggestion[] = [];
  for (const { text, kind, id } of candidates) {
    if (seen.has(text)) continue;
    seen.add(text);
    chosen.push({ text, kind, id });
    if (chosen.length === limit) break;
  }
  return chosen;
}
