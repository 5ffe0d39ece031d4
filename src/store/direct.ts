// A write transaction's raw statements sent straight to the connection Prisma's transaction holds
// (the one better-sqlite3 connection; the pooled pg client that ran its BEGIN), decoded the way
// Prisma decodes them (reader.ts). Through Prisma's client a raw statement costs about 150 µs of
// client CPU on SQLite and 350 µs on PostgreSQL, against 10 and 80 µs on the driver
// (bench/README.md, issue #16), and an ingested document sends about forty. Model operations in
// the same transaction still go through Prisma, on the same connection, so both see one
// transaction. Statements still reach `onQuery`, so counting them works the same.
import { AsyncLocalStorage } from "node:async_hooks";
import type BetterSqlite3 from "better-sqlite3";
import type { PoolClient } from "pg";
import type { Db, Tx } from "./db.ts";
import { pgTypes, sqliteDate, type Reader } from "./reader.ts";

export type Value = string | number | boolean | null | Date;

export interface Driver {
  rows<T extends Record<string, unknown>>(sql: string, params: Value[]): Promise<T[]>;
  exec(sql: string, params: Value[]): Promise<number>;
  /** A statement whose result nobody reads: resolved once it is on its way (see pgDriver). */
  send(sql: string, params: Value[]): Promise<void>;
  /** Waits for every statement sent; throws the first one's error, if any failed. */
  settle(): Promise<void>;
}

interface Direct {
  /** SQLite: the connection Prisma's adapter holds (and runs its transactions on). */
  sqlite?: () => BetterSqlite3.Database | null;
  /** PostgreSQL: the client is caught when it sends its BEGIN (db.ts `serialPool`). */
  pg?: true;
  onQuery?: (sql: string) => void;
  /** The client's direct reads outside transactions (reader.ts). */
  read?: Reader;
}

const directOf = new WeakMap<object, Direct>();
const driverOf = new WeakMap<object, Driver>();

/** Called by openDatabase for the client it returns. */
export function registerDirect(db: Db, direct: Direct): void {
  directOf.set(db, direct);
}

/** The direct reader of a client opened by openDatabase, if any. */
export function directReader(db: Db): Reader | undefined {
  return directOf.get(db)?.read;
}

/** The pg client a transaction started inside `direct.run` began on. */
const beginning = new AsyncLocalStorage<{ client: PoolClient | null }>();

/** db.ts's pool hook: a client sending BEGIN for a transaction this module is waiting for. */
export function sawBegin(client: PoolClient): void {
  const slot = beginning.getStore();
  if (slot && !slot.client) slot.client = client;
}

/**
 * Runs `db.$transaction(fn)` with the transaction's raw statements (Sql, sql.ts) going to its
 * connection directly when the client was opened by openDatabase; otherwise through Prisma.
 */
export function directTransaction<T>(db: Db, start: (bind: (tx: Tx) => void) => Promise<T>): Promise<T> {
  const direct = directOf.get(db);
  if (!direct) return start(() => {});
  const slot = { client: null as PoolClient | null };
  return beginning.run(slot, () =>
    start((tx) => {
      const conn = direct.sqlite?.();
      if (conn?.inTransaction) driverOf.set(tx, sqliteDriver(conn, direct.onQuery));
      else if (direct.pg && slot.client) driverOf.set(tx, pgDriver(slot.client, direct.onQuery));
    }),
  );
}

/** Waits for the statements a transaction sent (Driver.send); throws the first error among them. */
export async function settleDirect(tx: Tx): Promise<void> {
  await driverOf.get(tx)?.settle();
}

/** The direct driver of a transaction started by `directTransaction`, if any. */
export function directDriver(tx: Tx): Driver | undefined {
  return driverOf.get(tx);
}

// --- SQLite ------------------------------------------------------------------------------------

type Statement = BetterSqlite3.Statement<unknown[], Record<string, unknown>>;
const MAX_CACHED = 500;
const statements = new WeakMap<BetterSqlite3.Database, Map<string, { stmt: Statement; dates: string[] }>>();

function sqliteDriver(conn: BetterSqlite3.Database, onQuery?: (sql: string) => void): Driver {
  let cache = statements.get(conn);
  if (!cache) statements.set(conn, (cache = new Map()));
  const prepared = (sql: string) => {
    let entry = cache.get(sql);
    if (!entry) {
      const stmt = conn.prepare(sql) as Statement;
      // The adapter turns safe integers on for the connection; every integer this store uses fits a number.
      if (stmt.reader) stmt.safeIntegers(false);
      const dates = stmt.reader ? stmt.columns().flatMap((c) => (c.type?.toUpperCase() === "DATETIME" ? [c.name] : [])) : [];
      if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value!);
      entry = { stmt, dates };
      cache.set(sql, entry);
    }
    return entry;
  };
  return {
    async rows<T extends Record<string, unknown>>(sql: string, params: Value[]): Promise<T[]> {
      onQuery?.(sql);
      const { stmt, dates } = prepared(sql);
      const rows = stmt.all(sqliteParams(params)) as T[];
      if (dates.length) for (const row of rows) for (const c of dates) (row as Record<string, unknown>)[c] = sqliteDate(row[c]);
      return rows;
    },
    async exec(sql: string, params: Value[]): Promise<number> {
      onQuery?.(sql);
      const { stmt } = prepared(sql);
      const bound = sqliteParams(params);
      return stmt.reader ? stmt.all(bound).length : stmt.run(bound).changes;
    },
    // better-sqlite3 runs a statement to its end when it is called: nothing is left in flight.
    async send(sql: string, params: Value[]): Promise<void> {
      await this.exec(sql, params);
    },
    async settle(): Promise<void> {},
  };
}

