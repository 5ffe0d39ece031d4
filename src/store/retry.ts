// Concurrent writers (several ingest processes on one PostgreSQL database, or SQLite writers
// waiting on each other) lose races on unique keys or hit serialization failures and deadlocks.
// The whole transaction is safe to run again: it re-reads what the winner wrote.

const RETRYABLE_CODES = new Set(["P2002", "P2034", "P1008", "40001", "40P01", "23505", "SQLITE_BUSY"]);

export function isRetryable(err: unknown): boolean {
  const e = err as { code?: string; message?: string; cause?: unknown; meta?: { code?: string } } | null;
  if (!e) return false;
  if (e.code && RETRYABLE_CODES.has(e.code)) return true;
  if (e.meta?.code && RETRYABLE_CODES.has(e.meta.code)) return true;
  const msg = e.message ?? "";
  if (/deadlock detected|could not serialize|database is locked|Unique constraint failed|duplicate key value|write conflict|Transaction already closed/i.test(msg)) return true;
  return e.cause ? isRetryable(e.cause) : false;
}

export async function withRetry<T>(fn: () => Promise<T>, attempts = 8): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (err) {
      if (attempt >= attempts || !isRetryable(err)) throw err;
      // Jittered backoff so the competing writers do not collide again in lockstep.
      await new Promise((r) => setTimeout(r, Math.random() * 20 * 2 ** Math.min(attempt, 6)));
    }
  }
}
