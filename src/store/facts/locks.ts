// Resolution reads a neighbourhood of mentions, then rewrites the events and instruments in it. On
// PostgreSQL (READ COMMITTED) two writers resolving one neighbourhood at once would each miss the
// other's uncommitted mentions and write two events for one encounter. A transaction-scoped
// advisory lock per resolution key (an official for meetings, a title for agreements) serialises
// exactly those writers; writers about other officials and titles go on side by side. SQLite
// serialises all writers already (BEGIN IMMEDIATE), so there this does nothing.
//
// Locks are taken in ascending order (space, then key) within one call. A later call in the same
// transaction can still wait on a writer that waits on us; PostgreSQL then reports a deadlock to one
// of the two, whose transaction is run again (store/retry.ts).
import type { Sql } from "../sql.ts";

/** The first key of the two-key advisory lock: one space per kind of resolution. */
const SPACE = { meeting: 1_001, agreement: 1_002 } as const;

/** 32-bit FNV-1a, as a signed integer: a title's lock key. A collision only serialises two titles. */
function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

// What one transaction holds, and what it will lock later (`lockAhead`), by space and key: a lock
// taken once is held to the commit, so a later call does not take it again.
interface TxLocks {
  held: Set<string>;
  ahead: Map<number, Set<number>>;
}
const ofTransaction = new WeakMap<object, TxLocks>();
function locksOf(sql: Sql): TxLocks {
  let locks = ofTransaction.get(sql.tx);
  if (!locks) ofTransaction.set(sql.tx, (locks = { held: new Set(), ahead: new Map() }));
  return locks;
}

function addAhead(sql: Sql, space: number, keys: Iterable<number>): void {
  if (sql.provider !== "postgresql") return;
  const { ahead } = locksOf(sql);
  let set = ahead.get(space);
  if (!set) ahead.set(space, (set = new Set()));
  for (const k of keys) if (Number.isInteger(k)) set.add(k);
}

/**
 * Titles (agreements) a later resolution of this transaction will lock: they are taken with the
 * next locks it takes, in the same statement (issue #16: a document with meetings and agreements
 * took its locks in two round trips), or by a statement that carries them (`aheadLocks`). Taking
 * them earlier than needed only holds them longer.
 */
export function lockTitlesAhead(sql: Sql, keys: Iterable<string>): void {
  addAhead(sql, SPACE.agreement, [...keys].map(hash32));
}

/** Officials (meetings) a later resolution of this transaction will lock, as `lockTitlesAhead`. */
export function lockOfficialsAhead(sql: Sql, ids: Iterable<number>): void {
  addAhead(sql, SPACE.meeting, ids);
}

/** The advisory locks of these pairs in ascending order, as a subquery of one row (its "n"). */
const LOCKING = `(SELECT count(pg_advisory_xact_lock(s, k)) AS "n" FROM (SELECT s, k FROM unnest(CAST(? AS int[]), CAST(? AS int[])) AS u(s, k) ORDER BY s, k OFFSET 0) l)`;

/**
 * The locks named ahead and not held yet, as a SELECT of `columns` columns (the first -1, the
 * others null) that a read the transaction sends anyway adds with UNION ALL, so that they cost no
 * round trip of their own (issue #16). The read's own rows are read before the locks are taken (one
 * snapshot for the statement): only a later statement reads under them, as resolution does. `taken`
 * marks them held once the statement has run. Null on SQLite and when nothing is ahead.
 */
export function aheadLocks(sql: Sql, columns: number): { select: string; params: string[]; taken(): void } | null {
  if (sql.provider !== "postgresql") return null;
  const { held, ahead } = locksOf(sql);
  const pairs: [number, number][] = [];
  for (const [s, set] of ahead) for (const k of set) if (!held.has(`${s}:${k}`)) pairs.push([s, k]);
  if (!pairs.length) return null;
  pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return {
    select: `SELECT CAST(-1 AS INTEGER)${", NULL".repeat(columns - 1)} FROM ${LOCKING} AS "locks" WHERE "locks"."n" >= 0`,
    params: [`{${pairs.map((p) => p[0]).join(",")}}`, `{${pairs.map((p) => p[1]).join(",")}}`],
    taken() {
      for (const [s, k] of pairs) held.add(`${s}:${k}`);
      ahead.clear();
    },
  };
}

export class ResolutionLocks {
  constructor(
    private readonly sql: Sql,
    private readonly space: keyof typeof SPACE,
  ) {}

  /** Officials (meetings) by ID. Returns whether any lock was newly taken. */
  async ids(ids: Iterable<number>): Promise<boolean> {
    return this.take([...ids]);
  }

  /** Titles (agreements) by key. Returns whether any lock was newly taken. */
  async titles(keys: Iterable<string>): Promise<boolean> {
    return this.take([...keys].map(hash32));
  }

  private async take(keys: number[]): Promise<boolean> {
    if (this.sql.provider !== "postgresql") return false;
    const { held, ahead } = locksOf(this.sql);
    const space = SPACE[this.space];
    const fresh = [...new Set(keys)].filter((k) => Number.isInteger(k) && !held.has(`${space}:${k}`));
    if (!fresh.length) return false;
    const pairs: [number, number][] = fresh.map((k) => [space, k]);
    for (const [s, set] of ahead) for (const k of set) if (!held.has(`${s}:${k}`) && !(s === space && fresh.includes(k))) pairs.push([s, k]);
    ahead.clear();
    pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    // The inner ORDER BY with OFFSET 0 (not flattened) makes the locks go in ascending order. The
    // keys are two array parameters, so the text is the same for every call and runs as a named
    // statement (direct.ts), not planned each time.
    await this.sql.exec(
      `SELECT pg_advisory_xact_lock(s, k) FROM (SELECT s, k FROM unnest(CAST(? AS int[]), CAST(? AS int[])) AS u(s, k) ORDER BY s, k OFFSET 0) l`,
      [`{${pairs.map((p) => p[0]).join(",")}}`, `{${pairs.map((p) => p[1]).join(",")}}`],
    );
    for (const [s, k] of pairs) held.add(`${s}:${k}`);
    return true;
  }
}
