// Saved article pages of five layouts: the text each must yield, the metadata, what must not reach
// the extractor, and the facts scored against each page's gold; then the pages through the CLI's
// ingest and the ingestDocument mutation into a real database.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { graphql } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestPaths } from "../../src/commands/ingest.ts";
import { extract, toContractJson } from "../../src/extraction/index.ts";
import { CLASSES, report, scoreFolder } from "../../scripts/eval/score.ts";
import { buildGraphQLSchema } from "../../src/graphql/schema.ts";
import { createContext } from "../../src/graphql/context.ts";
import { pageInput } from "../../src/sources/document.ts";
import { readPage } from "../../src/sources/page.ts";
import type { Database } from "../../src/store/db.ts";
import { dropDatabase, freshDatabase } from "../helpers/database.ts";

const DIR = resolve("tests/fixtures/pages");
const html = (name: string) => readFileSync(join(DIR, `${name}.html`), "utf8");

const PAGES = {
  agency: { date: "2024-06-13", outlet: "Vietnam News Agency", url: "https://en.example-agency.vn/vietnam-japan-agree-to-boost-semiconductor-cooperation-post2841.vnp", title: "Vietnam, Japan agree to boost semiconductor cooperation" },
  ministry: { date: "2024-03-05", outlet: "Ministry of Foreign Affairs of Japan", url: "https://www.mofa.example.jp/press/release/2024/03/0305_01.html", title: "Japan-Indonesia Foreign Ministers' Meeting" },
  business: { date: "2024-09-20", outlet: "Business Daily", url: "https://www.business-daily.example.com/economy/thailand-malaysia-trade-target", title: "Thailand, Malaysia target $30 billion in trade by 2027" },
  portal: { date: "2024-01-30", outlet: "NewsPortal Asia", url: "https://newsportal.example.net/world/2024/01/30/philippines-vietnam-rice", title: "Philippines, Vietnam sign rice trade agreement" },
  cookiewall: { date: "2024-09-23", outlet: "EU Observer Example", url: "https://eu-observer.example.org/trade/eu-indonesia-cepa", title: "EU and Indonesia conclude talks on trade pact" },
} as const;
const NAMES = Object.keys(PAGES) as (keyof typeof PAGES)[];

const BOILERPLATE: string[] = JSON.parse(readFileSync(join(DIR, "furniture.json"), "utf8")).words;

