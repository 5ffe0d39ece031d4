// PostgreSQL ending idle connections (a restart, pg_terminate_backend) must not end the process:
// the pool drops them and the next read and write open new ones.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { openDatabase, type Database } from "../../src/store/db.ts";
import { dropDatabase, freshDatabaseUrl, testProvider } from "../helpers/database.ts";

describe.runIf(testProvider === "postgresql")("idle connections ended by the server", () => {
  let url: string;
  let db: Database;
  beforeAll(async () => {
    url = await freshDatabaseUrl();
    db = await openDatabase(url);
  });
  afterAll(async () => {
    await db.close();
    await dropDatabase(url);
  });

  it("survives the server terminating the pool's idle connections and reconnects", async () => {
    const uncaught: unknown[] = [];
    const record = (e: unknown) => uncaught.push(e);
    process.on("uncaughtException", record);
    try {
      // An idle connection of the direct read path, before Prisma's client has ever connected (a
      // server's webhook poll reads this way from its first second; Prisma's adapter listens on the
      // pool only once it connects, and stops when it disconnects).
      expect(await db.read.rows(`SELECT 1 AS "one"`)).toEqual([{ one: 1 }]);

      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      let ended = 0;
      try {
        const r = await admin.query(
          "SELECT pg_terminate_backend(pid) AS ended FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()",
        );
        ended = r.rows.filter((row: { ended: boolean }) => row.ended).length;
      } finally {
        await admin.end();
      }
      expect(ended).toBeGreaterThan(0);
      // Give the terminated sockets time to deliver their FATAL message to the pool.
      await new Promise((resolve) => setTimeout(resolve, 300));

      expect(uncaught).toEqual([]);
      expect(await db.read.rows(`SELECT 2 AS "two"`)).toEqual([{ two: 2 }]);
      expect(await db.prisma.official.count()).toBe(0);
    } finally {
      process.off("uncaughtException", record);
    }
  });
});
