// The follow-up search must not re-read every report of an instrument (issue #17: at 24,000
// documents it loaded every step, party and named official of each touched instrument per report,
// 78 % of all rows the store read). An MoU told once, then 3,000 more steps of it seeded as rows (on
// 30 report dates, naming the same countries), then a later report of it recorded: the search reads
// the instrument's distinct countries and the first and latest report of each status, a handful of
// rows, and still links the proposal it answers, its evidence naming each status once.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../../src/store/db.ts";
import { ingestText } from "../../../src/store/ingest.ts";
import { Sql } from "../../../src/store/sql.ts";
import { dropDatabase, freshDatabase } from "../../helpers/database.ts";
import { watchReads } from "../../helpers/statements.ts";

const fixture = (name: string) => fs.readFileSync(path.resolve("tests/fixtures/followups", name), "utf8");
const PROPOSAL = fixture("p1-proposal-june.txt");
const MOU = fixture("p2-mou-signed-december.txt");
const SEEDED = 3000;

describe("the follow-up search of an instrument told many times", () => {
  let db: Database;
  let instrument = 0;
  const read: { sql: string; rows: number }[] = [];
  beforeAll(async () => {
    db = await freshDatabase();
    await ingestText(db.prisma, { text: PROPOSAL, source: "p/june.txt" });
    await ingestText(db.prisma, { text: MOU, source: "mou/first.txt" });
    const first = await db.prisma.agreementMention.findFirstOrThrow({ where: { kind: "mou" }, select: { documentId: true, kind: true, title: true, titleKey: true, agreementId: true, countryCodes: true } });
    instrument = first.agreementId!;
    // Later reports telling it in force, on 30 dates, with the countries the first report gave it.
    const day = (i: number) => new Date(Date.UTC(2025, 0, 1) + (i % 30) * 86_400_000);
    await new Sql(db.prisma as never).insert(
      "AgreementMention",
      ["documentId", "ordinal", "agreementId", "kind", "title", "titleKey", "status", "date", "rule", "countryCodes"],
      Array.from({ length: SEEDED }, (_, i) => [first.documentId, 1000 + i, instrument, first.kind, first.title, first.titleKey, "in_force", day(i), "same_title", first.countryCodes]),
    );
    await db.prisma.$executeRawUnsafe(`ANALYZE`);
    await watchReads(
      (text, _params, rows) => {
        if (new Error().stack?.includes("follow-ups.ts")) read.push({ sql: text.replace(/\s+/g, " ").slice(0, 160), rows: rows.length });
      },
      () => ingestText(db.prisma, { text: MOU.replace(" date 2024-12-05", " date 2025-03-10"), source: "mou/retold.txt" }),
    );
  }, 300_000);
  afterAll(async () => {
    await db?.close();
    if (db) await dropDatabase(db.url);
  });

  it("keeps the countries each report gives the instrument on its mention", async () => {
    const mentions = await db.prisma.agreementMention.findMany({ where: { kind: "mou", document: { source: { startsWith: "mou/" } } }, select: { countryCodes: true } });
    expect(mentions.map((m) => m.countryCodes)).toEqual(["JP VN", "JP VN"]);
  });

  it("reads distinct countries and bounds of its steps, not every report of the instrument", () => {
    const rows = read.reduce((s, r) => s + r.rows, 0);
    expect(read.length).toBeGreaterThan(0);
    expect(rows, JSON.stringify(read)).toBeLessThan(30);
  });

  it("links the proposal the instrument answers, once, with the first report of each status after it", async () => {
    const links = await db.prisma.proposalFollowUp.findMany({ where: { agreementId: instrument }, select: { rule: true, evidence: true } });
    expect(links).toHaveLength(1);
    expect(links[0]!.rule).toBe("agreement_title");
    const steps = (typeof links[0]!.evidence === "string" ? JSON.parse(links[0]!.evidence) : links[0]!.evidence).steps as string[];
    expect(steps).toEqual(["2024-12-05 signed", "2025-01-01 in_force"]);
  });
});
