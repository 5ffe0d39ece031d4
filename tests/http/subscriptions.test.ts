// Subscriptions over graphql-ws at /graphql: two API instances on one database, events through
// real Redis (a channel prefix of this test's own), filters, the read token, limits, bad filters.
import { execFile } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient, type Client } from "graphql-ws";
import WebSocket from "ws";
import { openDatabase, type Database } from "../../src/store/db.ts";
import { startServer } from "../../src/server.ts";
import { freshDatabase } from "../helpers/database.ts";
import { disposeDatabase, post, SEEDS, TEST_WRITE_TOKEN } from "../graphql/support.ts";

const REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
const prefix = `diplograph-test-${process.pid}-${Date.now()}:`;
const READ_TOKEN = "test-read-token-51c0d7";
const seed = SEEDS.find((s) => s.source.includes("000_"))!;

let db: Database;
let dbB: Database;
let a: Awaited<ReturnType<typeof startServer>>;
let b: Awaited<ReturnType<typeof startServer>>;
let guarded: Awaited<ReturnType<typeof startServer>>;
let armored: Awaited<ReturnType<typeof startServer>>;
const clients: Client[] = [];

const run = promisify(execFile);
const wsUrl = (httpUrl: string) => `${httpUrl.replace(/^http/, "ws")}/graphql`;

function connect(url: string, connectionParams?: Record<string, unknown>) {
  let closeCode: number | null = null;
  const client = createClient({ url: wsUrl(url), webSocketImpl: WebSocket, connectionParams, retryAttempts: 0, lazy: true, on: { closed: (e) => void (closeCode = (e as { code: number }).code) } });
  clients.push(client);
  return { client, closeCode: () => closeCode };
}

interface Received {
  data: any[];
  errors: any[];
  /** Resolves when the server completed or failed the subscription. */
  done: Promise<void>;
  at: number[];
  dispose(): void;
}

function subscribe(client: Client, query: string, variables?: Record<string, unknown>): Received {
  const r = { data: [] as any[], errors: [] as any[], at: [] as number[] } as Received;
  r.done = new Promise<void>((resolve) => {
    r.dispose = client.subscribe(
      { query, variables },
      {
        next: (v) => {
          if (v.errors) r.errors.push(...v.errors);
          if (v.data) {
            r.data.push(v.data);
            r.at.push(Date.now());
          }
        },
        error: (e) => {
          r.errors.push(...(Array.isArray(e) ? e : [e]));
          resolve();
        },
        complete: () => resolve(),
      },
    );
  });
  return r;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function until(check: () => boolean, ms = 5000) {
  const end = Date.now() + ms;
  while (!check() && Date.now() < end) await sleep(20);
}

const FACTS = `subscription ($kinds: [FactKind!], $countries: [String!], $officials: [ID!]) {
  factAdded(kinds: $kinds, countries: $countries, officials: $officials) { kind nodeId documentId source countries officials }
}`;

beforeAll(async () => {
  db = await freshDatabase();
  dbB = await openDatabase(db.url); // instance B: its own connection to the same database
  const common = { port: 0, host: "127.0.0.1", log: () => {}, writeToken: TEST_WRITE_TOKEN, redisUrl: REDIS_URL, redisPrefix: prefix, deliverWebhooks: false };
  a = await startServer({ db, ...common });
  b = await startServer({ db: dbB, ...common });
  guarded = await startServer({ db, ...common, readToken: READ_TOKEN, redisUrl: null, maxSubscriptionsPerConnection: 2 });
  armored = await startServer({ db, ...common, redisUrl: null, introspection: false, limits: { aliases: 2, tokens: 60 }, maxWsConnections: 3, maxConnections: 10, headersTimeoutMs: 20_000 });
});

afterAll(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  await Promise.all([a?.close(), b?.close(), guarded?.close(), armored?.close()]);
  await dbB?.close();
  if (db) await disposeDatabase(db);
});

