// Ingesting one report must cost the same whatever the graph already holds (issue #17: ingestion
// flat as the graph grows). A graph with thousands of instrument steps and proposals that hold an
// instrument's title words, then one report (a signed MoU) ingested while its statements are
// recorded; each statement reading instrument steps, proposals or their words is explained, on
// both backends (two reports: the MoU runs the instrument's candidate search, the proposal the
// search of later steps):
// - none scans those tables, on the plan made for its values or on the generic plan a named
//   statement may run (PostgreSQL), and the search of steps dated after a new proposal reads the
//   AgreementMention date index (not every mention through the agreementId index);
// - the instrument's candidate proposals that cannot pass the countries rule are not loaded.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../../src/store/db.ts";
import { ingestText } from "../../../src/store/ingest.ts";
import { Sql } from "../../../src/store/sql.ts";
import { dropDatabase, freshDatabase } from "../../helpers/database.ts";
import { watchReads, type Value } from "../../helpers/statements.ts";

const DIR = path.resolve("tests/fixtures/followups");
const LAST = ["p2-mou-signed-december.txt", "p1-proposal-june.txt"];
const FILES = fs.readdirSync(DIR).filter((f) => f.endsWith(".txt") && !LAST.includes(f)).sort();
const report = (f: string) => ({ text: fs.readFileSync(path.join(DIR, f), "utf8"), source: `followups/${f}` });
const SEEDED = 3000;

/** The tables that grow with every report, by the names a statement reads them under (aliases too). */
function growingNames(sql: string): Set<string> {
  const names = new Set<string>();
  for (const m of sql.matchAll(/"(AgreementMention|Proposal|ProposalWord)"(?:\s+(?!ON\b|WHERE\b|JOIN\b)(\w+))?/g)) {
    names.add(m[1]!);
    if (m[2]) names.add(m[2]);
  }
  return names;
}

