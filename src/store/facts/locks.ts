// Resolution reads a neighbourhood of mentions, then rewrites the events and instruments in it. On
// PostgreSQL (READ COMMITTED) two writers resolving one neighbourhood at once would each miss the
// other's uncommitted mentions and write two events for one encounter. A transaction-scoped
// advisory lock per resolution key (an official for meetings, a title for agreements) serialises
// exactly those writers; writers about other officials and titles go on side by side. SQLite
// serialises all writers already (BEGIN IMMEDIATE), so there this does nothing.
//
// Locks are taken in ascending order within one call. A later call in the same transaction can
// still wait on a writer that waits on us; PostgreSQL then reports a deadlock to one of the two,
// whose transaction is run again (store/retry.ts).
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

export class ResolutionLocks {
  private readonly held = new Set<number>();

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
    const fresh = [...new Set(keys)].filter((k) => Number.isInteger(k) && !this.held.has(k)).sort((a, b) => a - b);
    if (!fresh.length) return false;
    // The inner ORDER BY with OFFSET 0 (not flattened) makes the locks go in ascending order. The
    // keys are one array parameter, so the text is the same for every call and runs as a named
    // statement (direct.ts), not planned each time.
    await this.sql.exec(
      `SELECT pg_advisory_xact_lock(${SPACE[this.space]}, k) FROM (SELECT k FROM unnest(CAST(? AS int[])) AS k ORDER BY k OFFSET 0) s`,
      [`{${fresh.join(",")}}`],
    );
    for (const k of fresh) this.held.add(k);
    return true;
  }
}
