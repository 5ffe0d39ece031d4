// The change feed: what committed writes did to the graph, in commit order, so that another
// service can keep a copy in sync by polling instead of re-reading everything.
//
// Database triggers (the change_feed and change_feed_aliases migrations) note in PendingChange
// every node row a statement inserts, updates or deletes, cascades included, and the node of
// every part row it shows as its own (a document's topics, a meeting's participants and mentions,
// an agreement's mentions and parties, an official's aliases). So no write path can forget to
// report a change, and merged or emptied meeting and agreement events leave their tombstones like
// any deleted row. Every write transaction ends through writeTransaction(), which folds the notes
// into one Change entry per node before the commit: the entry is committed with the write or not
// at all.
import type { Db, Tx } from "./db.ts";
import type { NodeType } from "./loaders.ts";
import { directReader, directTransaction, settleDirect } from "./direct.ts";
import { providerOfClient, Sql } from "./sql.ts";

export type ChangeOperation = "created" | "updated" | "deleted";

export interface ChangeRow {
  /** The feed position: grows in commit order. */
  id: number;
  type: NodeType;
  nodeId: number;
  operation: ChangeOperation;
  at: Date;
}

export const DEFAULT_RETENTION_DAYS = 30;

/** DIPLOGRAPH_CHANGES_RETENTION_DAYS: how long changes stay in the feed (days, may be fractional). */
export function retentionDays(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.DIPLOGRAPH_CHANGES_RETENTION_DAYS?.trim();
  if (!raw) return DEFAULT_RETENTION_DAYS;
  const days = Number(raw);
  if (!Number.isFinite(days) || days <= 0) throw new Error(`DIPLOGRAPH_CHANGES_RETENTION_DAYS must be a positive number of days, got "${raw}"`);
  return days;
}

/** A cursor older than the retained window: the changes between it and the window are gone. */
export class ChangesExpiredError extends Error {
  constructor(readonly after: number, readonly prunedThrough: number) {
    super(
      `changes after this cursor are no longer kept (entries up to ${prunedThrough} were pruned after the retention period): ` +
        "re-sync from an export (`diplograph export`), reading `changesCursor` first, then poll `changes(after:)` from that cursor",
    );
  }
}

/** A cursor past the newest change: it was issued by another database, or before a restore. */
export class ChangeCursorAheadError extends Error {
  constructor(readonly after: number, readonly head: number) {
    super(`this cursor is ahead of the change feed (position ${after}, newest ${head}): it comes from another database or from before a restore; re-sync from an export`);
  }
}

// Any constant both sides agree on: the lock serialises only the recording of changes.
const CHANGE_LOCK = 7_310_514;

export interface WriteOptions {
  maxWait?: number;
  timeout?: number;
}

/**
 * Runs `fn` in a write transaction that records the changes it made in the feed before it
 * commits. Every write to the graph goes through here.
 */
export async function writeTransaction<T>(db: Db, fn: (tx: Tx) => Promise<T>, options: WriteOptions = {}): Promise<T> {
  const result = await directTransaction(db, (bind) =>
    db.$transaction(
      async (tx) => {
        bind(tx as Tx);
        try {
          const result = await fn(tx as Tx);
          await recordChanges(tx as Tx);
          return result;
        } finally {
          // Statements sent and not awaited (Sql.send) are answered before the commit or rollback.
          await settleDirect(tx as Tx);
        }
      },
      { maxWait: options.maxWait ?? 30_000, timeout: options.timeout ?? 120_000 },
    ),
  );
  if (providerOfClient(db) === "postgresql") await vacuumNotes(db);
  return result;
}

/** PostgreSQL: writes between two vacuums of the notes' table (vacuumNotes). */
export const VACUUM_NOTES_EVERY = 100;
const writesSinceVacuum = new WeakMap<Db, number>();

