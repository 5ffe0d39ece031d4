// Slow and greedy clients (issue #17): headers and bodies have time limits, open connections a
// cap that makes room for newcomers, executions a cap with a short queue beyond which requests get
// 503 SERVER_BUSY with Retry-After, and /healthz keeps answering throughout. A document whose
// extraction runs past its budget is refused with EXTRACTION_TIMEOUT and nothing is written.
// (Latencies under load are measured by bench/overload.ts, not asserted here.)
import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/store/db.ts";
import { startServer, type ServerOptions } from "../../src/server.ts";
import { disposeDatabase, seededDatabase, TEST_WRITE_TOKEN } from "../graphql/support.ts";
import { slowDocument } from "../commands/slow-document.ts";
import { Admission, OverloadedError } from "../../src/http/admission.ts";
import { resolveSecurity } from "../../src/graphql/security/config.ts";

let db: Database;
const servers: { close(): Promise<void> }[] = [];

async function serve(options: Partial<ServerOptions> = {}) {
  const server = await startServer({ db, port: 0, host: "127.0.0.1", log: () => {}, writeToken: TEST_WRITE_TOKEN, ...options });
  servers.push(server);
  return server;
}

beforeAll(async () => {
  db = await seededDatabase();
});

afterAll(async () => {
  for (const s of servers) await s.close();
  if (db) await disposeDatabase(db);
});

async function healthz(url: string): Promise<{ status: number; ms: number }> {
  const t0 = performance.now();
  const res = await fetch(`${url}/healthz`);
  await res.text();
  return { status: res.status, ms: performance.now() - t0 };
}

/** Opens a connection that sends `head` and then nothing more; resolves when the server closes it, with what it answered. */
function stall(url: string, head: string): { closed: Promise<{ answer: string; ms: number }>; socket: net.Socket } {
  const { port } = new URL(url);
  const t0 = performance.now();
  const socket = net.connect(Number(port), "127.0.0.1", () => socket.write(head));
  let answer = "";
  socket.on("data", (c) => (answer += c.toString()));
  socket.on("error", () => {});
  const closed = new Promise<{ answer: string; ms: number }>((resolve) => socket.on("close", () => resolve({ answer, ms: performance.now() - t0 })));
  return { closed, socket };
}

const POST_HEAD = (length: number) => `POST /graphql HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: ${length}\r\n\r\n`;

describe("slow clients", () => {
  it("closes a connection whose headers do not arrive in time", async () => {
    const server = await serve({ headersTimeoutMs: 1000, bodyTimeoutMs: 2000 });
    const { closed } = stall(server.url, "POST /graphql HTTP/1.1\r\nhost: x\r\n");
    const { ms } = await closed;
    expect(ms).toBeGreaterThan(900);
    expect(ms).toBeLessThan(4000);
  });

  it("closes a connection whose body trickles in past the body timeout", async () => {
    const server = await serve({ headersTimeoutMs: 1000, bodyTimeoutMs: 2000 });
    const { closed, socket } = stall(server.url, POST_HEAD(100) + '{"query":');
    const drip = setInterval(() => socket.writable && socket.write(" "), 200);
    const { answer, ms } = await closed;
    clearInterval(drip);
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    expect(ms).toBeGreaterThan(1900);
    expect(ms).toBeLessThan(5000);
  });

  it("past the connection cap, closes the oldest stalled connection and keeps answering /healthz", async () => {
    const server = await serve({ headersTimeoutMs: 20_000, bodyTimeoutMs: 20_000, maxConnections: 50 });
    const stalled = Array.from({ length: 120 }, () => stall(server.url, POST_HEAD(100)));
    await new Promise((r) => setTimeout(r, 500));
    for (let i = 0; i < 5; i++) expect((await healthz(server.url)).status).toBe(200);
    const stats = server.stats();
    expect(stats.open).toBeLessThanOrEqual(50);
    expect(stats.evicted).toBeGreaterThanOrEqual(70);
    for (const s of stalled) s.socket.destroy();
  });
});

const HEAVY = `{ officials(first: 50) { edges { node { name meetings(first: 50) { edges { node { participants { official { name } } proposals { text } } } } proposals(first: 50) { edges { node { text } } } } } } }`;

