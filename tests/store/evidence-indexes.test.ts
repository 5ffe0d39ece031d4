// An Evidence row sets one fact column of ten (two for a resolved meeting or instrument mention), so
// each fact column's index is partial, `WHERE "col" IS NOT NULL` (issue #16: with full indexes every
// row entered all ten, and each document's commit wrote their pages). A lookup by a fact column
// (`=`, `IN`, a join, a foreign key's cascade) still reads the index: `col = x` implies the predicate.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/store/db.ts";
import { dropDatabase, freshDatabase } from "../helpers/database.ts";

const FACT_COLUMNS = ["officialId", "organizationId", "countryId", "positionId", "meetingId", "meetingMentionId", "proposalId", "agreementId", "agreementMentionId", "targetId"];

describe("Evidence's fact-column indexes", () => {
  let db: Database;
  beforeAll(async () => {
    db = await freshDatabase();
  });
  afterAll(async () => {
    await db?.close();
    if (db) await dropDatabase(db.url);
  });

  it("are partial: only rows that set the column enter them", async () => {
    const defs =
      db.provider === "sqlite"
        ? await db.prisma.$queryRawUnsafe<{ name: string; def: string }[]>(`SELECT name, sql AS def FROM sqlite_master WHERE type = 'index' AND tbl_name = 'Evidence'`)
        : await db.prisma.$queryRawUnsafe<{ name: string; def: string }[]>(`SELECT CAST(indexname AS TEXT) AS name, indexdef AS def FROM pg_indexes WHERE tablename = 'Evidence'`);
    const byName = new Map(defs.map((d) => [d.name, d.def.replace(/[()]/g, "")]));
    for (const c of FACT_COLUMNS) expect(byName.get(`Evidence_${c}_idx`), c).toMatch(new RegExp(`WHERE "${c}" IS NOT NULL$`));
    expect(byName.get("Evidence_documentId_idx")).not.toMatch(/WHERE/);
  });

  it("serve lookups by the column", async () => {
    for (const c of FACT_COLUMNS) {
      const lookups = [`SELECT "id" FROM "Evidence" WHERE "${c}" IN (1, 2)`, `SELECT "id" FROM "Evidence" WHERE "${c}" = 3`];
      for (const q of lookups) {
        let plan: string;
        if (db.provider === "sqlite") {
          plan = (await db.prisma.$queryRawUnsafe<{ detail: string }[]>(`EXPLAIN QUERY PLAN ${q}`)).map((r) => r.detail).join("; ");
        } else {
          // An empty table is scanned whatever its indexes: with scans priced out, the plan shows whether the index can serve.
          plan = await db.prisma.$transaction(async (tx) => {
            await tx.$executeRawUnsafe(`SET LOCAL enable_seqscan = off`);
            return (await tx.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN ${q}`)).map((r) => r["QUERY PLAN"]).join("; ");
          });
        }
        expect(plan, q).toContain(`Evidence_${c}_idx`);
      }
    }
  });
});
