// The typed client generated from schema.graphql and operations/*.graphql (npm run codegen),
// run over real HTTP against a started server on both seeds.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/store/db.ts";
import { PROJECT_ROOT } from "../../src/store/config.ts";
import { disposeDatabase, seededDatabase, serve, TEST_WRITE_TOKEN } from "../graphql/support.ts";

type Client = typeof import("../../src/generated/client/graphql.ts");

/** What the generated documents are: a query string typed with its result and variables. */
interface TypedDocument<TResult, TVariables> {
  toString(): string;
  __apiType?: (variables: TVariables) => TResult;
}

async function execute<TResult, TVariables>(url: string, document: TypedDocument<TResult, TVariables>, variables: TVariables): Promise<TResult> {
  const res = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/graphql-response+json", authorization: `Bearer ${TEST_WRITE_TOKEN}` },
    body: JSON.stringify({ query: document.toString(), variables }),
  });
  const body = (await res.json()) as { data?: TResult; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join("; "));
  return body.data!;
}

let client: Client;
let db: Database;
let server: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  const generated = path.join(PROJECT_ROOT, "src/generated/client/graphql.ts");
  // `npm test` generates it (pretest); a direct vitest run may come first.
  if (!fs.existsSync(generated) || fs.statSync(generated).mtimeMs < fs.statSync(path.join(PROJECT_ROOT, "schema.graphql")).mtimeMs) {
    execFileSync(process.execPath, [path.join(PROJECT_ROOT, "node_modules/@graphql-codegen/cli/cjs/bin.js"), "--config", "codegen.yml"], { cwd: PROJECT_ROOT, stdio: "pipe" });
  }
  client = await import("../../src/generated/client/graphql.ts");
  db = await seededDatabase();
  server = await serve(db);
});
afterAll(async () => {
  await server?.close();
  if (db) await disposeDatabase(db);
});

const fold = (s: string) => s.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();

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
