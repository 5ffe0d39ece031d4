// Literal text matching for every `contains` filter. Prisma passes the value into LIKE / ILIKE
// unescaped, so `%` and `_` in a user's filter would be wildcards ("Han_i" finding Hanoi, "%"
// finding everything). The value is escaped with a backslash: PostgreSQL's LIKE takes backslash as
// its escape character by default, and the SQLite adapter adds `ESCAPE '\'` to every LIKE
// (src/store/db.ts), so the same escaping means the same literal match on both backends.
import type { Database } from "../db.ts";

/** `value` with LIKE's wildcards and the escape character itself escaped. */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, "\\$&");
}

/** Case-insensitive, literal `contains` on both backends (SQLite's LIKE already ignores ASCII case). */
export function containsText(db: Database, value: string): { contains: string; mode?: "insensitive" } {
  const contains = escapeLike(value);
  return db.provider === "postgresql" ? { contains, mode: "insensitive" } : { contains };
}

/** Literal, case-sensitive `contains` (for columns stored already folded). */
export function containsExact(value: string): { contains: string } {
  return { contains: escapeLike(value) };
}
