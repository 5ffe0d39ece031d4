// The Redis queue with real worker processes: a feed of 300 items on loopback is enqueued by
// `follow`'s queue sink; one worker ingests it into one database, then three workers into
// another while one of them is SIGKILLed mid-way. Every item must be in the graph exactly once,
// and the two exports must be equal. Prints the throughput of one worker and of three.
import { execFile, execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { graphql } from "graphql";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Follower } from "../../src/commands/follow.ts";
import { createContext } from "../../src/graphql/context.ts";
import { buildGraphQLSchema } from "../../src/graphql/schema.ts";
import { Metrics, serveMetrics } from "../../src/http/metrics.ts";
import { IngestQueue, jobIdOf } from "../../src/queue/queue.ts";
import { Fetcher } from "../../src/sources/fetch.ts";
import type { Database } from "../../src/store/db.ts";
import { exportGraph } from "../../src/store/export.ts";
import { dropDatabase, freshDatabase } from "../helpers/database.ts";
import { startNewsServer, type NewsServer } from "../helpers/news-server.ts";
import { REDIS_URL, redisAvailable, redisUp } from "../helpers/redis.ts";

const BIN = path.resolve("bin/diplograph.js");
const ITEMS = 300;
const run = promisify(execFile);
const RUN = `diplograph-test-${process.pid}-${Date.now()}`;

const available = await redisAvailable("the queue tests");

