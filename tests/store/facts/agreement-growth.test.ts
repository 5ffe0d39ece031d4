// A new report of an instrument must not re-read every mention of its title (issue #17: agreement
// resolution re-read all of them, so a title told in thousands of reports cost thousands of rows
// per report). An MoU told once, then 3,000 more steps of the same kind and title seeded as rows of
// its instrument, then a second report of it recorded: resolution's statements reading instrument
// steps return a handful of rows, and the result is what resolving the whole title again gives.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeTransaction } from "../../../src/store/changes.ts";
import type { Database } from "../../../src/store/db.ts";
import { resolveAgreements } from "../../../src/store/facts/agreements.ts";
import { ingestText } from "../../../src/store/ingest.ts";
import { Sql } from "../../../src/store/sql.ts";
import { dropDatabase, freshDatabase } from "../../helpers/database.ts";
import { watchReads } from "../../helpers/statements.ts";

const MOU = fs.readFileSync(path.resolve("tests/fixtures/followups/p2-mou-signed-december.txt"), "utf8");
const SEEDED = 3000;


describe("a new step of a title told many times", () => {
  let db: Database;
  let titleKey = "";
  let instrument = 0;
  const read: { sql: string; rows: number }[] = [];
  beforeAll(async () => {
    db = await freshDatabase();
    await ingestText(db.prisma, { text: MOU, source: "mou/first.txt" });
    const first = await db.prisma.agreementMention.findFirstOrThrow({ where: { kind: "mou" }, select: { documentId: true, kind: true, title: true, titleKey: true, agreementId: true } });
    titleKey = first.titleKey;
    instrument = first.agreementId!;
    const day = (i: number) => new Date(Date.UTC(2014, 0, 1) + i * 86_400_000);
    // Earlier steps of the same instrument, naming no party (the same instrument as any step).
    await new Sql(db.prisma as never).insert(
      "AgreementMention",
      ["documentId", "ordinal", "agreementId", "kind", "title", "titleKey", "status", "date", "rule"],
      Array.from({ length: SEEDED }, (_, i) => [first.documentId, 1000 + i, instrument, first.kind, first.title, titleKey, "proposed", day(i), "same_title"]),
    );
    await db.prisma.$executeRawUnsafe(`ANALYZE`);

    await watchReads(
      (text, _params, rows) => {
        // Resolution's reads; the follow-up search (facts/follow-ups.ts) loads an instrument's steps itself.
        if (/"AgreementMention"/.test(text) && !new Error().stack?.includes("follow-ups.ts")) read.push({ sql: text.replace(/\s+/g, " ").slice(0, 160), rows: rows.length });
      },
      () => ingestText(db.prisma, { text: MOU.replace(" date 2024-12-05", " date 2025-01-10"), source: "mou/retold.txt" }),
    );
  }, 300_000);
  afterAll(async () => {
    await db?.close();
    if (db) await dropDatabase(db.url);
  });

  it("joins the instrument without loading its steps", async () => {
    // (Its content hash sorts before the first report's: it becomes the instrument's key.)
    const retold = await db.prisma.agreementMention.findFirstOrThrow({ where: { kind: "mou", document: { source: "mou/retold.txt" } }, select: { agreementId: true, rule: true } });
    expect(retold).toEqual({ agreementId: instrument, rule: "key" });
    const rows = read.reduce((s, r) => s + r.rows, 0);
    expect(rows, JSON.stringify(read)).toBeLessThan(50);
  });

  it("leaves what resolving the whole title again gives", async () => {
    const snapshot = async () => ({
      agreements: await db.prisma.agreement.findMany({ orderBy: { id: "asc" } }),
      mentions: await db.prisma.agreementMention.findMany({ orderBy: { id: "asc" }, select: { id: true, agreementId: true, rule: true } }),
      parties: await db.prisma.agreementParty.findMany({ orderBy: { id: "asc" }, select: { id: true, agreementId: true } }),
    });
    const before = await snapshot();
    expect(before.agreements.find((a) => a.id === instrument)).toMatchObject({ status: "signed", date: new Date("2025-01-10T00:00:00Z"), signedOn: new Date("2024-12-05T00:00:00Z") });
    await writeTransaction(db.prisma, (tx) => resolveAgreements(new Sql(tx), [titleKey]));
    expect(await snapshot()).toEqual(before);
  });
});
