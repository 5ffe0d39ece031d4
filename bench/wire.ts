// Counts the queries the `pg` driver sends from this process (BEGIN/COMMIT included), for the
// statements-per-request figures of servers that do not report their own.
import pg from "pg";

export function countPgWire(): { take(): number } {
  let wire = 0;
  const original = pg.Client.prototype.query;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    wire++;
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof original;
  return {
    take() {
      const n = wire;
      wire = 0;
      return n;
    },
  };
}
