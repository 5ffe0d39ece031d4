// Article-page readers compared on the saved layouts of tests/fixtures/pages/: text recall and
// precision against each page's .article (word tokens as a multiset), exact matches, page furniture
// that leaks, the extraction scores of scripts/eval/score.ts, and pages per second. The candidates
// are not project dependencies: install them in a scratch folder and name it with --from, e.g.
//   mkdir /tmp/readers && cd /tmp/readers && npm init -y && npm install --save-exact \
//     @mozilla/readability@0.6.0 linkedom@0.18.15 jsdom@27.4.0 @extractus/article-extractor@9.0.1 defuddle@0.19.4
//   npx tsx bench/page-readers.ts --from /tmp/readers [--rounds 20] [--verbose]
// --verbose prints, per reader and page, the paragraphs it adds to or misses from the .article.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { parseHTML } from "linkedom";
import { extract, toContractJson } from "../src/extraction/index.ts";
import boilerplate from "../src/sources/data/boilerplate.json" with { type: "json" };
import { pageReport, readPage } from "../src/sources/page.ts";
import { report, scoreFolder, type ScoredClass } from "../scripts/eval/score.ts";

const DIR = resolve("tests/fixtures/pages");
const NAMES = ["agency", "ministry", "business", "portal", "cookiewall"];
const FURNITURE: string[] = JSON.parse(readFileSync(join(DIR, "furniture.json"), "utf8")).words;

const { values: args } = parseArgs({ options: { from: { type: "string" }, rounds: { type: "string", default: "20" }, verbose: { type: "boolean", default: false } } });
if (!args.from) {
  console.error("usage: npx tsx bench/page-readers.ts --from SCRATCH_DIR [--rounds N]   (see the comment at the top for the install)");
  process.exit(2);
}
const from = createRequire(join(resolve(args.from), "package.json"));
const load = async (name: string) => import(pathToFileURL(from.resolve(name)).href);
const { Readability } = await load("@mozilla/readability");
const { JSDOM } = await load("jsdom");
const { extractFromHtml } = await load("@extractus/article-extractor");
// defuddle/node is exported for import only, which require.resolve cannot see.
const { Defuddle } = await import(pathToFileURL(join(resolve(args.from), "node_modules/defuddle/dist/node.js")).href);
const linkedom = await load("linkedom");

type Reader = (html: string, url: string) => Promise<string>;
const BLOCKS = "p, h2, h3, h4, h5, h6, li, blockquote, pre";
const clean = (s: string | null | undefined) => (s ?? "").replace(/\s+/g, " ").trim();

/** Paragraphs of an HTML fragment, read the way page.ts reads Readability's output. */
function paragraphs(fragment: string): string {
  const { document } = parseHTML(`<html><body>${fragment}</body></html>`);
  const out: string[] = [];
  for (const el of Array.from(document.querySelectorAll(BLOCKS))) {
    if (el.querySelector(BLOCKS)) continue;
    const t = clean(el.textContent);
    if (t) out.push(t);
  }
  return out.join("\n\n");
}

const CLASS_WORD_RE = new RegExp(`(?:^|[\\s_-])(?:${boilerplate.classOrIdWords.join("|")})(?:$|[\\s_-])`, "i");
/** page.ts's removal of page furniture before the readability pass, on any DOM. */
function strip(document: any): void {
  const doomed = new Set<any>();
  for (const tag of boilerplate.tags) for (const el of document.querySelectorAll(tag)) doomed.add(el);
  for (const role of boilerplate.roles) for (const el of document.querySelectorAll(`[role="${role}"]`)) doomed.add(el);
  for (const el of document.querySelectorAll("[class], [id]")) {
    if (CLASS_WORD_RE.test(`${el.getAttribute("class") ?? ""} ${el.getAttribute("id") ?? ""}`) && !["ARTICLE", "BODY", "HTML", "MAIN"].includes(el.tagName)) doomed.add(el);
  }
  for (const el of doomed) el.remove();
}

const readability = (document: any, stripFirst: boolean) => {
  if (stripFirst) strip(document);
  return paragraphs(new Readability(document, { charThreshold: 200 }).parse()?.content ?? "");
};