/**
 * The parameters as better-sqlite3 binds them, bound as one array: a multi-row insert has hundreds,
 * and spreading them into the call and mapping each one cost more than the statement's own work
 * (issue #16). Prisma stores SQLite DateTime as ISO text with an explicit offset. The array is
 * copied only when a value needs converting.
 */
function sqliteParams(params: Value[]): Value[] {
  let out = params;
  for (let i = 0; i < params.length; i++) {
    const v = params[i];
    if (v === null || typeof v === "string" || typeof v === "number") continue;
    if (out === params) out = params.slice();
    out[i] = v instanceof Date ? v.toISOString().replace("Z", "+00:00") : v ? 1 : 0;
  }
  return out;
}

// --- PostgreSQL --------------------------------------------------------------------------------

/**
 * A statement text a write transaction sends on PostgreSQL again and again is prepared once per
 * connection under a name: the server then neither parses nor plans it at each use once its
 * generic plan is as cheap as the plans made for the values (plan_cache_mode auto). Unnamed, every
 * statement was planned every time, about 40 % of the server's CPU per document (issue #16).
 * Multi-row inserts and IN lists of other lengths are other texts, some of them rare, and each
 * prepared statement holds its plans on the server (about 70 kB): a text gets a name at its
 * NAME_AT-th use, and only the first MAX_NAMED texts do (at most about 35 MB a connection); any
 * other text is sent unnamed as before. In the bench corpus the texts used five times or more
 * are 97 % of the statements. (Reads outside transactions are named at their first use,
 * reader.ts: the API's reads come from a few templates.)
 */
const statementNames = new Map<string, string>();
const uses = new Map<string, number>();
const NAME_AT = 3;
const MAX_NAMED = 500;
const MAX_COUNTED = 5_000;
function nameOf(text: string): string | undefined {
  const name = statementNames.get(text);
  if (name !== undefined || statementNames.size >= MAX_NAMED) return name;
  const n = (uses.get(text) ?? 0) + 1;
  if (n < NAME_AT) {
    if (uses.size >= MAX_COUNTED) uses.delete(uses.keys().next().value!);
    uses.set(text, n);
    return undefined;
  }
  uses.delete(text);
  const named = `diplograph_write_${statementNames.size}`;
  statementNames.set(text, named);
  return named;
}

type PgQuery = (config: { name?: string; text: string; values: unknown[]; types: typeof pgTypes }) => Promise<{ rows: unknown[]; rowCount: number | null }>;

/**
 * The transaction's statements go to pg's own `query`, past db.ts's serialising wrapper (it would
 * hold each one back until the one before has answered), and the client is in pg's pipeline mode
 * for the transaction: a statement is written to the socket when it is called, behind those still
 * running, and the server runs them in the order written. `send` (a statement whose result
 * nobody reads: an insert returning nothing, an update whose count is not used) resolves at once,
 * so the code goes on to compute and send the next statement while the server runs it: one round
 * trip fewer each, and the client's work beside the server's instead of after it (issue #16). A
 * failed statement aborts the transaction, and every statement after it fails with "current
 * transaction is aborted"; the first error is the one thrown, by the next statement awaited or by
 * `settle`, which writeTransaction calls before the transaction ends (changes.ts) and which turns
 * pipeline mode off again, with nothing left in flight, before the client goes back to the pool.
 */
function pgDriver(client: PoolClient, onQuery?: (sql: string) => void): Driver {
  // A timestamp column compared with ISO text ignores the zone mark: UTC, as stored.
  const values = (params: Value[]) => params.map((v) => (v instanceof Date ? v.toISOString() : v));
  const piped = client as unknown as { pipeline: boolean };
  const own = (Object.getPrototypeOf(client) as { query: PgQuery }).query;
  const query: PgQuery = (config) => own.call(client, config);
  piped.pipeline = true;
  let failed: unknown = null;
  let sent: Promise<unknown>[] = [];
  const run = async <R>(text: string, params: Value[], take: (r: Awaited<ReturnType<PgQuery>>) => R): Promise<R> => {
    onQuery?.(text);
    try {
      return take(await query({ name: nameOf(text), text, values: values(params), types: pgTypes }));
    } catch (e) {
      throw failed ?? e;
    }
  };
  return {
    rows<T extends Record<string, unknown>>(text: string, params: Value[]): Promise<T[]> {
      return run(text, params, (r) => r.rows as T[]);
    },
    exec(text: string, params: Value[]): Promise<number> {
      return run(text, params, (r) => r.rowCount ?? 0);
    },
    async send(text: string, params: Value[]): Promise<void> {
      if (failed) throw failed;
      onQuery?.(text);
      const p = query({ name: nameOf(text), text, values: values(params), types: pgTypes });
      sent.push(p.then(() => undefined, (e: unknown) => void (failed ??= e)));
    },
    async settle(): Promise<void> {
      const waiting = sent;
      sent = [];
      await Promise.all(waiting);
      piped.pipeline = false;
      if (failed) throw failed;
    },
  };
}