/**
 * PostgreSQL: every write inserts its notes into PendingChange and deletes them before it commits
 * (about thirty a document), and a deleted row's space and line pointer, and its index entry, stay
 * until the table is vacuumed. recordChanges reads the notes by scanning the table, so its cost
 * grew with every write since the last vacuum: 0.25 ms a document after 200 documents, 1.4 ms after
 * 10,000 documents' notes, on a server whose autovacuum is off or has not come round yet (issue #16,
 * ingest24). So every VACUUM_NOTES_EVERY writes of this client, after the commit (VACUUM cannot run
 * in a transaction): the table is then at most that many writes' notes long and its freed space is
 * reused. SKIP_LOCKED: none if another vacuum (autovacuum) holds the table. TRUNCATE false: giving
 * back the emptied end of the table takes a lock that no other writer may hold, and another writer
 * holds the table from its first note to its commit, so VACUUM retried for its 5 s before giving up
 * (measured: 5.04 s against 0.02); the end of a table that grew before (a database written without
 * this) is then not given back, and its empty pages are read by the scan (1.0 ms a document after
 * 10,000 documents' notes) until a vacuum that can truncate (autovacuum, or `VACUUM
 * "PendingChange"`). Its failure (a user who does not own the table) fails no write: the write has
 * committed.
 */
async function vacuumNotes(db: Db): Promise<void> {
  const writes = (writesSinceVacuum.get(db) ?? 0) + 1;
  writesSinceVacuum.set(db, writes < VACUUM_NOTES_EVERY ? writes : 0);
  if (writes < VACUUM_NOTES_EVERY) return;
  try {
    await db.$executeRawUnsafe(`VACUUM (SKIP_LOCKED, TRUNCATE FALSE) "PendingChange"`);
  } catch {
    // Left to autovacuum.
  }
}

// A node's notes folded into its entry: created, deleted or updated; nothing for a node created
// and deleted in the same transaction. Entries in the order of each node's first note.
const FOLDED = `SELECT "type", "nodeId",
    CASE WHEN MAX(CASE WHEN "operation" = 'created' THEN 1 ELSE 0 END) = 1 THEN 'created'
         WHEN MAX(CASE WHEN "operation" = 'deleted' THEN 1 ELSE 0 END) = 1 THEN 'deleted' ELSE 'updated' END AS "operation",
    ? AS "at"
  FROM NOTES GROUP BY "type", "nodeId"
  HAVING MAX(CASE WHEN "operation" = 'created' THEN 1 ELSE 0 END) = 0 OR MAX(CASE WHEN "operation" = 'deleted' THEN 1 ELSE 0 END) = 0
  ORDER BY MIN("id")`;

/**
 * Folds the transaction's notes into Change entries (one per node: created, updated or deleted;
 * nothing for a node created and deleted inside it) and prunes entries past the retention period.
 * Returns the number of entries written.
 *
 * The notes are folded in SQL, not read back (issue #16: about thirty notes per ingested
 * document came back to the client to become a dozen entries). The notes visible here are this
 * transaction's own, and any that a write outside writeTransaction left, which this entry then
 * reports.
 */
