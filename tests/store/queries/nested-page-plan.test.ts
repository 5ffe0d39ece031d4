// The 3-level query's nested pages (an official's newest meetings, with their participants joined)
// write the first rows' LIMIT into the statement's text, as a list's page does (list-page-plan.test.ts):
// PostgreSQL plans a prepared statement whose LIMIT is a parameter for an unknown tenth of each
// official's rows, so with long histories it never kept a generic plan and planned every execution
// afresh (bench/README.md, issue 16, query17b; at 150 meetings an official it kept one either way).
// The pages must stay the same on both backends, first and later.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../../src/store/db.ts";
import { createLoaders, MEETING_PARTICIPANTS, type ParticipantRow } from "../../../src/store/loaders.ts";
import { listOfficials } from "../../../src/store/queries/lists.ts";
import { windowPages } from "../../../src/store/queries/pagination.ts";
import { relations } from "../../../src/store/queries/relations.ts";
import { numbered, type ReadValue } from "../../../src/store/reader.ts";
import { Sql } from "../../../src/store/sql.ts";
import { dropDatabase, freshDatabase } from "../../helpers/database.ts";

let db: Database;
/** Meetings per official. */
const PER = 1500;
/** The statements the reads sent, with their parameters. */
const sent: { sql: string; params: readonly ReadValue[] }[] = [];
/** The country's officials, by name. */
let officials: number[] = [];
/** Each official's meetings, newest first, undated last (by id, newest first, within either). */
const expected = new Map<number, number[]>();
/** Each meeting's participants as `officialId/role`, sorted. */
const participants = new Map<number, string[]>();

beforeAll(async () => {
  db = await freshDatabase();
  const rows = db.read.rows.bind(db.read);
  db.read.rows = ((sql: string, params: readonly ReadValue[] = []) => (sent.push({ sql, params }), rows(sql, params))) as typeof db.read.rows;
  const sql = new Sql(db.prisma as never);
  const doc = await db.prisma.document.create({ data: { source: "nested/1.txt", contentHash: "nested-1", text: "x", date: new Date("2020-01-01T00:00:00Z"), extractorVersion: "test" } });
  const [home, away] = await sql.insert<{ id: number }>("Country", ["code", "name"], [["NP", "Nestland"], ["XP", "Elsewhere"]], ["id"]);
  const ours = await sql.insert<{ id: number }>(
    "Official",
    ["key", "name", "searchName", "countryId"],
    Array.from({ length: 12 }, (_, i) => [`nested ${i}`, `Nested ${String(i).padStart(2, "0")}`, `nested ${String(i).padStart(2, "0")}`, home!.id]),
    ["id"],
  );
  officials = ours.map((o) => o.id);
  const guests = await sql.insert<{ id: number }>(
    "Official",
    ["key", "name", "searchName", "countryId"],
    Array.from({ length: 30 }, (_, i) => [`guest ${i}`, `Guest ${i}`, `guest ${i}`, away!.id]),
    ["id"],
  );
  // PER meetings an official, every tenth undated; several share a date, so the id breaks ties. A
  // tenth of an official's rows (the generic plan's guess for a LIMIT parameter) is far past a page of 5.
  const plan = officials.flatMap((official, o) =>
    Array.from({ length: PER }, (_, i) => ({ official, guest: guests[(o + i) % guests.length]!.id, date: i % 10 === 9 ? null : new Date(Date.UTC(2000, 0, 1 + ((i * 37 + o) % 60))) })),
  );
  const meetings = await sql.insert<{ id: number }>(
    "Meeting",
    ["key", "documentId", "ordinal", "kind", "status", "dateStart"],
    plan.map((m, i) => [`nested meeting ${i}`, doc.id, i, "talks", "held", m.date]),
    ["id"],
  );
  await sql.insert(
    "MeetingParticipant",
    ["meetingId", "officialId", "role"],
    plan.flatMap((m, i) => [
      [meetings[i]!.id, m.official, "host"],
      [meetings[i]!.id, m.guest, "guest"],
    ]),
  );
  for (const [i, m] of plan.entries()) participants.set(meetings[i]!.id, [`${m.official}/host`, `${m.guest}/guest`].sort());
  for (const official of officials) {
    const own = plan.map((m, i) => ({ ...m, id: meetings[i]!.id })).filter((m) => m.official === official);
    own.sort((a, b) => (a.date && b.date ? b.date.getTime() - a.date.getTime() : a.date ? -1 : b.date ? 1 : 0) || b.id - a.id);
    expected.set(official, own.map((m) => m.id));
  }
  await db.prisma.$executeRawUnsafe("ANALYZE");
}, 120_000);

