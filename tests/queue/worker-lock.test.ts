// The queue worker's job lock and its extraction, in this process (issue #16): extraction runs in
// a worker thread under the extraction budget, so this thread stays free to renew the locks; and a
// job whose end Redis refuses while the worker stops (its lock gone) is reported, not dropped in
// silence as BullMQ does while closing.
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IngestQueue, jobIdOf } from "../../src/queue/queue.ts";
import { startWorker } from "../../src/queue/worker.ts";
import { Fetcher } from "../../src/sources/fetch.ts";
import type { Database } from "../../src/store/db.ts";
import { dropDatabase, freshDatabase } from "../helpers/database.ts";
import { startNewsServer, type NewsServer } from "../helpers/news-server.ts";
import { REDIS_URL, redisAvailable } from "../helpers/redis.ts";

const PREFIX = `diplograph-lock-${process.pid}-${Date.now()}`;
const available = await redisAvailable("the queue lock tests");

describe.skipIf(!available)("the queue worker's lock and extraction", () => {
  let site: NewsServer;
  let admin: Redis;
  const dbs: Database[] = [];
  const queues: IngestQueue[] = [];
  beforeAll(async () => {
    site = await startNewsServer({ articles: 10 });
    admin = new Redis(REDIS_URL);
  });
  afterAll(async () => {
    for (const q of queues) {
      await q.queue.obliterate({ force: true }).catch(() => {});
      await q.close();
    }
    admin?.disconnect();
    await site?.close();
    for (const db of dbs) {
      await db.close();
      await dropDatabase(db.url);
    }
  });

  async function setUp(name: string) {
    const db = await freshDatabase();
    dbs.push(db);
    const queue = new IngestQueue({ redisUrl: REDIS_URL, name, prefix: PREFIX });
    queues.push(queue);
    return { db, queue, fetcher: new Fetcher({ retries: 0, perHostIntervalMs: 0 }) };
  }

  it("extracts in a worker thread under the extraction budget: a document past it goes to the dead letters with its reason", { timeout: 120_000 }, async () => {
    const { db, queue, fetcher } = await setUp("budget");
    const url = `${site.url}/article/1`;
    await queue.enqueue({ url });
    const log: string[] = [];
    // 1 ms: no report's extraction fits, on any machine.
    const w = startWorker(db.prisma, fetcher, { redisUrl: REDIS_URL, name: "budget", prefix: PREFIX, extractBudgetMs: 1 }, { log: (l) => log.push(l) });
    try {
      const end = Date.now() + 60_000;
      while ((await queue.counts()).failed < 1 && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
    } finally {
      await w.stop();
    }
    expect(log, log.join("\n")).toEqual([expect.stringMatching(/^dead {7}http:.*\/article\/1: extraction took longer than its budget of 1 ms/)]);
    const dead = await queue.deadLetters();
    expect(dead.map((d) => [d.url, d.attempts])).toEqual([[url, 1]]);
    expect(await db.prisma.document.count()).toBe(0);
  });

  it("a job whose end Redis refuses while the worker stops (its lock gone) is reported as unrecorded", { timeout: 120_000 }, async () => {
    const { db, queue, fetcher } = await setUp("lost");
    const url = `${site.url}/delayed/2?ms=1500`;
    await queue.enqueue({ url });
    const log: string[] = [];
    const w = startWorker(db.prisma, fetcher, { redisUrl: REDIS_URL, name: "lost", prefix: PREFIX }, { log: (l) => log.push(l) });
    const asked = () => site.log.filter((r) => r.path === url.replace(site.url, "")).length;
    const end = Date.now() + 60_000;
    while (asked() < 1 && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
    expect(asked()).toBe(1);
    // What a lock that ran out looks like to Redis: no lock key, so the job's end is refused.
    expect(await admin.del(`${PREFIX}:lost:${jobIdOf(url)}:lock`)).toBe(1);
    await w.stop();
    expect(log.filter((l) => !l.startsWith("worker: ")), log.join("\n")).toEqual([`unrecorded ${url}: Redis did not take the job's end (its lock had expired); the queue will run it again`]);
    // The document was written; the job is still active in Redis, for the stalled-job check to hand on.
    expect(await db.prisma.document.count({ where: { source: url } })).toBe(1);
    expect(await queue.counts()).toMatchObject({ active: 1, completed: 0, failed: 0 });
  });
});
