// A list's page statement (lists.ts) writes its LIMIT into the text: PostgreSQL plans a prepared
// statement whose LIMIT is a parameter for an unknown tenth of the rows, so it never kept a generic
// plan and planned every execution afresh, which cost more than running a first page of proposals by
// topic (bench/README.md, issue 16, query17). The pages must stay the same on both backends.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../../src/store/db.ts";
import { listProposals } from "../../../src/store/queries/lists.ts";
import { numbered, type ReadValue } from "../../../src/store/reader.ts";
import { Sql } from "../../../src/store/sql.ts";
import { dropDatabase, freshDatabase } from "../../helpers/database.ts";

let db: Database;
/** The statements the list sent, with their parameters. */
const sent: { sql: string; params: readonly ReadValue[] }[] = [];
/** The topic's proposal ids, newest first (date, then document, then ordinal). */
let expected: number[] = [];

beforeAll(async () => {
  db = await freshDatabase();
  const rows = db.read.rows.bind(db.read);
  db.read.rows = ((sql: string, params: readonly ReadValue[] = []) => (sent.push({ sql, params }), rows(sql, params))) as typeof db.read.rows;
  const sql = new Sql(db.prisma as never);
  const docs: { id: number }[] = [];
  for (let i = 0; i < 40; i++) {
    docs.push(await db.prisma.document.create({ data: { source: `plan/${i}.txt`, contentHash: `plan-${i}`, text: "x", date: new Date(Date.UTC(2020, 0, 1 + i)), extractorVersion: "test" } }));
  }
  const [speaker] = await sql.insert<{ id: number }>("Official", ["key", "name", "searchName"], [["plan speaker", "Plan Speaker", "plan speaker"]], ["id"]);
  const topics = await sql.insert<{ id: number }>("Topic", ["name"], [["trade"], ["energy"]], ["id"]);
  // 45 proposals a document; two documents share each date, so the order needs all three keys. A topic of
  // 1,200 proposals: a tenth of them (the generic plan's guess for a LIMIT parameter) is far past a page.
  const plan = docs.flatMap((d, i) => Array.from({ length: 45 }, (_, ordinal) => ({ documentId: d.id, ordinal, date: new Date(Date.UTC(2020, 0, 1 + Math.floor(i / 2))) })));
  const proposals = await sql.insert<{ id: number }>(
    "Proposal",
    ["documentId", "ordinal", "kind", "text", "date", "speakerId"],
    plan.map((p) => [p.documentId, p.ordinal, "suggest", `proposal ${p.documentId}.${p.ordinal}`, p.date, speaker!.id]),
    ["id"],
  );
  await sql.insert(
    "ProposalTopic",
    ["proposalId", "topicId"],
    proposals.map((p, i) => [p.id, topics[i % 3 === 2 ? 1 : 0]!.id]),
  );
  expected = plan
    .map((p, i) => ({ ...p, id: proposals[i]!.id, topic: i % 3 === 2 ? 1 : 0 }))
    .filter((p) => p.topic === 0)
    .sort((a, b) => b.date.getTime() - a.date.getTime() || b.documentId - a.documentId || a.ordinal - b.ordinal)
    .map((p) => p.id);
  await db.prisma.$executeRawUnsafe("ANALYZE");
}, 120_000);

afterAll(async () => {
  await db.close();
  await dropDatabase(db.url);
});

describe("a list's page statement", () => {
  it("reads the same pages, first and later, with and without the speakers joined", async () => {
    expect(expected.length).toBe(1200);
    for (const speakers of [false, true]) {
      for (const [req, from, size] of [
        [{ first: 20 }, 0, 20],
        [{ first: 20, after: 20 }, 20, 20],
        [{ first: 7, after: 1195 }, 1195, 5],
        [{ last: 6 }, 1194, 6],
      ] as const) {
        const page = await listProposals(db, { topic: "Trade" }, "desc", req, speakers);
        expect(page.rows.map((r) => r.row.id)).toEqual(expected.slice(from, from + size));
      }
    }
  });

  it.runIf(process.env.TEST_DATABASE_URL?.startsWith("postgres"))("keeps a generic plan on PostgreSQL for a first page", async () => {
    sent.length = 0;
    await listProposals(db, { topic: "trade" }, "desc", { first: 20 }, true);
    expect(sent).toHaveLength(1);
    const { sql, params } = sent[0]!;
    // As the reader runs it: a named prepared statement on one connection, executed again and again.
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      for (let i = 0; i < 8; i++) await client.query({ name: "page", text: numbered(sql), values: params as unknown[] });
      const { rows } = await client.query<{ generic_plans: string; custom_plans: string }>(`SELECT generic_plans, custom_plans FROM pg_prepared_statements WHERE name = 'page'`);
      // PostgreSQL tries five custom plans before it weighs the generic one.
      expect(Number(rows[0]!.generic_plans)).toBeGreaterThanOrEqual(3);
    } finally {
      await client.end();
    }
  });
});
