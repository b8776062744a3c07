import { components, count, create, insertMultiple, remove, type AnyOrama } from '@orama/orama';
import { CatalogueColumns } from './columns.js';
import type { IndexBuild, SearchDocument, SearchEngine, SearchHit, SearchRequest, SearchResult } from './engine.js';
import { hanTokens, latinTokens, parseQuery } from './text.js';
import { scoreText, type RadixNode, type TextField } from './text-scores.js';

/**
 * The embedded engine: an Orama index in this process for the text (a radix tree per text
 * field, with prefix and typo-tolerant lookup), and a column per filterable field beside it.
 * The matching rules on top (every clause must match, bigrams for Chinese, synonyms), filters,
 * distance and facets are Kepu's, so that the two engines answer alike.
 */


/** Only the text is indexed; `id` is stored for Orama to find the document by, not searched. */
const schema = { nameHan: 'string', nameLatin: 'string', bodyHan: 'string', bodyLatin: 'string' } as const;

/** What Orama stores: the text it indexed, which it needs again to take a document out. */
interface Stored {
  id: string;
  nameHan: string;
  nameLatin: string;
  bodyHan: string;
  bodyLatin: string;
}

function tokenize(text: string, _language?: string, field?: string): string[] {
  switch (field as TextField) {
    case 'nameHan': return hanTokens(text, true);
    case 'bodyHan': return hanTokens(text, false);
    case 'nameLatin':
    case 'bodyLatin': return latinTokens(text);
    default: return [text];
  }
}

function stored(document: SearchDocument): Stored {
  const names = `${document.name} ${document.nameEn}`;
  return { id: document.id, nameHan: names, nameLatin: names, bodyHan: document.body, bodyLatin: document.body };
}

/**
 * Orama's index without its BM25 bookkeeping: Kepu scores from the posting lists alone, and
 * the bookkeeping kept a token-frequency object per document and field (most of the index's
 * memory) and counted every token against every other one on insert.
 */
const textIndex = {
  ...components.index.createIndex(),
  insertDocumentScoreParameters: () => {},
  insertTokenScoreParameters: () => {},
  removeDocumentScoreParameters: () => {},
  removeTokenScoreParameters: () => {},
};


const INSERT_BATCH = 500;

/** The text in Orama and the other fields in columns, both addressed by Orama's internal id (the slot). */
class Catalogue {
  private readonly text: AnyOrama = create({
    schema,
    // Kepu orders hits itself, so Orama need not keep every field sorted.
    sort: { enabled: false },
    components: { tokenizer: { language: 'mandarin', normalizationCache: new Map(), tokenize }, index: textIndex as never },
  }) as AnyOrama;
  readonly columns = new CatalogueColumns();

  count(): number {
    return count(this.text);
  }

  async put(documents: SearchDocument[]): Promise<void> {
    for (const document of documents) await this.removeOne(document.id);
    for (let start = 0; start < documents.length; start += INSERT_BATCH) {
      await insertMultiple(this.text, documents.slice(start, start + INSERT_BATCH).map(stored) as never[], INSERT_BATCH);
    }
    for (const document of documents) this.columns.put(this.slotOf(document.id), document);
  }

  async remove(ids: string[]): Promise<void> {
    for (const id of ids) await this.removeOne(id);
  }

  /** One past the highest slot in use: the size of a dense array of scores. */
  slotCount(): number {
    return this.columns.slotCount();
  }

  radixTree(field: TextField): RadixNode {
    return (this.text.data.index as unknown as { indexes: Record<string, { node: RadixNode }> }).indexes[field]!.node;
  }

  private async removeOne(id: string): Promise<void> {
    await remove(this.text, id);
    this.columns.delete(this.slotOf(id));
  }

  private slotOf(id: string): number {
    return components.internalDocumentIDStore.getInternalDocumentId(this.text.internalDocumentIDStore, id);
  }
}

export function createEmbeddedEngine(): SearchEngine {
  let live = new Catalogue();
  let building: { catalogue: Catalogue; touched: Set<string> } | null = null;
  const answers = new AnswerCache();
  return {
    name: 'embedded',
    search: async (request) => answers.search(live, request),
    async upsert(documents) {
      answers.clear();
      await live.put(documents);
      if (!building) return;
      await building.catalogue.put(documents);
      for (const document of documents) building.touched.add(document.id);
    },
    async remove(ids) {
      answers.clear();
      await live.remove(ids);
      if (!building) return;
      await building.catalogue.remove(ids);
      for (const id of ids) building.touched.add(id);
    },
    count: async () => live.count(),
    async startBuild(): Promise<IndexBuild> {
      const build = { catalogue: new Catalogue(), touched: new Set<string>() };
      building = build;
      return {
        // A document changed since the build started is already there, newer than the one read for the build.
        add: (documents) => build.catalogue.put(documents.filter((document) => !build.touched.has(document.id))),
        async commit() {
          if (building !== build) throw new Error('Another index build replaced this one.');
          answers.clear();
          live = build.catalogue;
          building = null;
        },
        async abandon() {
          if (building === build) building = null;
        },
      };
    },
    async close() {},
  };
}

