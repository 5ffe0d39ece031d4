// An official's first page of meetings (the 3-level query's middle level) reads the newest rows of
// the (officialId, dateStart, meetingId) index, not the official's whole history: on PostgreSQL,
// a DESC NULLS LAST order that the index read backwards does not give made it read and sort every
// participation of each official (bench/README.md, issue 16, query16f).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../../src/store/db.ts";
import { windowPages, windowStatement } from "../../../src/store/queries/pagination.ts";
import { relations } from "../../../src/store/queries/relations.ts";
import { numbered } from "../../../src/store/reader.ts";
import { Sql } from "../../../src/store/sql.ts";
import { dropDatabase, freshDatabase } from "../../helpers/database.ts";

let db: Database;
let busy: number;
let mixed: number;
/** Meeting ids of each official, newest first, undated last (by id, newest first, within either). */
const expected = new Map<number, number[]>();

beforeAll(async () => {
  db = await freshDatabase();
  const sql = new Sql(db.prisma as never);
  const doc = await db.prisma.document.create({ data: { source: "plan/1.txt", contentHash: "plan-1", text: "x", date: new Date("2020-01-01T00:00:00Z"), extractorVersion: "test" } });
  const officials = await sql.insert<{ id: number }>(
    "Official",
    ["key", "name", "searchName"],
    Array.from({ length: 202 }, (_, i) => [`plan ${i}`, `Plan ${i}`, `plan ${i}`]),
    ["id"],
  );
  [busy, mixed] = [officials[0]!.id, officials[1]!.id];
  // The busy official: 1,500 dated meetings and 3 undated; the mixed one: 3 dated, 2 undated;
  // 200 others with 8 dated each, so the statistics see many officials with short histories.
  const plan: { official: number; date: Date | null }[] = [];
  for (let i = 0; i < 1500; i++) plan.push({ official: busy, date: new Date(Date.UTC(2000, 0, 1) + ((i * 7919) % 1500) * 86_400_000) });
  for (let i = 0; i < 3; i++) plan.push({ official: busy, date: null });
  for (let i = 0; i < 5; i++) plan.push({ official: mixed, date: i < 3 ? new Date(Date.UTC(2010, 0, 1 + i)) : null });
  for (const o of officials.slice(2)) for (let i = 0; i < 8; i++) plan.push({ official: o.id, date: new Date(Date.UTC(2005, 0, 1) + (o.id * 8 + i) * 3_600_000) });
  const meetings = await sql.insert<{ id: number }>(
    "Meeting",
    ["key", "documentId", "ordinal", "kind", "status", "dateStart"],
    plan.map((m, i) => [`plan meeting ${i}`, doc.id, i, "talks", "held", m.date]),
    ["id"],
  );
  await sql.insert(
    "MeetingParticipant",
    ["meetingId", "officialId", "role"],
    plan.map((m, i) => [meetings[i]!.id, m.official, "host"]),
  );
  for (const official of [busy, mixed]) {
    const rows = plan.map((m, i) => ({ ...m, id: meetings[i]!.id })).filter((m) => m.official === official);
    rows.sort((a, b) => (a.date && b.date ? b.date.getTime() - a.date.getTime() : a.date ? -1 : b.date ? 1 : 0) || b.id - a.id);
    expected.set(official, rows.map((m) => m.id));
  }
  await db.prisma.$executeRawUnsafe("ANALYZE");
}, 120_000);

afterAll(async () => {
  await db.close();
  await dropDatabase(db.url);
});

describe("an official's newest meetings", () => {
  it("come newest first, undated last, on a first page and on the pages after it", async () => {
    for (const [official, req, from] of [
      [busy, { first: 5 }, 0],
      [mixed, { first: 10 }, 0],
      [mixed, { first: 3 }, 0],
      [busy, { first: 5, after: 1498 }, 1498],
    ] as const) {
      const page = (await windowPages(db.read, relations.officialMeetings, [official], req, undefined, db.provider)).get(official)!;
      const want = expected.get(official)!.slice(from, from + req.first);
      expect(page.rows.map((r) => r.row.id)).toEqual(want);
      expect(page.hasNextPage).toBe(from + req.first < expected.get(official)!.length);
    }
  });

  it.runIf(process.env.TEST_DATABASE_URL?.startsWith("postgres"))("are read from the index's newest rows, not from all of the official's", async () => {
    const statement = windowStatement(relations.officialMeetings, [busy], { first: 5 }, undefined, "postgresql");
    const [{ "QUERY PLAN": plan }] = await db.prisma.$queryRawUnsafe<{ "QUERY PLAN": unknown }[]>(`EXPLAIN (ANALYZE, FORMAT JSON) ${numbered(statement.sql)}`, ...statement.values);
    const scans: { "Node Type": string; "Actual Rows": number; "Actual Loops": number }[] = [];
    const walk = (n: Record<string, unknown>) => {
      if (n["Relation Name"] === "MeetingParticipant") scans.push(n as never);
      for (const c of (n.Plans as Record<string, unknown>[] | undefined) ?? []) walk(c);
    };
    walk((plan as { Plan: Record<string, unknown> }[])[0]!.Plan);
    expect(scans.length).toBeGreaterThan(0);
    for (const s of scans) expect(s["Node Type"]).toMatch(/^Index/);
    // The dated and the undated range read at most six rows each (the page and one more), not 1,503.
    expect(scans.reduce((n, s) => n + s["Actual Rows"] * s["Actual Loops"], 0)).toBeLessThanOrEqual(12);
  });
});