describe("factAdded and documentIngested across instances", () => {
  it("a subscriber on A receives an ingest made through B within a second, filtered by country", async () => {
    const { client } = connect(a.url);
    const korea = subscribe(client, FACTS, { countries: ["KR"] });
    const japan = subscribe(client, FACTS, { countries: ["JP"] });
    const meetings = subscribe(client, FACTS, { kinds: ["MEETING"] });
    const documents = subscribe(client, `subscription { documentIngested { documentId source status countries factCount } }`);
    // Subscribing reaches Redis asynchronously; give it a moment before publishing.
    await sleep(1000);

    const started = Date.now();
    const res = await post(b.url, `mutation ($input: IngestDocumentInput!) { ingestDocument(input: $input) { status document { id } } }`, { input: { text: seed.text, source: seed.source } });
    const answered = Date.now();
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.ingestDocument.status).toBe("CREATED");
    const documentId = res.body.data!.ingestDocument.document.id;

    await until(() => documents.data.length > 0 && korea.data.length > 0 && meetings.data.length > 0);
    expect(korea.errors).toEqual([]);
    expect(korea.at[0] - answered).toBeLessThan(1000);
    console.log(`factAdded on A: ${korea.at[0] - started} ms after B was sent the ingest, ${korea.at[0] - answered} ms after B answered`);

    const facts = korea.data.map((d) => d.factAdded);
    expect(facts.every((f) => f.countries.includes("KR") && f.documentId === documentId && f.source === seed.source)).toBe(true);
    expect(new Set(facts.map((f) => f.kind))).toContain("MEETING");
    expect(meetings.data.map((d) => d.factAdded.kind)).toEqual(["MEETING"]);
    expect(documents.data[0].documentIngested).toMatchObject({ documentId, source: seed.source, status: "CREATED" });
    expect(documents.data[0].documentIngested.countries).toEqual(expect.arrayContaining(["KR", "VN"]));

    // The IDs are the API's: the meeting and its officials resolve on either instance.
    const meeting = meetings.data[0].factAdded;
    const q = await post(a.url, `query ($id: ID!) { node(id: $id) { ... on Meeting { participants { official { id country { code } } } } } }`, { id: meeting.nodeId });
    expect(q.body.data!.node.participants.map((p: any) => p.official.id).sort()).toEqual([...meeting.officials].sort());

    // Filtering by an official: only facts that involve them.
    const official = meeting.officials[0];
    const byOfficial = subscribe(client, FACTS, { officials: [official] });
    await sleep(1000);
    const replaced = await post(b.url, `mutation ($input: IngestDocumentInput!) { ingestDocument(input: $input) { status } }`, { input: { text: seed.text + "\n", source: seed.source } });
    expect(replaced.body.data!.ingestDocument.status).toBe("REPLACED");
    await until(() => byOfficial.data.length > 0);
    expect(byOfficial.data.length).toBeGreaterThan(0);
    expect(byOfficial.data.every((d) => d.factAdded.officials.includes(official))).toBe(true);

    await sleep(300);
    expect(japan.data).toEqual([]);
    expect(japan.errors).toEqual([]);
  });
});