/** The matches of one query: slots, with their text scores and distances where the query has them. */
interface Answer {
  slots: Int32Array;
  scores: Float64Array | null;
  distances: Float64Array | null;
  facets: SearchResult['facets'];
}

/** Matches kept across cached answers: enough for many narrow queries and a few whole-catalogue ones. */
const CACHED_MATCHES = 1_000_000;

/**
 * The matches and facets of recent queries, until the index next changes: the next page of a
 * query costs one pass to pick the page instead of matching the whole catalogue again.
 */
class AnswerCache {
  private readonly answers = new Map<string, Answer>();
  private held = 0;

  clear(): void {
    this.answers.clear();
    this.held = 0;
  }

  search(catalogue: Catalogue, request: SearchRequest): SearchResult {
    const key = JSON.stringify([request.text, request.filter, request.near, request.facets]);
    let answer = this.answers.get(key);
    if (answer) this.answers.delete(key);
    else {
      answer = answerOf(catalogue, request);
      this.held += answer.slots.length;
    }
    this.answers.set(key, answer);
    for (const [oldest, old] of this.answers) {
      if (this.held <= CACHED_MATCHES || oldest === key) break;
      this.answers.delete(oldest);
      this.held -= old.slots.length;
    }
    const order = request.near ? byDistance(catalogue.columns, answer) : byScore(catalogue.columns, answer);
    const page = firstInOrder(answer.slots.length, request.offset + request.limit, order).slice(request.offset);
    return { totalCount: answer.slots.length, hits: page.map((match) => hitOf(catalogue.columns, answer, match)), facets: answer.facets };
  }
}

function answerOf(catalogue: Catalogue, request: SearchRequest): Answer {
  const textScores = scoreText(catalogue, parseQuery(request.text));
  const { slots, distances } = catalogue.columns.match(request.filter, request.near, textScores?.slots);
  const scores = textScores ? Float64Array.from(slots, (slot) => textScores.weights[slot]!) : null;
  textScores?.release();
  return { slots, scores, distances, facets: catalogue.columns.facets(slots, request.facets) };
}

/** Two matches (by their place in the answer) compared for ranking: negative when `a` comes first. */
type Order = (a: number, b: number) => number;

/** The first `count` matches in order, without sorting all of them when a page is much smaller than the matches. */
function firstInOrder(total: number, count: number, order: Order): number[] {
  if (count <= 0) return [];
  if (count * 4 >= total) return Array.from({ length: total }, (_, match) => match).sort(order).slice(0, count);
  const best: number[] = [];
  for (let match = 0; match < total; match += 1) {
    if (best.length === count && order(match, best[count - 1]!) >= 0) continue;
    let low = 0;
    let high = best.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (order(match, best[middle]!) < 0) high = middle;
      else low = middle + 1;
    }
    best.splice(low, 0, match);
    if (best.length > count) best.pop();
  }
  return best;
}

/** Most relevant first, then in catalogue order. */
function byScore(columns: CatalogueColumns, { slots, scores }: Answer): Order {
  return (a, b) => (scores ? scores[b]! - scores[a]! : 0) || columns.orderOf(slots[a]!) - columns.orderOf(slots[b]!);
}

/** Nearest first; items without a place (talks of experts with no partner affiliation) last. */
function byDistance(columns: CatalogueColumns, answer: Answer): Order {
  const distances = answer.distances!;
  const tieBreak = byScore(columns, answer);
  const away = (match: number) => (Number.isNaN(distances[match]!) ? Infinity : distances[match]!);
  return (a, b) => away(a) - away(b) || tieBreak(a, b);
}

function hitOf(columns: CatalogueColumns, { slots, distances }: Answer, match: number): SearchHit {
  const distance = distances && !Number.isNaN(distances[match]!) ? Math.round(distances[match]! * 1000) / 1000 : null;
  return { ...columns.identityOf(slots[match]!), distanceKm: distance };
}
