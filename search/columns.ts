import { complianceStatuses, deliveries, gradeBands, subjects, venueKinds } from '../kit/platform/vocabulary.js';
import { itemTypes, type FacetCount, type FacetField, type ItemType, type Near, type SearchDocument, type SearchFilter } from './engine.js';
import { catalogueOrder, EARTH_RADIUS_KM, sortCounts } from './matching.js';
import { decodeColumn, encodeColumn } from './saved-lines.js';

/**
 * The embedded engine's filterable fields, one typed array per field, indexed by the document's
 * slot (Orama's internal id). An empty or broad query visits every document, so a visit must
 * cost a few array reads: no objects, no string comparisons, no allocation.
 */

/** A field of the controlled vocabulary: each value is one bit of a mask. */
function bitsOf(vocabulary: readonly string[], values: readonly (string | null)[]): number {
  let bits = 0;
  for (const value of values) {
    const index = value === null ? -1 : vocabulary.indexOf(value);
    if (index >= 0) bits |= 1 << index;
  }
  return bits;
}

/** A field with open values (cities, districts, venues): each value is numbered when first seen. */
class Codes {
  private readonly numbers = new Map<string, number>();
  readonly values: string[] = [];

  codeOf(value: string | null): number {
    if (value === null) return -1;
    let code = this.numbers.get(value);
    if (code === undefined) {
      code = this.values.push(value) - 1;
      this.numbers.set(value, code);
    }
    return code;
  }

  /** Numbers the values as they were numbered when saved. */
  restore(values: string[]): void {
    for (const value of values) this.codeOf(value);
  }

  /** The codes a filter allows, as a table indexed by code; values never seen match nothing. */
  allowed(values: readonly string[] | undefined): Uint8Array | null {
    if (!values) return null;
    const table = new Uint8Array(this.values.length);
    for (const value of values) {
      const code = this.numbers.get(value);
      if (code !== undefined) table[code] = 1;
    }
    return table;
  }
}

/** A filter turned into masks and tables; null means the field is not filtered. */
interface CompiledFilter {
  types: number;
  kinds: number | null;
  compliance: number | null;
  subjects: number | null;
  gradeBands: number | null;
  deliveries: number | null;
  freeOnly: boolean;
  cities: Uint8Array | null;
  districts: Uint8Array | null;
  venues: Uint8Array | null;
  openBetween: { from: number; to: number } | null;
}

/** Where a query's point is, in the units the distance loop uses. */
interface Centre {
  latRadians: number;
  lonRadians: number;
  cosLat: number;
  radiusKm: number;
}

/** What a point's radius leaves of a query's matches, and how far each match is from the point. */
export interface Located {
  distances: Distances;
  /** How many matches are within the radius. */
  count: number;
  /** The slots within the radius, in the matches' order; read before the next query, which reuses its room. */
  inside: Int32Array;
}

const RADIANS = Math.PI / 180;
const NO_PLACE = Number.NaN;

export class CatalogueColumns {
  private capacity = 0;
  private present = new Uint8Array(0);
  private type = new Uint8Array(0);
  private kind = new Int8Array(0);
  private compliance = new Int8Array(0);
  private subjects = new Uint16Array(0);
  private gradeBands = new Uint8Array(0);
  private deliveries = new Uint8Array(0);
  private free = new Uint8Array(0);
  private city = new Int32Array(0);
  private district = new Int32Array(0);
  private venue = new Int32Array(0);
  private latRadians = new Float64Array(0);
  private lonRadians = new Float64Array(0);
  private cosLat = new Float64Array(0);
  private orders = new Float64Array(0);
  private soonest = new Float64Array(0);
  /** The start of its latest session with free seats; -Infinity without one. Worked out from `openStarts`, not saved. */
  private latest = new Float64Array(0);
  private readonly ids: string[] = [];
  private readonly names: string[] = [];
  private readonly namesEn: string[] = [];
  /** Both names in lower case, as a query's phrases are compared with them: worked out once, not for every match of every query. */
  private readonly lowerNames: (readonly [string, string])[] = [];
  private readonly openStarts: (number[] | undefined)[] = [];
  private readonly cities = new Codes();
  private readonly districts = new Codes();
  private readonly venues = new Codes();
  /** Each item's point among the distinct points items are at; -1 without one. Worked out from the coordinates, not saved. */
  private place = new Int32Array(0);
  private readonly places = new Places();
  /** One past the highest slot ever used. */
  private end = 0;