describe("ingests by the CLI", () => {
  it("a subscriber on A receives documentIngested for a `diplograph ingest` in another process", async () => {
    const { client } = connect(a.url);
    const documents = subscribe(client, `subscription { documentIngested { source status factCount } }`);
    await sleep(1000);
    const other = SEEDS.find((x) => x !== seed)!;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "diplograph-sub-"));
    const file = path.join(dir, "report.txt");
    fs.writeFileSync(file, other.text);
    await run(process.execPath, [path.resolve("bin/diplograph.js"), "ingest", file], {
      env: { ...process.env, DATABASE_URL: db.url, REDIS_URL, DIPLOGRAPH_REDIS_PREFIX: prefix },
    });
    await until(() => documents.data.length > 0);
    expect(documents.data.map((d) => d.documentIngested)).toEqual([{ source: file, status: "CREATED", factCount: expect.any(Number) }]);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe("refusals", () => {
  it("refuses bad filters with BAD_USER_INPUT on the socket and keeps serving", async () => {
    const { client } = connect(a.url);
    const country = subscribe(client, FACTS, { countries: ["XX"] });
    const official = subscribe(client, FACTS, { officials: ["not-an-id"] });
    const notOfficial = subscribe(client, FACTS, { officials: [Buffer.from("Meeting:1").toString("base64")] });
    const kind = subscribe(client, FACTS, { kinds: ["GOSSIP"] });
    await Promise.all([country.done, official.done, notOfficial.done, kind.done]);
    expect(country.errors[0]).toMatchObject({ message: expect.stringContaining('"XX"'), extensions: { code: "BAD_USER_INPUT" } });
    expect(official.errors[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT" } });
    expect(notOfficial.errors[0]).toMatchObject({ message: expect.stringContaining("Official"), extensions: { code: "BAD_USER_INPUT" } });
    expect(kind.errors[0]).toMatchObject({ message: expect.stringContaining("GOSSIP"), extensions: { code: "BAD_USER_INPUT" } });
    // The same connection still takes a good subscription, and the server still answers queries.
    const fine = subscribe(client, FACTS, { countries: ["VN"] });
    await sleep(200);
    expect(fine.errors).toEqual([]);
    fine.dispose();
    expect((await post(a.url, `{ documents(first: 1) { totalCount } }`)).body.data!.documents.totalCount).toBe(2);
  });

  it("refuses a connection without the read token when one is set, and takes it in connectionParams", async () => {
    const anonymous = connect(guarded.url);
    const refused = subscribe(anonymous.client, FACTS);
    await refused.done;
    await until(() => anonymous.closeCode() != null);
    expect(anonymous.closeCode()).toBe(4403);
    expect(refused.data).toEqual([]);

    const wrong = connect(guarded.url, { authorization: "Bearer wrong" });
    await subscribe(wrong.client, FACTS).done;
    expect(wrong.closeCode()).toBe(4403);

    const reader = connect(guarded.url, { authorization: `Bearer ${READ_TOKEN}` });
    const ok = subscribe(reader.client, FACTS, { countries: ["VN"] });
    await sleep(300);
    expect(ok.errors).toEqual([]);
    expect(reader.closeCode()).toBeNull();
  });

  it("limits subscriptions per connection", async () => {
    const reader = connect(guarded.url, { authorization: `Bearer ${READ_TOKEN}` });
    const first = subscribe(reader.client, FACTS);
    const second = subscribe(reader.client, FACTS);
    const third = subscribe(reader.client, FACTS);
    await third.done;
    expect(third.errors[0]).toMatchObject({ extensions: { code: "TOO_MANY_SUBSCRIPTIONS" } });
    expect(first.errors).toEqual([]);
    expect(second.errors).toEqual([]);
    // Completing one frees its place.
    first.dispose();
    await sleep(200);
    const fourth = subscribe(reader.client, FACTS);
    await sleep(300);
    expect(fourth.errors).toEqual([]);
  });

  it("refuses a subscription over plain HTTP with a clear error", async () => {
    const res = await post(a.url, `subscription { documentIngested { documentId } }`);
    expect(res.body.errors?.length).toBeGreaterThan(0);
    expect(res.body.data ?? null).toBeNull();
  });
});

describe("the HTTP API's limits on the socket", () => {
  it("refuses over the alias and token limits with their codes, and masks suggestions with introspection off", async () => {
    const { client } = connect(armored.url);
    const aliases = subscribe(client, `subscription { documentIngested { a: documentId b: documentId c: documentId } }`);
    const tokens = subscribe(client, `subscription { documentIngested { ${"documentId ".repeat(80)} } }`);
    const typo = subscribe(client, `subscription { documentIngestd { documentId } }`);
    const long = subscribe(client, FACTS, { countries: ["x".repeat(2000)] });
    const deep = subscribe(client, FACTS, { countries: JSON.parse("[".repeat(100) + "]".repeat(100)) });
    await Promise.all([aliases.done, tokens.done, typo.done, long.done, deep.done]);
    expect(aliases.errors[0]).toMatchObject({ extensions: { code: "TOO_MANY_ALIASES" } });
    expect(tokens.errors[0]).toMatchObject({ extensions: { code: "TOO_MANY_TOKENS", max: 60 } });
    expect(typo.errors[0]).toMatchObject({ extensions: { code: "GRAPHQL_VALIDATION_FAILED" } });
    expect(typo.errors[0].message).toContain("documentIngestd");
    expect(typo.errors[0].message).not.toMatch(/Did you mean/);
    expect(long.errors[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT" } });
    expect(deep.errors[0]).toMatchObject({ extensions: { code: "VARIABLES_TOO_DEEP" } });
    for (const r of [aliases, tokens, typo, long, deep]) expect(r.data).toEqual([]);
    // On the API with introspection on, the same typo gets its suggestion.
    const open = subscribe(connect(a.url).client, `subscription { documentIngestd { documentId } }`);
    await open.done;
    expect(open.errors[0].message).toMatch(/Did you mean "documentIngested"/);
  });

  it("runs only subscriptions: queries and mutations over the socket are sent to HTTP, and nothing is written", async () => {
    const before = await db.prisma.document.count();
    const { client } = connect(a.url, { authorization: `Bearer ${TEST_WRITE_TOKEN}` });
    const query = subscribe(client, `{ documents(first: 1) { totalCount } }`);
    const mutation = subscribe(client, `mutation ($input: IngestDocumentInput!) { ingestDocument(input: $input) { status } }`, { input: { text: seed.text + "\nOver the socket.\n", source: "socket.txt" } });
    await Promise.all([query.done, mutation.done]);
    expect(query.errors[0]).toMatchObject({ message: expect.stringContaining("POST /graphql"), extensions: { code: "BAD_REQUEST" } });
    expect(mutation.errors[0]).toMatchObject({ message: expect.stringContaining("mutations"), extensions: { code: "BAD_REQUEST" } });
    expect(query.data).toEqual([]);
    expect(mutation.data).toEqual([]);
    expect(await db.prisma.document.count()).toBe(before);
  });

  it("caps WebSocket connections with 503 and Retry-After, and the HTTP connection cap does not close subscribers", async () => {
    const subscribers = [connect(armored.url), connect(armored.url), connect(armored.url)];
    const subs = subscribers.map((s) => subscribe(s.client, FACTS, { countries: ["VN"] }));
    await until(() => armored.stats().open >= 3);
    await sleep(300);
    for (const r of subs) expect(r.errors).toEqual([]);

    const refused = await new Promise<{ status: number; retryAfter: string | undefined }>((resolve, reject) => {
      const ws = new WebSocket(wsUrl(armored.url), "graphql-transport-ws");
      ws.on("unexpected-response", (_req, res) => resolve({ status: res.statusCode ?? 0, retryAfter: res.headers["retry-after"] as string | undefined }));
      ws.on("open", () => reject(new Error("a fourth WebSocket connection was accepted")));
      ws.on("error", () => {});
    });
    expect(refused).toEqual({ status: 503, retryAfter: "5" });

    // Twenty stalled HTTP connections against a cap of ten: the stalled ones are closed, not the subscribers.
    const { port } = new URL(armored.url);
    const stalled = Array.from({ length: 20 }, () => {
      const socket = net.connect(Number(port), "127.0.0.1", () => socket.write("POST /graphql HTTP/1.1\r\nhost: x\r\n"));
      socket.on("error", () => {});
      return socket;
    });
    await until(() => armored.stats().evicted >= 10);
    expect(armored.stats().evicted).toBeGreaterThanOrEqual(10);
    for (const s of subscribers) expect(s.closeCode()).toBeNull();
    for (const r of subs) expect(r.errors).toEqual([]);
    const late = subscribe(subscribers[0]!.client, `subscription { documentIngested { documentId } }`);
    await sleep(300);
    expect(late.errors).toEqual([]);
    for (const s of stalled) s.destroy();
    for (const r of subs) r.dispose();
    late.dispose();
  });
});
