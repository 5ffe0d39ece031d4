import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../../src/store/db.ts";
import { ingestText } from "../../../src/store/ingest.ts";
import { ATTRIBUTE_QUERIES } from "../../../src/store/nodes/officials.ts";
import { Sql } from "../../../src/store/sql.ts";
import { dropDatabase, freshDatabase } from "../../helpers/database.ts";

const partners = ["Japan", "Laos", "Cambodia", "Thailand", "Australia", "India", "France"];
function report(i: number) {
  const date = new Date(Date.UTC(2020, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
  return {
    source: `history/${i}.txt`,
    text:
      ` date ${date} Vietnamese Minister of Industry and Trade Nguyen Hong Dien received a business delegation from ${partners[i % partners.length]} in Hanoi (report ${i}).\n\n` +
      `Dien suggested that both sides hold trade fairs.\n`,
  };
}

describe("an official's latest position as their history grows", () => {
  let db: Database;
  const statements: string[] = [];
  let counting = false;
  beforeAll(async () => {
    db = await freshDatabase({ onQuery: (q) => counting && statements.push(q) });
  });
  afterAll(async () => {
    await db.close();
    await dropDatabase(db.url);
  });

  const statementsFor = async (i: number) => {
    statements.length = 0;
    counting = true;
    await ingestText(db.prisma, report(i));
    counting = false;
    return statements.length;
  };

  it("costs the same number of statements for the 3rd and the 80th report naming the official", async () => {
    for (let i = 0; i < 2; i++) await ingestText(db.prisma, report(i));
    const early = await statementsFor(2);
    for (let i = 3; i < 79; i++) await ingestText(db.prisma, report(i));
    const late = await statementsFor(79);
    expect(early).toBeGreaterThan(5);
    expect(late).toBe(early);
    const dien = await db.prisma.official.findFirstOrThrow({ where: { name: "Nguyen Hong Dien" }, include: { _count: { select: { positions: true } } } });
    expect(dien._count.positions).toBe(80);
    expect(dien.title).toBe("Minister of Industry and Trade");
  });

  it("reads the latest position through the index, not by scanning the official's positions", async () => {
    const dien = await db.prisma.official.findFirstOrThrow({ where: { name: "Nguyen Hong Dien" } });
    const doc = await db.prisma.document.findFirstOrThrow();
    // 2,000 more positions of one official, so the planner sees a real history.
    const sql = new Sql(db.prisma as never);
    const rows = Array.from({ length: 2000 }, (_, i) => [dien.id, doc.id, `Title ${i}`, new Date(Date.UTC(2000, 0, 1) + i * 3_600_000)]);
    await sql.insert("Position", ["officialId", "documentId", "title", "date"], rows);
    // ... among the histories of 200 other officials, as in a real graph: with one official only,
    // the statistics would (rightly) tell the planner that no index narrows anything down.
    const others = await sql.insert<{ id: number }>(
      "Official",
      ["key", "name", "searchName"],
      Array.from({ length: 200 }, (_, i) => [`other ${i}`, `Other ${i}`, `other ${i}`]),
      ["id"],
    );
    const otherRows = others.flatMap((o, j) => Array.from({ length: 10 }, (_, i) => [o.id, doc.id, `Title ${i}`, new Date(Date.UTC(2001, 0, 1) + (j * 10 + i) * 3_600_000)]));
    await sql.insert("Position", ["officialId", "documentId", "title", "date"], otherRows);
    await db.prisma.$executeRawUnsafe(`ANALYZE`);
    if (db.provider === "sqlite") {
      const plan = (await db.prisma.$queryRawUnsafe<{ detail: string }[]>(`EXPLAIN QUERY PLAN ${ATTRIBUTE_QUERIES.title}`, dien.id)).map((r) => r.detail);
      expect(plan.some((d) => /SEARCH p USING INDEX Position_officialId_date_title_idx \(officialId=\?\)/.test(d))).toBe(true);
      // Sorting all of the official's positions would show as a full temp B-tree; only the tie
      // break among rows of one date may be sorted.
      expect(plan.filter((d) => d.includes("TEMP B-TREE") && !/RIGHT PART|LAST TERM/.test(d))).toEqual([]);
    } else {
      const text = ATTRIBUTE_QUERIES.title.replace("?", "$1");
      const [{ "QUERY PLAN": plan }] = await db.prisma.$queryRawUnsafe<{ "QUERY PLAN": unknown }[]>(`EXPLAIN (ANALYZE, FORMAT JSON) ${text}`, dien.id);
      const scans: { "Relation Name"?: string; "Actual Rows": number; "Node Type": string }[] = [];
      const walk = (n: Record<string, unknown>) => {
        if (n["Relation Name"] === "Position") scans.push(n as never);
        for (const c of (n.Plans as Record<string, unknown>[] | undefined) ?? []) walk(c);
      };
      walk((plan as { Plan: Record<string, unknown> }[])[0].Plan);
      expect(scans).toHaveLength(1);
      expect(scans[0]["Node Type"]).toMatch(/Index/);
      // The newest report's row and the first row of the next date, not 2,080 rows.
      expect(scans[0]["Actual Rows"]).toBeLessThanOrEqual(2);
    }
  });
});
