// The IDE in headless Chromium: it loads offline, runs the example query, shows the seed
// officials, and no request leaves the machine.
import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/store/db.ts";
import { disposeDatabase, seededDatabase, serve } from "../graphql/support.ts";

const CHROMIUM = "/usr/bin/chromium";
const haveChromium = fs.existsSync(CHROMIUM);
if (!haveChromium) console.warn(`SKIPPED: the IDE browser test needs Chromium at ${CHROMIUM} (apt-get install -y chromium)`);

const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

function isLocal(url: string): boolean {
  if (url.startsWith("data:") || url.startsWith("blob:") || url === "about:blank") return true;
  try {
    return ["127.0.0.1", "localhost", "[::1]"].includes(new URL(url).hostname);
  } catch {
    return false;
  }
}

describe.skipIf(!haveChromium)("GraphiQL IDE in Chromium", () => {
  let db: Database;
  let server: Awaited<ReturnType<typeof serve>>;
  let browser: import("playwright-core").Browser;

  beforeAll(async () => {
    const { chromium } = await import("playwright-core");
    db = await seededDatabase();
    server = await serve(db);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (db) await disposeDatabase(db);
  });

  it("runs the example query offline and shows the seed officials", async () => {
    const context = await browser.newContext();
    const requests: string[] = [];
    const problems: string[] = [];
    context.on("request", (r) => requests.push(r.url()));
    const page = await context.newPage();
    page.on("console", (m) => {
      if (m.type() === "error") problems.push(m.text());
    });
    page.on("pageerror", (e) => problems.push(e.message));

    await page.goto(`${server.url}/graphql`, { waitUntil: "load" });
    const editor = page.locator(".graphiql-query-editor");
    await editor.waitFor({ timeout: 30_000 });
    await expect.poll(() => editor.innerText(), { timeout: 15_000 }).toContain("OfficialsWithMeetingsAndProposals");

    await page.locator(".graphiql-execute-button").click();
    // The result editor (CodeMirror) renders only the visible lines: read its whole value.
    const result = () =>
      page.evaluate(() => {
        const el = document.querySelector(".graphiql-response .CodeMirror") as (Element & { CodeMirror?: { getValue(): string } }) | null;
        return el?.CodeMirror?.getValue() ?? "";
      });
    await expect.poll(result, { timeout: 30_000 }).toMatch(/Nguy[eễ]n H[oồ]ng Di[eê]n/);
    const text = await result();
    expect(JSON.parse(text).errors).toBeUndefined();
    for (const name of [/Oh Yong-ju/, /L[eê] Minh Kh[aả]i/, /Choo Kyung-ho/, /RECEPTION/, /PHONE_CALL/]) expect(text).toMatch(name);

    // The docs panel shows the schema's descriptions.
    await page.locator('[aria-label="Show Documentation Explorer"]').click();
    await expect.poll(() => page.locator(".graphiql-doc-explorer").innerText(), { timeout: 10_000 }).toMatch(/Query/);

    // The root page serves the IDE too.
    await page.goto(`${server.url}/`, { waitUntil: "load" });
    await page.locator(".graphiql-query-editor").waitFor({ timeout: 30_000 });

    console.log(`IDE requests: ${requests.length}, hosts: ${[...new Set(requests.map((u) => (u.startsWith("data:") ? "data:" : new URL(u).host)))].join(", ")}`);
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((u) => !isLocal(u))).toEqual([]);
    expect(requests.some((u) => u === `${server.url}/graphql` || u.startsWith(`${server.url}/graphql`))).toBe(true);
    expect(problems.filter((p) => /Content Security Policy|Failed to load|net::ERR/i.test(p))).toEqual([]);
    await context.close();
  });
});
