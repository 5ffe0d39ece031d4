// The API's read path: SELECTs sent straight to the driver the Prisma client uses (the same
// better-sqlite3 connection; the same pg pools), with values decoded the way Prisma decodes them
// (DateTime columns as Date, integers as numbers). A Prisma model read costs a few milliseconds of
// client CPU (query compiler, adapter, result mapping) before and after the database's own work;
// the batch loaders and pages of one request make three to five of them, which was most of a
// request's time (bench/README.md). Statements still reach `onQuery`, so counting them works the same.
import type BetterSqlite3 from "better-sqlite3";
import type { Pool, QueryConfig } from "pg";
import type { Provider } from "./config.ts";

export type ReadValue = string | number | boolean | null | Date;
export type ReadRow = Record<string, unknown>;

export interface Reader {
  /** Rows of a SELECT written with `?` placeholders (numbered for PostgreSQL here). */
  rows<T extends ReadRow = ReadRow>(sql: string, params?: readonly ReadValue[]): Promise<T[]>;
  /**
   * PostgreSQL: rows of a SELECT planned without sequential scans where an index can serve (a
   * transaction of its own, unnamed, so no cached plan is reused). For counts of text-search
   * matches: when every row matches, the planner prices the index's bitmap scan above a scan of
   * the table, which then builds every document's tsvector (src/store/search.ts, countHits).
   */
  indexedRows?<T extends ReadRow = ReadRow>(sql: string, params?: readonly ReadValue[]): Promise<T[]>;
}

/** `?` placeholders numbered `$1`, `$2`, ... (statements here hold no literal question marks). */
export function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

// --- SQLite ------------------------------------------------------------------------------------

type Statement = BetterSqlite3.Statement<unknown[], ReadRow>;

/** Statements prepared once per connection; the API's statements come from a few templates. */
const MAX_CACHED = 500;

/** Where a Prisma SQLite DateTime column's value (ISO text, or epoch milliseconds) becomes a Date. */
export function sqliteDate(v: unknown): unknown {
  if (typeof v === "string") return new Date(v);
  if (typeof v === "number" || typeof v === "bigint") return new Date(Number(v));
  return v;
}

/**
 * Runs SELECTs on a better-sqlite3 connection, each statement prepared once per connection, with
 * values encoded and decoded the way Prisma does. Shared by the in-thread reader below and the
 * read workers (read-pool.ts).
 */
export function sqliteStatements(prepare: (conn: BetterSqlite3.Database, sql: string) => Statement = (conn, sql) => conn.prepare(sql) as Statement) {
  let cachedFor: BetterSqlite3.Database | null = null;
  const cache = new Map<string, { stmt: Statement; dates: string[] }>();
  const prepared = (conn: BetterSqlite3.Database, sql: string) => {
    if (conn !== cachedFor) {
      cache.clear();
      cachedFor = conn;
    }
    let entry = cache.get(sql);
    if (!entry) {
      const stmt = prepare(conn, sql);
      // The adapter turns safe integers on for the connection; every integer this store reads fits a number.
      stmt.safeIntegers(false);
      const dates = stmt.columns().flatMap((c) => (c.type?.toUpperCase() === "DATETIME" ? [c.name] : []));
      if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value!);
      entry = { stmt, dates };
      cache.set(sql, entry);
    }
    return entry;
  };
  const param = (v: ReadValue) => (v instanceof Date ? v.toISOString().replace("Z", "+00:00") : typeof v === "boolean" ? (v ? 1 : 0) : v);
  return {
    all<T extends ReadRow>(conn: BetterSqlite3.Database, sql: string, params: readonly ReadValue[] = []): T[] {
      const { stmt, dates } = prepared(conn, sql);
      const rows = stmt.all(...params.map(param)) as T[];
      if (dates.length) for (const row of rows) for (const c of dates) (row as ReadRow)[c] = sqliteDate(row[c]);
      return rows;
    },
  };
}

/** Reads on the given connection, in the calling thread (the connection's prepare adds `ESCAPE '\'` to every LIKE: db.ts). */
export function sqliteReader(connection: () => Promise<BetterSqlite3.Database>, onQuery?: (sql: string) => void): Reader {
  const statements = sqliteStatements();
  let current: BetterSqlite3.Database | null = null;
  return {
    async rows<T extends ReadRow>(sql: string, params: readonly ReadValue[] = []): Promise<T[]> {
      onQuery?.(sql);
      if (!current?.open) current = await connection();
      return statements.all<T>(current, sql, params);
    },
  };
}

// --- PostgreSQL --------------------------------------------------------------------------------

