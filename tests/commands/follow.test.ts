// `diplograph ingest feed.xml` and `diplograph follow` through the compiled CLI against a news site
// on loopback: a saved feed's items fetched and stored with a line per failure; follow's progress
// line on a terminal, its summary per round, its conditional request on the next round, and its
// stop on SIGTERM between rounds.
import { execFile, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/store/config.ts";
import type { Database } from "../../src/store/db.ts";
import { databasesForTests } from "../helpers/database.ts";
import { rss, startNewsServer, type NewsServer } from "../helpers/news-server.ts";

const run = promisify(execFile);
const BIN = path.join(PROJECT_ROOT, "bin", "diplograph.js");

/** The CLI's environment: this database, no queue, no waiting between requests to the site. */
function envFor(db: Database): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: db.url, DIPLOGRAPH_FETCH_INTERVAL_MS: "0", DIPLOGRAPH_FETCH_BACKOFF_MS: "20" };
  delete env.REDIS_URL;
  return env;
}

describe("the ingest and follow commands on feeds", () => {
  const open = databasesForTests();
  let site: NewsServer;
  beforeAll(async () => {
    site = await startNewsServer({ articles: 12 });
  });
  afterAll(async () => {
    await site?.close();
  });

  it("ingest FEED.xml fetches each item's page, stores it with its URL, and names the item that fails", async () => {
    const db = await open();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "diplograph-feed-"));
    const feed = path.join(dir, "agency.xml");
    fs.writeFileSync(feed, rss(site.url, "Saved", ["/article/2", "/missing", "/article/3"]));
    let result: { code: number; stdout: string; stderr: string };
    try {
      const { stdout, stderr } = await run(process.execPath, [BIN, "ingest", feed], { env: envFor(db) });
      result = { code: 0, stdout, stderr };
    } catch (err) {
      result = err as { code: number; stdout: string; stderr: string };
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    const output = result.stdout + result.stderr;
    expect(output).toContain(`failed     ${site.url}/missing: HTTP 404\n`);
    expect(output).toMatch(/documents: 3 \(2 created, 0 replaced, 0 unchanged, 1 failed\)/);
    const docs = await db.prisma.document.findMany({ orderBy: { source: "asc" }, select: { source: true, url: true, outlet: true, fetchedAt: true } });
    expect(docs.map((d) => [d.source, d.url, d.outlet])).toEqual([
      [`${site.url}/article/2`, `${site.url}/article/2`, "Loopback News"],
      [`${site.url}/article/3`, `${site.url}/article/3`, "Loopback News"],
    ]);
    for (const d of docs) expect(d.fetchedAt).toBeInstanceOf(Date);
  });

  it("follow on a terminal rewrites one progress line and ends the round with its summary", async () => {
    const db = await open();
    // script(1) gives the command a terminal, as a user at a shell has.
    const command = [process.execPath, BIN, "follow", `${site.url}/feed.xml?n=4`].map((a) => `'${a}'`).join(" ");
    const { stdout } = await run("script", ["-qefc", command, "/dev/null"], { env: envFor(db) });
    // One line rewritten in place, cut to the terminal's width.
    expect(stdout).toContain(`\r\x1b[Kround 1 ${site.url}/feed.xml?n=4: 4/4 `);
    expect(stdout).toMatch(/round 1: feeds 1 read, 0 not modified, 0 failed; items 4 \(0 already seen, 4 new\): 4 created, 0 replaced, 0 unchanged, 0 enqueued, 0 failed/);
    // On a terminal the progress line stands for the per-item lines.
    expect(stdout).not.toMatch(/^created /m);
    expect(await db.prisma.document.count()).toBe(4);
  });

  it("follow --every keeps following with conditional requests and stops on SIGTERM between rounds", async () => {
    const db = await open();
    const feedPath = "/feed.xml?n=3";
    const child = spawn(process.execPath, [BIN, "follow", `${site.url}${feedPath}`, "--every", "300ms"], { env: envFor(db), stdio: ["ignore", "pipe", "pipe"] });
    const lines: string[] = [];
    child.stdout.on("data", (d: Buffer) => lines.push(...d.toString().split("\n").filter(Boolean)));
    child.stderr.on("data", (d: Buffer) => lines.push(...d.toString().split("\n").filter(Boolean)));
    const exit = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    const end = Date.now() + 60_000;
    while (!lines.some((l) => l.startsWith("round 3:")) && Date.now() < end && child.exitCode === null) await new Promise((r) => setTimeout(r, 50));
    child.kill("SIGTERM");
    expect(await exit).toBe(0);

    const rounds = lines.filter((l) => /^round \d+:/.test(l));
    expect(rounds[0]).toMatch(/^round 1: feeds 1 read, 0 not modified, 0 failed; items 3 \(0 already seen, 3 new\): 3 created/);
    expect(rounds[1]).toMatch(/^round 2: feeds 0 read, 1 not modified, 0 failed; items 0 /);
    // Not on a terminal: a line per item instead of the progress line.
    expect(lines.filter((l) => l.startsWith("created "))).toEqual([0, 1, 2].map((i) => `created    ${site.url}/article/${i}`));
    expect(lines).toContain("SIGTERM: finishing the current work, then stopping");
    // Each later round asked with the validators of the first answer, and got 304.
    const asked = site.log.filter((r) => r.path === feedPath);
    expect(asked.length).toBeGreaterThanOrEqual(3);
    expect(asked[0]).toMatchObject({ ifNoneMatch: null, status: 200 });
    for (const r of asked.slice(1)) expect(r).toMatchObject({ ifNoneMatch: expect.stringMatching(/^"\d+"$/), status: 304 });
    expect(await db.prisma.document.count()).toBe(3);
  });
});
