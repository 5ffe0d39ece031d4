// Queries, filters, pagination, nested relations, global IDs and errors, in-process over a graph
// of known content (tests/graphql/graph.ts: 3 reports); and batch loading: the statements a
// request makes depend on the query's shape, not on how many rows come back (the same query over
// a graph and one ten times larger makes the same number). One file: each test file pays for
// migrating its own template database.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/store/db.ts";
import { toGlobalId } from "../../src/ids.ts";
import { freshDatabase } from "../helpers/database.ts";
import { buildGraph } from "./graph.ts";
import { run } from "./exec.ts";
import { ACCEPTANCE_QUERY, disposeDatabase } from "./support.ts";

let db: Database;
beforeAll(async () => {
  db = await freshDatabase();
  await buildGraph(db, { documents: 3 });
});
afterAll(async () => {
  if (db) await disposeDatabase(db);
});

async function ok(query: string, variables?: Record<string, unknown>) {
  const r = await run(db, query, variables);
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data!;
}

async function fails(query: string, variables?: Record<string, unknown>) {
  const r = await run(db, query, variables);
  expect(r.errors?.length).toBeGreaterThan(0);
  return r.errors![0];
}

describe("connections", () => {
  it("pages forwards and backwards through officials with cursors", async () => {
    const all = await ok(`{ officials(first: 100) { totalCount nodes { name } } }`);
    expect(all.officials.totalCount).toBe(7);
    const names = all.officials.nodes.map((n: any) => n.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "en", { sensitivity: "base" })));

    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const d: any = await ok(`query($after: String) { officials(first: 3, after: $after) { edges { cursor node { name } } pageInfo { hasNextPage hasPreviousPage endCursor } } }`, { after });
      seen.push(...d.officials.edges.map((e: any) => e.node.name));
      expect(d.officials.pageInfo.hasPreviousPage).toBe(after != null);
      if (!d.officials.pageInfo.hasNextPage) break;
      after = d.officials.pageInfo.endCursor;
    }
    expect(seen).toEqual(names);

    const last = await ok(`{ officials(last: 2) { nodes { name } pageInfo { hasPreviousPage hasNextPage startCursor } } }`);
    expect(last.officials.nodes.map((n: any) => n.name)).toEqual(names.slice(-2));
    expect(last.officials.pageInfo.hasPreviousPage).toBe(true);
    const before = await ok(`query($before: String) { officials(last: 2, before: $before) { nodes { name } } }`, { before: last.officials.pageInfo.startCursor });
    expect(before.officials.nodes.map((n: any) => n.name)).toEqual(names.slice(-4, -2));
  });

  it("caps pages at 100 and rejects bad arguments with BAD_USER_INPUT", async () => {
    expect((await fails(`{ officials(first: 101) { totalCount } }`)).extensions?.code).toBe("BAD_USER_INPUT");
    expect((await fails(`{ officials(first: -1) { totalCount } }`)).extensions?.code).toBe("BAD_USER_INPUT");
    expect((await fails(`{ officials(first: 1, last: 1) { totalCount } }`)).extensions?.code).toBe("BAD_USER_INPUT");
    expect((await fails(`{ officials(after: "bm9wZQ==") { totalCount } }`)).extensions?.code).toBe("BAD_USER_INPUT");
    const nested = await fails(`{ officials(first: 1) { nodes { meetings(first: 500) { totalCount } } } }`);
    expect(nested.extensions?.code).toBe("BAD_USER_INPUT");
    expect(nested.message).toMatch(/limit of 100/);
  });

  it("pages nested connections per parent", async () => {
    const d = await ok(`{ official(name: "Nguyen Hong Dien") { meetings(first: 4) { totalCount edges { cursor node { date } } pageInfo { hasNextPage endCursor } } } }`);
    const m = d.official.meetings;
    expect(m.totalCount).toBe(6);
    expect(m.edges.map((e: any) => e.node.date)).toEqual(["2023-01-08", "2023-01-07", "2023-01-05", "2023-01-04"]);
    expect(m.pageInfo.hasNextPage).toBe(true);
    const rest = await ok(`query($after: String) { official(name: "Nguyen Hong Dien") { meetings(first: 4, after: $after) { edges { node { date } } pageInfo { hasNextPage hasPreviousPage } } } }`, { after: m.pageInfo.endCursor });
    expect(rest.official.meetings.edges.map((e: any) => e.node.date)).toEqual(["2023-01-02", "2023-01-01"]);
    expect(rest.official.meetings.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true });
    const last = await ok(`{ official(name: "Nguyen Hong Dien") { meetings(last: 1) { nodes { date } } } }`);
    expect(last.official.meetings.nodes).toEqual([{ date: "2023-01-01" }]);

    // Every official's page in one request: each gets its own first 1.
    const all = await ok(`{ officials(first: 100) { nodes { name meetings(first: 1) { totalCount nodes { date } } } } }`);
    for (const o of all.officials.nodes) {
      expect(o.meetings.nodes).toHaveLength(1);
      expect(o.meetings.totalCount).toBe(o.name.startsWith("Nguy") ? 6 : 2);
    }
  });
});