export async function recordChanges(tx: Tx, now = new Date(), env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const sql = new Sql(tx);
  const columns = `"type", "nodeId", "operation", "at"`;
  if (sql.provider === "postgresql") {
    // PostgreSQL hands out ids when rows are inserted, not when they commit: a writer that took id
    // 10 could commit after one that took 11, and a client that read 11 would never see 10. Holding
    // this lock from here to the commit makes id order commit order; it is taken only when there
    // are notes.
    //
    // The lock, the notes taken and cleared, the entries written and the expired ones pruned in
    // one statement: each statement is a round trip, and from here to the commit every other
    // writer waits on the lock (issue #16). The notes and the prune wait for "noted", so no entry
    // takes an id before the lock is held. The statement's snapshot is taken before the wait: the
    // prune then does not see what the writers before it committed meanwhile (their entries are
    // never old enough, and the rows they pruned it skips), so its horizon never goes back. The
    // prune sees the feed as it was before this statement, as it did when it came after the
    // insert: the new entries are never old enough.
    const [row] = await sql.rows<{ written: number }>(
      `WITH "noted" AS (SELECT pg_advisory_xact_lock(${CHANGE_LOCK}) FROM (SELECT 1 FROM "PendingChange" LIMIT 1) AS "any"),
        "notes" AS (DELETE FROM "PendingChange" WHERE EXISTS (SELECT 1 FROM "noted") RETURNING "id", "type", "nodeId", "operation"),
        "entries" AS (INSERT INTO "Change" (${columns}) ${FOLDED.replace("NOTES", `"notes"`).replace("? AS", "CAST(? AS TIMESTAMP(3)) AS")} RETURNING 1),
        "pruned" AS (${PG_PRUNE_STATEMENT.replace(`WHERE "id" >=`, `WHERE EXISTS (SELECT 1 FROM "noted") AND "id" >=`)}),
        "horizon" AS (${HORIZON_STATEMENT.replace("VALUES (1, ?)", `SELECT 1, max("id") FROM "pruned" HAVING count(*) > 0`)})
      SELECT CAST((SELECT count(*) FROM "entries") AS INTEGER) AS "written"`,
      [now, pruneBefore(now, env)],
    );
    return row!.written;
  }
  // SQLite writers are serialised already (BEGIN IMMEDIATE).
  const written = await sql.exec(`INSERT INTO "Change" (${columns}) ${FOLDED.replace("NOTES", `"PendingChange"`)}`, [now]);
  if (!(await sql.exec(`DELETE FROM "PendingChange"`))) return 0;
  await pruneChanges(sql, pruneBefore(now, env));
  return written;
}

const pruneBefore = (now: Date, env: NodeJS.ProcessEnv) => new Date(now.getTime() - retentionDays(env) * 86_400_000);

/**
 * The prune runs in every write transaction. `max(+"id")`, not `max("id")`: for a bare max of the
 * primary key SQLite walks the table from its newest row testing "at" on each, and as nothing is
 * old enough between prunes it read the whole feed every time (54 ms per ingested document at
 * 72,000 entries, growing with the feed); the unary plus makes it read the "at" index instead.
 */
export const PRUNE_STATEMENT = `DELETE FROM "Change" WHERE "id" <= (SELECT max(+"id") FROM "Change" WHERE "at" < ?) RETURNING "id"`;

/**
 * The same on PostgreSQL, with the feed's first id as a lower bound. For `"id" <= (subquery)` alone
 * PostgreSQL estimates a third of the feed and deletes through a sequential scan of it, in every
 * write, also when nothing is old enough (the bound is then null): the write's last statement cost
 * 6.0 ms a document with 200,000 entries in the feed (about 11,000 documents' worth, well within a
 * month) against 0.25 ms with 2,600 (issue #16, ingest24). A range on both sides is estimated at a
 * small fraction, so the plan reads the key's index from the first entry to the last one to prune:
 * the same rows, since no entry lies below the first.
 */
export const PG_PRUNE_STATEMENT = `DELETE FROM "Change" WHERE "id" >= (SELECT min("id") FROM "Change") AND "id" <= (SELECT max(+"id") FROM "Change" WHERE "at" < ?) RETURNING "id"`;

const HORIZON_STATEMENT = `INSERT INTO "ChangeHorizon" ("id", "prunedThrough") VALUES (1, ?) ON CONFLICT ("id") DO UPDATE SET "prunedThrough" = excluded."prunedThrough"`;

/**
 * Removes the entries recorded before `before`, and remembers the last one removed so that a
 * cursor from before it is refused rather than silently missing changes.
 */
