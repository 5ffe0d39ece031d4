import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { extract, toContractJson } from "/work/wt/exagree/src/extraction/index.ts";
const cls = process.argv[2];
for (const dir of process.argv.slice(3)) {
  for (const f of readdirSync(dir).filter((x) => x.endsWith(".gold.json")).sort()) {
    const doc = f.replace(".gold.json", "");
    const gold = JSON.parse(readFileSync(join(dir, f), "utf8"));
    const pred: any = toContractJson(extract(readFileSync(join(dir, doc + ".txt"), "utf8"), { source: doc }));
    console.log(`== ${doc}`);
    for (const g of gold[cls] ?? []) console.log("  G", JSON.stringify(cls === "agreements" ? [g.kind, g.keywords, g.status, g.optional ? "opt" : ""] : [g.speaker, g.addressee, g.kind, g.keywords, g.optional ? "opt" : ""]));
    for (const p of pred[cls] ?? []) console.log("  P", JSON.stringify(cls === "agreements" ? [p.kind, p.title, p.status] : [p.speaker, p.addressee, p.kind, p.text]));
  }
}
