// The one way a node row is found or created by its natural key, for ingest (keys from names) and
// import (keys from the file) alike.
import type { Sql } from "../sql.ts";

type Value = string | number | null;

/** The node tables a document's writer looks up by key, with the key column and the columns read. */
const NODE_TABLES = {
  Country: { key: "code", columns: [] as string[] },
  Organization: { key: "key", columns: ["acronym", "countryId"] },
  Official: { key: "key", columns: ["countryId"] },
  Topic: { key: "name", columns: [] as string[] },
} as const;
export type NodeTable = keyof typeof NODE_TABLES;

/** What a prefetch read of one table: the keys asked for, and the rows of those that exist. */
interface Prefetched {
  asked: Set<string>;
  rows: Map<string, Record<string, unknown>>;
}
const prefetched = new WeakMap<Sql, Map<string, Prefetched>>();

/**
 * Reads the rows of several node tables by key in one statement, for the find-or-create calls that
 * follow in the same transaction (issue #16: a document looked up its countries, organisations,
 * officials and topics in four statements). Each table's result is used once, by the next
 * find-or-create of that table, and only for the keys asked here; other keys are read as before.
 * Rows written between the prefetch and that call would be missed, so the caller prefetches only
 * tables that nothing writes before their own find-or-create.
 */
export async function prefetchNodes(sql: Sql, keys: Partial<Record<NodeTable, Iterable<string>>>): Promise<void> {
  const parts: string[] = [];
  const params: string[] = [];
  const byTable = new Map<string, Prefetched>();
  for (const [table, list] of Object.entries(keys) as [NodeTable, Iterable<string>][]) {
    const asked = new Set(list);
    if (!asked.size) continue;
    const { key, columns } = NODE_TABLES[table];
    const col = (c: string, type: string) => (columns.includes(c as never) ? `"${c}"` : `CAST(NULL AS ${type})`);
    // Each list padded to a power of two with its last key (the same rows): the statement's text
    // then repeats from one document to the next, and SQLite compiles it once rather than for
    // nearly every document, 0.4 ms a time (issue #16).
    const bound = [...asked];
    while (bound.length & (bound.length - 1)) bound.push(bound[bound.length - 1]!);
    parts.push(`SELECT '${table}' AS "t", "id", "${key}" AS "k", ${col("acronym", "TEXT")} AS "acronym", ${col("countryId", "INTEGER")} AS "countryId" FROM "${table}" WHERE "${key}" IN (${bound.map(() => "?").join(", ")})`);
    params.push(...bound);
    byTable.set(table, { asked, rows: new Map() });
  }
  if (!parts.length) return;
  for (const r of await sql.rows<{ t: string; id: number; k: string; acronym: string | null; countryId: number | null }>(parts.join(" UNION ALL "), params)) {
    const { key, columns } = NODE_TABLES[r.t as NodeTable];
    const row: Record<string, unknown> = { id: r.id, [key]: r.k };
    for (const c of columns) row[c] = (r as Record<string, unknown>)[c];
    byTable.get(r.t)!.rows.set(r.k, row);
  }
  prefetched.set(sql, byTable);
}

/** Existing rows of `table` by key: from this transaction's prefetch where it asked for them (used up here), else read. */
export async function findByKeys<R>(sql: Sql, table: NodeTable, keys: string[]): Promise<Map<string, R>> {
  const { key, columns } = NODE_TABLES[table];
  const found = new Map<string, R>();
  const pre = prefetched.get(sql)?.get(table);
  prefetched.get(sql)?.delete(table);
  const unread = pre ? keys.filter((k) => !pre.asked.has(k)) : keys;
  if (pre) for (const k of keys) if (pre.rows.has(k)) found.set(k, pre.rows.get(k) as R);
  if (unread.length) {
    const cols = ["id", key, ...columns].map((c) => `"${c}"`).join(", ");
    for (const r of await sql.rows<Record<string, unknown>>(`SELECT ${cols} FROM "${table}" WHERE "${key}" IN (${unread.map(() => "?").join(", ")})`, unread)) {
      found.set(String(r[key]), r as R);
    }
  }
  return found;
}

/** Existing rows by unique key, and new rows for the missing keys, in two statements. */
export async function findOrCreate<R extends { id: number }>(
  sql: Sql,
  table: NodeTable,
  rows: Map<string, Record<string, Value>>,
): Promise<{ found: Map<string, R>; created: number; createdKeys: string[] }> {
  if (!rows.size) return { found: new Map<string, R>(), created: 0, createdKeys: [] };
  const { key: keyColumn, columns: selectColumns } = NODE_TABLES[table];
  const keys = [...rows.keys()];
  const found = await findByKeys<R>(sql, table, keys);
  const missing = keys.filter((k) => !found.has(k));
  if (missing.length) {
    const columns = Object.keys(rows.get(missing[0])!);
    const inserted = await sql.insert<R>(table, columns, missing.map((k) => columns.map((c) => rows.get(k)![c])), ["id", keyColumn, ...selectColumns]);
    for (const r of inserted) found.set(String((r as Record<string, unknown>)[keyColumn]), r);
  }
  return { found, created: missing.length, createdKeys: missing };
}

/** A Prisma `where` scope for an orphan rule: every row, or only these IDs or natural keys. */
export type OrphanScope = { ids: number[] } | { keys: string[] } | null;
