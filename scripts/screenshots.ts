// `npm run screenshots`: pictures of each Explorer view for the README, in docs/. Starts the
// server on loopback over a fresh SQLite database holding the seeds, the report clusters of
// tests/fixtures/clusters/ (events told across reports) and the first 400 reports of the benchmark
// corpus (bench/corpus.ts), or over DATABASE_URL with --db, and drives Chromium.
//
//   npm run screenshots [-- --db] [--docs 400] [--out docs]
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type Page } from "playwright-core";
import { migrate } from "../src/store/migrate.ts";
import { openDatabase } from "../src/store/db.ts";
import { ingestText } from "../src/store/ingest.ts";
import { PROJECT_ROOT } from "../src/store/config.ts";
import { startServer } from "../src/server.ts";
import { generateCorpus } from "../bench/corpus.ts";

const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

/** A meeting between Vietnam and Korea that more than one report tells. */
async function twiceToldMeeting(url: string): Promise<string> {
  const res = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: `{ meetings(country: "KR", first: 100) { nodes { id participants { official { country { code } } } mentions { document { id } } } } }` }),
  });
  const body = (await res.json()) as { data: { meetings: { nodes: { id: string; participants: { official: { country: { code: string } | null } }[]; mentions: unknown[] }[] } } };
  const meeting = body.data.meetings.nodes.find((m) => m.mentions.length > 1 && m.participants.some((p) => p.official.country?.code === "VN"));
  if (!meeting) throw new Error("No meeting between Vietnam and Korea told by two reports");
  return meeting.id;
}

async function main(): Promise<void> {
  const out = path.resolve(PROJECT_ROOT, option("out", "docs"));
  const docs = Number(option("docs", "400"));
  if (!Number.isInteger(docs) || docs < 0) throw new Error(`--docs must be a whole number, got ${option("docs", "")}`);
  if (!fs.existsSync(path.join(PROJECT_ROOT, "explorer/dist/index.html"))) throw new Error("The Explorer is not built: run `npm run build:explorer` first");
  fs.mkdirSync(out, { recursive: true });

  let url: string;
  if (process.argv.includes("--db")) {
    url = process.env.DATABASE_URL ?? "";
    if (!url) throw new Error("--db needs DATABASE_URL");
  } else {
    url = `file:${path.join(fs.mkdtempSync(path.join(os.tmpdir(), "diplograph-shots-")), "shots.db")}`;
    await migrate(url);
  }
  const db = await openDatabase(url);
  if (!process.argv.includes("--db")) {
    for (const f of fs.readdirSync(path.join(PROJECT_ROOT, "seeds")).filter((f) => f.endsWith(".txt")).sort())
      await ingestText(db.prisma, { text: fs.readFileSync(path.join(PROJECT_ROOT, "seeds", f), "utf8"), source: `seeds/${f}` });
    // The report clusters tell events across reports: an MoU proposed, signed and in force, talks told twice.
    const clusters = path.join(PROJECT_ROOT, "tests/fixtures/clusters");
    for (const f of fs.readdirSync(clusters).filter((f) => f.endsWith(".txt")).sort())
      await ingestText(db.prisma, { text: fs.readFileSync(path.join(clusters, f), "utf8"), source: `clusters/${f}` });
    for (const d of generateCorpus({ docs })) await ingestText(db.prisma, { text: d.text, source: `corpus/${d.name}` });
  }
  const server = await startServer({ db, port: 0, host: "127.0.0.1", log: () => {} });
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ARGS, headless: true });
  const shoot = async (page: Page, name: string) => {
    await page.waitForTimeout(600); // the network layout and charts settle
    await page.screenshot({ path: path.join(out, name), fullPage: false });
    console.log(`wrote ${path.relative(PROJECT_ROOT, path.join(out, name))}`);
  };
  try {
    const laptop = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    await laptop.goto(`${server.url}/explore/?q=Minister`);
    await laptop.locator("#search-results li").first().waitFor();
    await laptop.keyboard.press("ArrowDown");
    await shoot(laptop, "explorer-search.png");

    // The official with the most counterparts among the newest meetings' participants.
    const res = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ meetings(first: 50) { nodes { participants { official { id counterparts(first: 1) { totalCount } } } } } }" }),
    });
    const body = (await res.json()) as { data: { meetings: { nodes: { participants: { official: { id: string; counterparts: { totalCount: number } } }[] }[] } } };
    const officials = body.data.meetings.nodes.flatMap((m) => m.participants.map((p) => p.official));
    officials.sort((a, b) => b.counterparts.totalCount - a.counterparts.totalCount);
    const official = officials[0]?.id;
    if (!official) throw new Error("No meetings in the database to take pictures of");

    await laptop.goto(`${server.url}/explore/official/${encodeURIComponent(official)}`);
    await laptop.locator("section.meetings ol.items button.item").first().waitFor();
    await shoot(laptop, "explorer-official.png");
    await laptop.locator("section.meetings ol.items button.item").first().click();
    await laptop.locator("aside.evidence mark").first().waitFor();
    await shoot(laptop, "explorer-evidence.png");

    await laptop.goto(`${server.url}/explore/pair/VN/KR`);
    await laptop.locator("ol.timeline li").first().waitFor();
    await shoot(laptop, "explorer-pair.png");
    // An agreement's lifecycle with one step's report open, then a meeting told by two reports.
    const step = laptop.locator("ol.lifecycles ol.steps > li[data-status=SIGNED] ul.reports button").first();
    if (await step.count()) {
      await step.click();
      await laptop.locator("aside.evidence mark").first().waitFor();
      await step.scrollIntoViewIfNeeded();
      await shoot(laptop, "explorer-lifecycle.png");
    } else console.warn("No signed agreement between VN and KR: explorer-lifecycle.png not taken");
    await laptop.goto(`${server.url}/explore/pair/VN/KR?evidence=${encodeURIComponent(await twiceToldMeeting(server.url))}`);
    await laptop.locator("aside.evidence section.evidence-doc").nth(1).waitFor();
    await shoot(laptop, "explorer-mentions.png");

    await laptop.goto(`${server.url}/explore/network`);
    await laptop.locator(".network .graph canvas").first().waitFor();
    await shoot(laptop, "explorer-network.png");

    const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
    await phone.goto(`${server.url}/explore/official/${encodeURIComponent(official)}`);
    await phone.locator("section.meetings ol.items button.item").first().waitFor();
    await shoot(phone, "explorer-phone.png");
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