function startWorker(db: Database, queue: string, out: string[], redisUrl = REDIS_URL, args: string[] = [], env: Record<string, string> = {}): ChildProcess {
  const child = spawn(process.execPath, [BIN, "worker", "--concurrency", "2", ...args], {
    env: { ...process.env, DATABASE_URL: db.url, REDIS_URL: redisUrl, DIPLOGRAPH_QUEUE: queue, DIPLOGRAPH_QUEUE_PREFIX: RUN, DIPLOGRAPH_JOB_LOCK_MS: "4000", DIPLOGRAPH_FETCH_INTERVAL_MS: "0", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  collectLines(child.stdout!, out);
  collectLines(child.stderr!, out);
  return child;
}

/** Whole lines only: a chunk of output can end in the middle of one. */
function collectLines(stream: NodeJS.ReadableStream, out: string[]): void {
  let rest = "";
  stream.on("data", (d: Buffer) => {
    const lines = (rest + d.toString()).split("\n");
    rest = lines.pop()!;
    out.push(...lines.filter(Boolean));
  });
  stream.on("end", () => void (rest && out.push(rest)));
}

/** Whether this machine can start a Redis of the test's own (to stop and start it again). */
const haveRedisServer = (() => {
  try {
    execFileSync("redis-server", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as net.AddressInfo).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * A Redis of this test's own on loopback that writes every command to its append-only file before
 * answering, so one killed and started again on the same folder has lost nothing.
 */
async function ownRedis(port: number, dir: string): Promise<ChildProcess> {
  const child = spawn("redis-server", ["--bind", "127.0.0.1", "--port", String(port), "--dir", dir, "--appendonly", "yes", "--appendfsync", "always", "--save", ""], { stdio: "ignore" });
  const end = Date.now() + 20_000;
  while (!(await redisUp(`redis://127.0.0.1:${port}`))) {
    if (child.exitCode !== null || Date.now() > end) throw new Error(`redis-server on port ${port} did not start`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return child;
}

const exited = (c: ChildProcess) => new Promise<number | null>((resolve) => (c.exitCode !== null || c.signalCode !== null ? resolve(c.exitCode) : c.once("exit", (code) => resolve(code))));

async function enqueueFeed(site: NewsServer, queue: IngestQueue) {
  const follower = new Follower({ fetcher: new Fetcher({ perHostIntervalMs: 0 }), sink: { take: async (url) => (await queue.enqueue({ url }), "enqueued"), known: (url) => queue.has(url) }, log: () => {} });
  return follower.runRound([`${site.url}/feed.xml?n=${ITEMS}`]);
}

async function waitForDone(queue: IngestQueue, timeoutMs: number, jobs = ITEMS): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const c = await queue.counts();
    if (c.completed + c.failed >= jobs) return;
    if (Date.now() > end) throw new Error(`queue not drained: ${JSON.stringify(c)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function exportText(db: Database): Promise<string> {
  const lines: string[] = [];
  // The times of ingestion and of fetching are the fields two ingests of the same pages cannot share.
  const untimed = (l: string) => l.replace(/"ingestedAt":"[^"]*",/, "").replace(/"fetchedAt":"[^"]*",/, "");
  await exportGraph(db.prisma, (l) => void lines.push(untimed(l)), { provider: db.provider });
  // Documents come out in date order, and same-day ones in the order they were written, which
  // three workers change: compare the lines as a set (every line carries its natural keys).
  return lines.sort().join("\n");
}

describe.skipIf(!available)("workers on the Redis queue", () => {
  let site: NewsServer;
  const dbs: Database[] = [];
  const queues: IngestQueue[] = [];
  const children: ChildProcess[] = [];
  beforeAll(async () => {
    site = await startNewsServer({ articles: ITEMS });
  });
  afterAll(async () => {
    for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill("SIGKILL");
    for (const q of queues) {
      await q.queue.obliterate({ force: true }).catch(() => {});
      await q.close();
    }
    await site.close();
    for (const db of dbs) {
      await db.close();
      await dropDatabase(db.url);
    }
  });

  it(`ingests ${ITEMS} feed items exactly once with three workers while one is SIGKILLed, and the export equals one worker's`, { timeout: 600_000 }, async () => {
    // One worker: the single-process reference and the baseline rate.
    const one = await freshDatabase();
    dbs.push(one);
    const q1 = new IngestQueue({ redisUrl: REDIS_URL, name: "one", prefix: RUN });
    queues.push(q1);
    expect((await enqueueFeed(site, q1)).outcomes.enqueued).toBe(ITEMS);
    // Enqueued twice, run once: the second round finds every URL queued.
    expect((await enqueueFeed(site, q1)).items.seen).toBe(ITEMS);
    const log1: string[] = [];
    let t = Date.now();
    const w1 = startWorker(one, "one", log1);
    children.push(w1);
    await waitForDone(q1, 300_000);
    const oneSeconds = (Date.now() - t) / 1000;
    w1.kill("SIGTERM");
    expect(await exited(w1)).toBe(0);
    expect(log1.at(-1)).toBe("worker stopped");

    // Three workers, one killed when a third of the items are in.
    const three = await freshDatabase();
    dbs.push(three);
    const q3 = new IngestQueue({ redisUrl: REDIS_URL, name: "three", prefix: RUN });
    queues.push(q3);
    await enqueueFeed(site, q3);
    const logs: string[][] = [[], [], []];
    t = Date.now();
    const workers = logs.map((l) => startWorker(three, "three", l));
    children.push(...workers);
    while ((await q3.counts()).completed < ITEMS / 3) await new Promise((r) => setTimeout(r, 50));
    workers[0].kill("SIGKILL");
    await waitForDone(q3, 300_000);
    const threeSeconds = (Date.now() - t) / 1000;

    // Metrics, scraped from this process over the same queue.
    const metrics = await serveMetrics(new Metrics(q3), 0);
    const scraped = await (await fetch(metrics.url)).text();
    await metrics.close();
    expect(scraped).toMatch(/^diplograph_queue_jobs\{state="completed"\} 300$/m);
    expect(scraped).toMatch(/^diplograph_queue_jobs\{state="failed"\} 0$/m);

    for (const w of workers.slice(1)) w.kill("SIGTERM");
    expect(await Promise.all(workers.slice(1).map(exited))).toEqual([0, 0]);
    console.log(
      `queue: ${ITEMS} items, one worker ${oneSeconds.toFixed(1)} s (${(ITEMS / oneSeconds).toFixed(1)} items/s); ` +
        `three workers (one SIGKILLed after ${ITEMS / 3}) ${threeSeconds.toFixed(1)} s (${(ITEMS / threeSeconds).toFixed(1)} items/s); ` +
        `jobs per worker ${logs.map((l) => l.filter((x) => /^(created|unchanged|replaced) /.test(x)).length).join("/")}\n${scraped.split("\n").filter((l) => l.startsWith("diplograph_queue") || l.startsWith("diplograph_jobs")).join("\n")}`,
    );

    for (const db of [one, three]) {
      const docs = await db.prisma.document.findMany({ select: { source: true, url: true } });
      expect(docs.length).toBe(ITEMS);
      expect(new Set(docs.map((d) => d.source)).size).toBe(ITEMS);
      expect(docs.every((d) => d.url === d.source)).toBe(true);
    }
    expect(await q3.deadLetters()).toEqual([]);
    expect(await exportText(three)).toBe(await exportText(one));
  });

  it("sends a page that cannot be read to the dead letters at once, with its reason", { timeout: 180_000 }, async () => {
    const q = new IngestQueue({ redisUrl: REDIS_URL, name: "dead", prefix: RUN });
    queues.push(q);
    const db = await freshDatabase();
    dbs.push(db);
    await q.enqueue({ url: `${site.url}/missing` });
    await q.enqueue({ url: `${site.url}/undated` });
    const log: string[] = [];
    const w = startWorker(db, "dead", log);
    children.push(w);
    const end = Date.now() + 60_000;
    while ((await q.counts()).failed < 2 && Date.now() < end) await new Promise((r) => setTimeout(r, 100));
    w.kill("SIGTERM");
    await exited(w);
    const dead = (await q.deadLetters()).sort((a, b) => a.url.localeCompare(b.url));
    expect(dead.map((d) => [d.url.replace(site.url, ""), d.attempts])).toEqual([
      ["/missing", 1],
      ["/undated", 1],
    ]);
    expect(dead[0].reason).toMatch(/HTTP 404/);
    expect(dead[1].reason).toMatch(/no date/);
    expect(await db.prisma.document.count()).toBe(0);

    // The API shows the same list; without a queue it says so with its own code.
    const schema = await buildGraphQLSchema();
    const query = `{ deadLetters(first: 10) { url reason attempts failedAt } }`;
    const saved = { ...process.env };
    try {
      Object.assign(process.env, { REDIS_URL, DIPLOGRAPH_QUEUE: "dead", DIPLOGRAPH_QUEUE_PREFIX: RUN });
      const shown = await graphql({ schema, source: query, contextValue: createContext(db) });
      expect(shown.errors).toBeUndefined();
      expect((shown.data as any).deadLetters.map((d: { url: string }) => d.url).sort()).toEqual(dead.map((d) => d.url));
      delete process.env.REDIS_URL;
      const none = await graphql({ schema, source: query, contextValue: createContext(db) });
      expect(none.errors?.[0].extensions?.code).toBe("QUEUE_NOT_CONFIGURED");
    } finally {
      process.env = saved;
    }

    // And so does the CLI, which also puts them back in the queue.
    const cliEnv = { ...process.env, REDIS_URL, DIPLOGRAPH_QUEUE: "dead", DIPLOGRAPH_QUEUE_PREFIX: RUN };
    const listed = (await run(process.execPath, [BIN, "dead-letters"], { env: cliEnv })).stdout.trim().split("\n");
    expect(listed.at(-1)).toBe("2 dead letters");
    expect(listed.slice(0, -1).map((l) => l.split("  ")[1]).sort()).toEqual(dead.map((d) => d.url));
    expect(listed.join("\n")).toMatch(/\/missing {2}\(1 attempts\): .*HTTP 404/);
    expect((await run(process.execPath, [BIN, "dead-letters", "--retry"], { env: cliEnv })).stdout.trim()).toBe("2 dead letters queued again");
    expect(await q.counts()).toMatchObject({ failed: 0, waiting: 2 });
  });

  it("follow with REDIS_URL enqueues the feed's items instead of ingesting them, and finds them queued the next time", { timeout: 180_000 }, async () => {
    const db = await freshDatabase();
    dbs.push(db);
    const q = new IngestQueue({ redisUrl: REDIS_URL, name: "cli-follow", prefix: RUN });
    queues.push(q);
    const env = { ...process.env, DATABASE_URL: db.url, REDIS_URL, DIPLOGRAPH_QUEUE: "cli-follow", DIPLOGRAPH_QUEUE_PREFIX: RUN };
    const feed = `${site.url}/feed.xml?n=5`;
    const first = (await run(process.execPath, [BIN, "follow", feed], { env })).stdout;
    expect(first).toMatch(/^enqueueing new items on cli-follow at redis:\/\//m);
    expect(first).toMatch(/^round 1: feeds 1 read, 0 not modified, 0 failed; items 5 \(0 already seen, 5 new\): 0 created, 0 replaced, 0 unchanged, 5 enqueued, 0 failed$/m);
    expect(await q.counts()).toMatchObject({ waiting: 5, failed: 0 });
    expect(await db.prisma.document.count()).toBe(0);
    const second = (await run(process.execPath, [BIN, "follow", feed], { env })).stdout;
    expect(second).toMatch(/^round 1: feeds 1 read, 0 not modified, 0 failed; items 5 \(5 already seen, 0 new\): 0 created, 0 replaced, 0 unchanged, 0 enqueued, 0 failed$/m);
    expect((await q.counts()).waiting).toBe(5);
  });

  it("a worker stopped with SIGTERM finishes the job it is running before it exits", { timeout: 120_000 }, async () => {
    const q = new IngestQueue({ redisUrl: REDIS_URL, name: "graceful", prefix: RUN });
    queues.push(q);
    const db = await freshDatabase();
    dbs.push(db);
    const url = `${site.url}/delayed/7?ms=3000`;
    await q.enqueue({ url });
    const log: string[] = [];
    // The production lock, not the 4 s the other tests give for a quick takeover: on a loaded
    // machine (CI at load 5–10) a 4 s lock can run out while the worker waits for a core, and
    // Redis then rightly refuses the job's end (the worker says so: "unrecorded"); that is the
    // takeover case, not this one.
    const w = startWorker(db, "graceful", log, REDIS_URL, [], { DIPLOGRAPH_JOB_LOCK_MS: "30000" });
    children.push(w);
    // The signal comes once the worker has asked for the page, which takes 3 s to answer: the job
    // is running in the worker's hands, not merely marked active in Redis.
    const asked = () => site.log.filter((r) => r.path === url.replace(site.url, "")).length;
    const end = Date.now() + 60_000;
    while (asked() < 1 && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
    expect(asked()).toBe(1);
    w.kill("SIGTERM");
    expect(await exited(w)).toBe(0);
    const signalled = log.findIndex((l) => l.startsWith("SIGTERM: finishing"));
    const created = log.findIndex((l) => l.startsWith(`created    ${url}`));
    expect(signalled, log.join("\n")).toBeGreaterThanOrEqual(0);
    expect(created, log.join("\n")).toBeGreaterThan(signalled);
    expect(log.filter((l) => l.startsWith("unrecorded ") || l.startsWith("worker: ")), log.join("\n")).toEqual([]);
    expect(log.at(-1)).toBe("worker stopped");
    expect(await q.counts()).toMatchObject({ completed: 1, active: 0, waiting: 0, failed: 0 });
    expect(await db.prisma.document.count({ where: { source: url } })).toBe(1);
    expect(asked()).toBe(1);
  });

  it.skipIf(!haveRedisServer)("SIGTERM after the document is committed but before Redis has recorded the job's end: the worker waits for it, and a restarted worker does not run the job again", { timeout: 180_000 }, async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "diplograph-redis-"));
    const port = await freePort();
    const url = `redis://127.0.0.1:${port}`;
    const redis = await ownRedis(port, dir);
    const q = new IngestQueue({ redisUrl: url, name: "ack", prefix: RUN });
    const admin = new Redis(url);
    try {
      const db = await freshDatabase();
      dbs.push(db);
      const page = `${site.url}/delayed/9?ms=2000`;
      await q.enqueue({ url: page });
      const id = jobIdOf(page);
      const log: string[] = [];
      // A lock that outlasts the pause below: Redis expires a lock whose time passed during a pause
      // as soon as the pause ends, and the job's end is then refused ("could not renew lock"),
      // which is the case of a worker killed after its commit, not this one.
      const w = startWorker(db, "ack", log, url, [], { DIPLOGRAPH_JOB_LOCK_MS: "60000" });
      children.push(w);
      const asked = () => site.log.filter((r) => r.path === page.replace(site.url, "")).length;
      let end = Date.now() + 60_000;
      while (asked() < 1 && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
      expect(asked()).toBe(1);
      // The page is on its way: from now on Redis takes no write (this Redis is the test's own), so
      // the worker can commit the document but not move the job to completed.
      expect(await admin.call("CLIENT", "PAUSE", "30000", "WRITE")).toBe("OK");
      end = Date.now() + 60_000;
      while ((await db.prisma.document.count({ where: { source: page } })) < 1 && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
      expect(await db.prisma.document.count({ where: { source: page } })).toBe(1);
      expect(await admin.lrange(`${RUN}:ack:active`, 0, -1)).toEqual([id]);
      w.kill("SIGTERM");
      await new Promise((r) => setTimeout(r, 2_000));
      // Still there, holding the job whose end Redis has not recorded.
      expect(w.exitCode, log.join("\n")).toBeNull();
      expect(await admin.lrange(`${RUN}:ack:active`, 0, -1)).toEqual([id]);
      expect(await admin.call("CLIENT", "UNPAUSE")).toBe("OK");
      expect(await exited(w)).toBe(0);
      expect(log.findIndex((l) => l === `created    ${page}`), log.join("\n")).toBeGreaterThan(log.findIndex((l) => l.startsWith("SIGTERM: finishing")));
      expect(log.at(-1)).toBe("worker stopped");
      expect(await q.counts()).toMatchObject({ completed: 1, active: 0, waiting: 0, failed: 0, delayed: 0 });

      // A restart, kept past the job lock (4 s) and a stalled-job check: nothing to run again.
      const again: string[] = [];
      const w2 = startWorker(db, "ack", again, url);
      children.push(w2);
      await new Promise((r) => setTimeout(r, 8_000));
      w2.kill("SIGTERM");
      expect(await exited(w2)).toBe(0);
      expect(again.filter((l) => /^(created|unchanged|replaced|retrying|dead) /.test(l))).toEqual([]);
      expect(asked()).toBe(1);
      expect(await db.prisma.document.count()).toBe(1);
      expect(await q.counts()).toMatchObject({ completed: 1, active: 0, waiting: 0, failed: 0 });
    } finally {
      await admin.call("CLIENT", "UNPAUSE").catch(() => {});
      admin.disconnect();
      await Promise.race([q.close(), new Promise((r) => setTimeout(r, 5_000))]);
      redis.kill("SIGKILL");
      await exited(redis);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it.skipIf(!haveRedisServer)("a worker started while Redis is away stops at SIGTERM without taking a job; the job waits for the next worker", { timeout: 180_000 }, async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "diplograph-redis-"));
    const port = await freePort();
    const url = `redis://127.0.0.1:${port}`;
    let redis = await ownRedis(port, dir);
    const q = new IngestQueue({ redisUrl: url, name: "startup", prefix: RUN });
    q.queue.on("error", () => {}); // this test stops its Redis on purpose
    try {
      // A path of its own: the site's log is shared with the other tests of this file.
      const page = `${site.url}/delayed/8?ms=1`;
      expect(await q.enqueue({ url: page })).toBe(true);
      redis.kill("SIGKILL");
      await exited(redis);
      const db = await freshDatabase();
      dbs.push(db);
      const log: string[] = [];
      const w = startWorker(db, "startup", log, url);
      children.push(w);
      // Started, and still trying to reach Redis: not ready, holding no job.
      const end = Date.now() + 60_000;
      while (!(log.some((l) => l.startsWith("worker ")) && log.some((l) => /^worker: .*ECONNREFUSED/.test(l))) && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
      expect(log.join("\n")).toMatch(/^worker: .*ECONNREFUSED/m);
      w.kill("SIGTERM");
      // It used to wait for Redis to come back before honouring the signal.
      const code = await Promise.race([exited(w), new Promise((r) => setTimeout(() => r("still running 15 s after SIGTERM"), 15_000))]);
      expect(code, log.slice(-5).join("\n")).toBe(0);
      expect(log.at(-1)).toBe("worker stopped");

      redis = await ownRedis(port, dir);
      expect(await q.counts()).toMatchObject({ waiting: 1, active: 0, completed: 0, failed: 0 });
      expect(site.log.filter((r) => r.path === "/delayed/8?ms=1")).toEqual([]);
      expect(await db.prisma.document.count()).toBe(0);

      // The next worker takes it; idle, it stops at once and cleanly.
      const next: string[] = [];
      const w2 = startWorker(db, "startup", next, url);
      children.push(w2);
      await waitForDone(q, 60_000, 1);
      w2.kill("SIGTERM");
      expect(await exited(w2)).toBe(0);
      expect(next.filter((l) => /^(created|unchanged) /.test(l))).toEqual([`created    ${page}`]);
      expect(await db.prisma.document.count({ where: { source: page } })).toBe(1);
      expect(await q.counts()).toMatchObject({ completed: 1, waiting: 0, active: 0, failed: 0 });
    } finally {
      await Promise.race([q.queue.obliterate({ force: true }).then(() => q.close()), new Promise((r) => setTimeout(r, 5_000))]);
      redis.kill("SIGKILL");
      await exited(redis);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it.skipIf(!haveRedisServer)("waits while Redis is away and resumes: every job stored once, none lost, none dead", { timeout: 300_000 }, async () => {
    const JOBS = 40;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "diplograph-redis-"));
    const port = await freePort();
    const url = `redis://127.0.0.1:${port}`;
    let redis = await ownRedis(port, dir);
    const q = new IngestQueue({ redisUrl: url, name: "outage", prefix: RUN });
    try {
      const db = await freshDatabase();
      dbs.push(db);
      // Pages that take a moment each, so jobs are running when Redis goes away.
      for (let i = 0; i < JOBS; i++) expect(await q.enqueue({ url: `${site.url}/delayed/${i}?ms=150` })).toBe(true);
      const log: string[] = [];
      const w = startWorker(db, "outage", log, url, ["--metrics-port", "0"]);
      children.push(w);
      const end = Date.now() + 120_000;
      while ((await q.counts()).completed < JOBS / 4 && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
      const before = log.length;
      redis.kill("SIGKILL");
      await exited(redis);
      await new Promise((r) => setTimeout(r, 3_000));
      // The worker noticed: it logs the lost connection instead of exiting.
      expect(w.exitCode).toBeNull();
      expect(log.slice(before).some((l) => /^worker: /.test(l))).toBe(true);
      redis = await ownRedis(port, dir);
      await waitForDone(q, 180_000, JOBS);

      const docs = await db.prisma.document.findMany({ select: { source: true } });
      expect(docs.length).toBe(JOBS);
      expect(new Set(docs.map((d) => d.source)).size).toBe(JOBS);
      expect(await q.counts()).toMatchObject({ completed: JOBS, failed: 0, waiting: 0, active: 0 });
      expect(await q.deadLetters()).toEqual([]);
      // The worker's own /metrics: the queue as Redis has it now, and the jobs this process finished
      // (a job whose end Redis never heard of runs again and finds its document unchanged).
      const metricsUrl = /metrics at (http:\/\/127\.0\.0\.1:\d+\/metrics)/.exec(log.join("\n"))?.[1];
      expect(metricsUrl).toBeDefined();
      const scraped = await (await fetch(metricsUrl!)).text();
      expect(scraped).toMatch(/^diplograph_queue_jobs\{state="completed"\} 40$/m);
      const finished = (outcome: string) => Number(new RegExp(`^diplograph_jobs_total\\{outcome="${outcome}"\\} (\\d+)$`, "m").exec(scraped)?.[1] ?? 0);
      expect(finished("created")).toBeGreaterThan(0);
      expect(finished("created")).toBeLessThanOrEqual(JOBS);
      // A job whose end Redis wrote just before it was killed, its reply lost, is complete in Redis but
      // never reported "completed" to this process: at most one, the worker running one job at a time.
      expect(finished("created") + finished("unchanged")).toBeGreaterThanOrEqual(JOBS - 1);
      expect(Number(/^diplograph_ingest_seconds_count (\d+)$/m.exec(scraped)?.[1])).toBeGreaterThanOrEqual(JOBS);
      w.kill("SIGTERM");
      expect(await exited(w)).toBe(0);
    } finally {
      // Closed while its Redis still answers (a client waits for a Redis that is gone).
      await Promise.race([q.close(), new Promise((r) => setTimeout(r, 5_000))]);
      redis.kill("SIGKILL");
      await exited(redis);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
