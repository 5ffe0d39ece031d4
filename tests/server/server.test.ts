// The HTTP server over a database with both seeds ingested: the acceptance query, the IDE,
// /healthz, errors without stack traces, mutations, configuration and graceful shutdown; and the
// typed client generated from schema.graphql and operations/*.graphql (npm run codegen), run over
// real HTTP. One file, one seeded database and server: each test file migrates its own template.
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/store/db.ts";
import { startServer } from "../../src/server.ts";
import { formatError } from "../../src/graphql/errors.ts";
import { PROJECT_ROOT } from "../../src/store/config.ts";
import { ACCEPTANCE_QUERY, SEEDS, disposeDatabase, execute, post, seededDatabase, serve, typedClient, type TypedClient } from "../graphql/support.ts";

type Client = TypedClient;

let client: Client;
let db: Database;
let server: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  client = await typedClient();
  db = await seededDatabase();
  server = await serve(db);
});
afterAll(async () => {
  await server?.close();
  if (db) await disposeDatabase(db);
});

const fold = (s: string) => s.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();

describe("acceptance", () => {
  it("returns the seed facts for the issue's query", async () => {
    const { status, body } = await post(server.url, ACCEPTANCE_QUERY);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const officials = body.data!.officials;
    const byName = (name: string) => officials.edges.map((e: any) => e.node).find((n: any) => fold(n.name) === fold(name));
    expect(officials.totalCount).toBeGreaterThanOrEqual(4);

    const dien = byName("Nguyen Hong Dien");
    expect(dien, "Nguyen Hong Dien").toBeDefined();
    expect(dien.country.name).toBe("Vietnam");
    const reception = dien.meetings.edges.map((e: any) => e.node).find((m: any) => m.kind === "RECEPTION");
    expect(reception, "Dien's reception").toBeDefined();
    expect(reception.date).toBe("2023-06-13");
    expect(reception.participants.map((p: any) => fold(p.official.name))).toEqual(expect.arrayContaining(["nguyen hong dien", "oh yong-ju"]));
    expect(dien.proposals.edges.length).toBeGreaterThan(0);
    expect(dien.proposals.edges.some((e: any) => e.node.addressee && fold(e.node.addressee.name) === "oh yong-ju")).toBe(true);

    const khai = byName("Le Minh Khai");
    expect(khai, "Le Minh Khai").toBeDefined();
    const call = khai.meetings.edges.map((e: any) => e.node).find((m: any) => m.kind === "PHONE_CALL");
    expect(call, "Khai's phone call").toBeDefined();
    expect(call.date).toBe("2023-12-21");
    expect(call.participants.map((p: any) => fold(p.official.name))).toEqual(expect.arrayContaining(["le minh khai", "choo kyung-ho"]));
    expect(khai.proposals.edges.length).toBeGreaterThan(0);
    expect(khai.proposals.edges.some((e: any) => e.node.addressee && fold(e.node.addressee.name) === "choo kyung-ho")).toBe(true);
  });
});

