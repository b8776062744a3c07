import { badUserInput } from './errors.js';

/**
 * Public ids carry their type, like `ven_42`: a school that pastes a programme id where a venue id
 * belongs is told so instead of getting someone else's record.
 */
const prefixes = {
  Venue: 'ven',
  Alliance: 'all',
  Programme: 'prg',
  Expert: 'exp',
  Talk: 'tlk',
  School: 'sch',
  Session: 'ses',
  Booking: 'bkg',
  Pairing: 'par',
  ApiKey: 'key',
  RectificationNotice: 'rn',
  ComplianceListBatch: 'lst',
} as const;

export type EntityName = keyof typeof prefixes;

const MAX_ROW_ID = 2 ** 53 - 1;

export function toPublicId(entity: EntityName, rowId: number): string {
  return `${prefixes[entity]}_${rowId}`;
}

/**
 * No record has this row id (identity columns start at 1): what an id of the right shape that
 * cannot name a record (`ven_0`, `ven_007`, more digits than any id has) stands for.
 */
const NO_ROW = 0;

/**
 * The row id behind a public id. The rule for every id argument: an id without its type's shape
 * (`<prefix>_<digits>`: another type's prefix, letters, over 16 digits) is a BAD_USER_INPUT error;
 * an id of the right shape that names no record is unknown, so a query answers null and a
 * mutation NOT_FOUND, whether the record never existed or the id could never name one.
 */
export function toRowId(entity: EntityName, publicId: string, field = 'id'): number {
  const prefix = `${prefixes[entity]}_`;
  const digits = publicId.startsWith(prefix) ? publicId.slice(prefix.length) : '';
  if (!/^[0-9]{1,16}$/.test(digits)) {
    throw badUserInput(`"${publicId.slice(0, 40)}" is not a ${entity} id; ${entity} ids look like ${prefix}123.`, field);
  }
  const rowId = Number(digits);
  return rowId <= MAX_ROW_ID && toPublicId(entity, rowId) === publicId ? rowId : NO_ROW;
}

export function toRowIds(entity: EntityName, publicIds: readonly string[] | null | undefined, field: string): number[] | undefined {
  return publicIds?.map((publicId) => toRowId(entity, publicId, field));
}

/**
 * Resolvers for an entity another subgraph owns, which this one only extends with fields of its
 * own: the reference carries the public id in, the row id is all the extending fields need.
 */
export function extendedEntity(entity: EntityName) {
  return {
    __resolveReference: ({ id }: { id: string }) => ({ id: toRowId(entity, id) }),
    id: (reference: { id: number }) => toPublicId(entity, reference.id),
  };
}