afterAll(async () => {
  await db.close();
  await dropDatabase(db.url);
});

/** The 3-level query's first two levels as the officials resolver reads them: a page of officials and each one's meetings. */
async function threeLevels(first: number) {
  const loaders = createLoaders(db).at("officials.meetings");
  const req = { first };
  const page = await listOfficials(db, { country: "NP" }, { field: "name", direction: "asc" }, { first: 10 }, loaders.nested("officialMeetings", req, true));
  const out: { official: number; meetings: number[]; next: boolean; participants: (string[] | undefined)[] }[] = [];
  for (const { row } of page.rows) {
    const meetings = await loaders.page("officialMeetings", req, row.id, true);
    const joined = meetings.rows.map((r) => (r.row.node as unknown as Record<symbol, ParticipantRow[] | undefined>)[MEETING_PARTICIPANTS]);
    out.push({
      official: row.id,
      meetings: meetings.rows.map((r) => (r.row.node as { id: number }).id),
      next: meetings.hasNextPage,
      participants: joined.map((ps) => ps?.map((p) => `${p.officialId}/${p.role}`).sort()),
    });
  }
  return out;
}

describe("an official's nested page of meetings", () => {
  it("reads the same pages, first and later, with the participants joined", async () => {
    for (const first of [5, 3]) {
      const pages = await threeLevels(first);
      expect(pages.map((p) => p.official)).toEqual(officials.slice(0, 10));
      for (const p of pages) {
        expect(p.meetings).toEqual(expected.get(p.official)!.slice(0, first));
        expect(p.next).toBe(true);
        // Joined in the statement on PostgreSQL; SQLite reads them through their own loader.
        if (db.provider === "postgresql") expect(p.participants).toEqual(p.meetings.map((m) => participants.get(m)));
      }
    }
    // Pages past the first (the limit stays a parameter) and one reaching the undated rows and the end.
    for (const [req, from, size] of [
      [{ first: 5, after: 5 }, 5, 5],
      [{ first: 10, after: PER - 20 }, PER - 20, 10],
      [{ first: 10, after: PER - 5 }, PER - 5, 5],
    ] as const) {
      const pages = await windowPages(db.read, relations.officialMeetings, officials, req, undefined, db.provider);
      for (const official of officials) expect(pages.get(official)!.rows.map((r) => r.row.id)).toEqual(expected.get(official)!.slice(from, from + size));
    }
  });

  it.runIf(process.env.TEST_DATABASE_URL?.startsWith("postgres"))("keeps a generic plan on PostgreSQL, folded into the officials' page and on its own", async () => {
    sent.length = 0;
    await threeLevels(5);
    expect(sent).toHaveLength(1);
    await windowPages(db.read, relations.officialMeetings, officials.slice(0, 10), { first: 5 }, undefined, db.provider);
    expect(sent).toHaveLength(2);
    // As the reader runs them: named prepared statements on one connection, executed again and again.
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      for (const [i, { sql, params }] of sent.entries()) {
        for (let n = 0; n < 8; n++) await client.query({ name: `nested${i}`, text: numbered(sql), values: params as unknown[] });
        const { rows } = await client.query<{ generic_plans: string }>(`SELECT generic_plans FROM pg_prepared_statements WHERE name = $1`, [`nested${i}`]);
        // PostgreSQL tries five custom plans before it weighs the generic one.
        expect(Number(rows[0]!.generic_plans), `statement ${i}`).toBeGreaterThanOrEqual(3);
      }
    } finally {
      await client.end();
    }
  });
});
