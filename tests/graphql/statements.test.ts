// Batch loading: the statements a request makes depend on the query's shape, not on how many
// rows come back. The same query over a graph and one ten times larger makes the same number.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/store/db.ts";
import { freshDatabase } from "../helpers/database.ts";
import { buildGraph } from "./graph.ts";
import { run } from "./exec.ts";
import { ACCEPTANCE_QUERY, disposeDatabase } from "./support.ts";

const DEEP_QUERY = `{
  officials(first: 100) {
    totalCount
    edges { cursor node {
      id name title country { name code } organization { name acronym }
      meetings(first: 10) {
        totalCount pageInfo { hasNextPage endCursor }
        edges { node {
          date kind location
          participants { role official { name country { code } } }
          proposals { text speaker { name } }
          document { title }
          evidence { text }
        } }
      }
      proposals(first: 10) { totalCount edges { node { kind text addressee { name } addresseeName topics { name } meeting { kind } evidence { text } } } }
      proposalsReceived(first: 5) { totalCount nodes { text speaker { name } } }
      counterparts(first: 5) { totalCount edges { meetingCount node { name } } }
      positions(first: 3) { nodes { title organization { name } } }
    } }
  }
}`;

interface Counted {
  db: Database;
  statements: string[];
}

async function countedDatabase(documents: number): Promise<Counted> {
  const statements: string[] = [];
  const db = await freshDatabase({ onQuery: (sql) => statements.push(sql) });
  await buildGraph(db, { documents });
  return { db, statements };
}

async function statementsFor(c: Counted, query: string) {
  c.statements.length = 0;
  const result = await run(c.db, query);
  expect(result.errors).toBeUndefined();
  return { count: c.statements.length, sql: [...c.statements], data: result.data! };
}

describe("statement count is independent of data size", () => {
  let small: Counted;
  let large: Counted;
  beforeAll(async () => {
    [small, large] = await Promise.all([countedDatabase(3), countedDatabase(30)]);
  });
  afterAll(async () => {
    await Promise.all([small, large].map((c) => c && disposeDatabase(c.db)));
  });

  it("makes as many statements for a 3-level query over a 10x larger database", async () => {
    const a = await statementsFor(small, DEEP_QUERY);
    const b = await statementsFor(large, DEEP_QUERY);
    // The larger graph really returns more.
    expect(a.data.officials.totalCount).toBe(7);
    expect(b.data.officials.totalCount).toBe(61);
    expect(b.data.officials.edges.length).toBe(61);
    const hub = b.data.officials.edges.find((e: any) => e.node.name === "Nguyễn Hồng Diên").node;
    expect(hub.meetings.totalCount).toBe(60);
    expect(hub.meetings.edges).toHaveLength(10);
    console.log(`deep query: ${a.count} statements on ${a.data.officials.totalCount} officials, ${b.count} on ${b.data.officials.totalCount}`);
    expect(b.count).toBe(a.count);
    expect(a.count).toBeLessThan(40);
  });

  it("makes as many statements for the acceptance query", async () => {
    const a = await statementsFor(small, ACCEPTANCE_QUERY);
    const b = await statementsFor(large, ACCEPTANCE_QUERY);
    console.log(`acceptance query: ${a.count} statements (small), ${b.count} (10x)`);
    expect(b.count).toBe(a.count);
  });
});
