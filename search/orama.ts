import { components, count, create, insert, remove, type AnyOrama } from '@orama/orama';
import { AnswerCache } from './answers.js';
import { ChangeCount } from './change-count.js';
import { CatalogueColumns, type SavedColumns } from './columns.js';
import { IndexChangedError, type IndexBuild, type SavableIndex, type SavedPiece, type SearchDocument, type SearchEngine } from './engine.js';
import { engineVersion, pause, TreeReader, treePieces, type TreeLine } from './saved-lines.js';
import { suggest, suggestionKeys } from './suggestions.js';
import { hanTokens, latinTokens, pinyinTokens } from './text.js';
import { packTree } from './postings.js';
import { PostingLists, type RadixNode, type TextField } from './text-scores.js';
import { Vocabulary, type SavedVocabulary } from './vocabulary.js';
import { warmUp } from './warm-up.js';

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
type Field = keyof typeof schema;
const fields = Object.keys(schema) as Field[];

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


const IDS_PER_LINE = 50_000;
const DOCUMENTS_PER_LINE = 500;

/**
 * A stored document as a saved index holds it: slot, id, names, pinyin, context, body and
 * suggestion keys. The Chinese and Latin fields of a text hold the same string, written once.
 */
type SavedDocument = [number, string, string, string, string, string, string];

function savedDocument(slot: number, document: Stored): SavedDocument {
  return [slot, document.id, document.nameHan, document.namePinyin, document.contextHan, document.bodyHan, document.suggest];
}

function storedDocument([, id, names, namePinyin, context, body, suggest]: SavedDocument): Stored {
  return { id, nameHan: names, nameLatin: names, namePinyin, contextHan: context, contextLatin: context, bodyHan: body, bodyLatin: body, suggest };
}

/** Orama's parts a saved index restores: ids by slot, the stored text by slot, and a radix tree per field. */
interface OramaParts {
  internalDocumentIDStore: { idToInternalId: Map<string, number>; internalIdToId: string[] };
  data: { docs: { docs: Record<number, Stored | undefined>; count: number }; index: { indexes: Record<Field, { node: RadixNode }> } };
}

