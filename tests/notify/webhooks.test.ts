// Webhooks against real receivers on loopback: signed at-least-once deliveries with an
// idempotency key, claimed by exactly one of two delivery loops, retried after a 500 or a
// receiver that hangs, logged, and an endpoint that keeps failing paused until resumed.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../../src/store/db.ts";
import { ingestText } from "../../src/store/ingest.ts";
import { publishIngest } from "../../src/notify/publish.ts";
import { addEndpoint, getEndpoint, listDeliveries, resumeEndpoint } from "../../src/notify/webhooks.ts";
import { deliverDue, startDeliveryLoop, WAITING_DELIVERY_PARAMS, WAITING_DELIVERY_SQL } from "../../src/notify/delivery.ts";
import { verify } from "../../src/notify/signature.ts";
import { startServer } from "../../src/server.ts";
import { freshDatabase, testProvider } from "../helpers/database.ts";
import { disposeDatabase, post, SEEDS, TEST_WRITE_TOKEN } from "../graphql/support.ts";

interface Hit {
  key: string;
  event: string;
  signature: string;
  body: string;
  answered: number | "hung";
}

/** A receiver whose answer to the n-th request (from 1) is chosen by `answer`. */
async function receiver(answer: (n: number) => number | "hang") {
  const hits: Hit[] = [];
  const server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      const a = answer(hits.length + 1);
      hits.push({ key: String(req.headers["diplograph-idempotency-key"]), event: String(req.headers["diplograph-event"]), signature: String(req.headers["diplograph-signature"]), body, answered: a === "hang" ? "hung" : a });
      if (a === "hang") return; // never answers
      res.writeHead(a).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  return {
    url,
    hits,
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((r) => server.close(() => r()));
    },
  };
}

const SETTINGS = { webhookTimeoutMs: 5000, webhookMaxAttempts: 8, webhookBackoffMs: 20, webhookPauseAfter: 50, webhookPollMs: 50 };
const SECRET = "receiver-secret-0123456789";
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function ingestAndAnnounce(db: Database, seed = SEEDS[0]) {
  const result = await ingestText(db.prisma, { text: seed.text, source: seed.source });
  const events = await publishIngest(db.prisma, null, result);
  return events!;
}

/** Runs the delivery loop of one or more processes until nothing is pending or sending. */
async function drain(dbs: Database[], settings = SETTINGS, ms = 20_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    await Promise.all(dbs.map((d) => deliverDue(d.prisma, settings)));
    const left = await dbs[0].prisma.webhookDelivery.count({ where: { status: { in: ["pending", "sending"] }, endpoint: { status: "active" } } });
    if (left === 0) return;
    await sleep(20);
  }
  throw new Error("deliveries still pending");
}

let db: Database;
const toClose: (() => Promise<unknown>)[] = [];
beforeEach(async () => {
  db = await freshDatabase();
});
afterEach(async () => {
  while (toClose.length) await toClose.pop()!();
  await disposeDatabase(db);
});