describe("a report's statements read indexes, whatever the graph holds", () => {
  let db: Database;
  const statements: { sql: string; params: Value[] }[] = [];
  // Graph built beforehand, then the two recorded reports.
  beforeAll(async () => {
    db = await freshDatabase();
    for (const f of FILES) await ingestText(db.prisma, report(f));
    const doc = await db.prisma.document.findFirstOrThrow({ where: { source: "followups/u2-other-topic.txt" } });
    const sql = new Sql(db.prisma as never);
    const day = (i: number) => new Date(Date.UTC(2014, 0, 1) + i * 86_400_000);
    // Steps of an instrument of another title, all before the reports: none is later than a new proposal.
    const [filler] = await sql.insert<{ id: number }>("Agreement", ["key", "documentId", "ordinal", "kind", "title", "status", "date"], [["seeded", doc.id, 1000, "agreement", "filler", "signed", day(0)]], ["id"]);
    await sql.insert(
      "AgreementMention",
      ["documentId", "ordinal", "agreementId", "kind", "title", "titleKey", "status", "date"],
      Array.from({ length: SEEDED }, (_, i) => [doc.id, 1000 + i, filler!.id, "agreement", `Filler agreement ${i}`, `filler ${i % 50}`, i % 2 ? "signed" : "under_negotiation", day(i)]),
    );
    // Proposals naming no country: one in three holds the MoU's title words, none can link.
    const rows = Array.from({ length: SEEDED }, (_, i) => [doc.id, 1000 + i, "cooperation", i % 3 ? `Proposal ${i} on fisheries and rice exports` : `Proposal ${i} on semiconductor supply chains`, day(i)]);
    const made = await sql.insert<{ id: number }>("Proposal", ["documentId", "ordinal", "kind", "text", "date"], rows, ["id"]);
    await sql.insert(
      "ProposalWord",
      ["word", "date", "proposalId"],
      made.flatMap((r, i) => (i % 3 ? ["exports", "fisheries", "proposal", "rice"] : ["chains", "proposal", "semiconductor", "supply"]).map((w) => [w, rows[i]![4] as Date, r.id])),
    );
    await db.prisma.$executeRawUnsafe(`ANALYZE`);

    // The reports' statements, as the store sends them.
    await watchReads(
      (text, params) => statements.push({ sql: text, params }),
      async () => {
        for (const f of LAST) await ingestText(db.prisma, report(f));
      },
    );
  }, 300_000);
  afterAll(async () => {
    await db?.close();
    if (db) await dropDatabase(db.url);
  });

  it("links the MoU to the June proposal", async () => {
    const links = await db.prisma.proposalFollowUp.findMany({ where: { kind: "agreement" }, select: { proposal: { select: { text: true } }, agreement: { select: { title: true } } } });
    expect(links.map((l) => [l.proposal.text, l.agreement?.title])).toEqual([[expect.stringContaining("semiconductor supply chains"), expect.stringContaining("semiconductor supply chains")]]);
  });

  it("loads only the candidate proposals the countries rule can pass", () => {
    // The MoU's search ran, and the loads of proposals by ID (facts/follow-ups.ts loadProposals)
    // are a few, not the thousand seeded ones holding the title's words.
    expect(statements.some((s) => /FROM "ProposalWord" WHERE "word" IN/.test(s.sql))).toBe(true);
    const loaded = statements.filter((s) => /^SELECT "id", "kind", "text", "date".* FROM "Proposal" WHERE "id" IN/.test(s.sql)).flatMap((s) => s.params);
    expect(loaded.length).toBeLessThan(10);
  });

  it("scans no growing table, and finds later steps by date", async () => {
    const reading = statements.filter((s) => growingNames(s.sql).size);
    const steps = reading.filter((s) => /FROM "AgreementMention" WHERE "agreementId" IS NOT NULL AND "date" > \?/.test(s.sql));
    expect(steps).toHaveLength(1);
    const bad: string[] = [];
    for (const s of reading) {
      const names = growingNames(s.sql);
      const where = s.sql.replace(/\s+/g, " ").slice(0, 160);
      const isSteps = steps.includes(s);
      if (db.provider === "sqlite") {
        const params = s.params.map((v) => (v instanceof Date ? v.toISOString().replace("Z", "+00:00") : v));
        const plan = (await db.prisma.$queryRawUnsafe<{ detail: string }[]>(`EXPLAIN QUERY PLAN ${s.sql}`, ...params)).map((r) => r.detail);
        for (const d of plan) {
          const m = /^SCAN (\w+)/.exec(d);
          if (m && names.has(m[1]!)) bad.push(`${d} in ${where}`);
        }
        if (isSteps && !plan.some((d) => d.includes("AgreementMention_date_idx"))) bad.push(`steps without the date index: ${plan.join("; ")}`);
      } else {
        let n = 0;
        const text = s.sql.replace(/\?/g, () => `$${++n}`);
        const check = (plan: unknown, which: string) => {
          const indexes: string[] = [];
          const walk = (node: Record<string, unknown>) => {
            const relation = node["Relation Name"] as string | undefined;
            if (relation && names.has(relation) && node["Node Type"] === "Seq Scan") bad.push(`${which}: Seq Scan on ${relation} in ${where}`);
            if (node["Index Name"]) indexes.push(node["Index Name"] as string);
            for (const c of (node.Plans as Record<string, unknown>[] | undefined) ?? []) walk(c);
          };
          walk((plan as { Plan: Record<string, unknown> }[])[0]!.Plan);
          if (isSteps && !indexes.includes("AgreementMention_date_idx")) bad.push(`${which}: steps without the date index: ${indexes.join(", ")}`);
        };
        const [{ "QUERY PLAN": plan }] = await db.prisma.$queryRawUnsafe<{ "QUERY PLAN": unknown }[]>(`EXPLAIN (FORMAT JSON) ${text}`, ...s.params);
        check(plan, "custom plan");
        // The write path's texts run as named statements (src/store/direct.ts), which PostgreSQL
        // may run on a generic plan, made without the values: that plan too.
        const generic = await db.prisma.$transaction(async (tx) => {
          await tx.$executeRawUnsafe(`SET LOCAL plan_cache_mode = force_generic_plan`);
          await tx.$executeRawUnsafe(`PREPARE "generic" AS ${text}`);
          const [{ "QUERY PLAN": p }] = await tx.$queryRawUnsafe<{ "QUERY PLAN": unknown }[]>(`EXPLAIN (FORMAT JSON) EXECUTE "generic"(${s.params.map(() => "NULL").join(", ")})`);
          await tx.$executeRawUnsafe(`DEALLOCATE "generic"`);
          return p;
        });
        check(generic, "generic plan");
      }
    }
    expect(bad).toEqual([]);
  });
});