const TIMESTAMP = 1114;
const TIMESTAMPTZ = 1184;
const INT8 = 20;
const NUMERIC = 1700;

/**
 * Prisma stores DateTime as `timestamp(3)` in UTC; pg would read it in the process's time zone.
 * COUNT(*) and other bigint results become numbers, as every count here fits one.
 */
export const pgTypes: QueryConfig["types"] = {
  getTypeParser: ((oid: number, format?: string) => {
    if (oid === TIMESTAMP) return pgTimestamp;
    if (oid === TIMESTAMPTZ) return (s: string) => new Date(s);
    if (oid === INT8 || oid === NUMERIC) return (s: string) => Number(s);
    return defaultParser(oid, format);
  }) as never,
};
let defaultParser: (oid: number, format?: string) => unknown = () => (s: string) => s;

const twoDigits = (s: string, i: number) => (s.charCodeAt(i) - 48) * 10 + s.charCodeAt(i + 1) - 48;

/**
 * A `timestamp` value as PostgreSQL writes it (`2024-03-05 10:20:30.123`, fraction optional, up to
 * 6 digits), as a UTC Date. Read from its digits: the text replaced and parsed as ISO made two
 * strings and a parse per value, and a page of the 3-level query reads a few hundred of them.
 * Anything else (years before 100 or after 9999, BC, infinity) goes through that parse as before.
 */
export function pgTimestamp(s: string): Date {
  const n = s.length;
  if (n >= 19 && n <= 26 && s.charCodeAt(4) === 45 && s.charCodeAt(10) === 32 && (n === 19 || s.charCodeAt(19) === 46)) {
    const year = twoDigits(s, 0) * 100 + twoDigits(s, 2);
    if (year >= 100) {
      const ms = n > 20 ? (s.charCodeAt(20) - 48) * 100 + (n > 21 ? (s.charCodeAt(21) - 48) * 10 : 0) + (n > 22 ? s.charCodeAt(22) - 48 : 0) : 0;
      return new Date(Date.UTC(year, twoDigits(s, 5) - 1, twoDigits(s, 8), twoDigits(s, 11), twoDigits(s, 14), twoDigits(s, 17), ms));
    }
  }
  return new Date(`${s.replace(" ", "T")}Z`);
}

/**
 * Distinct statement texts run as named prepared statements: each is parsed and analysed once per
 * connection instead of on every request (the API's reads come from a few templates; an IN list
 * of another length is another text). Past this many texts, the rest run unnamed, so a process
 * never holds an unbounded number of statements on its connections.
 */
const MAX_PREPARED = 1000;

export async function pgReader(pools: () => Pool[], onQuery?: (sql: string) => void): Promise<Reader> {
  const { default: pg } = await import("pg");
  defaultParser = pg.types.getTypeParser as typeof defaultParser;
  let next = 0;
  // By the statement as written (`?`): its numbered text, numbered once, and its prepared name.
  const statements = new Map<string, { text: string; name: string }>();
  const statementOf = (sql: string) => {
    let statement = statements.get(sql);
    if (statement === undefined) {
      statement = { text: numbered(sql), name: `diplograph_read_${statements.size}` };
      if (statements.size < MAX_PREPARED) statements.set(sql, statement);
      else return { text: statement.text, name: undefined };
    }
    return statement;
  };
  return {
    async rows<T extends ReadRow>(sql: string, params: readonly ReadValue[] = []): Promise<T[]> {
      const { text, name } = statementOf(sql);
      onQuery?.(text);
      const all = pools();
      const pool = all[next++ % all.length]!;
      // A timestamp column compared with ISO text ignores the zone mark: UTC, as stored.
      const values = params.map((v) => (v instanceof Date ? v.toISOString() : v));
      const result = await pool.query<T>({ name, text, values, types: pgTypes });
      return result.rows;
    },
    async indexedRows<T extends ReadRow>(sql: string, params: readonly ReadValue[] = []): Promise<T[]> {
      const text = numbered(sql);
      onQuery?.(text);
      const all = pools();
      const client = await all[next++ % all.length]!.connect();
      let failed = false;
      try {
        await client.query("BEGIN READ ONLY; SET LOCAL enable_seqscan = off");
        const values = params.map((v) => (v instanceof Date ? v.toISOString() : v));
        const result = await client.query<T>({ text, values, types: pgTypes });
        await client.query("COMMIT");
        return result.rows;
      } catch (e) {
        failed = true;
        await client.query("ROLLBACK").catch(() => {});
        throw e;
      } finally {
        // A connection whose rollback may not have gone through is not handed out again.
        client.release(failed);
      }
    },
  };
}