describe("filters and ordering", () => {
  it("finds officials by name ignoring accents, case and word order, and by country and organisation", async () => {
    for (const name of ["nguyen dien", "NGUYỄN", "Dien Nguyen"]) {
      const d = await ok(`query($name: String) { officials(name: $name) { nodes { name } } }`, { name });
      expect(d.officials.nodes.map((n: any) => n.name), name).toEqual(["Nguyễn Hồng Diên"]);
    }
    expect((await ok(`{ officials(country: "kr") { totalCount } }`)).officials.totalCount).toBe(3);
    expect((await ok(`{ officials(organization: "MoIT") { nodes { name } } }`)).officials.nodes).toEqual([{ name: "Nguyễn Hồng Diên" }]);
    const byId = await ok(`{ officials(first: 2, orderBy: { field: ID, direction: DESC }) { nodes { databaseId } } }`);
    expect(byId.officials.nodes[0].databaseId).toBeGreaterThan(byId.officials.nodes[1].databaseId);
    const one = await ok(`{ official(name: "dien nguyen hong") { name title country { code } organization { acronym } aliases } }`);
    expect(one.official).toMatchObject({ name: "Nguyễn Hồng Diên", title: "Minister", country: { code: "VN" }, organization: { acronym: "MoIT" } });
  });

  it("takes a country in every country filter by ISO code, name, alias or demonym, in any case", async () => {
    const count = async (query: string) => {
      const d = await ok(query);
      return (Object.values(d)[0] as { totalCount: number }).totalCount;
    };
    for (const [field, extra, vn, kr] of [
      ["officials", "", 4, 3],
      ["meetings", "", 6, 6],
      ["organizations", "", 1, 0],
    ] as const) {
      for (const name of ["VN", "vn", "Vietnam", "VIETNAM", "Viet Nam", "Việt Nam", "Vietnamese", "vietnamese"]) {
        expect(await count(`{ ${field}(${extra}country: ${JSON.stringify(name)}) { totalCount } }`), `${field} ${name}`).toBe(vn);
      }
      for (const name of ["KR", "Republic of Korea", "South Korea", "Korean"]) {
        expect(await count(`{ ${field}(country: ${JSON.stringify(name)}) { totalCount } }`), `${field} ${name}`).toBe(kr);
      }
      const unknown = await fails(`{ ${field}(country: "Atlantis") { totalCount } }`);
      expect(unknown.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "country" });
      expect(unknown.message).toMatch(/^Unknown country "Atlantis": give an ISO 3166-1 alpha-2 code, a name or a demonym/);
      expect((await fails(`{ ${field}(country: "XX") { totalCount } }`)).message).toMatch(/Unknown country "XX"/);
    }
    expect((await ok(`{ countries(name: "Vietnamese") { nodes { code } } }`)).countries.nodes).toEqual([{ code: "VN" }]);
    expect((await ok(`{ agreements(party: "Korean") { totalCount } }`)).agreements.totalCount).toBe(3);
    // A country stored (say, by an import) but missing from the gazetteer is found by code and name.
    const odd = await db.prisma.country.create({ data: { code: "QZ", name: "Testland" } });
    try {
      for (const name of ["QZ", "qz", "testland"]) expect(await count(`{ officials(country: ${JSON.stringify(name)}) { totalCount } }`), name).toBe(0);
    } finally {
      await db.prisma.country.delete({ where: { id: odd.id } });
    }
  });

  it("filters meetings by date range, kind, status, participant, country and location", async () => {
    const range = await ok(`{ meetings(from: "2023-01-02", to: "2023-01-05", orderBy: { field: DATE, direction: ASC }) { totalCount nodes { date } } }`);
    expect(range.meetings.nodes.map((n: any) => n.date)).toEqual(["2023-01-02", "2023-01-04", "2023-01-05"]);
    expect((await ok(`{ meetings(kind: [PHONE_CALL]) { totalCount } }`)).meetings.totalCount).toBe(3);
    expect((await ok(`{ meetings(status: PLANNED) { totalCount } }`)).meetings.totalCount).toBe(0);
    expect((await ok(`{ meetings(participant: "guest official 1") { nodes { date } } }`)).meetings.nodes).toEqual([{ date: "2023-01-05" }, { date: "2023-01-04" }]);
    expect((await ok(`{ meetings(country: "KR") { totalCount } }`)).meetings.totalCount).toBe(6);
    expect((await ok(`{ meetings(location: "hanoi") { totalCount } }`)).meetings.totalCount).toBe(3);
    const err = await fails(`{ meetings(from: "2023-02-01", to: "2023-01-01") { totalCount } }`);
    expect(err.extensions?.code).toBe("BAD_USER_INPUT");
    expect((await fails(`{ meetings(from: "2023-13-45") { totalCount } }`)).extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("filters proposals by speaker, addressee, kind, topic, text and date", async () => {
    expect((await ok(`{ proposals(speaker: "Nguyen Hong Dien") { totalCount } }`)).proposals.totalCount).toBe(3);
    expect((await ok(`{ proposals(addressee: "RoK") { totalCount nodes { addresseeName addressee { name } } } }`)).proposals.nodes[0]).toEqual({ addresseeName: "the RoK", addressee: null });
    expect((await ok(`{ proposals(addressee: "guest official 0") { totalCount } }`)).proposals.totalCount).toBe(2);
    expect((await ok(`{ proposals(kind: [CALL, REQUEST]) { totalCount } }`)).proposals.totalCount).toBe(6);
    const topic = await ok(`{ proposals(topic: "trade") { totalCount nodes { topics { name } } } }`);
    expect(topic.proposals.totalCount).toBe(9);
    for (const n of topic.proposals.nodes) expect(n.topics.map((t: any) => t.name)).toContain("trade");
    expect((await ok(`{ proposals(text: "AREA 1-") { totalCount } }`)).proposals.totalCount).toBe(4);
    expect((await ok(`{ proposals(from: "2023-01-07") { totalCount } }`)).proposals.totalCount).toBe(4);
    const ids = await ok(`{ official(name: "Host Official 0") { id } }`);
    expect((await ok(`query($id: ID) { proposals(speakerId: $id) { totalCount } }`, { id: ids.official.id })).proposals.totalCount).toBe(2);
  });

  it("filters agreements by kind, status and party", async () => {
    expect((await ok(`{ agreements(kind: "mou") { totalCount } }`)).agreements.totalCount).toBe(3);
    expect((await ok(`{ agreements(status: [SIGNED]) { totalCount } }`)).agreements.totalCount).toBe(0);
    expect((await ok(`{ agreements(party: "moit") { totalCount } }`)).agreements.totalCount).toBe(3);
    expect((await ok(`{ agreements(party: "KR") { totalCount } }`)).agreements.totalCount).toBe(3);
    const a = await ok(`{ agreements(first: 1) { nodes { title status proposer { name } parties { name organization { acronym } country { code } } document { title } evidence { text } } } }`);
    expect(a.agreements.nodes[0]).toMatchObject({ title: "MoU on area 2", status: "PROPOSED", proposer: { name: "Guest Official 2" }, document: { title: "Report 2" } });
    expect(a.agreements.nodes[0].parties).toEqual([
      { name: "MoIT", organization: { acronym: "MoIT" }, country: null },
      { name: "Republic of Korea", organization: null, country: { code: "KR" } },
    ]);
  });

  it("lists organisations, countries, topics and documents", async () => {
    expect((await ok(`{ countries { nodes { code } } }`)).countries.nodes).toEqual([{ code: "KR" }, { code: "VN" }]);
    expect((await ok(`{ countries { nodes { code alpha3 wikidataId } } }`)).countries.nodes).toEqual([
      { code: "KR", alpha3: "KOR", wikidataId: "Q884" },
      { code: "VN", alpha3: "VNM", wikidataId: "Q881" },
    ]);
    for (const name of ["VNM", "q881", "vn"]) expect((await ok(`{ countries(name: "${name}") { nodes { code } } }`)).countries.nodes).toEqual([{ code: "VN" }]);
    expect((await ok(`{ organizations(name: "industry") { nodes { acronym country { code } officials { nodes { name } } } } }`)).organizations.nodes).toEqual([
      { acronym: "MoIT", country: { code: "VN" }, officials: { nodes: [{ name: "Nguyễn Hồng Diên" }] } },
    ]);
    expect((await ok(`{ topics { nodes { name proposals(first: 1) { totalCount } documents { totalCount } } } }`)).topics.nodes).toEqual([
      { name: "energy", proposals: { totalCount: 9 }, documents: { totalCount: 3 } },
      { name: "semiconductors", proposals: { totalCount: 6 }, documents: { totalCount: 3 } },
      { name: "trade", proposals: { totalCount: 9 }, documents: { totalCount: 3 } },
    ]);
    const docs = await ok(`{ documents(from: "2023-01-04") { totalCount nodes { title date } } }`);
    expect(docs.documents.nodes).toEqual([{ title: "Report 2", date: "2023-01-07" }, { title: "Report 1", date: "2023-01-04" }]);
  });
});

describe("relations", () => {
  it("resolves Official's relations both ways", async () => {
    const d = await ok(`{ official(name: "Guest Official 1") {
      proposals { nodes { kind addressee { name } } }
      proposalsReceived { totalCount nodes { speaker { name } } }
      agreementsProposed { nodes { title } }
      positions { nodes { title date document { title } } }
      counterparts { totalCount edges { meetingCount node { name } } }
      evidence { totalCount nodes { text document { title } } }
    } }`);
    const o = d.official;
    expect(o.proposals.nodes).toEqual([{ kind: "PROPOSAL", addressee: { name: "Nguyễn Hồng Diên" } }]);
    expect(o.proposalsReceived.totalCount).toBe(2);
    expect(o.agreementsProposed.nodes).toEqual([{ title: "MoU on area 1" }]);
    expect(o.positions.nodes).toEqual([{ title: "Ambassador", date: "2023-01-04", document: { title: "Report 1" } }]);
    expect(o.counterparts.totalCount).toBe(2);
    expect(o.counterparts.edges.map((e: any) => e.meetingCount)).toEqual([2, 2]);
    expect(o.counterparts.edges.map((e: any) => e.node.name).sort()).toEqual(["Host Official 1", "Nguyễn Hồng Diên"]);
    expect(o.evidence.totalCount).toBe(1);
    const hub = await ok(`{ official(name: "Nguyen Hong Dien") { counterparts(first: 100) { totalCount } } }`);
    expect(hub.official.counterparts.totalCount).toBe(6);
  });

  it("resolves Meeting, Proposal, Country and Document relations", async () => {
    const d = await ok(`{ meetings(first: 1, kind: [RECEPTION]) { nodes {
      kind status date dateStart dateEnd location
      participants { role official { name } meeting { kind } }
      proposals { text speaker { name } meeting { kind } }
      document { title source }
      evidence { start end text }
    } } }`);
    const m = d.meetings.nodes[0];
    expect(m).toMatchObject({ kind: "RECEPTION", status: "HELD", date: "2023-01-07", dateStart: "2023-01-07", dateEnd: "2023-01-07", location: "Hanoi", document: { title: "Report 2" } });
    expect(m.participants.map((p: any) => p.role)).toEqual(["HOST", "GUEST", "PARTICIPANT"]);
    expect(m.participants[0].official.name).toBe("Nguyễn Hồng Diên");
    expect(m.proposals.map((p: any) => p.text)).toEqual(["step up cooperation in area 2-0", "step up cooperation in area 2-2"]);
    expect(m.evidence).toHaveLength(1);

    const c = await ok(`{ countries(name: "VN") { nodes { name officials { totalCount } meetings(first: 2) { totalCount nodes { date } } organizations { nodes { acronym } } } } }`);
    expect(c.countries.nodes[0]).toEqual({ name: "Vietnam", officials: { totalCount: 4 }, meetings: { totalCount: 6, nodes: [{ date: "2023-01-08" }, { date: "2023-01-07" }] }, organizations: { nodes: [{ acronym: "MoIT" }] } });

    const doc = await ok(`{ document(source: "graph/0.txt") { id title text wordCount topics { name } officials { name } organizations { acronym } countries { code }
      positions { title } meetings { kind } proposals { kind } agreements { kind } targets { metric value unit deadline document { title } evidence { text } } evidence { text } } }`);
    expect(doc.document).toMatchObject({ title: "Report 0", wordCount: 5, text: "Report 0 text about trade." });
    expect(doc.document.officials.map((o: any) => o.name)).toEqual(["Guest Official 0", "Host Official 0", "Nguyễn Hồng Diên"]);
    expect(doc.document.meetings).toHaveLength(2);
    expect(doc.document.countries).toEqual([{ code: "KR" }, { code: "VN" }]);
    expect(doc.document.proposals).toHaveLength(4);
    expect(doc.document.targets).toEqual([{ metric: "two-way trade", value: 100e9, unit: "USD", deadline: "2030", document: { title: "Report 0" }, evidence: [{ text: "words" }] }]);
    expect(doc.document.evidence).toHaveLength(12);
    expect(doc.document.topics.map((t: any) => t.name)).toEqual(["energy", "semiconductors", "trade"]);
  });
});

describe("global IDs and node()", () => {
  it("resolves every node type by global ID", async () => {
    const ids = await ok(`{
      officials(first: 1) { nodes { id } }
      meetings(first: 1) { nodes { id evidence { id } } }
      proposals(first: 1) { nodes { id topics { id } } }
      agreements(first: 1) { nodes { id } }
      organizations(first: 1) { nodes { id } }
      countries(first: 1) { nodes { id } }
      documents(first: 1) { nodes { id targets { id } positions { id } } }
    }`);
    const pairs: [string, string][] = [
      ["Official", ids.officials.nodes[0].id],
      ["Meeting", ids.meetings.nodes[0].id],
      ["Evidence", ids.meetings.nodes[0].evidence[0].id],
      ["Proposal", ids.proposals.nodes[0].id],
      ["Topic", ids.proposals.nodes[0].topics[0].id],
      ["Agreement", ids.agreements.nodes[0].id],
      ["Organization", ids.organizations.nodes[0].id],
      ["Country", ids.countries.nodes[0].id],
      ["Document", ids.documents.nodes[0].id],
      ["Target", ids.documents.nodes[0].targets[0].id],
      ["Position", ids.documents.nodes[0].positions[0].id],
    ];
    for (const [type, id] of pairs) {
      expect(Buffer.from(id, "base64").toString()).toMatch(new RegExp(`^${type}:\\d+$`));
      const d = await ok(`query($id: ID!) { node(id: $id) { __typename id } }`, { id });
      expect(d.node).toEqual({ __typename: type, id });
    }
    const many = await ok(`query($ids: [ID!]!) { nodes(ids: $ids) { __typename } }`, { ids: [pairs[0][1], toGlobalId("Official", 999999), pairs[1][1]] });
    expect(many.nodes).toEqual([{ __typename: "Official" }, null, { __typename: "Meeting" }]);
  });

  it("reports malformed IDs as BAD_USER_INPUT and missing ones as null / NOT_FOUND", async () => {
    for (const id of ["nonsense", "", Buffer.from("Official:abc").toString("base64"), Buffer.from("Spaceship:1").toString("base64")]) {
      const e = await fails(`query($id: ID!) { node(id: $id) { id } }`, { id });
      expect(e.extensions?.code, id).toBe("BAD_USER_INPUT");
    }
    expect((await ok(`query($id: ID!) { node(id: $id) { id } }`, { id: toGlobalId("Meeting", 424242) })).node).toBeNull();
    const wrongType = await fails(`query($id: ID) { official(id: $id) { name } }`, { id: toGlobalId("Meeting", 1) });
    expect(wrongType.extensions?.code).toBe("BAD_USER_INPUT");
    expect((await fails(`{ official(name: "Nobody Atall") { name } }`)).extensions?.code).toBe("NOT_FOUND");
    expect((await fails(`{ official { name } }`)).extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("search", () => {
  it("gives every result a kind, a title and a date on its edge, whatever the entity (no aliases needed)", async () => {
    const q = `query($text: String!) { search(text: $text, first: 100) { totalCount edges { kind title date node { __typename ... on Node { id } } } } }`;
    const seen = new Map<string, { title: string; date: string | null }>();
    for (const text of ["nguyen dien", "Hanoi", "area", "report", "Vietnam", "MoIT", "trade"]) {
      const d = await ok(q, { text });
      expect(d.search.totalCount, text).toBe(d.search.edges.length);
      for (const e of d.search.edges) {
        expect(e.kind, text).toBe(e.node.__typename.toUpperCase());
        expect(typeof e.title).toBe("string");
        expect(e.title.length).toBeGreaterThan(0);
        if (e.date !== null) expect(e.date).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
        if (!seen.has(e.kind)) seen.set(e.kind, { title: e.title, date: e.date });
      }
    }
    expect(seen.get("OFFICIAL")).toEqual({ title: "Nguyễn Hồng Diên", date: null });
    expect(seen.get("MEETING")).toEqual({ title: "Reception in Hanoi", date: expect.stringMatching(/^2023-01-0\d$/) });
    expect(seen.get("AGREEMENT")).toEqual({ title: "MoU on area 0", date: "2023-01-01" });
    expect(seen.get("DOCUMENT")).toEqual({ title: "Report 0", date: "2023-01-01" });
    expect(seen.get("COUNTRY")).toEqual({ title: "Vietnam", date: null });
    expect(seen.get("ORGANIZATION")).toEqual({ title: "Ministry of Industry and Trade", date: null });
  });

  it("counts what it returns, for a misspelt name too", async () => {
    const d = await ok(`{ search(text: "Nguyen Hong Dein") { totalCount edges { kind title } } }`);
    expect(d.search.totalCount).toBe(d.search.edges.length);
    // PostgreSQL finds the name by trigram similarity; SQLite's index matches words only.
    expect(d.search.edges).toEqual(db.provider === "postgresql" ? [{ kind: "OFFICIAL", title: "Nguyễn Hồng Diên" }] : []);
  });

  it("finds officials by accent-free name, meetings by place, agreements by title", async () => {
    const d = await ok(`{ search(text: "nguyen dien") { totalCount nodes { __typename ... on Official { name } } } }`);
    expect(d.search.nodes[0]).toEqual({ __typename: "Official", name: "Nguyễn Hồng Diên" });
    const hanoi = await ok(`{ search(text: "Hanoi", types: [MEETING]) { totalCount nodes { __typename ... on Meeting { location } } } }`);
    expect(hanoi.search.totalCount).toBe(3);
    expect(hanoi.search.nodes.every((n: any) => n.__typename === "Meeting" && n.location === "Hanoi")).toBe(true);
    const mou = await ok(`{ search(text: "mou area", first: 2) { totalCount edges { cursor node { __typename ... on Agreement { title } } } pageInfo { hasNextPage endCursor } } }`);
    expect(mou.search.totalCount).toBe(3);
    expect(mou.search.edges).toHaveLength(2);
    expect(mou.search.pageInfo.hasNextPage).toBe(true);
    const next = await ok(`query($after: String) { search(text: "mou area", first: 2, after: $after) { nodes { ... on Agreement { title } } pageInfo { hasNextPage } } }`, { after: mou.search.pageInfo.endCursor });
    expect(next.search.nodes).toHaveLength(1);
    expect(next.search.pageInfo.hasNextPage).toBe(false);
    expect((await ok(`{ search(text: "   ") { totalCount nodes { __typename } } }`)).search).toEqual({ totalCount: 0, nodes: [] });
  });
});

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

  it("reads pages of meetings with their participants in one statement on PostgreSQL, apart on SQLite, with the same answer", async () => {
    const participants = `participants { role official { name title country { code } } }`;
    const nested = `{ officials(first: 100) { nodes { meetings(first: 5) { nodes { id ${participants} } } } } }`;
    const viaEdges = `{ officials(first: 100) { nodes { meetings(first: 5) { edges { node { ...M } } } } } } fragment M on Meeting { id ${participants} }`;
    const list = `{ meetings(first: 20) { nodes { id ${participants} } } }`;
    const withoutParticipants = `{ officials(first: 100) { nodes { meetings(first: 5) { nodes { id } } } } }`;
    const byMeeting = new Map<string, unknown>();
    const a = await statementsFor(small, nested);
    for (const o of a.data.officials.nodes) for (const m of o.meetings.nodes) byMeeting.set(m.id, m.participants);
    const b = await statementsFor(small, viaEdges);
    for (const o of b.data.officials.nodes) for (const e of o.meetings.edges) expect(e.node.participants).toEqual(byMeeting.get(e.node.id));
    const c = await statementsFor(small, list);
    const bare = await statementsFor(small, withoutParticipants);
    expect(byMeeting.size).toBeGreaterThan(0);
    // Each meeting's participants as the node loader gives them, apart from any page.
    const ids = [...byMeeting.keys(), ...c.data.meetings.nodes.map((m: any) => m.id)];
    const loaded = await statementsFor(small, `{ nodes(ids: ${JSON.stringify(ids)}) { id ... on Meeting { ${participants} } } }`);
    const expected = new Map(loaded.data.nodes.map((m: any) => [m.id, m.participants]));
    for (const [id, got] of byMeeting) expect(got).toEqual(expected.get(id));
    for (const m of c.data.meetings.nodes) expect(m.participants).toEqual(expected.get(m.id));
    // Beyond the pages: the officials' countries (one statement), and on SQLite the participants.
    const apart = small.db.provider === "postgresql" ? 0 : 1;
    expect(a.count).toBe(bare.count + 1 + apart);
    expect(b.count).toBe(bare.count + 1 + apart);
    expect(c.count).toBe(1 + 1 + apart);
  });

  it("reads a page of officials with their meetings and participants in one statement on PostgreSQL, with the answer of the pages read apart", async () => {
    const meetings = `meetings(first: $m) { pageInfo { hasNextPage endCursor } edges { cursor node { id date participants { role official { name } } } } }`;
    const query = (extra: string) => `query($m: Int) { officials(first: 4) { pageInfo { hasNextPage } nodes { name ${meetings} ${extra} } } }`;
    const counted = async (q: string, variables: Record<string, unknown>) => {
      small.statements.length = 0;
      const r = await run(small.db, q, variables);
      expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
      return { count: small.statements.length, data: r.data! };
    };
    for (const m of [1, 2, 5]) {
      const folded = await counted(query(""), { m });
      // A second nested connection: the list reads no nested pages, each connection reads its own.
      const apart = await counted(query(`positions(first: 1) { nodes { title } }`), { m });
      expect(folded.data.officials.pageInfo.hasNextPage).toBe(true);
      expect(folded.data.officials.nodes).toHaveLength(4);
      expect(folded.data.officials.nodes.some((o: any) => o.meetings.edges.length > 0)).toBe(true);
      for (const [i, o] of folded.data.officials.nodes.entries()) expect(o.meetings).toEqual(apart.data.officials.nodes[i].meetings);
      // The officials, their meetings and the participants: one statement on PostgreSQL; on SQLite the
      // officials, the pages, the participants.
      expect(folded.count).toBe(small.db.provider === "postgresql" ? 1 : 3);
    }
    // A later page of meetings (after a cursor) and a page through `nodes` read the same way.
    const after = (extra: string) => `query($m: Int, $c: String) { officials(first: 4) { nodes { name meetings(first: $m, after: $c) { pageInfo { hasNextPage hasPreviousPage } nodes { id } } ${extra} } } }`;
    const first = await counted(query(""), { m: 1 });
    const cursor = first.data.officials.nodes.find((o: any) => o.meetings.pageInfo.hasNextPage)?.meetings.pageInfo.endCursor;
    expect(cursor).toBeTruthy();
    const later = await counted(after(""), { m: 2, c: cursor });
    const laterApart = await counted(after(`positions(first: 1) { nodes { title } }`), { m: 2, c: cursor });
    expect(later.data.officials.nodes.map((o: any) => o.meetings)).toEqual(laterApart.data.officials.nodes.map((o: any) => o.meetings));
    expect(later.count).toBe(small.db.provider === "postgresql" ? 1 : 2);
  });

  it("reads a page of proposals with their speakers in one statement, with the speakers the node loader gives", async () => {
    const speaker = `speaker { id name title country { code } }`;
    const withTopic = await statementsFor(small, `{ proposals(topic: "trade", first: 20) { nodes { id ${speaker} } } }`);
    const all = await statementsFor(small, `{ proposals(first: 50) { nodes { id addresseeName ${speaker} } } }`);
    const bare = await statementsFor(small, `{ proposals(first: 50) { nodes { id } } }`);
    expect(all.data.proposals.nodes.length).toBeGreaterThan(0);
    expect(all.data.proposals.nodes.some((p: any) => p.speaker)).toBe(true);
    // Each proposal's speaker as `nodes(ids)` loads it, apart from any page.
    const ids = [...withTopic.data.proposals.nodes, ...all.data.proposals.nodes].map((p: any) => p.id);
    const loaded = await statementsFor(small, `{ nodes(ids: ${JSON.stringify(ids)}) { id ... on Proposal { ${speaker} } } }`);
    const expected = new Map(loaded.data.nodes.map((p: any) => [p.id, p.speaker]));
    for (const p of [...withTopic.data.proposals.nodes, ...all.data.proposals.nodes]) expect(p.speaker).toEqual(expected.get(p.id));
    // The page with its speakers, then the speakers' countries: one statement more than the bare page.
    expect(all.count).toBe(bare.count + 1);
    expect(bare.count).toBe(1);
  });

  it("reads a search for officials with their countries in one statement, with the countries the node loader gives", async () => {
    const found = await statementsFor(small, `{ search(text: "Nguyen", first: 20, types: [OFFICIAL]) { nodes { ... on Official { id name country { id code name } } } } }`);
    expect(found.data.search.nodes.length).toBeGreaterThan(0);
    expect(found.data.search.nodes.some((o: any) => o.country)).toBe(true);
    expect(found.count).toBe(1);
    const ids = found.data.search.nodes.map((o: any) => o.id);
    const loaded = await statementsFor(small, `{ nodes(ids: ${JSON.stringify(ids)}) { id ... on Official { country { id code name } } } }`);
    const expected = new Map(loaded.data.nodes.map((o: any) => [o.id, o.country]));
    for (const o of found.data.search.nodes) expect(o.country).toEqual(expected.get(o.id));
  });

  it("counts a search only when totalCount is asked for", async () => {
    const query = (total: string) => `{ search(text: "Nguyen", first: 5, types: [OFFICIAL]) { ${total} nodes { __typename } } }`;
    const counts = (sql: string[]) => sql.filter((s) => /count\(\*\)/i.test(s)).length;
    const without = await statementsFor(small, query(""));
    expect(without.data.search.nodes.length).toBeGreaterThan(0);
    expect(counts(without.sql)).toBe(0);
    const withTotal = await statementsFor(small, query("totalCount"));
    expect(withTotal.data.search.totalCount).toBeGreaterThan(0);
    expect(counts(withTotal.sql)).toBe(1);
  });

  it("makes as many statements for the acceptance query", async () => {
    const a = await statementsFor(small, ACCEPTANCE_QUERY);
    const b = await statementsFor(large, ACCEPTANCE_QUERY);
    console.log(`acceptance query: ${a.count} statements (small), ${b.count} (10x)`);
    expect(b.count).toBe(a.count);
  });
});