// The library alone (its own cleanup, no strip) and page.ts's pipeline over each DOM: the same
// text post-processing (headline and date-only lines dropped) is applied to every candidate below.
const READERS: Record<string, Reader> = {
  "page.ts: Readability + linkedom + strip (current)": async (html, url) => readPage(html, { source: "x", url }).text,
  "Readability + linkedom, no strip": async (html) => readability(linkedom.parseHTML(html).document, false),
  "Readability + jsdom + strip": async (html, url) => readability(new JSDOM(html, { url }).window.document, true),
  "Readability + jsdom, no strip": async (html, url) => readability(new JSDOM(html, { url }).window.document, false),
  "@extractus/article-extractor": async (html, url) => paragraphs((await extractFromHtml(html, url))?.content ?? ""),
  "defuddle (linkedom)": async (html, url) => paragraphs((await Defuddle(linkedom.parseHTML(html).document, url)).content ?? ""),
};

const DATE_ONLY_RE = /^(?:\w+day,?\s+)?(?:\w+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+\w+\.?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{4})(?:\s+\d{1,2}:\d{2})?$/;
const fold = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
function postProcess(text: string, title: string | null): string {
  let ps = text.split("\n\n").filter(Boolean);
  if (title && ps[0] && fold(ps[0]) === fold(title)) ps.shift();
  ps = ps.filter((p) => !DATE_ONLY_RE.test(p));
  return ps.join("\n\n");
}

const tokens = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
function overlap(got: string, want: string): { recall: number; precision: number } {
  const bag = new Map<string, number>();
  for (const t of tokens(want)) bag.set(t, (bag.get(t) ?? 0) + 1);
  const g = tokens(got);
  let common = 0;
  for (const t of g) {
    const n = bag.get(t) ?? 0;
    if (n > 0) {
      common++;
      bag.set(t, n - 1);
    }
  }
  const w = tokens(want).length;
  return { recall: w ? common / w : 1, precision: g.length ? common / g.length : 0 };
}

const pages = NAMES.map((name) => {
  const html = readFileSync(join(DIR, `${name}.html`), "utf8");
  // Metadata is page.ts's for every candidate: the comparison is of the main text.
  const meta = readPage(html, { source: `${name}.html` });
  return { name, html, meta, url: meta.url ?? "https://example.org/", want: readFileSync(join(DIR, `${name}.article`), "utf8").trimEnd() };
});

const rounds = Number(args.rounds);
const rows: string[] = [];
for (const [label, read] of Object.entries(READERS)) {
  let recall = 0, precision = 0, exact = 0;
  const leaks: string[] = [];
  const predictions: Record<string, unknown>[] = [];
  for (const p of pages) {
    let text = "";
    try {
      text = postProcess(await read(p.html, p.url), p.meta.title);
    } catch (e) {
      leaks.push(`${p.name}: threw ${(e as Error).message}`);
    }
    const o = overlap(text, p.want);
    recall += o.recall / pages.length;
    precision += o.precision / pages.length;
    if (text === p.want) exact++;
    else if (args.verbose) {
      const got = text.split("\n\n"), want = p.want.split("\n\n");
      for (const x of got.filter((g) => !want.includes(g))) console.error(`${label} | ${p.name} | + ${x.slice(0, 160)}`);
      for (const x of want.filter((w) => !got.includes(w))) console.error(`${label} | ${p.name} | - ${x.slice(0, 160)}`);
    }
    for (const word of FURNITURE) if (text.includes(word)) leaks.push(`${p.name}: "${word}"`);
    if (text) predictions.push(toContractJson(extract(pageReport({ ...p.meta, text }, p.meta.date!), { source: `${p.name}.html` })) as Record<string, unknown>);
  }
  const scores = report(scoreFolder(DIR, predictions));
  const f1 = (["officials", "meetings", "proposals", "agreements"] as ScoredClass[]).map((c) => scores[c].f1.toFixed(3)).join(" / ");

  for (const p of pages) await read(p.html, p.url); // warm-up
  const start = performance.now();
  for (let i = 0; i < rounds; i++) for (const p of pages) await read(p.html, p.url);
  const perSecond = (rounds * pages.length) / ((performance.now() - start) / 1000);

  rows.push(`| ${label} | ${recall.toFixed(3)} | ${precision.toFixed(3)} | ${exact}/5 | ${leaks.length ? leaks.join(", ") : "none"} | ${f1} | ${perSecond.toFixed(0)} |`);
}
console.log("| reader | token recall | token precision | exact text | furniture leaked | F1 officials / meetings / proposals / agreements | pages/s |");
console.log("| --- | --- | --- | --- | --- | --- | --- |");
for (const row of rows) console.log(row);