describe("article pages", () => {
  it.each(NAMES)("%s: yields exactly the article's paragraphs and the page's metadata", (name) => {
    const page = readPage(html(name), { source: `${name}.html`, url: "https://www.mofa.example.jp/press/" });
    expect(page.text + "\n").toBe(readFileSync(join(DIR, `${name}.article`), "utf8"));
    expect({ date: page.date, outlet: page.outlet, url: page.url, title: page.title }).toEqual(PAGES[name]);
    expect(BOILERPLATE).toHaveLength(30);
    for (const word of BOILERPLATE) expect(page.text, `"${word}" leaked from the page furniture`).not.toContain(word);
  });

  it.each(NAMES)("%s: the extractor finds the gold's officials and meetings in the page", (name) => {
    const input = pageInput(html(name), { source: `${name}.html` });
    const doc = extract(input.text, { source: `${name}.html` });
    const gold = JSON.parse(readFileSync(join(DIR, `${name}.gold.json`), "utf8"));
    const key = (s: string) => s.toLowerCase().replace(/[^a-z ]/g, "").split(" ").filter(Boolean).sort().join(" ");
    expect(doc.officials.map((o) => key(o.name)).sort()).toEqual(gold.officials.map((o: { name: string }) => key(o.name)).sort());
    expect(doc.meetings.map((m) => [m.date, m.kind])).toEqual(gold.meetings.map((m: { date: string; kind: string }) => [m.date, m.kind]));
    expect(doc.proposals.map((p) => key(p.speaker ?? ""))).toEqual(gold.proposals.map((p: { speaker: string }) => key(p.speaker)));
  });

  it("scores every class at F1 1 against the pages' gold with the project's scorer", () => {
    const predictions = NAMES.map((name) => toContractJson(extract(pageInput(html(name), { source: `${name}.html` }).text, { source: join(DIR, `${name}.html`) })));
    const tally = scoreFolder(DIR, predictions);
    const scores = report(tally);
    expect(tally.misses).toEqual([]);
    expect(scores.documents).toBe(5);
    expect(scores.documentsWithoutPrediction).toBe(0);
    // The floors are where the reader is: every gold fact found, nothing extra.
    for (const cls of CLASSES) expect({ cls, f1: scores[cls].f1, fp: scores[cls].fp, fn: scores[cls].fn }).toEqual({ cls, f1: 1, fp: 0, fn: 0 });
    expect([scores.officials.tp, scores.meetings.tp, scores.proposals.tp, scores.agreements.tp]).toEqual([10, 5, 9, 2]);
    expect(scores.officialCountryAccuracy).toBe(1);
    expect(scores.agreementStatusAccuracy).toBe(1);
  });

  it("refuses a page without a date unless one is given, and a page without text", () => {
    const undated = html("agency").replace(/<meta property="article:published_time"[^>]*>/, "").replace(/<time[^>]*>.*?<\/time>/, "");
    expect(() => pageInput(undated, { source: "undated.html" })).toThrow(/undated.html|no date/);
    expect(pageInput(undated, { source: "undated.html", date: "2024-06-13" }).text).toMatch(/^ date 2024-06-13 Vietnam, Japan/);
    expect(() => pageInput("<html><body><nav>Home</nav></body></html>", { source: "empty.html" })).toThrow(/no article text/);
  });
});

describe("article pages into the graph", () => {
  let db: Database;
  beforeAll(async () => {
    db = await freshDatabase();
  });
  afterAll(async () => {
    await db.close();
    await dropDatabase(db.url);
  });

  it("ingest reads .html files from a folder and stores the URL and outlet", async () => {
    const summary = await ingestPaths(db.prisma, [DIR]);
    expect(summary.failures).toEqual([]);
    expect(summary.documents.created).toBe(5);
    const doc = await db.prisma.document.findFirstOrThrow({ where: { source: { endsWith: "business.html" } } });
    expect(doc).toMatchObject({ url: PAGES.business.url, outlet: "Business Daily", fetchedAt: null, title: "Thailand, Malaysia target $30 billion in trade by 2027" });
    expect(doc.date.toISOString().slice(0, 10)).toBe("2024-09-20");
  });

  it("ingestDocument takes html, and a fact's evidence leads back to the URL", async () => {
    const schema = await buildGraphQLSchema();
    const context = { ...createContext(db), access: { read: true, write: true, writeRefusal: null, readRefusal: null } };
    const mutation = `mutation($html: String, $text: String) { ingestDocument(input: { html: $html, text: $text, source: "web:agency", url: "https://fetched.example/a" }) { status document { url outlet meetings { evidence { text document { url } } } } } }`;
    const ok = await graphql({ schema, source: mutation, variableValues: { html: html("agency").replace("Ito Naoki in Hanoi", "Ito Naoki in Hanoi city") }, contextValue: context });
    expect(ok.errors).toBeUndefined();
    const payload = (ok.data as any).ingestDocument;
    expect(payload.status).toBe("CREATED");
    expect(payload.document.url).toBe(PAGES.agency.url);
    expect(payload.document.outlet).toBe("Vietnam News Agency");
    expect(payload.document.meetings[0].evidence[0].document.url).toBe(PAGES.agency.url);

    const both = await graphql({ schema, source: mutation, variableValues: { html: "<p>x</p>", text: "x" }, contextValue: context });
    expect(both.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    const noText = await graphql({ schema, source: mutation, variableValues: { html: "<html><body><nav>Home</nav></body></html>" }, contextValue: context });
    expect(noText.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(noText.errors?.[0].message).toMatch(/no article text/);
  });
});
