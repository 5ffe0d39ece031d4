// Profiling aid: where does ingestText spend its time? Extraction vs. storage, statements per
// document, and the slowest statement shapes. `npx tsx bench/profile-ingest.ts [--docs N] [--url URL] [--cpu FILE]`
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { generateCorpus } from "./corpus.ts";
import { extract } from "../src/extraction/index.ts";
import { migrate } from "../src/store/migrate.ts";
import { openDatabase } from "../src/store/db.ts";
import { storeExtracted, findUnchanged } from "../src/store/ingest.ts";
import { cpuProfileFromArgs } from "./cpu-profile.ts";

const arg = (k: string, d: string) => {
  const i = process.argv.indexOf(`--${k}`);
  return i > 0 ? process.argv[i + 1]! : d;
};
const n = Number(arg("docs", "100"));
let url = arg("url", "");
if (!url) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-prof-"));
  url = `file:${dir}/p.db`;
}
await migrate(url);
const shapes = new Map<string, { n: number }>();
let statements = 0;
const db = await openDatabase(url, {
  onQuery: (sql) => {
    statements++;
    const shape = sql.replace(/\s+/g, " ").replace(/\d+/g, "N").slice(0, 90);
    const s = shapes.get(shape) ?? { n: 0 };
    s.n++;
    shapes.set(shape, s);
  },
});
const docs = [...generateCorpus({ docs: n })];
let tFind = 0, tExtract = 0, tStore = 0, cStore = 0;
const profile = await cpuProfileFromArgs();
for (const d of docs) {
  let t = performance.now();
  await findUnchanged(db.prisma, d.text, d.name);
  tFind += performance.now() - t;
  t = performance.now();
  const x = extract(d.text, { source: d.name });
  tExtract += performance.now() - t;
  t = performance.now();
  const c = process.cpuUsage();
  await storeExtracted(db.prisma, d.text, x);
  tStore += performance.now() - t;
  const used = process.cpuUsage(c);
  cStore += (used.user + used.system) / 1000;
}
await profile.stop();
const per = (x: number) => (x / n).toFixed(2);
console.log(`${n} docs on ${url.split(":")[0]}: per document find ${per(tFind)} ms, extract ${per(tExtract)} ms, store ${per(tStore)} ms (${per(cStore)} ms CPU); ${(statements / n).toFixed(1)} statements per document`);
console.log([...shapes.entries()].sort((a, b) => b[1].n - a[1].n).slice(0, 25).map(([s, v]) => `${(v.n / n).toFixed(1).padStart(6)}  ${s}`).join("\n"));
await db.close();
