// The one way a node row is found or created by its natural key, for ingest (keys from names) and
// import (keys from the file) alike.
import type { Sql } from "../sql.ts";

type Value = string | number | null;

/** Existing rows by unique key, and new rows for the missing keys, in two statements. */
export async function findOrCreate<R extends { id: number }>(
  sql: Sql,
  table: string,
  keyColumn: string,
  selectColumns: string[],
  rows: Map<string, Record<string, Value>>,
): Promise<{ found: Map<string, R>; created: number; createdKeys: string[] }> {
  const found = new Map<string, R>();
  if (!rows.size) return { found, created: 0, createdKeys: [] };
  const keys = [...rows.keys()];
  const cols = ["id", keyColumn, ...selectColumns].map((c) => `"${c}"`).join(", ");
  for (const r of await sql.rows<R>(`SELECT ${cols} FROM "${table}" WHERE "${keyColumn}" IN (${keys.map(() => "?").join(", ")})`, keys)) {
    found.set(String((r as Record<string, unknown>)[keyColumn]), r);
  }
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
