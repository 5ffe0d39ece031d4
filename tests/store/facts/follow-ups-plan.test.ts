// The follow-up search must cost the same whatever the number of proposals (issues #16, #17): an
// instrument finds its candidate proposals through the word index (ProposalWord), never by reading
// every proposal's text. The statements one refresh runs are recorded and each one that reads
// proposals is explained against a graph of a few thousand proposals: none may scan them all.
// Also: proposals from before the index (a marker row with the empty word) get their words.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../../src/store/db.ts";
import { refreshFollowUps } from "../../../src/store/facts/follow-ups.ts";
import { ingestText } from "../../../src/store/ingest.ts";
import { Sql } from "../../../src/store/sql.ts";
import { dropDatabase, freshDatabase } from "../../helpers/database.ts";

const DIR = path.resolve("tests/fixtures/followups");
const FILES = fs.readdirSync(DIR).filter((f) => f.endsWith(".txt")).sort();
const report = (f: string) => ({ text: fs.readFileSync(path.join(DIR, f), "utf8"), source: `followups/${f}` });

type Value = string | number | boolean | null | Date;

/** Runs statements like Sql and keeps the reading ones. */
class RecordingSql extends Sql {
  readonly statements: { sql: string; params: Value[] }[] = [];
  override async rows<T extends Record<string, unknown>>(sql: string, params: Value[] = []): Promise<T[]> {
    this.statements.push({ sql, params });
    return super.rows<T>(sql, params);
  }
}

async function followUps(db: Database): Promise<string[]> {
  const rows = await db.prisma.proposalFollowUp.findMany({ select: { proposalId: true, kind: true, agreementId: true, meetingId: true, score: true, evidence: true } });
  return rows.map((r) => JSON.stringify(r)).sort();
}

/** The names a statement reads proposals or their words under (table names and aliases). */
function proposalNames(sql: string): Set<string> {
  const names = new Set<string>();
  for (const m of sql.matchAll(/"(Proposal|ProposalWord)"(?:\s+(\w+))?/g)) {
    names.add(m[1]!);
    if (m[2]) names.add(m[2]);
  }
  return names;
}

describe("the follow-up search reads an index, whatever the number of proposals", () => {
  let db: Database;
  const extra: number[] = [];
  beforeAll(async () => {
    db = await freshDatabase();
    for (const f of FILES) await ingestText(db.prisma, report(f));
    // 3,000 proposals as they stood before the word index: rows with a marker instead of words.
    // One in a hundred holds the MoU's title words, the others words of no title; none names a
    // country, so none may link.
    const doc = await db.prisma.document.findFirstOrThrow({ where: { source: "followups/p1-proposal-june.txt" } });
    const sql = new Sql(db.prisma as never);
    const rows = Array.from({ length: 3000 }, (_, i) => [
      doc.id,
      1000 + i,
      "cooperation",
      i % 100 ? `Proposal ${i} on fisheries and rice exports, number ${i % 97}` : `Proposal ${i} on semiconductor supply chains`,
      new Date(Date.UTC(2014, 0, 1) + i * 86_400_000),
    ]);
    const made = await sql.insert<{ id: number; date: Date | string }>("Proposal", ["documentId", "ordinal", "kind", "text", "date"], rows, ["id", "date"]);
    extra.push(...made.map((r) => r.id));
    await sql.insert("ProposalWord", ["word", "date", "proposalId"], made.map((r, i) => ["", rows[i]![4] as Date, r.id]));
    await db.prisma.$executeRawUnsafe(`ANALYZE`);
  }, 300_000);
  afterAll(async () => {
    await db.close();
    await dropDatabase(db.url);
  });

  it("fills in the words of proposals from before the index, and links as before", async () => {
    const before = await followUps(db);
    expect(before).toHaveLength(2);
    const mou = await db.prisma.agreement.findFirstOrThrow({ where: { kind: "mou", status: "signed", title: { contains: "semiconductor supply chains" } } });
    await refreshFollowUps(new Sql(db.prisma as never), { agreements: [mou.id] });
    expect(await db.prisma.proposalWord.count({ where: { word: "" } })).toBe(0);
    const words = (await db.prisma.proposalWord.findMany({ where: { proposalId: extra[5] }, select: { word: true } })).map((w) => w.word).sort();
    expect(words).toEqual(["exports", "fisheries", "number", "proposal", "rice"]);
    const chains = (await db.prisma.proposalWord.findMany({ where: { proposalId: extra[100] }, select: { word: true } })).map((w) => w.word).sort();
    expect(chains).toEqual(["100", "chains", "proposal", "semiconductor", "supply"]);
    expect(await followUps(db)).toEqual(before);
  });

  it("runs no statement that scans all proposals", async () => {
    await db.prisma.$executeRawUnsafe(`ANALYZE`);
    const mou = await db.prisma.agreement.findFirstOrThrow({ where: { kind: "mou", status: "signed", title: { contains: "semiconductor supply chains" } } });
    const proposal = await db.prisma.proposal.findFirstOrThrow({ where: { document: { source: "followups/p1-proposal-june.txt" }, ordinal: 0 } });
    const meeting = await db.prisma.meeting.findFirstOrThrow({ where: { date: "2024-09-20" } });
    const sql = new RecordingSql(db.prisma as never);
    const before = await followUps(db);
    await refreshFollowUps(sql, { agreements: [mou.id], meetings: [meeting.id], proposals: [proposal.id] });
    expect(await followUps(db)).toEqual(before);

    const reading = sql.statements.filter((s) => proposalNames(s.sql).size);
    const scans: string[] = [];
    for (const s of reading) {
      const names = proposalNames(s.sql);
      if (db.provider === "sqlite") {
        const params = s.params.map((v) => (v instanceof Date ? v.toISOString().replace("Z", "+00:00") : v));
        const plan = (await db.prisma.$queryRawUnsafe<{ detail: string }[]>(`EXPLAIN QUERY PLAN ${s.sql}`, ...params)).map((r) => r.detail);
        for (const d of plan) {
          const m = /^SCAN (\w+)/.exec(d);
          if (m && names.has(m[1]!)) scans.push(`${d} in ${s.sql.slice(0, 160)}`);
        }
      } else {
        let n = 0;
        const text = s.sql.replace(/\?/g, () => `$${++n}`);
        const [{ "QUERY PLAN": plan }] = await db.prisma.$queryRawUnsafe<{ "QUERY PLAN": unknown }[]>(`EXPLAIN (FORMAT JSON) ${text}`, ...s.params);
        const walk = (node: Record<string, unknown>) => {
          const relation = node["Relation Name"] as string | undefined;
          if (relation && names.has(relation) && node["Node Type"] === "Seq Scan") scans.push(`Seq Scan on ${relation} in ${s.sql.slice(0, 160)}`);
          for (const c of (node.Plans as Record<string, unknown>[] | undefined) ?? []) walk(c);
        };
        walk((plan as { Plan: Record<string, unknown> }[])[0]!.Plan);
      }
    }
    expect(scans).toEqual([]);
    // The instrument's search is among them, on the word index.
    expect(reading.some((s) => /FROM "ProposalWord"/.test(s.sql))).toBe(true);
  });
});
