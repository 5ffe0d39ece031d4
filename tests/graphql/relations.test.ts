// relations(between:) and stats(groupBy:) over a graph of known content (tests/graphql/graph.ts:
// 3 reports, each with two Vietnam-Korea meetings, three proposals across the two countries and
// one to "the RoK" as written, and an MoU between MoIT and the Republic of Korea) and over the
// seeds (Vietnam-Korea: both seed meetings); and the statements they make, the same for a graph
// ten times larger.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/store/db.ts";
import { freshDatabase } from "../helpers/database.ts";
import { buildGraph } from "./graph.ts";
import { run } from "./exec.ts";
import { disposeDatabase, seededDatabase, typedClient } from "./support.ts";

let db: Database;
beforeAll(async () => {
  db = await freshDatabase();
  await buildGraph(db, { documents: 3 });
});
afterAll(async () => {
  if (db) await disposeDatabase(db);
});

async function ok(query: string, variables?: Record<string, unknown>, on: Database = db) {
  const r = await run(on, query, variables);
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data!;
}

async function fails(query: string) {
  const r = await run(db, query);
  expect(r.errors?.length).toBeGreaterThan(0);
  return r.errors![0];
}

const TIMELINE = `query($between: [String!]!, $from: Date, $to: Date, $first: Int, $after: String, $last: Int, $kind: [EventKind!]) {
  relations(between: $between, from: $from, to: $to, first: $first, after: $after, last: $last, kind: $kind) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage endCursor }
    edges { date kind node { __typename ... on Meeting { date } ... on Proposal { text } ... on Agreement { title } } }
  }
}`;

const short = (e: any) => `${e.date} ${e.kind} ${e.node.date ?? e.node.text ?? e.node.title}`;