type SavedLine =
  | ['ids', string[]]
  | ['documents', SavedDocument[]]
  | TreeLine
  | ['columns', SavedColumns]
  | ['vocabulary', SavedVocabulary]
  | ['end', number];

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

  readonly postings = new PostingLists();

  constructor(
    readonly columns = new CatalogueColumns(),
    readonly vocabulary = new Vocabulary(),
  ) {}

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
      this.postings.forget();
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

  /** Moves the documents of Orama's sets into shared arrays, as a saved index holds them. */
  async pack(): Promise<void> {
    for (const field of fields) await packTree(this.radixTree(field), letOthersRun);
  }

  /** The whole catalogue as lines of JSON and blocks of numbers, each one small: see saved-lines.ts. */
  *pieces(): Generator<SavedPiece> {
    const parts = this.parts();
    const ids = parts.internalDocumentIDStore.internalIdToId;
    for (let start = 0; start < ids.length; start += IDS_PER_LINE) yield JSON.stringify(['ids', ids.slice(start, start + IDS_PER_LINE)]);
    let documents: SavedDocument[] = [];
    for (const [slot, document] of Object.entries(parts.data.docs.docs)) {
      if (!document) continue;
      documents.push(savedDocument(Number(slot), document));
      if (documents.length < DOCUMENTS_PER_LINE) continue;
      yield JSON.stringify(['documents', documents]);
      documents = [];
    }
    if (documents.length > 0) yield JSON.stringify(['documents', documents]);
    for (const field of fields) yield* treePieces(field, this.radixTree(field));
    yield JSON.stringify(['columns', this.columns.saved()]);
    yield JSON.stringify(['vocabulary', this.vocabulary.saved()]);
    yield JSON.stringify(['end', this.count()]);
  }

  /** A catalogue as `pieces` wrote it; throws on anything missing or out of place. */
  static async read(pieces: AsyncIterable<SavedPiece>): Promise<Catalogue> {
    const trees = new Map(fields.map((field) => [field, new TreeReader()]));
    let columns: CatalogueColumns | null = null;
    let vocabulary: Vocabulary | null = null;
    const ids: string[] = [];
    const documents: Record<number, Stored> = {};
    let documentCount = 0;
    let expected: number | null = null;
    let tree: { reader: TreeReader; labels: string[] } | null = null;
    for await (const piece of pieces) {
      if (typeof piece !== 'string') {
        if (!tree) throw new Error('The saved search index has a block no line announced.');
        tree.reader.take(tree.labels, piece);
        tree = null;
        continue;
      }
      if (tree) throw new Error('The saved search index has a tree line without its block.');
      const line = JSON.parse(piece) as SavedLine;
      if (line[0] === 'ids') ids.push(...line[1]);
      else if (line[0] === 'documents') {
        for (const saved of line[1]) documents[saved[0]] = storedDocument(saved);
        documentCount += line[1].length;
      } else if (line[0] === 'tree') tree = { reader: trees.get(line[1] as Field)!, labels: line[2] };
      else if (line[0] === 'columns') columns = CatalogueColumns.restore(line[1]);
      else if (line[0] === 'vocabulary') vocabulary = Vocabulary.restore(line[1]);
      else if (line[0] === 'end') expected = line[1];
    }
    const complete = !tree && expected === documentCount && columns && vocabulary && [...trees.values()].every((tree) => tree.complete());
    if (!complete) throw new Error('The saved search index is incomplete.');
    const catalogue = new Catalogue(columns!, vocabulary!);
    const parts = catalogue.parts();
    ids.forEach((id, index) => parts.internalDocumentIDStore.idToInternalId.set(id, index + 1));
    parts.internalDocumentIDStore.internalIdToId.push(...ids);
    parts.data.docs.docs = documents;
    parts.data.docs.count = documentCount;
    for (const [field, tree] of trees) parts.data.index.indexes[field].node = tree.root;
    return catalogue;
  }

  private parts(): OramaParts {
    return this.text as unknown as OramaParts;
  }

  private async removeOne(id: string): Promise<void> {
    await remove(this.text, id);
    this.postings.forget();
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
  const changes = new ChangeCount();
  const changed = (apply: () => Promise<void>) => changes.around(apply);
  const savable: SavableIndex = {
    version: engineVersion(),
    changes: () => changes.value,
    save() {
      const catalogue = live;
      const at = changes.value;
      const unchanged = () => changes.value === at && !changes.underWay && !building;
      return (async function* () {
        for (const piece of catalogue.pieces()) {
          if (!unchanged()) throw new IndexChangedError();
          yield piece;
          await pause();
        }
        if (!unchanged()) throw new IndexChangedError();
      })();
    },
    async load(pieces) {
      const catalogue = await Catalogue.read(pieces);
      await warmUp(catalogue, letOthersRun);
      await changed(async () => {
        answers.clear();
        live = catalogue;
      });
    },
  };
  return {
    name: 'embedded',
    savable,
    search: async (request) => answers.search(live, request),
    suggest: async (prefix, limit) => suggest(live, prefix, limit),
    // A build committed while a change is applied becomes the live index, so the change goes to the build first and to whatever is live last.
    upsert: (documents) => changed(async () => {
      answers.clear();
      const build = building;
      if (build) {
        for (const document of documents) build.touched.add(document.id);
        await build.catalogue.put(documents);
      }
      await live.put(documents);
    }),
    remove: (ids) => changed(async () => {
      answers.clear();
      const build = building;
      if (build) {
        for (const id of ids) build.touched.add(id);
        await build.catalogue.remove(ids);
      }
      await live.remove(ids);
    }),
    count: async () => live.count(),
    async startBuild(): Promise<IndexBuild> {
      const build = { catalogue: new Catalogue(), touched: new Set<string>() };
      building = build;
      return {
        // A document changed since the build started is already there, newer than the one read for the build.
        add: (documents) => build.catalogue.put(documents.filter((document) => !build.touched.has(document.id))),
        async commit() {
          if (building !== build) throw new Error('Another index build replaced this one.');
          await build.catalogue.pack();
          await warmUp(build.catalogue, letOthersRun);
          if (building !== build) throw new Error('Another index build replaced this one.');
          await changed(async () => {
            answers.clear();
            live = build.catalogue;
            building = null;
          });
        },
        async abandon() {
          if (building === build) building = null;
        },
      };
    },
    async close() {},
  };
}
