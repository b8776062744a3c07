import { gradeBands } from '../kit/platform/vocabulary.js';
import { AnswerCache } from './answers.js';
import { facetFields, type Near, type SearchFilter } from './engine.js';
import type { Searchable } from './relaxing.js';
import { suggest, type Suggestible } from './suggestions.js';

/**
 * Searches made on an index just loaded or built, before it answers anyone. The first searches
 * after a start otherwise pay for compiling the engine's code, several times what they cost
 * afterwards at 100 times the demo. The words are the catalogue's own, from the names of items
 * spread over it, as typed, with a typo and half typed; the answers go to a cache of their own,
 * thrown away. Other work runs between two searches.
 */

/** Each search is made this many times, each time anew: code is compiled once it has run a few times. */
const ROUNDS = 3;
/** Items whose names are searched for. */
const SAMPLES = 4;
const YEAR = 365 * 24 * 3600 * 1000;

export async function warmUp(index: Searchable & Suggestible, letOthersRun: () => Promise<void>): Promise<void> {
  const texts = ['', ...sampleNames(index).flatMap(asTyped)];
  const now = Date.now();
  const variants: { filter: SearchFilter; near?: Near }[] = [
    { filter: {} },
    { filter: { openBetween: { from: now, to: now + YEAR }, gradeBands: [gradeBands[0]] }, near: { lat: 35, lon: 105, radiusKm: 2000 } },
  ];
  for (let round = 0; round < ROUNDS; round += 1) {
    const answers = new AnswerCache();
    for (const text of texts) {
      for (const { filter, near } of variants) answers.search(index, { text, filter, near, offset: 0, limit: 10, facets: facetFields });
      suggest(index, text.slice(0, 2), 8);
      await letOthersRun();
    }
  }
}

/** The names of items spread evenly over the slots. */
function sampleNames(index: Searchable): { name: string; nameEn: string }[] {
  const names = [];
  const slots = index.slotCount();
  for (let sample = 0; sample < SAMPLES; sample += 1) {
    for (let slot = Math.floor((sample * slots) / SAMPLES); slot < slots; slot += 1) {
      if (!index.columns.isPresent(slot)) continue;
      names.push(index.columns.namesOf(slot));
      break;
    }
  }
  return names;
}

/** A name as typed, its English with two letters of its longest word swapped, and the first letters of that word, as while typing. */
function asTyped({ name, nameEn }: { name: string; nameEn: string }): string[] {
  const longest = nameEn.split(/\s+/).reduce((a, b) => (b.length > a.length ? b : a), '');
  const swapped = longest.length > 3 ? `${longest.slice(0, 1)}${longest[2]}${longest[1]}${longest.slice(3)}` : longest;
  return [name, nameEn, swapped, longest.slice(0, 3)].filter(Boolean);
}
