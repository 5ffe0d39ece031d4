// Retries of the ingest queue, on a real Redis and a real database, with a worker in this process
// and a news site on loopback whose pages fail a given number of times and then answer. The
// fetcher makes one request per job attempt (no retries of its own), so the site's log shows each
// attempt of the queue and when it came: the gaps between them are the queue's backoff.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Worker } from "bullmq";
import { IngestQueue, jobIdOf } from "../../src/queue/queue.ts";
import { startWorker } from "../../src/queue/worker.ts";
import { Fetcher } from "../../src/sources/fetch.ts";
import type { Database } from "../../src/store/db.ts";
import { dropDatabase, freshDatabase } from "../helpers/database.ts";
import { startNewsServer, type NewsServer } from "../helpers/news-server.ts";
import { REDIS_URL, redisAvailable } from "../helpers/redis.ts";

const PREFIX = `diplograph-retries-${process.pid}-${Date.now()}`;
/** The first backoff: short for the test, long enough that a wrong delay shows above timer noise. */
const BACKOFF_MS = 400;
/** The fetcher's time budget per request, for the pages that never answer. */
const TIMEOUT_MS = 400;

const available = await redisAvailable("the queue retry tests");

async function until(what: string, check: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe.skipIf(!available)("retries and dead letters of the ingest queue", () => {
  let site: NewsServer;
  const dbs: Database[] = [];
  const queues: IngestQueue[] = [];
  const workers: Worker[] = [];
  beforeAll(async () => {
    site = await startNewsServer({ articles: 10 });
  });
  afterAll(async () => {
    for (const w of workers) await w.close(true);
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

  /** A queue, a fresh database and a worker on them (one job at a time); `attempts` per job, the test's backoff. */
  async function setUp(name: string, attempts: number) {
    const db = await freshDatabase();
    dbs.push(db);
    const queue = new IngestQueue({ redisUrl: REDIS_URL, name, prefix: PREFIX, attempts, backoffMs: BACKOFF_MS });
    queues.push(queue);
    const log: string[] = [];
    const fetcher = new Fetcher({ retries: 0, perHostIntervalMs: 0, timeoutMs: TIMEOUT_MS });
    const { worker } = startWorker(db.prisma, fetcher, { redisUrl: REDIS_URL, name, prefix: PREFIX, concurrency: 1 }, { log: (l) => log.push(l) });
    workers.push(worker);
    return { db, queue, log, worker };
  }

  /** When the site was asked for this URL, in milliseconds, and the gaps between the requests. */
  function requests(url: string): { count: number; gaps: number[] } {
    const at = site.log.filter((r) => r.path === url.replace(site.url, "")).map((r) => r.at);
    return { count: at.length, gaps: at.slice(1).map((t, i) => t - at[i]) };
  }

  it("retries a 5xx and a timeout with a doubling delay, then ingests the page once", { timeout: 120_000 }, async () => {
    const { db, queue, log } = await setUp("retry-transient", 5);
    const failing = `${site.url}/fails/1?times=3&status=503`;
    const hanging = `${site.url}/hangs/2?times=2`;
    expect(await queue.enqueue({ url: failing })).toBe(true);
    expect(await queue.enqueue({ url: hanging })).toBe(true);
    await until("both jobs to complete", async () => (await queue.counts()).completed === 2);

    // Exponential backoff from BACKOFF_MS: the n-th retry waits BACKOFF_MS * 2^(n-1) after the failure,
    // which comes after the request. One job at a time: the site shares this process's event loop,
    // and another job's extraction there would make it log a request late, shortening a gap. (The
    // time budget of a page that never answers is not added to the bound: its clock starts before
    // the request leaves.)
    const f = requests(failing);
    expect(f.count).toBe(4);
    f.gaps.forEach((gap, i) => expect(gap, `gap ${i + 1} of ${f.gaps.join(", ")} ms`).toBeGreaterThanOrEqual(BACKOFF_MS * 2 ** i));
    const h = requests(hanging);
    expect(h.count).toBe(3);
    h.gaps.forEach((gap, i) => expect(gap, `gap ${i + 1} of ${h.gaps.join(", ")} ms`).toBeGreaterThanOrEqual(BACKOFF_MS * 2 ** i));
    console.log(`backoff ${BACKOFF_MS} ms: gaps between attempts after 503s ${f.gaps.join(", ")} ms; after timeouts of ${TIMEOUT_MS} ms ${h.gaps.join(", ")} ms`);

    for (const [url, failures] of [[failing, 3], [hanging, 2]] as const) {
      const job = await queue.queue.getJob(jobIdOf(url));
      expect(await job!.getState()).toBe("completed");
      expect(job!.attemptsMade).toBe(failures + 1);
      expect(log.filter((l) => l.startsWith("retrying") && l.includes(url))).toHaveLength(failures);
      expect(log.filter((l) => /^(created|unchanged|replaced) /.test(l) && l.includes(url))).toEqual([`created    ${url}`]);
      expect(await db.prisma.document.count({ where: { source: url } })).toBe(1);
    }
    expect(log.find((l) => l.startsWith("retrying") && l.includes(hanging))).toMatch(/timed out after 400 ms/);
    expect(await queue.deadLetters()).toEqual([]);
    expect(await db.prisma.document.count()).toBe(2);
  });

  it("sends a 404 and a page the admission rules refuse to the dead letters after one attempt", { timeout: 120_000 }, async () => {
    const { db, queue, log } = await setUp("retry-permanent", 5);
    const missing = `${site.url}/missing`;
    const future = `${site.url}/future`;
    await queue.enqueue({ url: missing });
    await queue.enqueue({ url: future });
    await until("both jobs to fail", async () => (await queue.counts()).failed === 2);
    // Long past the first retry's due time: nothing was scheduled, nothing asked again.
    await new Promise((r) => setTimeout(r, 3 * BACKOFF_MS));
    expect(await queue.counts()).toMatchObject({ failed: 2, delayed: 0, waiting: 0, active: 0, completed: 0 });
    expect(requests(missing).count).toBe(1);
    expect(requests(future).count).toBe(1);
    const dead = Object.fromEntries((await queue.deadLetters()).map((d) => [d.url, d]));
    expect(dead[missing]).toMatchObject({ attempts: 1, reason: expect.stringMatching(/HTTP 404/) });
    expect(dead[future]).toMatchObject({ attempts: 1, reason: expect.stringMatching(/2099-01-01 is in the future/) });
    expect(dead[future].failedAt).toBeInstanceOf(Date);
    expect(log.filter((l) => l.startsWith("retrying"))).toEqual([]);
    expect(log.filter((l) => l.startsWith("dead"))).toHaveLength(2);
    expect(await db.prisma.document.count()).toBe(0);
  });

  it("a page that fails every attempt is a dead letter with its reason and attempts; queued again, it gets a new round and goes in once the source recovers", { timeout: 120_000 }, async () => {
    const { db, queue, log } = await setUp("retry-exhausted", 3);
    // Three attempts all get 503; the round after the re-queue gets one more 503, then the page.
    const url = `${site.url}/fails/3?times=4`;
    await queue.enqueue({ url });
    await until("the job to fail for good", async () => (await queue.counts()).failed === 1);
    const [dead] = await queue.deadLetters();
    expect(dead).toMatchObject({ url, attempts: 3, reason: `${url}: HTTP 503` });
    const before = requests(url);
    expect(before.count).toBe(3);
    before.gaps.forEach((gap, i) => expect(gap).toBeGreaterThanOrEqual(BACKOFF_MS * 2 ** i));
    expect(log.filter((l) => l.includes(url)).map((l) => l.split(" ")[0])).toEqual(["retrying", "retrying", "dead"]);
    expect(await db.prisma.document.count()).toBe(0);

    expect(await queue.retryDeadLetters()).toBe(1);
    expect((await queue.counts()).failed).toBe(0);
    // Done either way: completed with a new round of attempts, or dead again after a single one.
    await until("the job to finish", async () => ((c) => c.completed + c.failed === 1)(await queue.counts()));
    expect(requests(url).count).toBe(5);
    expect(await queue.deadLetters()).toEqual([]);
    expect(await queue.counts()).toMatchObject({ completed: 1, failed: 0, delayed: 0, waiting: 0 });
    expect(log.filter((l) => l.includes(url)).map((l) => l.split(" ")[0])).toEqual(["retrying", "retrying", "dead", "retrying", "created"]);
    expect(await db.prisma.document.count({ where: { source: url } })).toBe(1);
  });
});