describe("deliveries", () => {
  it("a receiver that fails its first two attempts then gets every event exactly once, signed, with two delivery loops racing", async () => {
    const r = await receiver((n) => (n <= 2 ? 500 : 204));
    toClose.push(r.close);
    await addEndpoint(db.prisma, { url: r.url, secret: SECRET });
    const events = await ingestAndAnnounce(db);
    const expected = 1 + events.facts.length;
    expect(events.facts.length).toBeGreaterThan(3);

    // A second process's connection on PostgreSQL. better-sqlite3 is synchronous: two connections
    // in one process would wait on each other's lock, so on SQLite the second loop shares the client.
    const other = testProvider === "postgresql" ? await openDatabase(db.url) : db;
    if (other !== db) toClose.push(() => other.close());
    await drain([db, other]);

    const delivered = r.hits.filter((h) => h.answered === 204);
    const keys = delivered.map((h) => h.key);
    expect(new Set(keys).size).toBe(keys.length); // each once
    expect(keys.length).toBe(expected); // every event
    for (const h of r.hits) {
      expect(verify(SECRET, h.signature, h.body)).toBe(true);
      expect(JSON.parse(h.body).id).toBe(h.key);
    }
    expect(verify("another-secret-0000000", delivered[0].signature, delivered[0].body)).toBe(false);
    expect(verify(SECRET, delivered[0].signature, delivered[0].body + " ")).toBe(false);

    const bodies = delivered.map((h) => JSON.parse(h.body));
    expect(bodies.filter((b) => b.event === "documentIngested")).toHaveLength(1);
    expect(bodies.find((b) => b.event === "documentIngested").data).toMatchObject({ source: SEEDS[0].source, status: "created", factCount: events.facts.length });
    expect(new Set(bodies.filter((b) => b.event === "factAdded").map((b) => b.data.nodeId))).toEqual(new Set(events.facts.map((f) => f.nodeId)));

    // The two failed requests were retries of deliveries that then succeeded under the same key.
    const failedKeys = r.hits.filter((h) => h.answered === 500).map((h) => h.key);
    expect(failedKeys).toHaveLength(2);
    for (const k of failedKeys) expect(keys).toContain(k);
    const log = await listDeliveries(db.prisma, { first: 100 });
    expect(log.every((d) => d.status === "delivered")).toBe(true);
    const retried = log.filter((d) => failedKeys.includes(d.idempotencyKey));
    for (const d of retried) expect(d.log.map((a) => a.statusCode)).toEqual([500, 204]);
  });

  it("cuts a receiver that hangs, retries it and logs both attempts", async () => {
    const r = await receiver((n) => (n === 1 ? "hang" : 200));
    toClose.push(r.close);
    await addEndpoint(db.prisma, { url: r.url, secret: SECRET, kinds: ["meeting"] });
    await ingestAndAnnounce(db);
    const started = Date.now();
    await drain([db], { ...SETTINGS, webhookTimeoutMs: 400 });
    const log = await listDeliveries(db.prisma);
    expect(log.map((d) => d.event).sort()).toEqual(["documentIngested", "factAdded"]);
    const hung = log.find((d) => d.log.length === 2)!;
    expect(hung.log[0]).toMatchObject({ statusCode: null, error: "no answer within 400 ms" });
    expect(hung.log[0].durationMs).toBeGreaterThanOrEqual(390);
    expect(hung.log[1]).toMatchObject({ statusCode: 200, error: null });
    expect(hung.status).toBe("delivered");
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it("pauses an endpoint after N consecutive failures, sends nothing more until resumed", async () => {
    let failing = true;
    const r = await receiver(() => (failing ? 500 : 200));
    toClose.push(r.close);
    const { endpoint } = await addEndpoint(db.prisma, { url: r.url, secret: SECRET });
    await ingestAndAnnounce(db);
    const settings = { ...SETTINGS, webhookPauseAfter: 3 };
    for (let i = 0; i < 20 && (await getEndpoint(db.prisma, endpoint.id))!.status === "active"; i++) {
      await deliverDue(db.prisma, settings);
      await sleep(30);
    }
    const paused = (await getEndpoint(db.prisma, endpoint.id))!;
    expect(paused.status).toBe("paused");
    expect(paused.pausedReason).toContain("HTTP 500");
    const hitsWhenPaused = r.hits.length;
    expect(hitsWhenPaused).toBeGreaterThanOrEqual(3);
    for (let i = 0; i < 5; i++) {
      await deliverDue(db.prisma, settings);
      await sleep(30);
    }
    expect(r.hits.length).toBe(hitsWhenPaused);

    failing = false;
    await resumeEndpoint(db.prisma, endpoint.id);
    await drain([db], settings);
    const log = await listDeliveries(db.prisma, { first: 100 });
    expect(log.every((d) => d.status === "delivered")).toBe(true);
  });
});

describe("the server's delivery poll", () => {
  it("reads one index entry per poll while nothing is pending, and delivers once something is", async () => {
    const seen: string[] = [];
    const counted = await freshDatabase({ onQuery: (sql) => seen.push(sql) });
    toClose.push(() => disposeDatabase(counted));
    const waiting = () => counted.read.rows(WAITING_DELIVERY_SQL, WAITING_DELIVERY_PARAMS).then((rows) => rows.length > 0);
    const idle = startDeliveryLoop(counted.prisma, SETTINGS, () => {}, waiting);
    await sleep(300);
    await idle.stop();
    // Several polls, each the one read: no claim released, no delivery looked for.
    const polls = seen.filter((sql) => sql.includes("WebhookDelivery"));
    expect(polls.length).toBeGreaterThan(1);
    expect(polls.filter((sql) => !sql.startsWith("SELECT 1"))).toEqual([]);

    const r = await receiver(() => 204);
    toClose.push(r.close);
    await addEndpoint(counted.prisma, { url: r.url, secret: SECRET });
    const events = await ingestAndAnnounce(counted);
    const loop = startDeliveryLoop(counted.prisma, SETTINGS, () => {}, waiting);
    toClose.push(() => loop.stop());
    const end = Date.now() + 20_000;
    while (r.hits.length < 1 + events.facts.length && Date.now() < end) await sleep(20);
    expect(new Set(r.hits.map((h) => h.key)).size).toBe(1 + events.facts.length);
  });
});

describe("the API", () => {
  it("registers endpoints with the write token only, refuses non-http URLs and bad filters, and shows the delivery log", async () => {
    const server = await startServer({ db, port: 0, host: "127.0.0.1", log: () => {}, writeToken: TEST_WRITE_TOKEN, redisUrl: null, ...SETTINGS });
    toClose.push(() => server.close());
    const r = await receiver(() => 200);
    toClose.push(r.close);
    const ADD = `mutation ($input: AddWebhookEndpointInput!) { addWebhookEndpoint(input: $input) { secret endpoint { id url status filter { kinds countries } } } }`;

    for (const url of ["ftp://example.org/hook", "javascript:alert(1)", "not a url", "file:///etc/passwd"]) {
      const res = await post(server.url, ADD, { input: { url } });
      expect(res.body.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
      expect(res.body.errors?.[0].message).toMatch(/http|URL/);
    }
    const badCountry = await post(server.url, ADD, { input: { url: r.url, countries: ["ZZ"] } });
    expect(badCountry.body.errors?.[0]).toMatchObject({ message: expect.stringContaining("ZZ"), extensions: { code: "BAD_USER_INPUT" } });

    const anonymous = await fetch(`${server.url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: ADD, variables: { input: { url: r.url } } }) });
    expect(((await anonymous.json()) as any).errors[0].extensions.code).toBe("UNAUTHENTICATED");
    expect(await db.prisma.webhookEndpoint.count()).toBe(0);

    const added = await post(server.url, ADD, { input: { url: r.url, kinds: ["PROPOSAL"], countries: ["Vietnamese"] } });
    expect(added.body.errors).toBeUndefined();
    expect(added.body.data!.addWebhookEndpoint.endpoint).toMatchObject({ url: r.url, status: "ACTIVE", filter: { kinds: ["PROPOSAL"], countries: ["VN"] } });
    const secret = added.body.data!.addWebhookEndpoint.secret as string;
    expect(secret).toMatch(/^[0-9a-f]{64}$/);

    // An ingest through the API is delivered by the server's own loop.
    const ingest = await post(server.url, `mutation ($input: IngestDocumentInput!) { ingestDocument(input: $input) { status } }`, { input: { text: SEEDS[0].text, source: SEEDS[0].source } });
    expect(ingest.body.errors).toBeUndefined();
    const end = Date.now() + 10_000;
    while (Date.now() < end && (await db.prisma.webhookDelivery.count({ where: { status: { not: "delivered" } } })) + (await db.prisma.webhookDelivery.count()) === 0) await sleep(50);
    while (Date.now() < end && (await db.prisma.webhookDelivery.count({ where: { status: { not: "delivered" } } })) > 0) await sleep(50);
    const proposals = r.hits.filter((h) => h.event === "factAdded").map((h) => JSON.parse(h.body).data);
    expect(proposals.length).toBeGreaterThan(0);
    expect(proposals.every((p) => p.kind === "proposal" && p.countries.includes("VN"))).toBe(true);
    expect(r.hits.every((h) => verify(secret, h.signature, h.body))).toBe(true);

    const log = await post(server.url, `{ webhookDeliveries(first: 100) { idempotencyKey event status attempts log { statusCode error } } webhookEndpoints { id status consecutiveFailures } }`);
    expect(log.body.errors).toBeUndefined();
    expect(log.body.data!.webhookDeliveries).toHaveLength(r.hits.length);
    expect(log.body.data!.webhookDeliveries.every((d: any) => d.status === "delivered" && d.log[0].statusCode === 200)).toBe(true);
    const readOnly = await fetch(`${server.url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: `{ webhookDeliveries { id } }` }) });
    expect(((await readOnly.json()) as any).errors[0].extensions.code).toBe("UNAUTHENTICATED");
  });
});