describe("relations", () => {
  it("lists meetings, proposals and agreements between two countries, newest first", async () => {
    const d = await ok(TIMELINE, { between: ["VN", "KR"], first: 7 });
    // Per report: 2 meetings, 3 proposals between officials of the two (not the one to "the RoK"), 1 agreement.
    expect(d.relations.totalCount).toBe(18);
    expect(d.relations.edges.map(short)).toEqual([
      "2023-01-08 MEETING 2023-01-08",
      "2023-01-08 PROPOSAL step up cooperation in area 2-1",
      "2023-01-07 MEETING 2023-01-07",
      "2023-01-07 PROPOSAL step up cooperation in area 2-2",
      "2023-01-07 PROPOSAL step up cooperation in area 2-0",
      "2023-01-07 AGREEMENT MoU on area 2",
      "2023-01-05 MEETING 2023-01-05",
    ]);
    expect(d.relations.edges.map((e: any) => e.node.__typename)).toEqual(["Meeting", "Proposal", "Meeting", "Proposal", "Proposal", "Agreement", "Meeting"]);
    expect(d.relations.pageInfo.hasNextPage).toBe(true);

    // The next pages continue where the first ended, and together give all 18 once.
    const seen = d.relations.edges.map(short);
    let after = d.relations.pageInfo.endCursor;
    for (;;) {
      const next = await ok(TIMELINE, { between: ["VN", "KR"], first: 7, after });
      expect(next.relations.pageInfo.hasPreviousPage).toBe(true);
      seen.push(...next.relations.edges.map(short));
      if (!next.relations.pageInfo.hasNextPage) break;
      after = next.relations.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(18);
    expect(new Set(seen).size).toBe(18);
    expect(seen.at(-1)).toBe("2023-01-01 AGREEMENT MoU on area 0");

    const last = await ok(TIMELINE, { between: ["KR", "VN"], last: 2 });
    expect(last.relations.edges.map(short)).toEqual(["2023-01-01 PROPOSAL step up cooperation in area 0-0", "2023-01-01 AGREEMENT MoU on area 0"]);
  });

  it("takes countries by code, name or demonym, in either order", async () => {
    for (const between of [["kr", "vn"], ["Vietnam", "South Korea"], ["Vietnamese", "Korean"], ["Viet Nam", "RoK"]]) {
      expect((await ok(TIMELINE, { between })).relations.totalCount, between.join("/")).toBe(18);
    }
  });

  it("filters by date range (a meeting by its period) and kind", async () => {
    const d = await ok(TIMELINE, { between: ["VN", "KR"], from: "2023-01-04", to: "2023-01-05" });
    expect(d.relations.edges.map(short)).toEqual([
      "2023-01-05 MEETING 2023-01-05",
      "2023-01-05 PROPOSAL step up cooperation in area 1-1",
      "2023-01-04 MEETING 2023-01-04",
      "2023-01-04 PROPOSAL step up cooperation in area 1-2",
      "2023-01-04 PROPOSAL step up cooperation in area 1-0",
      "2023-01-04 AGREEMENT MoU on area 1",
    ]);
    const agreements = await ok(TIMELINE, { between: ["VN", "KR"], kind: ["AGREEMENT"] });
    expect(agreements.relations.edges.map(short)).toEqual(["2023-01-07 AGREEMENT MoU on area 2", "2023-01-04 AGREEMENT MoU on area 1", "2023-01-01 AGREEMENT MoU on area 0"]);
    expect((await ok(TIMELINE, { between: ["VN", "KR"], from: "2024-01-01" })).relations).toMatchObject({ totalCount: 0, edges: [] });
  });

  it("finds nothing between countries that never met", async () => {
    expect((await ok(TIMELINE, { between: ["VN", "JP"] })).relations.totalCount).toBe(0);
  });

  it("rejects bad arguments with BAD_USER_INPUT naming the problem", async () => {
    const unknown = await fails(`{ relations(between: ["VN", "Atlantis"]) { totalCount } }`);
    expect(unknown.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "between" });
    expect(unknown.message).toMatch(/Unknown country "Atlantis"/);
    const one = await fails(`{ relations(between: ["VN"]) { totalCount } }`);
    expect(one.extensions?.code).toBe("BAD_USER_INPUT");
    expect(one.message).toMatch(/two countries, got 1/);
    const same = await fails(`{ relations(between: ["VN", "Viet Nam"]) { totalCount } }`);
    expect(same.message).toMatch(/two different countries, got VN twice/);
    const range = await fails(`{ relations(between: ["VN", "KR"], from: "2023-02-01", to: "2023-01-01") { totalCount } }`);
    expect(range.extensions?.code).toBe("BAD_USER_INPUT");
    expect((await fails(`{ relations(between: ["VN", "KR"], first: 101) { totalCount } }`)).extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("stats", () => {
  const stats = async (args: string) => (await ok(`{ stats(${args}) { key count } }`)).stats;

  it("counts by month, year and date range", async () => {
    expect(await stats(`groupBy: MONTH, between: ["VN", "KR"]`)).toEqual([{ key: "2023-01", count: 18 }]);
    expect(await stats(`groupBy: YEAR, between: ["VN", "KR"]`)).toEqual([{ key: "2023", count: 18 }]);
    expect(await stats(`groupBy: MONTH, between: ["VN", "KR"], from: "2023-01-04", to: "2023-01-05"`)).toEqual([{ key: "2023-01", count: 6 }]);
    expect(await stats(`groupBy: MONTH, from: "2023-02-01"`)).toEqual([]);
  });

  it("counts by kind of event, or by a kind's own kinds", async () => {
    expect(await stats(`groupBy: KIND, between: ["VN", "KR"]`)).toEqual([
      { key: "AGREEMENT", count: 3 },
      { key: "MEETING", count: 6 },
      { key: "PROPOSAL", count: 9 },
    ]);
    // Every proposal has a Vietnamese speaker or addressee: the one to "the RoK" counts for Vietnam.
    expect(await stats(`groupBy: KIND, kind: PROPOSAL, country: "Vietnamese"`)).toEqual([
      { key: "call", count: 3 },
      { key: "proposal", count: 3 },
      { key: "request", count: 3 },
      { key: "suggestion", count: 3 },
    ]);
    expect(await stats(`groupBy: KIND, kind: MEETING, between: ["VN", "KR"]`)).toEqual([
      { key: "phone_call", count: 3 },
      { key: "reception", count: 3 },
    ]);
  });

  it("counts each event once per country it involves", async () => {
    expect(await stats(`groupBy: COUNTRY`)).toEqual([
      { key: "KR", count: 18 },
      { key: "VN", count: 21 },
    ]);
    expect(await stats(`groupBy: COUNTRY, kind: PROPOSAL`)).toEqual([
      { key: "KR", count: 9 },
      { key: "VN", count: 12 },
    ]);
    expect(await stats(`groupBy: COUNTRY, country: "JP"`)).toEqual([]);
    // Filtered by country, an event still counts for every country it involves.
    for (const filter of [`between: ["VN", "KR"]`, `country: "KR"`]) {
      expect(await stats(`groupBy: COUNTRY, ${filter}`), filter).toEqual([
        { key: "KR", count: 18 },
        { key: "VN", count: 18 },
      ]);
    }
  });

  it("rejects bad arguments with BAD_USER_INPUT", async () => {
    const unknown = await fails(`{ stats(groupBy: MONTH, country: "Narnia") { key } }`);
    expect(unknown.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "country" });
    expect((await fails(`{ stats(groupBy: MONTH, between: ["VN"]) { key } }`)).extensions?.code).toBe("BAD_USER_INPUT");
    expect((await fails(`{ stats(groupBy: MONTH, between: []) { key } }`)).extensions?.code).toBe("BAD_USER_INPUT");
    // Validation (Apollo gives it GRAPHQL_VALIDATION_FAILED over HTTP) names the bad value.
    expect((await fails(`{ stats(groupBy: WEEK) { key } }`)).message).toMatch(/"WEEK"/);
  });
});

describe("on the seeds, through the typed client", () => {
  type Client = typeof import("../../src/generated/client/graphql.ts");
  let client: Client;
  let seeded: Database;
  beforeAll(async () => {
    client = await typedClient();
    seeded = await seededDatabase();
  });
  afterAll(async () => {
    if (seeded) await disposeDatabase(seeded);
  });

  it("RelationsBetween: both seed meetings between Vietnam and Korea, with what was proposed and agreed", async () => {
    const vars: import("../../src/generated/client/graphql.ts").RelationsBetweenQueryVariables = { between: ["Vietnam", "Korean"] };
    const d = (await ok(client.RelationsBetweenDocument.toString(), vars, seeded)) as import("../../src/generated/client/graphql.ts").RelationsBetweenQuery;
    expect(d.relations.totalCount).toBe(8);
    expect(d.relations.edges.map((e) => `${e.date} ${e.kind}`)).toEqual([
      "2023-12-21 MEETING",
      "2023-12-21 PROPOSAL",
      "2023-12-21 PROPOSAL",
      "2023-12-21 PROPOSAL",
      "2023-06-13 MEETING",
      "2023-06-13 PROPOSAL",
      "2023-06-13 PROPOSAL",
      "2023-06-13 AGREEMENT",
    ]);
    const meetings = d.relations.edges.flatMap((e) => (e.node.__typename === "Meeting" ? [e.node] : []));
    expect(meetings.map((m) => [m.meetingKind, m.participants.map((p) => `${p.official.name} (${p.official.country?.code})`)])).toEqual([
      ["PHONE_CALL", ["Le Minh Khai (VN)", "Choo Kyung-ho (KR)"]],
      ["RECEPTION", ["Nguyen Hong Dien (VN)", "Oh Yong-ju (KR)"]],
    ]);
    // Proposals to an official of the other country, and to the Republic of Korea itself.
    const proposals = d.relations.edges.flatMap((e) => (e.node.__typename === "Proposal" ? [e.node] : []));
    expect(proposals.map((p) => `${p.speaker?.name} -> ${p.addressee?.name ?? "(the country)"}`)).toEqual([
      "Le Minh Khai -> (the country)",
      "Le Minh Khai -> Choo Kyung-ho",
      "Le Minh Khai -> Choo Kyung-ho",
      "Nguyen Hong Dien -> (the country)",
      "Nguyen Hong Dien -> Oh Yong-ju",
    ]);
    const agreement = d.relations.edges.at(-1)!.node;
    expect(agreement.__typename === "Agreement" && agreement.title).toBe("MoU on the establishment of Korea Plus in Vietnam and Vietnam Plus in Korea");
    expect(d.stats).toEqual([
      { key: "2023-06", count: 4 },
      { key: "2023-12", count: 4 },
    ]);

    const june = (await ok(client.RelationsBetweenDocument.toString(), { between: ["KR", "VN"], from: "2023-06-01", to: "2023-06-30" }, seeded)) as import("../../src/generated/client/graphql.ts").RelationsBetweenQuery;
    expect(june.relations.totalCount).toBe(4);
    expect(june.stats).toEqual([{ key: "2023-06", count: 4 }]);
  });

  it("stats over the seeds", async () => {
    const d = await ok(`{ kinds: stats(groupBy: KIND, between: ["VN", "KR"]) { key count } meetings: stats(groupBy: KIND, kind: MEETING) { key count } countries: stats(groupBy: COUNTRY) { key count } }`, undefined, seeded);
    expect(d.kinds).toEqual([
      { key: "AGREEMENT", count: 1 },
      { key: "MEETING", count: 2 },
      { key: "PROPOSAL", count: 5 },
    ]);
    expect(d.meetings).toEqual([
      { key: "phone_call", count: 1 },
      { key: "reception", count: 1 },
    ]);
    expect(d.countries).toEqual([
      { key: "KR", count: 9 },
      { key: "VN", count: 11 },
    ]);
  });
});

describe("statement count is independent of data size", () => {
  interface Counted {
    db: Database;
    statements: string[];
  }
  async function counted(documents: number): Promise<Counted> {
    const statements: string[] = [];
    const c = await freshDatabase({ onQuery: (s) => statements.push(s) });
    await buildGraph(c, { documents });
    return { db: c, statements };
  }
  let small: Counted;
  let large: Counted;
  beforeAll(async () => {
    [small, large] = await Promise.all([counted(3), counted(30)]);
  });
  afterAll(async () => {
    await Promise.all([small, large].map((c) => c && disposeDatabase(c.db)));
  });

  const QUERY = `{
    relations(between: ["VN", "KR"], first: 100) {
      totalCount
      edges { date kind node { __typename
        ... on Meeting { date participants { official { name country { code } } } }
        ... on Proposal { text speaker { name } addressee { name } }
        ... on Agreement { title parties { name country { code } } }
      } }
    }
    months: stats(groupBy: MONTH, between: ["VN", "KR"]) { key count }
    countries: stats(groupBy: COUNTRY) { key count }
  }`;

  it("makes as many statements for the timeline and stats over a 10x larger graph", async () => {
    const measure = async (c: Counted) => {
      c.statements.length = 0;
      const r = await run(c.db, QUERY);
      expect(r.errors).toBeUndefined();
      return { count: c.statements.length, data: r.data! };
    };
    const a = await measure(small);
    const b = await measure(large);
    expect(a.data.relations.totalCount).toBe(18);
    expect(b.data.relations.totalCount).toBe(180);
    expect(b.data.relations.edges).toHaveLength(100);
    // Report i's events fall on days 3i and 3i+1 from 2023-01-01: report 10 straddles January 31.
    expect(b.data.months).toEqual([
      { key: "2023-01", count: 10 * 6 + 4 },
      { key: "2023-02", count: 2 + 9 * 6 },
      { key: "2023-03", count: 10 * 6 },
    ]);
    expect(b.data.countries).toEqual([
      { key: "KR", count: 180 },
      { key: "VN", count: 210 },
    ]);
    console.log(`relations + stats: ${a.count} statements (3 reports), ${b.count} (30 reports)`);
    expect(b.count).toBe(a.count);
    expect(a.count).toBeLessThan(15);
  });
});