export async function pruneChanges(sql: Sql, before: Date): Promise<number> {
  // By position, not by time: whatever the clocks of the writers, what is left is a suffix.
  const removed = await sql.rows<{ id: number }>(sql.provider === "postgresql" ? PG_PRUNE_STATEMENT : PRUNE_STATEMENT, [before]);
  if (!removed.length) return 0;
  await sql.exec(HORIZON_STATEMENT, [Math.max(...removed.map((r) => r.id))]);
  return removed.length;
}

/** Prunes outside a write (the `changes prune` command): entries older than the retention period. */
export async function pruneExpiredChanges(db: Db, now = new Date(), env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const before = new Date(now.getTime() - retentionDays(env) * 86_400_000);
  return writeTransaction(db, (tx) => pruneChanges(new Sql(tx), before));
}

export interface ChangesPage {
  rows: ChangeRow[];
  hasNextPage: boolean;
}

interface FeedReader {
  rows<T extends Record<string, unknown>>(sql: string, params?: (string | number)[]): Promise<T[]>;
}

/**
 * Where the feed is read outside a write: committed entries only. On SQLite through the client's
 * read workers (read-pool.ts) when it has them, as the server's has: Prisma's own connection is the
 * one every write transaction runs on, and a read there while another request's write was open saw
 * that write's entries before their commit; a client then fetched their nodes through the loaders
 * (read workers: committed rows only), found none, took them for deleted and moved its cursor past
 * entries the commit then made real (or, had the write rolled back, past positions the next write
 * reuses). On PostgreSQL the primary, where another transaction's rows show once committed (a
 * replica may lag behind a cursor).
 */
function feedReader(db: Db): FeedReader {
  const sql = new Sql(db as unknown as Tx);
  const read = sql.provider === "sqlite" ? directReader(db) : undefined;
  return read ? (read as unknown as FeedReader) : sql;
}

/** The position of the newest change (or of the last pruned one when the feed is empty; 0 when none). */
export async function changeHead(db: Db): Promise<number> {
  const sql = feedReader(db);
  const [{ head }] = await sql.rows<{ head: number | null }>(
    `SELECT max("p") AS "head" FROM (SELECT max("id") AS "p" FROM "Change" UNION ALL SELECT max("prunedThrough") AS "p" FROM "ChangeHorizon") AS "heads"`,
  );
  return head ?? 0;
}

/**
 * Up to `first` changes after position `after` (0: from the beginning), oldest first. Throws
 * ChangesExpiredError when changes after `after` were pruned, ChangeCursorAheadError when `after`
 * is past the newest change.
 */
export async function changesAfter(db: Db, after: number, first: number): Promise<ChangesPage> {
  const sql = feedReader(db);
  const rows = await sql.rows<Record<string, unknown>>(
    `SELECT "id", "type", "nodeId", "operation", "at" FROM "Change" WHERE "id" > ? ORDER BY "id" LIMIT ?`,
    [after, first + 1],
  );
  // The horizon is read after the rows: a prune in between makes this refuse a page that was
  // complete, never accept one that was not.
  const [horizon] = await sql.rows<{ prunedThrough: number }>(`SELECT "prunedThrough" FROM "ChangeHorizon" WHERE "id" = 1`);
  if (horizon && after < horizon.prunedThrough) throw new ChangesExpiredError(after, horizon.prunedThrough);
  if (!rows.length && after > 0) {
    const head = await changeHead(db);
    if (after > head) throw new ChangeCursorAheadError(after, head);
  }
  return {
    rows: rows.slice(0, first).map((r) => ({
      id: r.id as number,
      type: r.type as NodeType,
      nodeId: r.nodeId as number,
      operation: r.operation as ChangeOperation,
      at: r.at instanceof Date ? r.at : new Date(String(r.at)),
    })),
    hasNextPage: rows.length > first,
  };
}

/** How many changes the feed holds after `after`. */
export async function countChangesAfter(db: Db, after: number): Promise<number> {
  const [{ n }] = await feedReader(db).rows<{ n: number }>(`SELECT count(*) AS "n" FROM "Change" WHERE "id" > ?`, [after]);
  return Number(n);
}
