// Runs the extractor over the dev corpus and scores it with the shared scorer.
// Usage: npm run eval [-- --verbose] [-- --dir DIR]
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { extract, toContractJson } from "../src/extraction/index.ts";

const args = process.argv.slice(2);
const dirFlag = args.indexOf("--dir");
const dir = resolve(dirFlag >= 0 ? args[dirFlag + 1] : "../shared/corpus/dev");
const only = args.indexOf("--only") >= 0 ? args[args.indexOf("--only") + 1] : null;
const scorer = resolve("../shared/bin/score-extraction.mjs");
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".txt") && (!only || f.includes(only)))
  .sort();
const lines = files.map((f) => {
  const path = join(dir, f);
  return JSON.stringify(toContractJson(extract(readFileSync(path, "utf8"), { source: path })));
});
const out = join(mkdtempSync(join(tmpdir(), "diplograph-eval-")), "predictions.jsonl");
writeFileSync(out, lines.join("\n") + "\n");
let goldDir = dir;
if (only) {
  // Score a subset against a folder holding only the matching gold files.
  goldDir = mkdtempSync(join(tmpdir(), "diplograph-gold-"));
  for (const f of files) {
    const g = f.replace(/\.txt$/, ".gold.json");
    writeFileSync(join(goldDir, g), readFileSync(join(dir, g)));
  }
}
const pass = args.filter((a) => a === "--verbose" || a === "--json");
process.stdout.write(execFileSync("node", [scorer, goldDir, out, ...pass], { encoding: "utf8" }));
console.log(`predictions: ${out}`);