  /** Every column up to the last slot used, for a saved index. */
  saved(): SavedColumns {
    const typed = Object.fromEntries(typedColumns.map((name) => [name, encodeColumn(this[name], this.end, this[name].BYTES_PER_ELEMENT)]));
    return {
      end: this.end, typed, ids: this.ids, names: this.names, namesEn: this.namesEn, openStarts: this.openStarts,
      cities: this.cities.values, districts: this.districts.values, venues: this.venues.values,
    };
  }

  /** Columns as `saved` gave them. */
  static restore(saved: SavedColumns): CatalogueColumns {
    const columns = new CatalogueColumns();
    columns.ensure(saved.end);
    for (const name of typedColumns) {
      const make = columns[name].constructor as new (buffer: ArrayBuffer) => TypedArray;
      (columns[name] as TypedArray).set(decodeColumn(saved.typed[name]!, (buffer) => new make(buffer)));
    }
    columns.end = saved.end;
    const fill = <Value>(target: Value[], values: (Value | null)[]) => values.forEach((value, slot) => value !== null && (target[slot] = value));
    fill(columns.ids, saved.ids);
    fill(columns.names, saved.names);
    fill(columns.namesEn, saved.namesEn);
    fill(columns.openStarts, saved.openStarts);
    for (let slot = 0; slot < columns.end; slot += 1) columns.derive(slot);
    columns.cities.restore(saved.cities);
    columns.districts.restore(saved.districts);
    columns.venues.restore(saved.venues);
    return columns;
  }

  put(slot: number, document: SearchDocument): void {
    this.ensure(slot + 1);
    this.end = Math.max(this.end, slot + 1);
    this.present[slot] = 1;
    this.ids[slot] = document.id;
    this.names[slot] = document.name;
    this.namesEn[slot] = document.nameEn;
    this.type[slot] = itemTypes.indexOf(document.type);
    this.kind[slot] = document.venueKind === null ? -1 : venueKinds.indexOf(document.venueKind);
    this.compliance[slot] = document.complianceStatus === null ? -1 : complianceStatuses.indexOf(document.complianceStatus);
    this.subjects[slot] = bitsOf(subjects, document.subjects);
    this.gradeBands[slot] = bitsOf(gradeBands, document.gradeBands);
    this.deliveries[slot] = bitsOf(deliveries, document.deliveries);
    this.free[slot] = document.free ? 1 : 0;
    this.city[slot] = this.cities.codeOf(document.city);
    this.district[slot] = this.districts.codeOf(document.district);
    this.venue[slot] = this.venues.codeOf(document.venueId);
    this.placeAt(slot, document.location);
    this.orders[slot] = catalogueOrder(document);
    this.openStarts[slot] = document.openSessionStarts.length > 0 ? document.openSessionStarts : undefined;
    this.soonest[slot] = document.openSessionStarts.length > 0 ? Math.min(...document.openSessionStarts) : Infinity;
    this.derive(slot);
  }

  /** The item's Chinese and English names in lower case. */
  lowerNamesOf(slot: number): readonly [string, string] {
    return this.lowerNames[slot]!;
  }

  /** The item's Chinese and English names, as stored. */
  namesOf(slot: number): { name: string; nameEn: string } {
    return { name: this.names[slot]!, nameEn: this.namesEn[slot]! };
  }

  /** The start of its soonest session with free seats; Infinity without one. */
  soonestOf(slot: number): number {
    return this.soonest[slot]!;
  }

  isPresent(slot: number): boolean {
    return slot < this.end && this.present[slot] === 1;
  }

  /** One past the highest slot ever used. */
  slotCount(): number {
    return this.end;
  }

  identityOf(slot: number): { id: string; type: ItemType } {
    return { id: this.ids[slot]!, type: itemTypes[this.type[slot]!]! };
  }

  /** The catalogue order that breaks ties between equally relevant hits. */
  orderOf(slot: number): number {
    return this.orders[slot]!;
  }

  delete(slot: number): void {
    if (slot >= this.end) return;
    this.present[slot] = 0;
    this.openStarts[slot] = undefined;
    this.soonest[slot] = Infinity;
    this.latest[slot] = -Infinity;
  }

