// Extracts every article of the annotated corpora and scores it with the project's scorer: one
// table row per folder and a total.
// Usage: npm run eval [-- --dir DIR ...] [--only SUBSTRING] [--verbose] [--json] [--frozen]
//   default: every folder under tests/extraction/corpus/ that holds gold files, except frozen/;
//   --frozen also scores frozen/ (the final measure: run it only when the work is done).
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { basename, join, relative, resolve } from "node:path";
import { extract, toContractJson } from "../../src/extraction/index.ts";
import { CLASSES, addTally, emptyTally, formatReport, readGold, report, scoreDocument, type Report, type Tally } from "./score.ts";

const CORPUS = resolve(import.meta.dirname, "../../tests/extraction/corpus");

const args = process.argv.slice(2);
const valueOf = (flag: string) => (args.indexOf(flag) >= 0 ? args[args.indexOf(flag) + 1] : null);
const dirs = args.flatMap((a, i) => (args[i - 1] === "--dir" ? [resolve(a)] : []));
const only = valueOf("--only");
const verbose = args.includes("--verbose");

function corpusFolders(): string[] {
  return readdirSync(CORPUS)
    .filter((f) => statSync(join(CORPUS, f)).isDirectory() && (f !== "frozen" || args.includes("--frozen")))
    .filter((f) => readdirSync(join(CORPUS, f)).some((g) => g.endsWith(".gold.json")))
    .sort()
    .map((f) => join(CORPUS, f));
}

function scoreDir(dir: string): Tally {
  const t = emptyTally();
  for (const [doc, gold] of readGold(dir)) {
    if (only && !doc.includes(only)) continue;
    const txt = join(dir, `${doc}.txt`);
    const pred = existsSync(txt) ? toContractJson(extract(readFileSync(txt, "utf8"), { source: txt })) : undefined;
    scoreDocument(t, doc, gold, pred);
  }
  return t;
}

const folders = dirs.length ? dirs : corpusFolders();
if (folders.length === 0) throw new Error(`no folder with *.gold.json under ${CORPUS}`);
const rows: [string, Report][] = [];
const total = emptyTally();
for (const dir of folders) {
  const t = scoreDir(dir);
  if (verbose) for (const m of [...t.misses, ...t.wrong]) console.log(`${basename(dir)}/${m}`);
  addTally(total, t);
  rows.push([dir.startsWith(CORPUS) ? relative(CORPUS, dir) : dir, report(t)]);
}

const cell = (r: Report, c: (typeof CLASSES)[number]) => `${r[c].f1.toFixed(3)} (${r[c].precision.toFixed(2)}/${r[c].recall.toFixed(2)})`;
const line = (name: string, r: Report) =>
  `| ${name} | ${r.documents} | ${CLASSES.map((c) => cell(r, c)).join(" | ")} | ${r.officialCountryAccuracy ?? "n/a"} | ${r.agreementStatusAccuracy ?? "n/a"} |`;
if (args.includes("--json")) {
  console.log(JSON.stringify({ folders: Object.fromEntries(rows), total: report(total) }, null, 2));
} else {
  console.log(`| folder | docs | ${CLASSES.map((c) => `${c} F1 (P/R)`).join(" | ")} | country acc. | status acc. |`);
  console.log(`| --- | --- | ${CLASSES.map(() => "---").join(" | ")} | --- | --- |`);
  for (const [name, r] of rows) console.log(line(name, r));
  if (rows.length > 1) console.log(line("total", report(total)));
  console.log();
  console.log(formatReport(report(total)));
}
