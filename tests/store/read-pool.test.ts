// SQLite reads in worker threads (src/store/read-pool.ts): the same rows as reads on Prisma's
// connection, committed writes visible, errors reaching the caller, and the event loop free while
// a long statement runs (on the main connection it is held for the statement's whole run).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../../src/store/db.ts";
import { testProvider } from "../helpers/database.ts";
import { disposeDatabase, seededDatabase } from "../graphql/support.ts";

let inThread: Database;
let pooled: Database;

beforeAll(async () => {
  if (testProvider !== "sqlite") return;
  inThread = await seededDatabase({ readWorkers: 0 });
  pooled = await openDatabase(inThread.url, { readWorkers: 2 });
});
afterAll(async () => {
  await pooled?.close();
  if (inThread) await disposeDatabase(inThread);
});

/** Longest gap between 5 ms timer ticks while `work` runs, and the work's own duration. */
async function loopGap(work: () => Promise<unknown>): Promise<{ maxGapMs: number; durationMs: number; ticks: number }> {
  let last = performance.now();
  let maxGapMs = 0;
  let ticks = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    maxGapMs = Math.max(maxGapMs, now - last);
    last = now;
    ticks++;
  }, 5);
  const t0 = performance.now();
  await work();
  const durationMs = performance.now() - t0;
  clearInterval(timer);
  maxGapMs = Math.max(maxGapMs, performance.now() - last);
  return { maxGapMs, durationMs, ticks };
}

describe.skipIf(testProvider !== "sqlite")("SQLite reads in worker threads", () => {
  it("gives the same rows as the main connection: dates decoded, integers as numbers, LIKE literal", async () => {
    const statements: [string, (string | number | Date | boolean)[]][] = [
      [`SELECT * FROM "Document" ORDER BY id`, []],
      [`SELECT * FROM "Official" WHERE name LIKE ? ORDER BY id`, ["%Nguyen%"]],
      [`SELECT * FROM "Official" WHERE name LIKE ? ORDER BY id`, ["Nguy_n%"]],
      [`SELECT * FROM "Official" WHERE name LIKE ? ORDER BY id`, ["Nguy\\_n%"]],
      [`SELECT COUNT(*) AS n FROM "Meeting" WHERE date >= ?`, [new Date("2020-01-01T00:00:00Z")]],
    ];
    for (const [sql, params] of statements) {
      const expected = await inThread.read.rows(sql, params);
      const got = await pooled.read.rows(sql, params);
      expect(got, sql).toEqual(expected);
    }
    const docs = await pooled.read.rows<{ date: unknown; id: unknown }>(`SELECT * FROM "Document" ORDER BY id`);
    expect(docs.length).toBeGreaterThan(0);
    expect(docs[0].id).toEqual(expect.any(Number));
    expect(docs.some((d) => d.date instanceof Date)).toBe(true);
    // The escaped underscore matches only itself: no official's name has one.
    expect(await pooled.read.rows(`SELECT id FROM "Official" WHERE name LIKE ?`, ["Nguy\\_n%"])).toEqual([]);
    expect((await pooled.read.rows(`SELECT id FROM "Official" WHERE name LIKE ?`, ["Nguy_n%"])).length).toBeGreaterThan(0);
  });

  it("sees what another connection committed, and reports a bad statement to its caller only", async () => {
    const before = Number((await pooled.read.rows<{ n: number }>(`SELECT COUNT(*) AS n FROM "Country"`))[0].n);
    await inThread.prisma.country.create({ data: { code: "ZZ", name: "Read Pool Land" } });
    const after = await pooled.read.rows<{ n: number; name: string }>(`SELECT COUNT(*) AS n, MAX(CASE WHEN code = 'ZZ' THEN name END) AS name FROM "Country"`);
    expect(after[0]).toEqual({ n: before + 1, name: "Read Pool Land" });
    await expect(pooled.read.rows(`SELECT nope FROM "Country"`)).rejects.toThrow(/no such column: nope/);
    // Read-only: a write through the read path is refused.
    await expect(pooled.read.rows(`DELETE FROM "Country" WHERE code = 'ZZ' RETURNING id`)).rejects.toThrow(/readonly/i);
    const parallel = await Promise.all(Array.from({ length: 20 }, (_, i) => pooled.read.rows<{ v: number }>(`SELECT ? AS v`, [i])));
    expect(parallel.map((r) => r[0].v)).toEqual(Array.from({ length: 20 }, (_, i) => i));
  });

  it("keeps the event loop free while a long statement runs, which the main connection holds for the whole run", async () => {
    // A statement that takes a second or more on this machine, whatever its load.
    const LONG = `WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < ?) SELECT COUNT(*) AS n FROM c`;
    let rows = 1_000_000;
    let held = await loopGap(() => inThread.read.rows(LONG, [rows]));
    while (held.durationMs < 1000) {
      rows = Math.ceil((rows * 1200) / Math.max(held.durationMs, 1));
      held = await loopGap(() => inThread.read.rows(LONG, [rows]));
    }
    // In this thread no timer fires while the statement runs.
    expect(held.maxGapMs).toBeGreaterThan(0.9 * held.durationMs);
    const free = await loopGap(() => pooled.read.rows(LONG, [rows]));
    expect(free.durationMs).toBeGreaterThan(500);
    expect(free.maxGapMs).toBeLessThan(free.durationMs / 4);
    expect(free.ticks).toBeGreaterThan(10);
    console.log(`long read of ${rows} rows: main connection ${Math.round(held.durationMs)} ms, loop held ${Math.round(held.maxGapMs)} ms; worker ${Math.round(free.durationMs)} ms, longest loop gap ${Math.round(free.maxGapMs)} ms, ${free.ticks} ticks`);
  });

  it("refuses reads once closed", async () => {
    const db = await openDatabase(inThread.url, { readWorkers: 1 });
    expect(await db.read.rows(`SELECT 1 AS one`)).toEqual([{ one: 1 }]);
    await db.close();
    await expect(db.read.rows(`SELECT 1 AS one`)).rejects.toThrow(/closed/);
  });
});
