// Offset-window pagination for the read layer. Positions are 1-based and stable for one ordering,
// so a cursor is just the position of its row; `after`/`before` are exclusive bounds.
//
// Two shapes:
// - pageOf: one list (a top-level connection): one findMany (+ one count when asked for).
// - windowPages: one page per parent for a batch of parents (a nested connection) in ONE
//   statement, with ROW_NUMBER() OVER (PARTITION BY parent ...) which SQLite (>= 3.25) and
//   PostgreSQL both run; totals per parent in one GROUP BY statement.
import { sqltag as sql, join, empty, type Sql } from "@prisma/client/runtime/client";
import type { Db } from "../db.ts";

export interface PageRequest {
  /** Return the rows after this position (exclusive). */
  after?: number | null;
  /** Return the rows before this position (exclusive). */
  before?: number | null;
  first?: number | null;
  last?: number | null;
}

export interface PageRow<T> {
  row: T;
  /** 1-based position in the full ordered list (the cursor). */
  position: number;
}

export interface Page<T> {
  rows: PageRow<T>[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

/** A request with exactly one of first/last set (first defaults when neither is given). */
export function normalizePage(req: PageRequest): { after: number; before: number | null; first: number | null; last: number | null } {
  const after = req.after ?? 0;
  const before = req.before ?? null;
  const last = req.last ?? null;
  const first = req.first ?? (last == null ? DEFAULT_PAGE_SIZE : null);
  return { after, before, first, last };
}

/**
 * One page of one ordered list. `fetch(skip, take)` reads rows in order; `count()` is called only
 * when paging backwards from the end (`last` without `before`).
 */
export async function pageOf<T>(req: PageRequest, fetch: (skip: number, take: number) => Promise<T[]>, count: () => Promise<number>): Promise<Page<T>> {
  const { after, before, first, last } = normalizePage(req);
  if (first != null) {
    const limit = before != null ? Math.max(0, Math.min(first, before - after - 1)) : first;
    if (limit === 0) return { rows: [], hasNextPage: before != null || false, hasPreviousPage: after > 0 };
    // One extra row tells whether a next page exists.
    const rows = await fetch(after, limit + 1);
    const page = rows.slice(0, limit).map((row, i) => ({ row, position: after + i + 1 }));
    return { rows: page, hasNextPage: rows.length > limit || (before != null && page.length === limit), hasPreviousPage: after > 0 };
  }
  const end = before ?? (await count()) + 1;
  const start = Math.max(after, end - 1 - (last ?? 0));
  const take = end - 1 - start;
  if (take <= 0) return { rows: [], hasNextPage: before != null, hasPreviousPage: start > 0 };
  const rows = await fetch(start, take);
  return {
    rows: rows.map((row, i) => ({ row, position: start + i + 1 })),
    hasNextPage: before != null,
    hasPreviousPage: start > 0,
  };
}

/**
 * A relation read as one ordered list per parent. `source` is a SELECT yielding columns
 * `parent` and `id` (plus whatever `order` sorts by, as src.<column>) for the given parents.
 */
export interface WindowSource {
  source: (parentIds: number[]) => Sql;
  /** ORDER BY of the window, over the `src` alias; must end with a unique column. */
  order: Sql;
  /** The source also yields a numeric `extra` column (e.g. a count) to return with each row. */
  extra?: boolean;
}

export interface WindowItem {
  id: number;
  extra: number | null;
}

/** One page per parent, in one statement. Returns the ids on each parent's page, in order. */
export async function windowPages(db: Db, window: WindowSource, parentIds: readonly number[], req: PageRequest): Promise<Map<number, Page<WindowItem>>> {
  const { after, before, first, last } = normalizePage(req);
  const ids = [...new Set(parentIds)];
  const result = new Map<number, Page<WindowItem>>();
  for (const id of ids) result.set(id, { rows: [], hasNextPage: false, hasPreviousPage: after > 0 });
  if (!ids.length) return result;
  const end = before != null ? sql`${before}` : sql`w.total + 1`;
  const conditions = [sql`w.rn > ${after}`, sql`w.rn < ${end}`];
  if (first != null) conditions.push(sql`w.rn <= ${after + first}`);
  if (last != null) conditions.push(sql`w.rn >= ${end} - ${last}`);
  const extra = window.extra ? sql`src.extra` : sql`NULL`;
  const rows = await db.$queryRaw<{ parent: number | bigint; id: number | bigint; rn: number | bigint; total: number | bigint; extra: number | bigint | null }[]>(sql`
    SELECT w.parent, w.id, w.rn, w.total, w.extra FROM (
      SELECT src.parent AS parent, src.id AS id, ${extra} AS extra,
        ROW_NUMBER() OVER (PARTITION BY src.parent ORDER BY ${window.order}) AS rn,
        COUNT(*) OVER (PARTITION BY src.parent) AS total
      FROM (${window.source(ids)}) src
    ) w
    WHERE ${join(conditions, " AND ")}
    ORDER BY w.parent, w.rn`);
  for (const r of rows) {
    const parent = Number(r.parent);
    const position = Number(r.rn);
    const total = Number(r.total);
    const page = result.get(parent)!;
    if (!page.rows.length) page.hasPreviousPage = position > 1;
    page.rows.push({ row: { id: Number(r.id), extra: r.extra == null ? null : Number(r.extra) }, position });
    page.hasNextPage = position < total;
  }
  return result;
}

/** Number of rows per parent for a window source, in one GROUP BY statement. */
export async function windowCounts(db: Db, window: WindowSource, parentIds: readonly number[]): Promise<Map<number, number>> {
  const ids = [...new Set(parentIds)];
  const counts = new Map<number, number>(ids.map((id) => [id, 0]));
  if (!ids.length) return counts;
  const rows = await db.$queryRaw<{ parent: number | bigint; n: number | bigint }[]>(
    sql`SELECT src.parent AS parent, COUNT(*) AS n FROM (${window.source(ids)}) src GROUP BY src.parent`,
  );
  for (const r of rows) counts.set(Number(r.parent), Number(r.n));
  return counts;
}

export const inList = (ids: number[]): Sql => (ids.length ? join(ids) : sql`NULL`);
export { sql, join, empty, type Sql };
