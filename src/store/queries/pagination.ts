// Offset-window pagination for the read layer. Positions are 1-based and stable for one ordering,
// so a cursor is just the position of its row; `after`/`before` are exclusive bounds.
//
// Two shapes:
// - pageOf: one list (a top-level connection): one findMany (+ one count when asked for).
// - windowPages: one page per parent for a batch of parents (a nested connection) in ONE
//   statement, with ROW_NUMBER() OVER (PARTITION BY parent ...) which SQLite (>= 3.25) and
//   PostgreSQL both run; totals per parent in one GROUP BY statement.
import { sqltag as sql, join, empty, raw, type Sql } from "@prisma/client/runtime/client";
import type { Reader, ReadValue } from "../reader.ts";

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
  source: (parentIds: ParentIds) => Sql;
  /** ORDER BY of the window, over the `src` alias; must end with a unique column. */
  order: Sql;
  /** The source also yields a numeric `extra` column (e.g. a count) to return with each row. */
  extra?: boolean;
  /**
   * The first `limit` rows of each parent, in `order`, with the same columns as `source`: for a
   * first page (no `last`, no `before`), so the statement reads a few rows per parent instead of
   * numbering all of them (an index in the order answers it). `hasNextPage` then comes from one
   * row more than the page.
   */
  firstRows?: (parentIds: ParentIds, limit: Sql, provider: "sqlite" | "postgresql") => Sql;
}

/**
 * The first rows' LIMIT of a window source. For a first page (`after` 0, the 3-level query's
 * nested pages) it is written into the statement's text, as lists.ts `pageLimit` does for a list's
 * page: PostgreSQL plans a prepared statement whose LIMIT is a parameter for an unknown tenth of
 * each parent's rows, so once parents have long histories (a thousand meetings an official) the
 * generic plan never looks as cheap as a custom one and the whole statement is planned on every
 * execution. Only a checked integer goes into the text; past a first page the limit stays a
 * parameter, so cursors do not make a text each.
 */
export function firstRowsLimit(after: number, first: number): Sql {
  return after === 0 && Number.isSafeInteger(first) && first >= 0 ? raw(String(first + 1)) : sql`${after + first + 1}`;
}

export interface WindowItem {
  id: number;
  extra: number | null;
}

/** The node rows a page statement returns with its ids: a table and the columns to select from it. */
export interface PageNodes {
  table: string;
  /** Column names; all (`*`) when absent. */
  columns?: readonly string[];
  /**
   * More rows joined to each node row (alias `t`): `columns` to select and the `joins`. A node may
   * then come in several consecutive rows; all of them are returned as its `joined` rows. With
   * `order` (the joined rows' order within a node, unique there: over the join's aliases, and as
   * the statement's column) and the node's `columns` listed, the node's columns come on its first
   * joined row only (onFirstRow).
   */
  join?: { columns: string; joins: string; order?: { on: string; column: string } };
}

/** The parents of a window statement: ids, or a subquery yielding them (a list's page in the same statement). */
export type ParentIds = readonly number[] | Sql;

/** A page of a nested connection as a window statement reads it. */
export type WindowPage<N extends Record<string, unknown> = Record<string, unknown>> = Page<WindowItem & { node?: N; joined?: Record<string, unknown>[] }>;

/** A row of a window statement: its bookkeeping columns, then the node's (and joined) columns. */
export type WindowRow = { __parent: number; __id: number; __rn: number; __total: number; __extra: number | null } & Record<string, unknown>;

/**
 * The statement of windowPages, without its final ORDER BY (the caller orders by parent, then
 * `__rn`), so a list can embed it with its own page as the parents (lists.ts `NestedPages`).
 */
export function windowStatement(window: WindowSource, parents: ParentIds, req: PageRequest, nodes?: PageNodes, provider?: "sqlite" | "postgresql"): Sql {
  const { after, before, first, last } = normalizePage(req);
  const end = before != null ? sql`${before}` : sql`w.total + 1`;
  const conditions = [sql`w.rn > ${after}`, sql`w.rn < ${end}`];
  if (first != null) conditions.push(sql`w.rn <= ${after + first}`);
  if (last != null) conditions.push(sql`w.rn >= ${end} - ${last}`);
  const extra = window.extra ? sql`src.extra` : sql`NULL`;
  const joinOrder = nodes?.join?.order;
  const nodeColumns = nodes
    ? raw(!nodes.columns ? "t.*" : joinOrder ? onFirstRow(nodes.columns, "t", "w.parent, w.id", joinOrder.on) : nodes.columns.map((c) => `t."${c}"`).join(", "))
    : null;
  return sql`
    SELECT w.parent AS "__parent", w.id AS "__id", w.rn AS "__rn", w.total AS "__total", w.extra AS "__extra"${nodeColumns ? sql`, ${nodeColumns}` : empty}${nodes?.join ? raw(`, ${nodes.join.columns}`) : empty} FROM (
      SELECT src.parent AS parent, src.id AS id, ${extra} AS extra,
        ROW_NUMBER() OVER (PARTITION BY src.parent ORDER BY ${window.order}) AS rn,
        COUNT(*) OVER (PARTITION BY src.parent) AS total
      FROM (${window.firstRows && provider && first != null && last == null && before == null ? window.firstRows(parents, firstRowsLimit(after, first), provider) : window.source(parents)}) src
    ) w${nodes ? sql` JOIN ${raw(`"${nodes.table}"`)} t ON t.id = w.id` : empty}${nodes?.join ? raw(` ${nodes.join.joins}`) : empty}
    WHERE ${join(conditions, " AND ")}`;
}