  /**
   * The places among `candidates` of those matching the filter; without candidates, the slots of
   * every document matching it (a slot is its own place among all of them). The tests are written
   * out in the loop, with the columns and the filter's parts in locals: a query may test every
   * document, and a call and reads from a closure or from `this` at every slot were most of its cost.
   */
  match(filter: SearchFilter, candidates?: Int32Array): Int32Array {
    const { types, kinds, compliance, subjects, gradeBands, deliveries, freeOnly, cities, districts, venues, openBetween } = this.compile(filter);
    const { present, type: typeOf, kind: kindOf, compliance: complianceOf, subjects: subjectsOf, gradeBands: gradeBandsOf, deliveries: deliveriesOf } = this;
    const { free: freeOf, city: cityOf, district: districtOf, venue: venueOf, soonest, latest, openStarts } = this;
    const from = openBetween ? openBetween.from : 0;
    const to = openBetween ? openBetween.to : 0;
    const count = candidates ? candidates.length : this.end;
    const places = scratch.places(count);
    let found = 0;
    for (let index = 0; index < count; index += 1) {
      const slot = candidates ? candidates[index]! : index;
      if (present[slot] === 0 || (types & (1 << typeOf[slot]!)) === 0) continue;
      if (kinds !== null && !hasCode(kinds, kindOf[slot]!)) continue;
      if (compliance !== null && !hasCode(compliance, complianceOf[slot]!)) continue;
      if (subjects !== null && (subjects & subjectsOf[slot]!) === 0) continue;
      if (gradeBands !== null && (gradeBands & gradeBandsOf[slot]!) === 0) continue;
      if (deliveries !== null && (deliveries & deliveriesOf[slot]!) === 0) continue;
      if (freeOnly && freeOf[slot] === 0) continue;
      if (cities !== null && cities[cityOf[slot]!] !== 1) continue;
      if (districts !== null && districts[districtOf[slot]!] !== 1) continue;
      if (venues !== null && venues[venueOf[slot]!] !== 1) continue;
      if (openBetween !== null) {
        // An item's soonest and latest starts settle most items without reading its other starts.
        const first = soonest[slot]!;
        if (first >= from ? first >= to : latest[slot]! < from || !hasStartBetween(openStarts[slot], openBetween)) continue;
      }
      places[found] = index;
      found += 1;
    }
    return places.slice(0, found);
  }

  /** How far each of these slots is from the point, and those within its radius. */
  locate(slots: Int32Array, near: Near): Located {
    const centre = centreOf(near);
    const inside = scratch.inside(slots.length);
    // Items at one venue share its point: with more matches than points, each point's distance is worked out once.
    const byPlace = slots.length > this.places.count;
    const values = byPlace ? this.places.distancesFrom(centre) : new Float64Array(slots.length);
    const { place: placeOf, latRadians, lonRadians, cosLat } = this;
    const { radiusKm } = centre;
    let found = 0;
    for (let match = 0; match < slots.length; match += 1) {
      const slot = slots[match]!;
      let distance: number;
      if (byPlace) {
        const place = placeOf[slot]!;
        distance = place < 0 ? NO_PLACE : values[place]!;
      } else {
        distance = distanceBetween(latRadians[slot]!, lonRadians[slot]!, cosLat[slot]!, centre);
        values[match] = distance;
      }
      if (!withinRadius(distance, radiusKm)) continue;
      inside[found] = slot;
      found += 1;
    }
    return { distances: new Distances(slots, byPlace ? placeOf : null, values, radiusKm), count: found, inside: inside.subarray(0, found) };
  }

  /** Counts per value over the matching slots, most frequent first. */
  facets(slots: Int32Array, fields: readonly FacetField[]): { field: FacetField; values: FacetCount[] }[] {
    return fields.map((field) => ({ field, values: sortCounts(this.tally(slots, field)) }));
  }

  private tally(slots: Int32Array, field: FacetField): Map<string, number> {
    switch (field) {
      case 'kind': return countCodes(slots, this.kind, venueKinds);
      case 'subject': return countBits(slots, this.subjects, subjects);
      case 'gradeBand': return countBits(slots, this.gradeBands, gradeBands);
      case 'city': return countCodes(slots, this.city, this.cities.values);
      case 'district': return countCodes(slots, this.district, this.districts.values);
    }
  }

  /** The columns worked out from the others, for a slot just put or restored. */
  private derive(slot: number): void {
    const starts = this.openStarts[slot];
    this.latest[slot] = starts ? Math.max(...starts) : -Infinity;
    this.place[slot] = this.places.codeOf(this.latRadians[slot]!, this.lonRadians[slot]!, this.cosLat[slot]!);
    const name = this.names[slot];
    if (name !== undefined) this.lowerNames[slot] = [name.toLowerCase(), this.namesEn[slot]!.toLowerCase()];
  }