describe("HTTP", () => {
  it("serves /healthz", async () => {
    const res = await fetch(`${server.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok" });
  });

  it("serves the offline IDE to browsers at /graphql and /", async () => {
    for (const path of ["/graphql", "/"]) {
      const res = await fetch(`${server.url}${path}`, { headers: { accept: "text/html,application/xhtml+xml" } });
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toMatch(/text\/html/);
      expect(res.headers.get("content-security-policy")).toContain("connect-src 'self'");
      const html = await res.text();
      expect(html).toContain("GraphiQL");
      expect(html).toContain("OfficialsWithMeetingsAndProposals");
      // Nothing is loaded from elsewhere.
      expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href="http/);
    }
  });

  it("answers GraphQL over GET for non-browser clients, and 404 elsewhere", async () => {
    const res = await fetch(`${server.url}/graphql?query=${encodeURIComponent("{ countries { totalCount } }")}`, { headers: { accept: "application/json", "apollo-require-preflight": "1" } });
    expect(res.status).toBe(200);
    expect((await res.json()).data.countries.totalCount).toBeGreaterThan(0);
    expect((await fetch(`${server.url}/nope`)).status).toBe(404);
  });

  it("tells caches not to keep GraphQL answers, over GET and POST, answered or refused", async () => {
    const get = await fetch(`${server.url}/graphql?query=${encodeURIComponent("{ countries { totalCount } }")}`, { headers: { accept: "application/json", "apollo-require-preflight": "1" } });
    expect(get.status).toBe(200);
    expect(get.headers.get("cache-control")).toBe("no-store");
    const bad = await fetch(`${server.url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ nope }" }) });
    expect(bad.status).toBe(400);
    expect(bad.headers.get("cache-control")).toBe("no-store");
    const ok = await fetch(`${server.url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ officials(first: 1) { nodes { name } } }" }) });
    expect(ok.status).toBe(200);
    expect(ok.headers.get("cache-control")).toBe("no-store");
  });

  it("rejects malformed requests without a stack trace", async () => {
    const bad = await fetch(`${server.url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: "{not json" });
    expect(bad.status).toBe(400);
    const text = await bad.text();
    expect(text).not.toMatch(/at .*\.(ts|js):\d+/);

    const invalid = await post(server.url, "{ officials { nope } }");
    expect(invalid.status).toBe(400);
    expect(invalid.body.errors![0].extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");

    const badId = await post(server.url, `{ node(id: "x!") { id } }`);
    expect(badId.body.errors![0].extensions?.code).toBe("BAD_USER_INPUT");
    for (const r of [invalid, badId]) for (const e of r.body.errors!) expect(e.extensions?.stacktrace).toBeUndefined();
  });

  it("masks unexpected errors and logs them", () => {
    const lines: string[] = [];
    const format = formatError((l) => lines.push(l));
    const formatted = format({ message: "connect ECONNREFUSED 10.0.0.1:5432", path: ["officials"], extensions: { code: "INTERNAL_SERVER_ERROR", stacktrace: ["Error: x", "  at y.ts:1"] } }, { originalError: new Error("connect ECONNREFUSED 10.0.0.1:5432") });
    expect(formatted).toEqual({ message: "Internal server error", locations: undefined, path: ["officials"], extensions: { code: "INTERNAL_SERVER_ERROR" } });
    expect(lines.join("\n")).toContain("ECONNREFUSED");
    const client = format({ message: "bad", extensions: { code: "BAD_USER_INPUT", stacktrace: ["at z"] } }, new Error("bad"));
    expect(client).toEqual({ message: "bad", extensions: { code: "BAD_USER_INPUT" } });
  });
});

describe("mutations", () => {
  const INGEST = `mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { status duplicateOf document { id source officials { name } meetings { kind } proposals { kind } } } }`;

  it("ingests idempotently, refuses bad documents, and deletes a document with its facts", async () => {
    const text = [
      " date 2024-03-05 Deputy Prime Minister Tran Luu Quang received Japanese Ambassador to Vietnam Yamada Takio in Hanoi on March 5.",
      "During the meeting, Quang said that Japan has become one of the most important partners of Vietnam in trade and investment, and he thanked the ambassador for his efforts.",
      "He suggested the two sides continue working closely to expand cooperation in semiconductors, energy and infrastructure, and called on Japanese businesses to invest more in the country.",
      "The ambassador affirmed that he will always strive to foster the relationship between the two countries.",
    ].join("\n\n");
    const first = await post(server.url, INGEST, { input: { text, source: "api/test-1.txt" } });
    expect(first.body.errors).toBeUndefined();
    const created = first.body.data!.ingestDocument;
    expect(created.status).toBe("CREATED");
    expect(created.document.source).toBe("api/test-1.txt");

    const again = await post(server.url, INGEST, { input: { text, source: "api/test-1.txt" } });
    expect(again.body.data!.ingestDocument.status).toBe("UNCHANGED");
    expect(again.body.data!.ingestDocument.document.id).toBe(created.document.id);
    const copy = await post(server.url, INGEST, { input: { text, source: "api/copy.txt" } });
    expect(copy.body.data!.ingestDocument).toMatchObject({ status: "UNCHANGED", duplicateOf: "api/test-1.txt" });

    const refused = await post(server.url, INGEST, { input: { text: "No date header here, and none given.", source: "api/undated.txt" } });
    expect(refused.body.errors![0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(refused.body.errors![0].message).toMatch(/date/);
    const empty = await post(server.url, INGEST, { input: { text: "   ", source: "api/empty.txt" } });
    expect(empty.body.errors![0].extensions?.code).toBe("BAD_USER_INPUT");

    const only = created.document.officials.filter((o: any) => /quang|yamada/i.test(fold(o.name)));
    expect(only.length, "officials extracted from the test report").toBeGreaterThan(0);
    const del = await post(server.url, `mutation($id: ID!) { deleteDocument(id: $id) { deletedDocumentId source } }`, { id: created.document.id });
    expect(del.body.errors).toBeUndefined();
    expect(del.body.data!.deleteDocument).toEqual({ deletedDocumentId: created.document.id, source: "api/test-1.txt" });
    const gone = await post(server.url, `query($id: ID!) { node(id: $id) { id } }`, { id: created.document.id });
    expect(gone.body.data!.node).toBeNull();
    for (const o of only) {
      const r = await post(server.url, `query($name: String) { officials(name: $name) { totalCount } }`, { name: o.name });
      expect(r.body.data!.officials.totalCount, o.name).toBe(0);
    }
    const twice = await post(server.url, `mutation($id: ID!) { deleteDocument(id: $id) { source } }`, { id: created.document.id });
    expect(twice.body.errors![0].extensions?.code).toBe("NOT_FOUND");
    const malformed = await post(server.url, `mutation { deleteDocument(id: "zzz") { source } }`);
    expect(malformed.body.errors![0].extensions?.code).toBe("BAD_USER_INPUT");
    // The seeds are untouched.
    const seeds = await post(server.url, `{ documents { totalCount } }`);
    expect(seeds.body.data!.documents.totalCount).toBe(SEEDS.length);
  });
});

describe("configuration and shutdown", () => {
  it("takes PORT and HOST from the environment", async () => {
    const saved = { PORT: process.env.PORT, HOST: process.env.HOST };
    process.env.PORT = "0";
    process.env.HOST = "127.0.0.1";
    try {
      const s = await startServer({ db, log: () => {} });
      expect(s.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(s.url).not.toMatch(/:4000$/);
      await s.close();
    } finally {
      for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  });

  it("finishes in-flight requests, then stops listening", async () => {
    const s = await startServer({ db, port: 0, log: () => {} });
    // A request whose body arrives slowly: it is in flight when close() is called.
    const port = Number(new URL(s.url).port);
    const body = JSON.stringify({ query: "{ officials(first: 1) { totalCount } }" });
    const response = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = http.request({ host: "127.0.0.1", port, path: "/graphql", method: "POST", headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) } }, (res) => {
        let text = "";
        res.on("data", (c) => (text += c));
        res.on("end", () => resolve({ status: res.statusCode!, text }));
      });
      req.on("error", reject);
      req.write(body.slice(0, 10));
      setTimeout(() => req.end(body.slice(10)), 300);
    });
    await new Promise((r) => setTimeout(r, 100));
    const closed = s.close();
    const r = await response;
    await closed;
    expect(r.status).toBe(200);
    expect(JSON.parse(r.text).data.officials.totalCount).toBeGreaterThan(0);
    await expect(fetch(`${s.url}/healthz`)).rejects.toThrow();
  });
});

describe("generated typed client", () => {
  it("OfficialsWithMeetingsAndProposals", async () => {
    const data = await execute(server.url, client.OfficialsWithMeetingsAndProposalsDocument, { first: 10 });
    const names = data.officials.edges.map((e) => fold(e.node.name));
    expect(names).toEqual(expect.arrayContaining(["nguyen hong dien", "oh yong-ju", "le minh khai", "choo kyung-ho"]));
    const dien = data.officials.edges.find((e) => fold(e.node.name) === "nguyen hong dien")!.node;
    expect(dien.meetings.edges.some((e) => e.node.kind === "RECEPTION")).toBe(true);
    expect(dien.proposals.totalCount).toBeGreaterThan(0);
    const page = await execute(server.url, client.OfficialsWithMeetingsAndProposalsDocument, { first: 1, country: "KR" });
    expect(page.officials.edges).toHaveLength(1);
    expect(page.officials.edges[0].node.country?.code).toBe("KR");
    expect(page.officials.pageInfo.hasNextPage).toBe(true);
    const next = await execute(server.url, client.OfficialsWithMeetingsAndProposalsDocument, { first: 1, country: "KR", after: page.officials.pageInfo.endCursor });
    expect(next.officials.edges[0].node.id).not.toBe(page.officials.edges[0].node.id);
  });

  it("OfficialByName", async () => {
    const data = await execute(server.url, client.OfficialByNameDocument, { name: "khai le minh" });
    expect(fold(data.official!.name)).toBe("le minh khai");
    expect(data.official!.counterparts.edges.map((e) => fold(e.node.name))).toContain("choo kyung-ho");
    expect(data.official!.counterparts.edges[0].meetingCount).toBeGreaterThan(0);
  });

  it("MeetingsBetween", async () => {
    const june = await execute(server.url, client.MeetingsBetweenDocument, { from: "2023-06-01", to: "2023-06-30" });
    expect(june.meetings.nodes.some((m) => m.kind === "RECEPTION" && m.date === "2023-06-13")).toBe(true);
    expect(june.meetings.nodes.every((m) => m.dateStart == null || m.dateStart <= "2023-06-30")).toBe(true);
    const december = await execute(server.url, client.MeetingsBetweenDocument, { from: "2023-12-01", to: "2023-12-31", kind: ["PHONE_CALL"] });
    expect(december.meetings.nodes.map((m) => m.date)).toEqual(["2023-12-21"]);
    expect(december.meetings.nodes[0].participants.map((p) => fold(p.official.name)).sort()).toEqual(["choo kyung-ho", "le minh khai"]);
    const none = await execute(server.url, client.MeetingsBetweenDocument, { from: "2020-01-01", to: "2020-12-31" });
    expect(none.meetings.totalCount).toBe(0);
  });

  it("ProposalsByTopic", async () => {
    const topics = await execute(server.url, client.SearchDocument, { text: "trade", types: ["TOPIC"] });
    const topicNames = topics.search.nodes.flatMap((n) => (n.__typename === "Topic" ? [n.name] : []));
    const topic = topicNames[0] ?? "trade";
    const data = await execute(server.url, client.ProposalsByTopicDocument, { topic });
    for (const p of data.proposals.nodes) expect(p.topics.map((t) => t.name)).toContain(topic);
    expect(data.proposals.totalCount).toBe(data.proposals.nodes.length);
  });

  it("Search", async () => {
    const data = await execute(server.url, client.SearchDocument, { text: "Nguyễn Hồng Diên" });
    const first = data.search.nodes[0];
    expect(first.__typename).toBe("Official");
    if (first.__typename === "Official") expect(fold(first.name)).toBe("nguyen hong dien");
    expect(data.search.edges[0]).toMatchObject({ kind: "OFFICIAL", date: null });
    expect(fold(data.search.edges[0].title)).toBe("nguyen hong dien");
    const plain = await execute(server.url, client.SearchDocument, { text: "dien" });
    expect(plain.search.nodes.some((n) => n.__typename === "Official" && fold(n.name) === "nguyen hong dien")).toBe(true);
  });

  it("IngestDocument and DeleteDocument", async () => {
    const text = fs.readFileSync(path.join(PROJECT_ROOT, "seeds", fs.readdirSync(path.join(PROJECT_ROOT, "seeds")).sort()[0]), "utf8");
    const again = await execute(server.url, client.IngestDocumentDocument, { input: { text, source: "client/copy.txt" } });
    expect(again.ingestDocument.status).toBe("UNCHANGED");
    expect(again.ingestDocument.duplicateOf).toMatch(/^seeds\//);
    const changed = await execute(server.url, client.IngestDocumentDocument, { input: { text: text + "\n\nThe talks ended on a positive note for both sides.", source: "client/changed.txt" } });
    expect(changed.ingestDocument.status).toBe("CREATED");
    expect(changed.ingestDocument.document.meetings.length).toBeGreaterThan(0);
    const deleted = await execute(server.url, client.DeleteDocumentDocument, { id: changed.ingestDocument.document.id });
    expect(deleted.deleteDocument.source).toBe("client/changed.txt");
  });
});
