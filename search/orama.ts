import { components, count, create, insert, remove, type AnyOrama } from '@orama/orama';
import { AnswerCache } from './answers.js';
import { CatalogueColumns } from './columns.js';
import type { IndexBuild, SearchDocument, SearchEngine } from './engine.js';
import { suggest, suggestionKeys } from './suggestions.js';
import { hanTokens, latinTokens, pinyinTokens } from './text.js';
import type { RadixNode, TextField } from './text-scores.js';
import { Vocabulary } from './vocabulary.js';

/**
 * The embedded engine: an Orama index in this process for the text (a radix tree per text
 * field, with prefix and typo-tolerant lookup), and a column per filterable field beside it.
 * The matching rules on top (every clause must match, bigrams for Chinese, synonyms), filters,
 * distance and facets are Kepu's, so that the two engines answer alike.
 */

/** Only the text is indexed; `id` is stored for Orama to find the document by, not searched. */
const schema = {
  nameHan: 'string', nameLatin: 'string', namePinyin: 'string', contextHan: 'string', contextLatin: 'string', bodyHan: 'string', bodyLatin: 'string', suggest: 'string',
} as const;

type Stored = { id: string } & Record<keyof typeof schema, string>;

/** Pinyin tokens and suggestion keys are worked out before Orama sees them, one per line. */
const LINE = '\n';

function tokenize(text: string, _language?: string, field?: string): string[] {
  switch (field as TextField | 'suggest') {
    case 'nameHan':
    case 'contextHan': return hanTokens(text, true);
    case 'bodyHan': return hanTokens(text, false);
    case 'nameLatin':
    case 'contextLatin':
    case 'bodyLatin': return latinTokens(text);
    case 'namePinyin':
    case 'suggest': return text.split(LINE).filter(Boolean);
    default: return [text];
  }
}

function stored(document: SearchDocument): Stored {
  const names = `${document.name} ${document.nameEn}`;
  const context = document.context ?? '';
  return {
    id: document.id, nameHan: names, nameLatin: names, namePinyin: pinyinTokens(document.name).join(LINE), contextHan: context, contextLatin: context,
    bodyHan: document.body, bodyLatin: document.body, suggest: suggestionKeys(document).join(LINE),
  };
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

/** Lets requests waiting on the event loop run before the next piece of indexing. */
const letOthersRun = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The text in Orama and the other fields in columns, both addressed by Orama's internal id (the slot). */
class Catalogue {
  private readonly text: AnyOrama = create({
    schema,
    // Kepu orders hits itself, so Orama need not keep every field sorted.
    sort: { enabled: false },
    components: { tokenizer: { language: 'mandarin', normalizationCache: new Map(), tokenize }, index: textIndex as never },
  }) as AnyOrama;
  readonly columns = new CatalogueColumns();
  readonly vocabulary = new Vocabulary();

  count(): number {
    return count(this.text);
  }

  /**
   * Documents go in one at a time, and the event loop is let go between them: tokenising a page
   * of large documents at once held it (and so every request) for hundreds of milliseconds.
   */
  async put(documents: SearchDocument[]): Promise<void> {
    for (const document of documents) this.vocabulary.add(document);
    for (const document of documents) {
      await this.removeOne(document.id);
      await insert(this.text, stored(document) as never);
      this.columns.put(this.slotOf(document.id), document);
      await letOthersRun();
    }
  }

  async remove(ids: string[]): Promise<void> {
    for (const id of ids) {
      await this.removeOne(id);
      await letOthersRun();
    }
  }

  /** One past the highest slot in use: the size of a dense array of scores. */
  slotCount(): number {
    return this.columns.slotCount();
  }

  radixTree(field: TextField | 'suggest'): RadixNode {
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
    suggest: async (prefix, limit) => suggest(live, prefix, limit),
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
