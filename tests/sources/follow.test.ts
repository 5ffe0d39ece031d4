// Following feeds on a loopback news site, in one process: new items ingested, each failure
// reported with its reason while the rest go on, conditional requests on the next round (checked
// in the server's log), dedup by URL and by content, and the per-host interval.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Follower, type FollowSink } from "../../src/commands/follow.ts";
import { ingestUrl, knownUrl } from "../../src/store/ingest-url.ts";
import { readFeed } from "../../src/sources/feed.ts";
import { Fetcher } from "../../src/sources/fetch.ts";
import type { Database } from "../../src/store/db.ts";
import { dropDatabase, freshDatabase } from "../helpers/database.ts";
import { startNewsServer, type NewsServer } from "../helpers/news-server.ts";

// A small page limit: the 20 MB page is refused after its first chunk, well inside the 500 ms timeout even on a busy machine.
const FAST = { timeoutMs: 500, retries: 1, backoffMs: 20, perHostIntervalMs: 0, maxBytes: 256 * 1024 };

describe("following feeds in one process", () => {
  let db: Database;
  let site: NewsServer;
  let fetcher: Fetcher;
  let follower: Follower;
  const lines: string[] = [];
  beforeAll(async () => {
    db = await freshDatabase();
    site = await startNewsServer();
    fetcher = new Fetcher(FAST);
    const sink: FollowSink = { take: async (url) => (await ingestUrl(db.prisma, fetcher, url)).status, known: (url) => knownUrl(db.prisma, url) };
    follower = new Follower({ fetcher, sink, log: (l) => lines.push(l) });
  });
  afterAll(async () => {
    await site.close();
    await db.close();
    await dropDatabase(db.url);
  });

  it("ingests the good items and names every bad one", async () => {
    const s = await follower.runRound([`${site.url}/mixed.xml`]);
    expect(s.items).toEqual({ total: 11, seen: 0, taken: 11 });
    // article 0, article 1, the flaky page on its retry; /copy/0 is article 0's content again.
    expect(s.outcomes).toMatchObject({ created: 3, unchanged: 1, failed: 7 });
    const reasons = Object.fromEntries(s.failures.map((f) => [f.source.replace(site.url, ""), f.reason]));
    expect(reasons).toEqual({
      "/missing": "HTTP 404",
      "/error": "HTTP 500",
      "/slow": "timed out after 500 ms",
      "/loop": expect.stringMatching(/^redirect loop/),
      "/huge": "page is over the limit of 262144 bytes",
      "/pdf": 'content type "application/pdf" is not an HTML page',
      "/undated": expect.stringMatching(/^no date: the page has no article:published_time/),
    });
    // 5xx and timeouts were retried once; 404, the loop, the size and the type were not.
    const hits = (p: string) => site.log.filter((r) => r.path === p).length;
    expect([hits("/error"), hits("/slow"), hits("/missing"), hits("/pdf"), hits("/flaky/2")]).toEqual([2, 2, 1, 1, 2]);

    const docs = await db.prisma.document.findMany({ orderBy: { id: "asc" }, select: { source: true, url: true, outlet: true, fetchedAt: true, text: true } });
    expect(docs.map((d) => d.source.replace(site.url, ""))).toEqual(["/article/0", "/article/1", "/flaky/2"]);
    expect(docs[0]).toMatchObject({ url: `${site.url}/article/0`, outlet: "Loopback News" });
    expect(docs[0].fetchedAt).toBeInstanceOf(Date);
    for (const d of docs) expect(d.text).not.toMatch(/cookies|Great article|Home|analytics|all rights reserved/);
  });

  it("asks again with the feed's validators, gets 304, and fetches no item twice", async () => {
    const before = site.log.length;
    const s = await follower.runRound([`${site.url}/mixed.xml`]);
    expect(s.feeds).toEqual({ fetched: 0, notModified: 1, failed: 0 });
    const round2 = site.log.slice(before);
    expect(round2).toEqual([expect.objectContaining({ path: "/mixed.xml", ifNoneMatch: expect.stringMatching(/^"\d+"$/), ifModifiedSince: "Mon, 02 Sep 2024 08:00:00 GMT", status: 304 })]);
  });

  it("a new process skips items already stored (dedup by URL) and retries the failed ones", async () => {
    const sink: FollowSink = { take: async (url) => (await ingestUrl(db.prisma, fetcher, url)).status, known: (url) => knownUrl(db.prisma, url) };
    const fresh = new Follower({ fetcher: new Fetcher(FAST), sink, log: () => {} });
    const s = await fresh.runRound([`${site.url}/mixed.xml`]);
    expect(s.items).toEqual({ total: 11, seen: 3, taken: 8 });
    expect(s.outcomes).toMatchObject({ created: 0, unchanged: 1, failed: 7 });
  });

  it("reads Atom, reports malformed XML and a feed whose items all fail, and goes on with the next feed", async () => {
    const s = await follower.runRound([`${site.url}/broken.xml`, `${site.url}/all-fail.xml`, `${site.url}/nothing.xml`, `${site.url}/atom.xml`]);
    expect(s.feeds).toEqual({ fetched: 2, notModified: 0, failed: 2 });
    expect(s.failures.find((f) => f.source.endsWith("/broken.xml"))?.reason).toMatch(/^malformed XML at line 3, column \d+: Expected closing tag 'title'/);
    expect(s.failures.find((f) => f.source.endsWith("/nothing.xml"))?.reason).toBe("HTTP 404");
    expect(s.outcomes).toMatchObject({ created: 2, failed: 4 });
    expect(lines.at(-1)).toMatch(/^round 3: feeds 2 read, 0 not modified, 2 failed; items 6 \(0 already seen, 6 new\): 2 created, 0 replaced, 0 unchanged, 0 enqueued, 4 failed$/);
  });

  it("spaces requests to one host by the per-host interval", async () => {
    // A lower bound only (load can stretch it, never shorten it): the fourth request to one host
    // cannot start before three intervals have passed, and a request to another host does not wait.
    const spaced = new Fetcher({ ...FAST, perHostIntervalMs: 500 });
    const other = await startNewsServer({ articles: 2 }); // another host:port
    try {
      const start = Date.now();
      let otherDone = 0;
      await Promise.all([
        ...[0, 1, 2, 3].map((i) => spaced.get(`${site.url}/article/${i}`, "page")),
        spaced.get(`${other.url}/article/1`, "page").then(() => (otherDone = Date.now() - start)),
      ]);
      expect(Date.now() - start).toBeGreaterThanOrEqual(1500);
      expect(otherDone).toBeLessThan(1500);
    } finally {
      await other.close();
    }
  });

  it("parses feed items into absolute URLs and skips items without a link", () => {
    const feed = readFeed(`<rss version="2.0"><channel><title>t</title><link>https://a.example/</link><item><title>x</title><link>/news/1</link></item><item><title>no link</title></item></channel></rss>`, "f.xml");
    expect(feed.items.map((i) => i.url)).toEqual(["https://a.example/news/1"]);
    expect(feed.skipped).toEqual([{ title: "no link", reason: "the item has no link" }]);
  });
});
