// Ingestion rate as one official's history grows: N documents that all name the same minister
// (with a rotating counterpart, so every document is new content), reported for each block of
// 1,000 as documents per second, milliseconds of CPU per document (the figure a loaded machine
// disturbs least) and statements per document. A flat series means the per-document cost of
// maintaining an official does not grow with the number of reports about them.
//
// npx tsx bench/official-history.ts [--docs N] [--block B] [--same-date] [--url URL]
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { extract } from "../src/extraction/index.ts";
import { migrate } from "../src/store/migrate.ts";
import { openDatabase } from "../src/store/db.ts";
import { storeExtracted } from "../src/store/ingest.ts";

const arg = (k: string, d: string) => {
  const i = process.argv.indexOf(`--${k}`);
  return i > 0 ? process.argv[i + 1]! : d;
};
const n = Number(arg("docs", "5000"));
const block = Number(arg("block", "1000"));
const sameDate = process.argv.includes("--same-date");
let url = arg("url", "");
if (!url) url = `file:${fs.mkdtempSync(path.join(os.tmpdir(), "bench-history-"))}/h.db`;
await migrate(url);
let statements = 0;
const db = await openDatabase(url, { onQuery: () => statements++ });

const partners = ["Japan", "the Republic of Korea", "Laos", "Cambodia", "Thailand", "Australia", "India", "France"];
function report(i: number): { text: string; source: string } {
  const day = sameDate ? new Date(Date.UTC(2023, 5, 13)) : new Date(Date.UTC(2006, 0, 1) + Math.floor(i / 4) * 86_400_000);
  const date = day.toISOString().slice(0, 10);
  const partner = partners[i % partners.length];
  const text =
    ` date ${date} Vietnamese Minister of Industry and Trade Nguyen Hong Dien received a business delegation from ${partner} in Hanoi (report ${i}).\n\n` +
    `Dien said the ministry stands ready to support cooperation in trade and energy, and suggested that both sides hold trade fairs.\n`;
  return { text, source: `history/${i}.txt` };
}

// Extraction is not what this measures: extract first, then time only the store.
const docs = Array.from({ length: n }, (_, i) => {
  const r = report(i);
  return { text: r.text, doc: extract(r.text, { source: r.source }) };
});
console.log(`backend ${url.startsWith("file:") ? "sqlite" : "postgresql"}, ${n} documents naming Nguyen Hong Dien${sameDate ? ", all on one date" : ""}`);
let t = performance.now();
let cpu = process.cpuUsage();
statements = 0;
for (let i = 0; i < n; i++) {
  await storeExtracted(db.prisma, docs[i].text, docs[i].doc);
  if ((i + 1) % block === 0) {
    const now = performance.now();
    const used = process.cpuUsage(cpu);
    const cpuMs = (used.user + used.system) / 1000 / block;
    console.log(
      `documents ${i + 1 - block + 1}-${i + 1}: ${((block * 1000) / (now - t)).toFixed(0)} documents/s, ${((now - t) / block).toFixed(1)} ms/doc, ` +
        `${cpuMs.toFixed(1)} ms CPU/doc, ${(statements / block).toFixed(1)} statements/doc`,
    );
    t = now;
    cpu = process.cpuUsage();
    statements = 0;
  }
}
await db.close();
