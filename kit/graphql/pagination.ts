import { badUserInput } from './errors.js';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

/** A keyset position: the sort values of the last row seen, id last. */
export type CursorKey = (string | number)[];

export interface Page {
  size: number;
  after: CursorKey | null;
}

export interface Edge<Node> {
  cursor: string;
  node: Node;
}

export interface Connection<Node> {
  edges: Edge<Node>[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

function decodeCursor(cursor: string): CursorKey {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.length > 0 && key.every((part) => typeof part === 'string' || typeof part === 'number')) return key;
  } catch {
    // falls through to the error below
  }
  throw badUserInput('The "after" cursor is not one this API gave out; use an endCursor from a previous page.', 'after');
}

/** Checks `first` and `after` the way every connection in the API does. */
export function readPage(args: PageArgs): Page {
  const size = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) {
    throw badUserInput(`"first" must be between 0 and ${MAX_PAGE_SIZE}; ask for the next page with "after".`, 'first');
  }
  return { size, after: args.after ? decodeCursor(args.after) : null };
}

/**
 * Builds a connection from at most `page.size + 1` rows in order; the extra row only says there is a
 * next page. `totalCount` is the number of rows matching the filter, ignoring the page.
 */
export function toConnection<Row, Node = Row>(
  rows: Row[],
  page: Page,
  totalCount: number,
  cursorKey: (row: Row) => CursorKey,
  toNode: (row: Row) => Node = (row) => row as unknown as Node,
): Connection<Node> {
  const shown = rows.slice(0, page.size);
  const edges = shown.map((row) => ({ cursor: encodeCursor(cursorKey(row)), node: toNode(row) }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > page.size,
      hasPreviousPage: page.after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount,
  };
}

/** A connection over rows that carry the filter's `total`, as `fetchPage` and `fetchPagesPerParent` return them. */
export function connectionOf<Row extends { total: number }>(
  rows: Row[],
  page: Page,
  cursorKey: (row: Row) => CursorKey = (row) => [(row as unknown as { id: number }).id],
): Connection<Row> {
  return toConnection(rows, page, rows[0]?.total ?? 0, cursorKey);
}

/** The same page with each node replaced, for connections whose edges point through a link table. */
export async function mapNodes<Row, Node>(connection: Connection<Row>, toNodes: (rows: Row[]) => Promise<Node[]>): Promise<Connection<Node>> {
  const nodes = await toNodes(connection.edges.map((edge) => edge.node));
  return { ...connection, edges: connection.edges.map((edge, index) => ({ cursor: edge.cursor, node: nodes[index]! })) };
}
