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
  Inspection: 'ins',
  InspectionFinding: 'fnd',
} as const;

export type EntityName = keyof typeof prefixes;

const MAX_ROW_ID = 2 ** 53 - 1;

export function toPublicId(entity: EntityName, rowId: number): string {
  return `${prefixes[entity]}_${rowId}`;
}

/** The row id behind a public id; a malformed id or one of another type is a BAD_USER_INPUT error. */
export function toRowId(entity: EntityName, publicId: string, field = 'id'): number {
  const prefix = `${prefixes[entity]}_`;
  const digits = publicId.startsWith(prefix) ? publicId.slice(prefix.length) : '';
  const rowId = /^[1-9][0-9]{0,15}$/.test(digits) ? Number(digits) : NaN;
  if (!Number.isSafeInteger(rowId) || rowId > MAX_ROW_ID) {
    throw badUserInput(`"${publicId.slice(0, 40)}" is not a ${entity} id; ${entity} ids look like ${prefix}123.`, field);
  }
  return rowId;
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