/**
 * `columns` of alias `alias`, each but `id` only on the first row (in `order`) of its `partition`
 * and NULL on the others. A row repeated once per joined row (a meeting per participant, an
 * official per meeting and participant) then crosses the wire and is decoded once: each repeated
 * value cost the client a string or a Date, about a fifth of the 3-level query's statement
 * (bench/README.md, issue 16, query16f). Whoever reads the rows takes such a row's columns from its first row.
 */
export function onFirstRow(columns: readonly string[], alias: string, partition: string, order: string, as: (c: string) => string = (c) => c): string {
  const first = `ROW_NUMBER() OVER (PARTITION BY ${partition} ORDER BY ${order}) = 1`;
  return columns.map((c) => (c === "id" ? `${alias}."${c}" AS "${as(c)}"` : `CASE WHEN ${first} THEN ${alias}."${c}" END AS "${as(c)}"`)).join(", ");
}

/** An empty page for a parent, before its rows are added (addWindowRow). */
export function emptyWindowPage<N extends Record<string, unknown>>(req: PageRequest): WindowPage<N> {
  return { rows: [], hasNextPage: false, hasPreviousPage: normalizePage(req).after > 0 };
}

/**
 * Adds one row of a window statement (rows in parent, then `__rn` order) to its parent's page.
 * `nodeColumns`: the node's columns of these rows (the same for every row of a statement, so
 * worked out once); a joined node keeps its statement rows, whole, as `joined`.
 */
export function addWindowRow<N extends Record<string, unknown>>(page: WindowPage<N>, r: WindowRow, nodes: PageNodes | undefined, nodeColumns: readonly string[]): void {
  const position = Number(r.__rn);
  const previous = page.rows.at(-1);
  if (nodes?.join && previous?.position === position) {
    previous.row.joined!.push(r);
    return;
  }
  if (!page.rows.length) page.hasPreviousPage = position > 1;
  const item: WindowItem & { node?: N; joined?: Record<string, unknown>[] } = { id: Number(r.__id), extra: r.__extra == null ? null : Number(r.__extra) };
  if (nodes) {
    const node: Record<string, unknown> = {};
    for (const c of nodeColumns) node[c] = r[c];
    item.node = node as N;
  }
  if (nodes?.join) item.joined = [r];
  page.rows.push({ row: item, position });
  page.hasNextPage = position < Number(r.__total);
}

/** The node's columns of a window statement's rows: the table's own, not the `__`-named ones the statement adds. */
export const windowNodeColumns = (row: Record<string, unknown> | undefined): string[] => (row ? Object.keys(row).filter((c) => !c.startsWith("__")) : []);

/**
 * One page per parent, in one statement. Returns the ids on each parent's page, in order, and with
 * `nodes`, each row's node columns joined in by id (one statement where ids then rows took two).
 */
export async function windowPages<N extends Record<string, unknown> = Record<string, unknown>>(
  db: Reader,
  window: WindowSource,
  parentIds: readonly number[],
  req: PageRequest,
  nodes?: PageNodes,
  provider?: "sqlite" | "postgresql",
): Promise<Map<number, WindowPage<N>>> {
  const ids = [...new Set(parentIds)];
  const result = new Map<number, WindowPage<N>>();
  for (const id of ids) result.set(id, emptyWindowPage<N>(req));
  if (!ids.length) return result;
  const query = sql`${windowStatement(window, ids, req, nodes, provider)}
    ORDER BY "__parent", "__rn"${nodes?.join?.order ? raw(`, ${nodes.join.order.column}`) : empty}`;
  const rows = await db.rows<WindowRow>(query.sql, query.values as ReadValue[]);
  const columns = windowNodeColumns(rows[0]);
  for (const r of rows) addWindowRow(result.get(Number(r.__parent))!, r, nodes, columns);
  return result;
}

/** Number of rows per parent for a window source, in one GROUP BY statement. */
export async function windowCounts(db: Reader, window: WindowSource, parentIds: readonly number[]): Promise<Map<number, number>> {
  const ids = [...new Set(parentIds)];
  const counts = new Map<number, number>(ids.map((id) => [id, 0]));
  if (!ids.length) return counts;
  const query = sql`SELECT src.parent AS parent, COUNT(*) AS n FROM (${window.source(ids)}) src GROUP BY src.parent`;
  const rows = await db.rows<{ parent: number; n: number }>(query.sql, query.values as ReadValue[]);
  for (const r of rows) counts.set(Number(r.parent), Number(r.n));
  return counts;
}

/** An IN list of ids, or the subquery that yields them. */
export const inList = (ids: ParentIds): Sql => (!Array.isArray(ids) ? (ids as Sql) : ids.length ? join(ids as number[]) : sql`NULL`);
export { sql, join, empty, type Sql };
