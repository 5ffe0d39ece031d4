// A meeting's candidate proposals (the follow-up rule meeting_parties) are read by pairs of its
// participants, not from each speaker's history (issue #16: at 100,000 documents the search read
// 364 of a minister's proposals within the horizon, and checked each one's meeting, to return 9).
// A minister at the meeting is given 3,000 proposals within the horizon made to someone who is not
// there: refreshing the meeting still links the one proposal it answers, and the statements it runs
// read a handful of rows (PostgreSQL: EXPLAIN ANALYZE; SQLite: no read of a speaker's proposals by
// the speaker's index). Also: the counterparts the writer stores are those the SQL rewrite (after
// an identity move, and the migration's) gives.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../../src/store/db.ts";
import { refreshFollowUps, rewriteCounterparts } from "../../../src/store/facts/follow-ups.ts";
import { ingestText } from "../../../src/store/ingest.ts";
import { Sql } from "../../../src/store/sql.ts";
import { dropDatabase, freshDatabase } from "../../helpers/database.ts";
import { watchReads, type Value } from "../../helpers/statements.ts";

const DIR = path.resolve("tests/fixtures/followups");
const FILES = fs.readdirSync(DIR).filter((f) => f.endsWith(".txt")).sort();
const report = (f: string) => ({ text: fs.readFileSync(path.join(DIR, f), "utf8"), source: `followups/${f}` });
const SEEDED = 3000;

async function meetingLinks(db: Database): Promise<string[]> {
  const rows = await db.prisma.proposalFollowUp.findMany({ where: { kind: "meeting" }, select: { proposalId: true, meetingId: true, score: true, evidence: true } });
  return rows.map((r) => JSON.stringify(r)).sort();
}

async function counterparts(db: Database): Promise<string[]> {
  const rows = await db.prisma.$queryRawUnsafe<{ proposalId: number; officialId: number; speakerId: number; day: number }[]>(
    `SELECT "proposalId", "officialId", "speakerId", "day" FROM "ProposalCounterpart" ORDER BY "proposalId", "officialId"`,
  );
  return rows.map((r) => [r.proposalId, r.officialId, r.speakerId, r.day].map(Number).join("/"));
}

describe("a meeting's candidate proposals", () => {
  let db: Database;
  let meetingId = 0;
  beforeAll(async () => {
    db = await freshDatabase();
    for (const f of FILES) await ingestText(db.prisma, report(f));
  }, 300_000);
  afterAll(async () => {
    await db?.close();
    if (db) await dropDatabase(db.url);
  });

  it("are stored as the SQL rewrite gives them", async () => {
    const written = await counterparts(db);
    // The June proposal: Saito to Dien (the other participant of the talks where it was made).
    expect(written.length).toBeGreaterThan(0);
    const sql = new Sql(db.prisma as never);
    for (const d of await db.prisma.document.findMany({ select: { id: true } })) await rewriteCounterparts(sql, d.id);
    expect(await counterparts(db)).toEqual(written);
  });

  it("are read by pairs of the meeting's participants", async () => {
    const meeting = await db.prisma.meeting.findFirstOrThrow({ where: { date: "2024-09-20" }, include: { participants: { include: { official: true } } } });
    meetingId = meeting.id;
    const saito = meeting.participants.find((p) => p.official.name.includes("Saito"))!.officialId;
    const present = new Set(meeting.participants.map((p) => p.officialId));
    const absent = await db.prisma.official.findFirstOrThrow({ where: { id: { notIn: [...present] } } });
    const before = await meetingLinks(db);
    expect(before).toHaveLength(1);

    // Saito's proposals to someone not at the meeting, all within the horizon before it.
    const doc = await db.prisma.document.findFirstOrThrow({ where: { source: "followups/u2-other-topic.txt" } });
    const sql = new Sql(db.prisma as never);
    const day = (i: number) => new Date(Date.UTC(2023, 0, 1) + (i % 500) * 86_400_000);
    await sql.insert(
      "Proposal",
      ["documentId", "ordinal", "kind", "text", "speakerId", "addresseeId", "date"],
      Array.from({ length: SEEDED }, (_, i) => [doc.id, 1000 + i, "proposal", `Proposal ${i} on semiconductors`, saito, absent.id, day(i)]),
    );
    await rewriteCounterparts(sql, doc.id);
    await db.prisma.$executeRawUnsafe(`ANALYZE`);

    const statements: { sql: string; params: Value[]; rows: number }[] = [];
    await watchReads(
      (text, params, rows) => statements.push({ sql: text, params, rows: rows.length }),
      () => refreshFollowUps(new Sql(db.prisma as never), { meetings: [meetingId] }),
    );
    expect(await meetingLinks(db)).toEqual(before);
    expect(statements.reduce((n, s) => n + s.rows, 0)).toBeLessThan(100);

    const speakerScans: string[] = [];
    let read = 0;
    for (const s of statements) {
      if (db.provider === "sqlite") {
        const params = s.params.map((v) => (v instanceof Date ? v.toISOString().replace("Z", "+00:00") : v));
        const plan = (await db.prisma.$queryRawUnsafe<{ detail: string }[]>(`EXPLAIN QUERY PLAN ${s.sql}`, ...params)).map((r) => r.detail);
        for (const d of plan) if (/Proposal_speakerId/.test(d) || /^SCAN (p|"?Proposal"?)\b/.test(d)) speakerScans.push(`${d} in ${s.sql.slice(0, 160)}`);
      } else {
        let n = 0;
        const text = s.sql.replace(/\?/g, () => `$${++n}`);
        const [{ "QUERY PLAN": plan }] = await db.prisma.$queryRawUnsafe<{ "QUERY PLAN": unknown }[]>(`EXPLAIN (ANALYZE, FORMAT JSON) ${text}`, ...s.params);
        const walk = (node: Record<string, unknown>) => {
          if (/^(Proposal|ProposalCounterpart|MeetingMentionParticipant)$/.test(String(node["Relation Name"] ?? ""))) {
            read += Number(node["Actual Rows"]) * Number(node["Actual Loops"]) + Number(node["Rows Removed by Filter"] ?? 0);
          }
          for (const c of (node.Plans as Record<string, unknown>[] | undefined) ?? []) walk(c);
        };
        walk((plan as { Plan: Record<string, unknown> }[])[0]!.Plan);
      }
    }
    expect(speakerScans).toEqual([]);
    // The base read all 3,000 of Saito's proposals within the horizon.
    expect(read).toBeLessThan(100);
  });
});
