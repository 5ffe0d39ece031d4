// A document whose extraction runs past its budget is stopped (its worker is terminated and
// replaced), refused with its own reason, and nothing of it is written; the other documents go on.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ExtractPool, ExtractionBudgetError, extractBudgetMs } from "../../src/commands/extract-pool.ts";
import { ingestPaths } from "../../src/commands/ingest.ts";
import type { Database } from "../../src/store/db.ts";
import { dropDatabase, freshDatabase } from "../helpers/database.ts";
import { SEED_A } from "../hardening/fixtures.ts";
import { slowDocument } from "./slow-document.ts";

const SLOW = slowDocument(15_000_000);
// Several seconds of work even on a fast machine, against a budget that a normal report meets many
// times over even on a loaded one (a cold worker's first report at load 20 took over a second): which side of the budget each document falls on does not depend on
// the machine's speed.
const SLOWER = slowDocument(60_000_000);

const dbs: Database[] = [];
afterAll(async () => {
  for (const db of dbs) {
    await db.close();
    await dropDatabase(db.url);
  }
});

describe("extraction budget", () => {
  it("stops a worker past its budget and keeps serving the next documents", async () => {
    const pool = new ExtractPool(1, 30_000);
    try {
      const slow = pool.extract(SLOW, { source: "slow.txt" }, 300);
      const next = pool.extract(SEED_A, { source: "seed.txt" });
      await expect(slow).rejects.toBeInstanceOf(ExtractionBudgetError);
      await expect(slow).rejects.toMatchObject({ code: "EXTRACTION_TIMEOUT", source: "slow.txt", budgetMs: 300 });
      const doc = await next;
      expect(doc.officials.length).toBeGreaterThan(0);
    } finally {
      await pool.close();
    }
  });

  it("reads its setting from the environment", () => {
    expect(extractBudgetMs(undefined, {})).toBe(5000);
    expect(extractBudgetMs(undefined, { DIPLOGRAPH_EXTRACT_BUDGET_MS: "250" })).toBe(250);
    expect(extractBudgetMs(700, { DIPLOGRAPH_EXTRACT_BUDGET_MS: "250" })).toBe(700);
    expect(() => extractBudgetMs(undefined, { DIPLOGRAPH_EXTRACT_BUDGET_MS: "soon" })).toThrow(/positive whole number/);
  });

  it("ingest refuses the document with its reason, writes nothing of it, and stores the rest", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "diplograph-budget-"));
    fs.writeFileSync(path.join(dir, "a-seed.txt"), SEED_A);
    fs.writeFileSync(path.join(dir, "b-pathological.txt"), SLOWER);
    fs.writeFileSync(path.join(dir, "c-seed.txt"), SEED_A.replace("Hanoi", "Ha Noi"));
    const db = await freshDatabase();
    dbs.push(db);
    const lines: string[] = [];
    const summary = await ingestPaths(db.prisma, [dir], { extractBudgetMs: 3000, maxBytes: 64_000_000, log: (l) => lines.push(l) });
    expect(summary.documents).toMatchObject({ created: 2, failed: 1 });
    expect(summary.failures).toEqual([{ source: expect.stringMatching(/b-pathological\.txt$/), reason: "extraction took longer than its budget of 3000 ms; the document is refused" }]);
    expect(lines.join("\n")).toMatch(/failed .*b-pathological\.txt: extraction took longer than its budget of 3000 ms/);
    const sources = (await db.prisma.document.findMany({ select: { source: true }, orderBy: { source: "asc" } })).map((d) => d.source);
    expect(sources).toEqual([expect.stringMatching(/a-seed\.txt$/), expect.stringMatching(/c-seed\.txt$/)]);
  });
});
