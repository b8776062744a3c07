import type { ComplianceStatus, Delivery, GradeBand, Subject, VenueKind } from '../kit/platform/vocabulary.js';

/** What search returns: the four catalogue entities, each resolved by the subgraph that owns it. */
export const itemTypes = ['Venue', 'Programme', 'Talk', 'Expert'] as const;
export type ItemType = (typeof itemTypes)[number];

/**
 * One searchable catalogue item, flattened so that every filter and facet is a plain field.
 * `id` is the public id (`ven_1`, `prg_7`): the type prefix keeps ids unique across types.
 */
export interface SearchDocument {
  id: string;
  type: ItemType;
  /** Chinese name or title first, English second: matches there rank above matches in `body`. */
  name: string;
  nameEn: string;
  /** The venue's or expert's names, city and district: matched with less weight than the name. */
  context?: string;
  /** Summary or description: matched with the least weight. */
  body: string;
  /** The public id of the venue the item is at (its own id for a venue); null for an expert without affiliation. */
  venueId: string | null;
  /** The kind of the venue the item is at (its own kind for a venue); null for an expert without affiliation. */
  venueKind: VenueKind | null;
  subjects: Subject[];
  gradeBands: GradeBand[];
  deliveries: Delivery[];
  free: boolean;
  city: string | null;
  district: string | null;
  complianceStatus: ComplianceStatus | null;
  location: { lat: number; lon: number } | null;
  /** Start instants (epoch milliseconds) of upcoming sessions with seats left; only programmes and talks have sessions. */
  openSessionStarts: number[];
}

export const facetFields = ['kind', 'subject', 'gradeBand', 'city', 'district'] as const;
export type FacetField = (typeof facetFields)[number];

/** The filter after validation: every list is either absent or non-empty, but for `venueIds`. */
export interface SearchFilter {
  types?: ItemType[];
  kinds?: VenueKind[];
  subjects?: Subject[];
  gradeBands?: GradeBand[];
  cities?: string[];
  districts?: string[];
  deliveries?: Delivery[];
  freeOnly?: boolean;
  complianceStatuses?: ComplianceStatus[];
  /** Epoch milliseconds, `from` inclusive, `to` exclusive. */
  openBetween?: { from: number; to: number };
  /** Public venue ids: items at one of these venues; empty for a school paired with none, which finds nothing. */
  venueIds?: string[];
}

export interface Near {
  lat: number;
  lon: number;
  radiusKm?: number;
}

export interface SearchRequest {
  /** Free text as the user typed it; empty means the whole filtered catalogue. */
  text: string;
  filter: SearchFilter;
  /** With a point, hits are ordered by distance from it, nearest first, and carry `distanceKm`. */
  near?: Near;
  offset: number;
  limit: number;
  facets: readonly FacetField[];
  /** Give each hit the parts of its score. */
  explain?: boolean;
}

export interface SearchHit {
  id: string;
  type: ItemType;
  distanceKm: number | null;
  /** With `explain`: the hit's score and what it is made of. */
  explanation?: ScoreExplanation;
}

export interface ScoreExplanation {
  score: number;
  parts: { name: string; value: number }[];
}

export interface FacetCount {
  value: string;
  count: number;
}

export interface SearchResult {
  totalCount: number;
  hits: SearchHit[];
  facets: { field: FacetField; values: FacetCount[] }[];
  /** Words of the query no hit matches: the hits match the others. Empty when every word matched. */
  droppedWords?: string[];
  /** A query in the catalogue's own words, when the query's words were not all found as typed. */
  didYouMean?: string | null;
}

export const suggestionKinds = ['Venue', 'Programme', 'Talk', 'Expert', 'Topic'] as const;
export type SuggestionKind = (typeof suggestionKinds)[number];

/** A completion of what the user is typing: an item's name (with its id) or a topic. */
export interface Suggestion {
  text: string;
  kind: SuggestionKind;
  id: string | null;
}

/** A new index being filled while the current one keeps answering; `commit` swaps it in. */
export interface IndexBuild {
  add(documents: SearchDocument[]): Promise<void>;
  commit(): Promise<void>;
  abandon(): Promise<void>;
}

/** Thrown by a save when the index changed while it was being written: the save is worth nothing and is tried again later. */
export class IndexChangedError extends Error {
  override readonly name = 'IndexChangedError';

  constructor() {
    super('The search index changed while it was being saved.');
  }
}

/** A piece of a saved index: a line of JSON, or the bytes the line before it announced (numbers, kept as they are in memory). */
export type SavedPiece = string | Uint8Array;

/** An index held in this process's memory, which can be written out and read back at the next start. */
export interface SavableIndex {
  /** Changes whenever what is saved would be read differently: the analysers, or the layout of the lines. */
  readonly version: string;
  /** Grows with every change to the live index: an index saved at one count needs no new save until it grows. */
  changes(): number;
  /**
   * The live index as pieces, other work running between two pieces; it fails with
   * IndexChangedError as soon as the index changes, or when a change or a rebuild is under way.
   */
  save(): AsyncIterable<SavedPiece>;
  /** Makes the index these pieces describe the live one; on failure the live index stays as it was. */
  load(pieces: AsyncIterable<SavedPiece>): Promise<void>;
}

/**
 * The one interface both engines implement: Orama in this process, or Meilisearch over HTTP.
 * Upserts and removals are idempotent, so the indexer may apply a change more than once.
 */
export interface SearchEngine {
  readonly name: string;
  search(request: SearchRequest): Promise<SearchResult>;
  /** Names and topics starting with a Chinese, pinyin or English prefix, the closest first. */
  suggest(prefix: string, limit: number): Promise<Suggestion[]>;
  upsert(documents: SearchDocument[]): Promise<void>;
  remove(ids: string[]): Promise<void>;
  /** How many documents the live index holds. */
  count(): Promise<number>;
  startBuild(): Promise<IndexBuild>;
  close(): Promise<void>;
  /** Present for an engine whose index lives in this process and would otherwise be rebuilt at every start. */
  readonly savable?: SavableIndex;
}