describe("greedy clients", () => {
  it("sheds what exceeds the execution cap and its queue with 503 and Retry-After; /healthz stays fast", async () => {
    // One request holds the only execution slot for seconds: an ingest whose extraction runs in its
    // worker (a large report). Whether ordinary queries overlap depends on the machine's speed; this
    // one surely does, so everything sent meanwhile must be shed (no queue).
    process.env.DIPLOGRAPH_MAX_BYTES = "8000000";
    try {
      const server = await serve({ maxConcurrent: 1, maxQueued: 0, queueWaitMs: 1000, extractBudgetMs: 120_000, maxBodyBytes: 16_000_000, requestTimeoutMs: 120_000, limits: { cost: 10_000_000 } });
      const holder = fetch(`${server.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${TEST_WRITE_TOKEN}` },
        body: JSON.stringify({ query: "mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { status } }", variables: { input: { text: slowDocument(5_000_000), source: "holder.txt" } } }),
      }).then((r) => r.status);
      for (let i = 0; i < 500 && server.stats().running < 1; i++) await new Promise((r) => setTimeout(r, 10));
      expect(server.stats().running).toBe(1);
      const post = () =>
        fetch(`${server.url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: HEAVY }) }).then(async (r) => ({
          status: r.status,
          retryAfter: r.headers.get("retry-after"),
          body: (await r.json()) as { errors?: { extensions?: { code?: string } }[] },
        }));
      const all = Promise.all(Array.from({ length: 10 }, post));
      for (let i = 0; i < 3; i++) expect((await healthz(server.url)).status).toBe(200);
      const answers = await all;
      const stillHeld = server.stats().running === 1;
      const shed = answers.filter((a) => a.status === 503);
      if (stillHeld) expect(shed.length).toBe(10);
      expect(shed.length).toBeGreaterThan(0);
      for (const a of shed) {
        expect(a.body.errors?.[0].extensions?.code).toBe("SERVER_BUSY");
        expect(a.retryAfter).toBe("1");
      }
      expect(await holder).toBe(200);
      expect(server.stats()).toMatchObject({ shed: shed.length, running: 0, waiting: 0 });
    } finally {
      delete process.env.DIPLOGRAPH_MAX_BYTES;
    }
  });

  /** An ingest that holds an execution slot for seconds (its extraction runs in the worker), and the means to abandon it. */
  let held = 0;
  async function holdSlot(server: { url: string; stats(): { running: number } }) {
    const gone = new AbortController();
    // Text of its own: an ingest of text already stored answers "unchanged" without extracting.
    const text = `${slowDocument(5_000_000)}\nHolder ${++held}.\n`;
    const answered = fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${TEST_WRITE_TOKEN}` },
      body: JSON.stringify({ query: "mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { status } }", variables: { input: { text, source: `holder-${held}.txt` } } }),
      signal: gone.signal,
    }).then(
      (r) => r.status,
      () => "abandoned" as const,
    );
    for (let i = 0; i < 1000 && server.stats().running < 1; i++) await new Promise((r) => setTimeout(r, 10));
    expect(server.stats().running).toBe(1);
    return { answered, abandon: () => gone.abort() };
  }

  const HOLDER_OPTIONS: Partial<ServerOptions> = { extractBudgetMs: 120_000, maxBodyBytes: 16_000_000, requestTimeoutMs: 120_000, headersTimeoutMs: 30_000, bodyTimeoutMs: 30_000 };

  it("with every slot taken and the queue full, refuses a request before reading its body", async () => {
    process.env.DIPLOGRAPH_MAX_BYTES = "8000000";
    try {
      const server = await serve({ ...HOLDER_OPTIONS, maxConcurrent: 1, maxQueued: 0, queueWaitMs: 1000 });
      const holder = await holdSlot(server);
      // Headers announcing a body that never comes: a server waiting for it would answer 408 after 30 s.
      const { closed, socket } = stall(server.url, POST_HEAD(100));
      let answer = "";
      socket.on("data", (c) => (answer += c.toString()));
      for (let i = 0; i < 1000 && !answer.includes("SERVER_BUSY"); i++) await new Promise((r) => setTimeout(r, 10));
      expect(answer).toMatch(/^HTTP\/1\.1 503/);
      expect(answer).toMatch(/\r\nretry-after: 1\r\n/i);
      expect(answer).toContain('"code":"SERVER_BUSY"');
      expect(server.stats().running).toBe(1);
      socket.destroy();
      await closed;
      holder.abandon();
      await holder.answered;
    } finally {
      delete process.env.DIPLOGRAPH_MAX_BYTES;
    }
  });

  it("serves a connection's next request no sooner than the Retry-After its 503 gave; /healthz meanwhile at once", async () => {
    // Node accepts one connection per turn of the event loop: greedy clients resending at once
    // after a 503 made every turn refuse hundreds of requests, and a new /healthz connection
    // waited seconds in the accept queue (scripts/overload.ts).
    process.env.DIPLOGRAPH_MAX_BYTES = "8000000";
    try {
      const server = await serve({ ...HOLDER_OPTIONS, maxConcurrent: 1, maxQueued: 0, queueWaitMs: 1000 });
      const holder = await holdSlot(server);
      const body = JSON.stringify({ query: "{ documents(first: 1) { totalCount } }" });
      const request = `POST /graphql HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
      const { closed, socket } = stall(server.url, request);
      const answers: { at: number; head: string }[] = [];
      let buffered = "";
      socket.on("data", (c) => {
        buffered += c.toString();
        if (answers.length === 0) {
          // A greedy client: it resends the moment it has the whole 503 (headers and content-length bytes).
          const end = buffered.indexOf("\r\n\r\n");
          const length = Number(/\r\ncontent-length: (\d+)/i.exec(buffered.slice(0, end))?.[1] ?? NaN);
          if (end < 0 || buffered.length < end + 4 + length) return;
          answers.push({ at: performance.now(), head: buffered.slice(0, buffered.indexOf("\r\n")) });
          buffered = buffered.slice(end + 4 + length);
          socket.write(request);
        }
        if (answers.length === 1 && buffered.includes("\r\n")) answers.push({ at: performance.now(), head: buffered.slice(0, buffered.indexOf("\r\n")) });
      });
      for (let i = 0; i < 200 && answers.length < 1; i++) await new Promise((r) => setTimeout(r, 10));
      expect(answers[0]?.head).toBe("HTTP/1.1 503 Service Unavailable");
      // The second request waits; /healthz on another connection answers meanwhile.
      expect((await healthz(server.url)).status).toBe(200);
      for (let i = 0; i < 500 && answers.length < 2; i++) await new Promise((r) => setTimeout(r, 10));
      // Whatever it then gets (503 again, or 200 if the slot has come free), not before Retry-After: 1
      // (the timer may fire a little early by the clock read here).
      expect(answers[1]?.head).toMatch(/^HTTP\/1\.1 (503|200) /);
      expect(answers[1]!.at - answers[0]!.at).toBeGreaterThan(900);
      expect(server.stats().held).toBe(1);
      socket.destroy();
      await closed;
      holder.abandon();
      await holder.answered;
    } finally {
      delete process.env.DIPLOGRAPH_MAX_BYTES;
    }
  });

  it("answers /healthz on a port of its own when given one, and nothing else there", async () => {
    const server = await serve({ healthPort: 0 });
    expect(server.healthUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.healthUrl).not.toBe(server.url);
    expect(await healthz(server.healthUrl!)).toMatchObject({ status: 200 });
    const body = await (await fetch(`${server.healthUrl}/healthz`)).json();
    expect(body).toEqual({ status: "ok" });
    expect((await fetch(`${server.healthUrl}/graphql?query=%7B__typename%7D`)).status).toBe(404);
    // The API's port still answers both.
    expect((await healthz(server.url)).status).toBe(200);
    expect((await serve()).healthUrl).toBeNull();
  });

  it("stops the work of clients that have gone: a queued request leaves the queue, an ingest's extraction is stopped and nothing is written", async () => {
    process.env.DIPLOGRAPH_MAX_BYTES = "8000000";
    try {
      const server = await serve({ ...HOLDER_OPTIONS, maxConcurrent: 1, maxQueued: 4, queueWaitMs: 120_000 });
      const before = await db.prisma.document.count();
      const holder = await holdSlot(server);
      const queuedGone = new AbortController();
      const queued = fetch(`${server.url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: HEAVY }), signal: queuedGone.signal }).catch(() => "abandoned");
      for (let i = 0; i < 1000 && server.stats().waiting < 1; i++) await new Promise((r) => setTimeout(r, 10));
      expect(server.stats().waiting).toBe(1);
      queuedGone.abort();
      expect(await queued).toBe("abandoned");
      for (let i = 0; i < 1000 && server.stats().waiting > 0; i++) await new Promise((r) => setTimeout(r, 10));
      expect(server.stats()).toMatchObject({ running: 1, waiting: 0, cancelled: { queued: 1, executing: 0 } });
      // /healthz answers while the slot is held.
      expect((await healthz(server.url)).status).toBe(200);

      holder.abandon();
      expect(await holder.answered).toBe("abandoned");
      // The extraction would take seconds more (the 5 MB document is built to be slow); the slot
      // comes back once the worker is stopped, and the ingest writes nothing.
      for (let i = 0; i < 3000 && server.stats().running > 0; i++) await new Promise((r) => setTimeout(r, 10));
      expect(server.stats()).toMatchObject({ running: 0, waiting: 0, cancelled: { queued: 1, executing: 1 } });
      expect(await db.prisma.document.count()).toBe(before);
      // The server serves the next request normally.
      const next = await fetch(`${server.url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ documents(first: 1) { totalCount } }" }) });
      expect(next.status).toBe(200);
    } finally {
      delete process.env.DIPLOGRAPH_MAX_BYTES;
    }
  });
});

describe("admission", () => {
  it("queues past the cap, admits in order, and drops waiters whose clients have gone", async () => {
    const admission = new Admission({ maxConcurrent: 1, maxQueued: 3, queueWaitMs: 10_000 });
    const first = await admission.enter();
    const gone = new AbortController();
    const order: string[] = [];
    const a = admission.enter(gone.signal).then(() => order.push("a"), (e: Error) => order.push(`a: ${e.message}`));
    const b = admission.enter().then((release) => (order.push("b"), release));
    expect(admission.waiting).toBe(2);
    gone.abort(new Error("client closed the connection"));
    await a;
    expect(admission.waiting).toBe(1);
    first();
    const releaseB = await b;
    expect(order).toEqual(["a: client closed the connection", "b"]);
    expect(admission.running).toBe(1);
    releaseB();
    releaseB(); // freeing twice frees once
    expect(admission.running).toBe(0);
  });

  it("sheds arrivals while the event loop lags with work in hand, and not once it has recovered", async () => {
    const admission = new Admission({ maxConcurrent: 4, maxQueued: 4, queueWaitMs: 1000, maxLagMs: 200 });
    admission.start();
    try {
      await new Promise((r) => setTimeout(r, 120));
      const release = await admission.enter();
      expect(admission.lagging()).toBeNull();
      const until = performance.now() + 400;
      while (performance.now() < until); // hold the loop
      await new Promise((r) => setTimeout(r, 60));
      expect(admission.lagging()).toMatchObject({ code: "SERVER_BUSY" });
      expect(admission.onArrival()).toMatchObject({ code: "SERVER_BUSY", retryAfterSeconds: 1 });
      // The same lag with no request in hand (another process, garbage collection) sheds nothing.
      release();
      expect(admission.lagging()).toBeNull();
      const again = await admission.enter();
      // Recovers once the loop runs on time again (how soon depends on the machine's load).
      for (let i = 0; i < 100 && admission.lagging(); i++) await new Promise((r) => setTimeout(r, 100));
      expect(admission.lagging()).toBeNull();
      again();
    } finally {
      admission.stop();
    }
  });

  it("hands out slots for a bounded time per turn of the event loop, so I/O is served between queued executions", async () => {
    // On SQLite an execution runs synchronously in microtasks; passed straight from one request to
    // the next, slots drained the whole queue before the loop read a socket again.
    const admission = new Admission({ maxConcurrent: 1, maxQueued: 10, queueWaitMs: 10_000 });
    const first = await admission.enter();
    await new Promise((r) => setImmediate(r)); // the slot was taken in an earlier turn
    const events: string[] = [];
    const runs = Array.from({ length: 4 }, (_, i) =>
      admission.enter().then((release) => {
        events.push(`run ${i}`);
        const until = performance.now() + 30; // past the turn's budget of 25 ms
        while (performance.now() < until);
        release();
      }),
    );
    setImmediate(() => events.push("io"));
    first();
    await Promise.all(runs);
    expect(events).toHaveLength(5);
    expect(events.indexOf("io")).toBeLessThan(events.indexOf("run 1"));
    expect(events.filter((e) => e.startsWith("run"))).toEqual(["run 0", "run 1", "run 2", "run 3"]);
  });

  it("refuses on arrival only when every slot is taken and the queue is full", async () => {
    const admission = new Admission({ maxConcurrent: 1, maxQueued: 1, queueWaitMs: 10_000 });
    expect(admission.onArrival()).toBeNull();
    const release = await admission.enter();
    expect(admission.onArrival()).toBeNull(); // one may still wait
    const waiting = admission.enter();
    expect(admission.onArrival()).toMatchObject({ code: "SERVER_BUSY", retryAfterSeconds: 10 });
    expect(admission.shed).toBe(1);
    release();
    (await waiting)();
    expect(admission.running).toBe(0);
  });

  it("refuses at once past the queue, and after the longest wait", async () => {
    const admission = new Admission({ maxConcurrent: 1, maxQueued: 1, queueWaitMs: 200 });
    await admission.enter();
    const waiting = admission.enter();
    await expect(admission.enter()).rejects.toBeInstanceOf(OverloadedError);
    await expect(waiting).rejects.toMatchObject({ code: "SERVER_BUSY", retryAfterSeconds: 1 });
    expect(admission.shed).toBe(2);
    expect(admission.waiting).toBe(0);
  });
});

describe("load settings", () => {
  it("takes 0 where it means off or none, and refuses other values with the variable's name", () => {
    expect(resolveSecurity({}, {})).toMatchObject({ maxConcurrent: 4, maxQueued: 32, queueWaitMs: 2000, maxLagMs: 500 });
    expect(resolveSecurity({}, { DIPLOGRAPH_MAX_LAG_MS: "0", DIPLOGRAPH_MAX_QUEUED: "0" })).toMatchObject({ maxLagMs: 0, maxQueued: 0 });
    expect(resolveSecurity({}, { DIPLOGRAPH_MAX_LAG_MS: "250" }).maxLagMs).toBe(250);
    expect(() => resolveSecurity({}, { DIPLOGRAPH_MAX_LAG_MS: "-1" })).toThrow(/DIPLOGRAPH_MAX_LAG_MS must be a whole number, got "-1"/);
    expect(() => resolveSecurity({}, { DIPLOGRAPH_MAX_QUEUED: "lots" })).toThrow(/DIPLOGRAPH_MAX_QUEUED must be a whole number/);
    // No execution slot at all would refuse everything: 0 is not "off" there.
    expect(() => resolveSecurity({}, { DIPLOGRAPH_MAX_CONCURRENT: "0" })).toThrow(/DIPLOGRAPH_MAX_CONCURRENT must be a positive whole number/);
  });

  it("a lag limit of 0 never sheds", async () => {
    const admission = new Admission({ maxConcurrent: 4, maxQueued: 4, queueWaitMs: 1000, maxLagMs: 0 });
    admission.start();
    try {
      const release = await admission.enter();
      const until = performance.now() + 300;
      while (performance.now() < until);
      await new Promise((r) => setTimeout(r, 60));
      expect(admission.lagging()).toBeNull();
      release();
    } finally {
      admission.stop();
    }
  });
});

describe("extraction budget through the API", () => {
  it("refuses a document over budget with EXTRACTION_TIMEOUT, writes nothing, and /healthz answers meanwhile", async () => {
    process.env.DIPLOGRAPH_MAX_BYTES = "16000000";
    try {
      // A budget of a second against seconds of extraction: the request lasts at least that second.
      const server = await serve({ extractBudgetMs: 1000, maxBodyBytes: 40_000_000, requestTimeoutMs: 120_000 });
      const before = await db.prisma.document.count();
      const mutation = fetch(`${server.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${TEST_WRITE_TOKEN}` },
        body: JSON.stringify({ query: "mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { status } }", variables: { input: { text: slowDocument(15_000_000), source: "slow.txt" } } }),
      }).then(async (r) => ({ status: r.status, body: (await r.json()) as { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] } }));
      const probes: number[] = [];
      let settled = false;
      void mutation.finally(() => (settled = true));
      while (!settled) {
        const h = await healthz(server.url);
        expect(h.status).toBe(200);
        probes.push(h.ms);
        await new Promise((r) => setTimeout(r, 100));
      }
      const a = await mutation;
      expect(a.body.errors?.[0].extensions).toMatchObject({ code: "EXTRACTION_TIMEOUT" });
      expect(a.body.errors?.[0].message).toMatch(/budget of 1000 ms/);
      // Answered again and again while the extraction ran (it takes the event loop no time).
      expect(probes.length).toBeGreaterThanOrEqual(2);
      expect(await db.prisma.document.count()).toBe(before);
    } finally {
      delete process.env.DIPLOGRAPH_MAX_BYTES;
    }
  });
});
