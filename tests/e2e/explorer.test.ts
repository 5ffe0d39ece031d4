// The Explorer in headless Chromium against the server on loopback with the seeds ingested:
// search → an official's page with meetings and a network → a meeting's evidence highlighted at
// its span; the country pair of the seeds shows both seed events; the network view; and no
// request leaves 127.0.0.1. Then a cluster of reports telling one MoU proposed, signed and in
// force: the pair's lifecycle from the agreement's history, and a meeting told by two reports.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/store/db.ts";
import { PROJECT_ROOT } from "../../src/store/config.ts";
import { ingestText } from "../../src/store/ingest.ts";
import { disposeDatabase, post, seededDatabase, serve } from "../graphql/support.ts";

const CHROMIUM = "/usr/bin/chromium";
const haveChromium = fs.existsSync(CHROMIUM);
if (!haveChromium) console.warn(`SKIPPED: the Explorer browser test needs Chromium at ${CHROMIUM} (apt-get install -y chromium)`);

const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

function isLocal(url: string): boolean {
  if (url.startsWith("data:") || url.startsWith("blob:") || url === "about:blank") return true;
  try {
    return new URL(url).hostname === "127.0.0.1";
  } catch {
    return false;
  }
}

describe.skipIf(!haveChromium)("Explorer in Chromium", () => {
  let db: Database;
  let server: Awaited<ReturnType<typeof serve>>;
  let browser: import("playwright-core").Browser;
  let context: import("playwright-core").BrowserContext;
  let page: import("playwright-core").Page;
  const requests: string[] = [];
  const problems: string[] = [];

  beforeAll(async () => {
    // npm install builds the app; a checkout that skipped it gets it built here.
    if (!fs.existsSync(path.join(PROJECT_ROOT, "explorer/dist/index.html"))) execFileSync("npm", ["run", "build:explorer"], { cwd: PROJECT_ROOT, stdio: "ignore" });
    const { chromium } = await import("playwright-core");
    db = await seededDatabase();
    server = await serve(db);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    context.on("request", (r) => requests.push(r.url()));
    page = await context.newPage();
    page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
    page.on("pageerror", (e) => problems.push(e.message));
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
    if (db) await disposeDatabase(db);
  });

  it("searches an official, shows their meetings and network, and a meeting's highlighted evidence", async () => {
    await page.goto(`${server.url}/explore/`, { waitUntil: "load" });
    const box = page.getByRole("combobox", { name: "Search" });
    // Typing goes into the URL without eating what is typed (a trailing space survives).
    await box.pressSequentially("Dien ");
    await expect.poll(() => page.url()).toContain("?q=Dien");
    await page.waitForTimeout(300);
    expect(await box.inputValue()).toBe("Dien ");
    await box.fill("Dien");
    const first = page.locator("#search-results li").first();
    await expect.poll(() => first.innerText(), { timeout: 15_000 }).toMatch(/^official\s+Nguy[eễ]n H[oồ]ng Di[eê]n\s+Minister of Industry and Trade, Vietnam/i);
    expect(page.url()).toContain("/explore/?q=Dien");
    // Keyboard: the first result is active, Enter opens it.
    await box.press("Enter");
    await page.waitForURL(/\/explore\/official\//, { timeout: 10_000 });
    await expect.poll(() => page.locator("h1").innerText(), { timeout: 15_000 }).toMatch(/Nguy[eễ]n H[oồ]ng Di[eê]n/);

    // Meetings listed, and the counterparts network drawn with the official and Oh Yong-ju.
    const meeting = page.locator("section.meetings ol.items button.item").first();
    await expect.poll(() => meeting.innerText(), { timeout: 15_000 }).toMatch(/2023-06-13\s+reception\s+with Oh Yong-ju/);
    const graph = page.locator(".official .graph");
    await expect.poll(() => graph.getAttribute("data-nodes")).toBe("2");
    expect(await graph.getAttribute("data-edges")).toBe("1");
    expect(await graph.locator("canvas").count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator("ol.counterparts").innerText()).toMatch(/Oh Yong-ju.*1 meeting/);
    expect(await page.locator("section.meetings .chart svg").count()).toBe(1);

    // The meeting's evidence: the document with the sentence highlighted at the API's span.
    const factId = await meeting.getAttribute("data-fact");
    await meeting.click();
    await page.waitForURL(/[?&]evidence=/);
    const mark = page.locator("aside.evidence mark").first();
    await mark.waitFor({ timeout: 15_000 });
    const { body } = await post(server.url, `query($id: ID!) { node(id: $id) { ... on Meeting { evidence { start end text document { text } } } } }`, { id: factId });
    const ev = body.data!.node.evidence[0];
    expect(await mark.innerText()).toBe(ev.document.text.slice(ev.start, ev.end));
    // The span is the meeting's words, inside the sentence that reports it.
    expect(await mark.innerText()).toMatch(/reception/i);
    expect(ev.document.text.slice(Math.max(0, ev.start - 40), ev.end + 40)).toMatch(/During a reception in Hanoi on June 13/);
    expect(await mark.getAttribute("data-start")).toBe(String(ev.start));
    expect(await page.locator("aside.evidence .document-text").innerText()).toBe(ev.document.text);

    // The back button closes the evidence; Escape closes it too.
    await page.goBack();
    await expect.poll(() => page.locator("aside.evidence").count()).toBe(0);
    await meeting.click();
    await page.locator("aside.evidence mark").waitFor();
    await page.keyboard.press("Escape");
    await expect.poll(() => page.locator("aside.evidence").count()).toBe(0);

    // A shared link to the evidence opens it directly.
    await page.goto(`${server.url}/explore/official/${encodeURIComponent((await page.url()).split("/official/")[1].split("?")[0])}?evidence=${encodeURIComponent(factId!)}`);
    await expect.poll(() => page.locator("aside.evidence mark").first().innerText(), { timeout: 15_000 }).toMatch(/reception/i);
  });

  it("shows both seed events on the country pair of Vietnam and Korea", async () => {
    await page.goto(`${server.url}/explore/pair/VN/KR`, { waitUntil: "load" });
    const meetings = page.locator("ol.timeline li[data-kind=meeting]");
    await expect.poll(() => meetings.count(), { timeout: 15_000 }).toBe(2);
    const text = await page.locator("ol.timeline").innerText();
    expect(text).toMatch(/2023-12-21\s+phone call\s+.*L[eê] Minh Kh[aả]i/);
    expect(text).toMatch(/2023-06-13\s+reception\s+.*Oh Yong-ju/);
    expect(await page.locator("h1").innerText()).toMatch(/Viet ?nam and .*Korea/i);
    // Monthly counts: one bar per month with events (June and December 2023).
    const chart = page.locator(".pair .chart svg[viewBox]");
    expect(await chart.locator("rect").count()).toBeGreaterThanOrEqual(2);
    const titles = await chart.locator("title").allTextContents();
    expect(titles).toContain("2023-06: 1 meeting");
    expect(titles).toContain("2023-12: 1 meeting");
    // Picking another country changes the URL; back restores the pair.
    await page.locator("select").nth(1).selectOption("");
    await page.waitForURL(/\/explore\/pair\/VN$/);
    await page.goBack();
    await expect.poll(() => meetings.count(), { timeout: 15_000 }).toBe(2);
  });

  it("draws the network of countries and opens a node's page", async () => {
    await page.goto(`${server.url}/explore/network`, { waitUntil: "load" });
    const graph = page.locator(".network .graph");
    await expect.poll(() => graph.getAttribute("data-nodes"), { timeout: 15_000 }).toBe("2");
    expect(await graph.getAttribute("data-edges")).toBe("1");
    const summary = page.locator(".network p.muted").first();
    await expect.poll(() => summary.innerText(), { timeout: 15_000 }).toMatch(/^2 meetings in the period/);
    // Filtering by period goes into the URL: from July 2023 only the December phone call is left;
    // back brings the whole period again.
    await page.getByLabel("From", { exact: true }).fill("2023-07-01");
    await page.waitForURL(/from=2023-07-01/);
    await expect.poll(() => summary.innerText(), { timeout: 15_000 }).toMatch(/^1 meetings in the period/);
    await page.getByLabel("to", { exact: true }).fill("2023-11-30");
    await page.waitForURL(/from=2023-07-01&to=2023-11-30/);
    await expect.poll(() => summary.innerText(), { timeout: 15_000 }).toMatch(/^0 meetings in the period/);
    await page.goBack();
    await page.goBack();
    await page.waitForURL((u) => !u.search.includes("from="));
    await expect.poll(() => summary.innerText(), { timeout: 15_000 }).toMatch(/^2 meetings in the period/);
    // Filtering by kind goes into the URL and redraws: only the phone call.
    await page.locator("select").nth(1).selectOption("PHONE_CALL");
    await page.waitForURL(/kind=PHONE_CALL/);
    await expect.poll(() => page.locator(".network p.muted").first().innerText(), { timeout: 15_000 }).toMatch(/^1 meetings/);
    await page.locator(".network select").first().selectOption("official");
    await page.waitForURL(/by=official/);
    await expect.poll(() => graph.getAttribute("data-nodes"), { timeout: 15_000 }).toBe("2");
    await page.locator("ol.counterparts a", { hasText: /Choo Kyung-ho/ }).click();
    await page.waitForURL(/\/explore\/official\//);
    await expect.poll(() => page.locator("h1").innerText(), { timeout: 15_000 }).toMatch(/Choo Kyung-ho/);
  });

  it("shows an agreement's lifecycle from its history and a meeting told by two reports", async () => {
    // Talks on 14 March told by two outlets, where the MoU is proposed; signed in September; in force in January.
    const cluster = ["f1-two-events.txt", "f2-seoul.txt", "g1-mou-signed.txt", "g2-mou-in-force.txt"];
    for (const f of cluster) await ingestText(db.prisma, { text: fs.readFileSync(path.join(PROJECT_ROOT, "tests/fixtures/clusters", f), "utf8"), source: `clusters/${f}` });
    const { body } = await post(
      server.url,
      `{ agreements(party: "VN") { nodes { id title history { status date document { id source } evidence { start end document { text } } } } }
         meetings(country: "VN", from: "2024-03-14", to: "2024-03-14") { nodes { id kind mentions { document { id source } evidence { start end document { text } } } } } }`,
    );
    expect(body.errors).toBeUndefined();
    const mou = body.data!.agreements.nodes.find((a: { history: unknown[] }) => a.history.length === 4);
    expect(mou.history.map((h: { status: string; date: string; document: { source: string } }) => `${h.date} ${h.status} ${h.document.source}`)).toEqual([
      "2024-03-14 PROPOSED clusters/f2-seoul.txt",
      "2024-03-15 PROPOSED clusters/f1-two-events.txt",
      "2024-09-10 SIGNED clusters/g1-mou-signed.txt",
      "2025-01-05 IN_FORCE clusters/g2-mou-in-force.txt",
    ]);

    await page.goto(`${server.url}/explore/pair/VN/KR`, { waitUntil: "load" });
    const instrument = page.locator(`ol.lifecycles > li[data-agreement="${mou.id}"]`);
    await instrument.waitFor({ timeout: 15_000 });
    expect(await instrument.locator("> span.muted").innerText()).toBe("mou, in force, signed 2024-09-10");
    // Three steps in order, each with its date and reports: the proposal told by two of them.
    const steps = instrument.locator("ol.steps > li");
    expect(await steps.evaluateAll((els) => els.map((e) => e.getAttribute("data-status")))).toEqual(["PROPOSED", "SIGNED", "IN_FORCE"]);
    expect(await steps.locator("> time").allInnerTexts()).toEqual(["2024-03-14", "2024-09-10", "2025-01-05"]);
    expect(await steps.nth(0).locator("ul.reports button").allInnerTexts()).toEqual([expect.stringMatching(/^clusters\/f2-seoul\.txt\s+2024-03-14$/), expect.stringMatching(/^clusters\/f1-two-events\.txt\s+2024-03-15$/)]);
    expect(await steps.nth(1).locator("ul.reports button").allInnerTexts()).toEqual([expect.stringMatching(/^clusters\/g1-mou-signed\.txt\s+2024-09-10$/)]);

    // A step's report opens what that report said: its sentence highlighted, the other reports a click away.
    const signed = mou.history[2];
    await steps.nth(1).locator("ul.reports button").click();
    await page.waitForURL((u) => u.searchParams.get("evidence") === mou.id && u.searchParams.get("report") === signed.document.id);
    const panel = page.locator("aside.evidence");
    await expect.poll(() => panel.locator("section.evidence-doc").count(), { timeout: 15_000 }).toBe(1);
    expect(await panel.locator("section.evidence-doc").getAttribute("data-document")).toBe(signed.document.id);
    expect(await panel.locator(".account").innerText()).toBe("Report 3 of 4: signed, 2024-09-10");
    expect(await panel.locator("mark").first().innerText()).toBe(signed.evidence[0].document.text.slice(signed.evidence[0].start, signed.evidence[0].end));
    expect(await panel.locator("mark").first().innerText()).toMatch(/MoU/);
    await panel.getByRole("button", { name: "show all" }).click();
    await expect.poll(() => panel.locator("section.evidence-doc").count()).toBe(4);
    expect(await panel.locator(".account").allInnerTexts()).toEqual(["Report 1 of 4: proposed, 2024-03-14", "Report 2 of 4: proposed, 2024-03-15", "Report 3 of 4: signed, 2024-09-10", "Report 4 of 4: in force, 2025-01-05"]);
    await page.keyboard.press("Escape");
    await expect.poll(() => panel.count()).toBe(0);
    expect(new URL(page.url()).search).toBe("");

    // The talks of 14 March: one event on the timeline, its evidence showing both reports.
    const talks = body.data!.meetings.nodes.find((m: { kind: string }) => m.kind === "TALKS");
    expect(talks.mentions.map((m: { document: { source: string } }) => m.document.source).sort()).toEqual(["clusters/f1-two-events.txt", "clusters/f2-seoul.txt"]);
    const item = page.locator(`ol.timeline li[data-kind=meeting] button[data-fact="${talks.id}"]`);
    expect(await item.innerText()).toMatch(/^2024-03-14\s+talks\s+.*Ahn Duk-geun/);
    expect(await page.locator("ol.timeline li[data-kind=meeting]", { hasText: /2024-03-14/ }).count()).toBe(1);
    await item.click();
    await expect.poll(() => panel.locator("section.evidence-doc").count(), { timeout: 15_000 }).toBe(2);
    expect(await panel.locator("p.reports").innerText()).toBe("Told by 2 reports");
    expect(await panel.locator("section.evidence-doc").evaluateAll((els) => els.map((e) => e.getAttribute("data-document")))).toEqual(talks.mentions.map((m: { document: { id: string } }) => m.document.id));
    for (const [i, m] of talks.mentions.entries()) {
      const section = panel.locator("section.evidence-doc").nth(i);
      expect(await section.innerText()).toContain(m.document.source);
      expect(await section.locator("mark").first().innerText()).toBe(m.evidence[0].document.text.slice(m.evidence[0].start, m.evidence[0].end));
    }
  });

  it("made no request outside 127.0.0.1 and hit no CSP or loading error", () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((u) => !isLocal(u))).toEqual([]);
    expect(requests.some((u) => u === `${server.url}/graphql`)).toBe(true);
    expect(requests.some((u) => /\/explore\/assets\/index-[\w-]+\.js$/.test(u))).toBe(true);
    expect(problems).toEqual([]);
  });
});
