// `npm run bench:explorer`: what the Explorer costs a browser. Prints the JavaScript and CSS
// shipped (bytes, gzipped as the server sends them) and the time from navigation to the first
// rendered official page (header, meetings list and counterpart network drawn), cold (a new
// browser context each run) and median over --runs, against the server over DATABASE_URL.
//
//   DATABASE_URL=file:bench.db npm run bench:explorer [-- --runs 5]
import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { openDatabase } from "../src/store/db.ts";
import { PROJECT_ROOT } from "../src/store/config.ts";
import { startServer } from "../src/server.ts";
import { toGlobalId } from "../src/ids.ts";

const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function main(): Promise<void> {
  const i = process.argv.indexOf("--runs");
  const runs = i >= 0 ? Number(process.argv[i + 1]) : 5;
  if (!Number.isInteger(runs) || runs < 1) throw new Error("--runs must be a positive whole number");

  const assets = path.join(PROJECT_ROOT, "explorer/dist/assets");
  if (!fs.existsSync(assets)) throw new Error("The Explorer is not built: run `npm run build:explorer` first");
  for (const ext of [".js", ".css"]) {
    const files = fs.readdirSync(assets).filter((f) => f.endsWith(ext));
    const raw = files.reduce((n, f) => n + fs.statSync(path.join(assets, f)).size, 0);
    const gz = files.reduce((n, f) => n + gzipSync(fs.readFileSync(path.join(assets, f)), { level: 9 }).length, 0);
    console.log(`${ext.slice(1)} shipped: ${files.length} file(s), ${(raw / 1024).toFixed(1)} kB, ${(gz / 1024).toFixed(1)} kB gzipped`);
  }

  const db = await openDatabase();
  const server = await startServer({ db, port: 0, host: "127.0.0.1", log: () => {} });
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ARGS, headless: true });
  try {
    const documents = await db.prisma.document.count();
    // The official with the most meetings: the heaviest page.
    const [top] = await db.prisma.meetingParticipant.groupBy({ by: ["officialId"], _count: { meetingId: true }, orderBy: { _count: { meetingId: "desc" } }, take: 1 });
    if (!top) throw new Error("No meetings in the database");
    const id = toGlobalId("Official", top.officialId);
    console.log(`database: ${documents} documents; official ${top.officialId} with ${top._count.meetingId} meetings`);
    const times: number[] = [];
    const apiDone: number[] = [];
    const scriptDone: number[] = [];
    for (let r = 0; r < runs; r++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
      const page = await context.newPage();
      await page.goto(`${server.url}/explore/official/${encodeURIComponent(id)}`);
      await page.locator("section.meetings ol.items button.item").first().waitFor({ timeout: 60_000 });
      await page.locator(".official .graph canvas").first().waitFor({ timeout: 60_000 });
      // From navigation start to now, in the page's own clock.
      times.push(await page.evaluate(() => performance.now()));
      // Where the time went: the script loaded, and the last of the page's API answers.
      const entries = await page.evaluate(() => (performance.getEntriesByType("resource") as PerformanceResourceTiming[]).map((e) => ({ name: e.name, end: e.responseEnd })));
      scriptDone.push(Math.max(...entries.filter((e) => e.name.endsWith(".js")).map((e) => e.end)));
      apiDone.push(Math.max(...entries.filter((e) => e.name.endsWith("/graphql")).map((e) => e.end)));
      await context.close();
    }
    console.log(`first rendered official page: median ${median(times).toFixed(0)} ms over ${runs} cold loads (${times.map((t) => t.toFixed(0)).join(", ")})`);
    console.log(`  of which: script loaded at ${median(scriptDone).toFixed(0)} ms, last API answer at ${median(apiDone).toFixed(0)} ms (medians)`);
    // The two views built from bounded pages of today's lists (explorer/src/data/pair.ts, network.ts).
    for (const [name, path, ready] of [
      ["country pair VN/KR", "/explore/pair/VN/KR", "ol.timeline li"],
      ["network of countries", "/explore/network", ".network .graph canvas"],
    ] as const) {
      const t: number[] = [];
      for (let r = 0; r < runs; r++) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
        const page = await context.newPage();
        await page.goto(server.url + path);
        await page.locator(ready).first().waitFor({ timeout: 120_000 });
        t.push(await page.evaluate(() => performance.now()));
        await context.close();
      }
      console.log(`first rendered ${name}: median ${median(t).toFixed(0)} ms over ${runs} cold loads (${t.map((x) => x.toFixed(0)).join(", ")})`);
    }
  } finally {
    await browser.close();
    await server.close();
    await db.close();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