  private compile(filter: SearchFilter): CompiledFilter {
    const listed = <Value extends string>(vocabulary: readonly Value[], values: readonly Value[] | undefined) => (values ? bitsOf(vocabulary, values) : null);
    return {
      types: filter.types ? bitsOf(itemTypes, filter.types) : -1,
      kinds: listed(venueKinds, filter.kinds),
      compliance: listed(complianceStatuses, filter.complianceStatuses),
      subjects: listed(subjects, filter.subjects),
      gradeBands: listed(gradeBands, filter.gradeBands),
      deliveries: listed(deliveries, filter.deliveries),
      freeOnly: filter.freeOnly ?? false,
      cities: this.cities.allowed(filter.cities),
      districts: this.districts.allowed(filter.districts),
      venues: this.venues.allowed(filter.venueIds),
      openBetween: filter.openBetween ?? null,
    };
  }

  private placeAt(slot: number, location: SearchDocument['location']): void {
    this.latRadians[slot] = location ? location.lat * RADIANS : NO_PLACE;
    this.lonRadians[slot] = location ? location.lon * RADIANS : NO_PLACE;
    this.cosLat[slot] = location ? Math.cos(location.lat * RADIANS) : NO_PLACE;
  }

  private ensure(size: number): void {
    if (size <= this.capacity) return;
    const capacity = Math.max(size, this.capacity * 2, 1024);
    this.present = grown(this.present, capacity);
    this.type = grown(this.type, capacity);
    this.kind = grown(this.kind, capacity);
    this.compliance = grown(this.compliance, capacity);
    this.subjects = grown(this.subjects, capacity);
    this.gradeBands = grown(this.gradeBands, capacity);
    this.deliveries = grown(this.deliveries, capacity);
    this.free = grown(this.free, capacity);
    this.city = grown(this.city, capacity);
    this.district = grown(this.district, capacity);
    this.venue = grown(this.venue, capacity);
    this.latRadians = grown(this.latRadians, capacity);
    this.lonRadians = grown(this.lonRadians, capacity);
    this.cosLat = grown(this.cosLat, capacity);
    this.orders = grown(this.orders, capacity);
    this.soonest = grown(this.soonest, capacity);
    this.latest = grown(this.latest, capacity);
    this.place = grown(this.place, capacity);
    this.capacity = capacity;
  }
}

type TypedArray = Uint8Array | Int8Array | Uint16Array | Int32Array | Float64Array;

const typedColumns = [
  'present', 'type', 'kind', 'compliance', 'subjects', 'gradeBands', 'deliveries', 'free', 'city', 'district', 'venue', 'latRadians', 'lonRadians', 'cosLat', 'orders', 'soonest',
] as const;

/** The columns as a saved index holds them: typed columns in base64, the rest as JSON. */
export interface SavedColumns {
  end: number;
  typed: Record<string, string>;
  ids: (string | null)[];
  names: (string | null)[];
  namesEn: (string | null)[];
  openStarts: (number[] | null | undefined)[];
  cities: string[];
  districts: string[];
  venues: string[];
}

function grown<Column extends TypedArray>(column: Column, capacity: number): Column {
  const larger = new (column.constructor as new (length: number) => Column)(capacity);
  larger.set(column);
  return larger;
}

function hasCode(mask: number, code: number): boolean {
  return code >= 0 && (mask & (1 << code)) !== 0;
}

function hasStartBetween(starts: number[] | undefined, between: { from: number; to: number }): boolean {
  return !!starts && starts.some((start) => start >= between.from && start < between.to);
}

/** A place without a point is within no radius, but listed (last) when the query has none. */
function withinRadius(distance: number, radiusKm: number): boolean {
  return Number.isNaN(distance) ? radiusKm === Infinity : distance <= radiusKm;
}

/**
 * Room for a query's working arrays, those kept copied out at their final length: a query may
 * match the whole catalogue, and arrays that long made anew for each query kept the garbage
 * collector busy (each one counts towards the memory that starts a full collection, even when it
 * lives a moment). Queries run one at a time, so one of each is enough.
 */
const scratch = {
  placesRoom: new Int32Array(0),
  insideRoom: new Int32Array(0),
  combinationsRoom: new Int32Array(0),
  places(length: number): Int32Array {
    if (this.placesRoom.length < length) this.placesRoom = new Int32Array(length);
    return this.placesRoom;
  },
  inside(length: number): Int32Array {
    if (this.insideRoom.length < length) this.insideRoom = new Int32Array(length);
    return this.insideRoom;
  },
  /** Zeroed, `length` long. */
  combinations(length: number): Int32Array {
    if (this.combinationsRoom.length < length) this.combinationsRoom = new Int32Array(length);
    const room = this.combinationsRoom.subarray(0, length);
    room.fill(0);
    return room;
  },
};

