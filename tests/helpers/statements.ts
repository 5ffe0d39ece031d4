// Watching the statements the store reads with (`Sql.rows`) while `run` runs, for tests that bound
// what an operation reads: each statement is passed to `seen` with the rows it returned.
import { Sql } from "../../src/store/sql.ts";

export type Value = string | number | boolean | null | Date;

export async function watchReads(seen: (text: string, params: Value[], rows: unknown[]) => void, run: () => Promise<unknown>): Promise<void> {
  const rowsOf = Sql.prototype.rows;
  Sql.prototype.rows = async function (this: Sql, text: string, params: Value[] = []) {
    const out = await rowsOf.call(this, text, params);
    seen(text, params, out);
    return out;
  } as typeof Sql.prototype.rows;
  try {
    await run();
  } finally {
    Sql.prototype.rows = rowsOf;
  }
}
