import DataLoader from 'dataloader';
import type { Page, PageArgs } from '../graphql/pagination.js';
import { readPage } from '../graphql/pagination.js';
import type { PageRow } from './pages.js';
import type { PgTable } from 'drizzle-orm/pg-core';

/** Loads rows by id in one query per tick; a missing row loads as null. */
export function byId<Row extends { id: number }>(fetch: (ids: readonly number[]) => Promise<Row[]>): DataLoader<number, Row | null> {
  return new DataLoader(async (ids) => {
    const found = new Map((await fetch(ids)).map((row) => [row.id, row]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

/** Loads every row belonging to each parent id in one query per tick. */
export function groupedBy<Row>(fetch: (parentIds: readonly number[]) => Promise<Row[]>, parentOf: (row: Row) => number | null): DataLoader<number, Row[]> {
  return new DataLoader(async (parentIds) => {
    const groups = new Map<number, Row[]>(parentIds.map((id) => [id, []]));
    for (const row of await fetch(parentIds)) groups.get(parentOf(row)!)?.push(row);
    return parentIds.map((id) => groups.get(id)!);
  });
}

export interface ParentPage<Rows> {
  parentId: number;
  rows: Rows[];
  total: number;
  page: Page;
}

/**
 * Loads one page of children for many parents at once (a venue's programmes, a talk's sessions).
 * Parents asking with the same filter and page share one query; `key` says what makes two filters the same.
 */
export function pagesOf<Criteria, Table extends PgTable>(
  fetch: (parentIds: readonly number[], criteria: Criteria, page: Page) => Promise<PageRow<Table>[]>,
  parentOf: (row: PageRow<Table>) => number,
) {
  const loaders = new Map<string, DataLoader<number, ParentPage<PageRow<Table>>>>();
  return {
    load(parentId: number, criteria: Criteria, args: PageArgs): Promise<ParentPage<PageRow<Table>>> {
      const page = readPage(args);
      const key = JSON.stringify([criteria, page]);
      let loader = loaders.get(key);
      if (!loader) {
        loader = new DataLoader(async (parentIds) => {
          const groups = new Map<number, PageRow<Table>[]>(parentIds.map((id) => [id, []]));
          for (const row of await fetch(parentIds, criteria, page)) groups.get(parentOf(row))?.push(row);
          return parentIds.map((id) => {
            const rows = groups.get(id)!;
            return { parentId: id, rows, total: rows[0]?.total ?? 0, page };
          });
        });
        loaders.set(key, loader);
      }
      return loader.load(parentId);
    },
  };
}

/** The rows `loadMany` found, without the misses. */
export function present<Row>(loaded: (Row | null | Error)[]): Row[] {
  return loaded.filter((row): row is Row => row !== null && !(row instanceof Error));
}