/**
 * How far each of a query's matches is from its point, by its place among the matches. With more
 * matches than points, it holds each point's distance rather than each match's: an answer is kept
 * for its next pages, and a table as long as its matches made the garbage collector run more.
 */
export class Distances {
  constructor(
    private readonly slots: Int32Array,
    /** Each slot's point, when `values` is by point; null when it is by match. */
    private readonly placeOf: Int32Array | null,
    private readonly values: Float64Array,
    private readonly radiusKm: number,
  ) {}

  /** Kilometres from the point; NaN for an item without a place. */
  at(match: number): number {
    if (this.placeOf === null) return this.values[match]!;
    const place = this.placeOf[this.slots[match]!]!;
    return place < 0 ? NO_PLACE : this.values[place]!;
  }

  within(match: number): boolean {
    return withinRadius(this.at(match), this.radiusKm);
  }
}

/** Great-circle distance by the haversine formula, as `distanceKm` in matching.ts and Meilisearch's `_geoRadius`; NaN without a point. */
function distanceBetween(lat: number, lon: number, cosLat: number, centre: Centre): number {
  if (Number.isNaN(lat)) return NO_PLACE;
  const dLat = lat - centre.latRadians;
  // Farther north or south than the radius: no need for the rest of the formula.
  if (Math.abs(dLat) * EARTH_RADIUS_KM > centre.radiusKm) return Infinity;
  const dLon = lon - centre.lonRadians;
  const a = Math.sin(dLat / 2) ** 2 + centre.cosLat * cosLat * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** The distinct points items are at, numbered when first seen, with their coordinates as the distance needs them. */
class Places {
  private readonly numbers = new Map<string, number>();
  private lat = new Float64Array(0);
  private lon = new Float64Array(0);
  private cosLat = new Float64Array(0);
  count = 0;

  codeOf(lat: number, lon: number, cosLat: number): number {
    if (Number.isNaN(lat)) return -1;
    const key = `${lat} ${lon}`;
    let code = this.numbers.get(key);
    if (code !== undefined) return code;
    code = this.count;
    if (code === this.lat.length) {
      const capacity = Math.max(1024, code * 2);
      this.lat = grown(this.lat, capacity);
      this.lon = grown(this.lon, capacity);
      this.cosLat = grown(this.cosLat, capacity);
    }
    this.lat[code] = lat;
    this.lon[code] = lon;
    this.cosLat[code] = cosLat;
    this.numbers.set(key, code);
    this.count += 1;
    return code;
  }

  /** Every point's distance from the centre, by its number. */
  distancesFrom(centre: Centre): Float64Array {
    const distances = new Float64Array(this.count);
    for (let code = 0; code < this.count; code += 1) distances[code] = distanceBetween(this.lat[code]!, this.lon[code]!, this.cosLat[code]!, centre);
    return distances;
  }
}

function centreOf(near: Near): Centre {
  return { latRadians: near.lat * RADIANS, lonRadians: near.lon * RADIANS, cosLat: Math.cos(near.lat * RADIANS), radiusKm: near.radiusKm ?? Infinity };
}

/** Items share a few combinations of values: each combination is counted, then its values, rather than every value of every item. */
function countBits(slots: Int32Array, column: Uint8Array | Uint16Array, vocabulary: readonly string[]): Map<string, number> {
  const combinations = scratch.combinations(1 << vocabulary.length);
  for (let at = 0; at < slots.length; at += 1) combinations[column[slots[at]!]!]! += 1;
  const counts = new Int32Array(vocabulary.length);
  for (let combination = 1; combination < combinations.length; combination += 1) {
    const count = combinations[combination]!;
    if (count === 0) continue;
    for (let bits = combination; bits !== 0; bits &= bits - 1) counts[31 - Math.clz32(bits & -bits)]! += count;
  }
  return nonZero(counts, vocabulary);
}

function countCodes(slots: Int32Array, column: Int8Array | Int32Array, values: readonly string[]): Map<string, number> {
  const counts = new Int32Array(values.length);
  for (let at = 0; at < slots.length; at += 1) {
    const code = column[slots[at]!]!;
    if (code >= 0) counts[code]! += 1;
  }
  return nonZero(counts, values);
}

function nonZero(counts: Int32Array, values: readonly string[]): Map<string, number> {
  const tally = new Map<string, number>();
  counts.forEach((count, code) => count > 0 && tally.set(values[code]!, count));
  return tally;
}
