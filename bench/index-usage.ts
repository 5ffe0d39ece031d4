// Which indexes the statements use (issue #16: every index a document's rows enter is pages written
// at its commit). SQLite: N corpus documents stored one per transaction (extraction beforehand), then
// the four bench queries served in-process; every distinct statement text either sent is explained
// (`EXPLAIN QUERY PLAN`, every parameter NULL: SQLite plans before it sees the values) and each
// index of the schema is listed with the write-path and read statements that use it, its table's
// rows per document and, for an index with a WHERE, the rows it holds; and the pages the measured
// documents' commits wrote to the WAL, by table or index.
//   npx tsx bench/index-usage.ts [--docs 300] [--skip 100] [--url file:…] [--unused] [--exec "SQL;SQL"]
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Sqlite from "better-sqlite3";
import { generateCorpus } from "./corpus.ts";
import { extract } from "../src/extraction/index.ts";
import { migrate } from "../src/store/migrate.ts";
import { openDatabase } from "../src/store/db.ts";
import { storeExtracted } from "../src/store/ingest.ts";
import { startServer } from "../src/server.ts";
import { queryOnce } from "./load.ts";
import { QUERIES } from "./queries.ts";
import { queryParamsOf } from "./query-params.ts";

const arg = (k: string, d: string) => {
  const i = process.argv.indexOf(`--${k}`);
  return i > 0 ? process.argv[i + 1]! : d;
};
const n = Number(arg("docs", "300"));
const skip = Number(arg("skip", "100"));
let url = arg("url", "");
if (!url) url = `file:${fs.mkdtempSync(path.join(os.tmpdir(), "bench-index-"))}/i.db`;
if (!url.startsWith("file:")) throw new Error("index-usage explains SQLite plans: give a file: URL");
await migrate(url);

let phase: "off" | "write" | "read" = "off";
const texts = { write: new Set<string>(), read: new Set<string>() };
const db = await openDatabase(url, {
  onQuery: (sql) => {
    if (phase !== "off") texts[phase].add(sql);
  },
});
// --exec "SQL;SQL": what-if statements on the migrated database first (e.g. an index dropped or made full).
for (const q of arg("exec", "").split(";").filter((q) => q.trim())) await db.prisma.$executeRawUnsafe(q);
const docs = [...generateCorpus({ docs: skip + n })].map((d) => ({ text: d.text, x: extract(d.text, { source: d.name }) }));
const file = url.slice("file:".length);
for (const [i, d] of docs.entries()) {
  if (i === skip) {
    // The measured documents' commits alone in the WAL: emptied first, never checkpointed while they go.
    await db.prisma.$queryRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)");
    await db.prisma.$queryRawUnsafe("PRAGMA wal_autocheckpoint = 0");
  }
  phase = i < skip ? "off" : "write";
  await storeExtracted(db.prisma, d.text, d.x);
}
phase = "off";
// The pages the commits wrote, by b-tree: each frame of the WAL is one page of one commit (a
// 24-byte frame header whose first field is the page number). Read while the database is open
// (the last connection to close checkpoints and removes the WAL); dbstat names each page's b-tree.
const wal = fs.readFileSync(`${file}-wal`);
const pageSize = wal.readUInt32BE(8);
const framePages: number[] = [];
for (let at = 32; at + 24 + pageSize <= wal.length; at += 24 + pageSize) framePages.push(wal.readUInt32BE(at));
const stat = new Sqlite(file, { readonly: true });
const owner = new Map((stat.prepare(`SELECT pageno, name FROM dbstat`).all() as { pageno: number; name: string }[]).map((r) => [r.pageno, r.name]));
stat.close();
const byTree = new Map<string, number>();
for (const pg of framePages) byTree.set(owner.get(pg) ?? "(free or other)", (byTree.get(owner.get(pg) ?? "(free or other)") ?? 0) + 1);
console.log(`WAL: ${(framePages.length / n).toFixed(1)} pages per document (${pageSize}-byte pages), by b-tree:`);
for (const [name, k] of [...byTree].sort((a, b) => b[1] - a[1])) if (k / n >= 0.5) console.log(`${(k / n).toFixed(1).padStart(6)}  ${name}`);
const server = await startServer({ db, port: 0, host: "127.0.0.1", log: () => {} });
const endpoint = `${server.url}/graphql`;
const p = await queryParamsOf(db);
phase = "read";
for (const q of QUERIES) for (let i = 0; i < 8; i++) await queryOnce(endpoint, q.diplograph(p, i));
phase = "off";
await server.close();
await db.close();

const lite = new Sqlite(file, { readonly: true });
const indexes = lite.prepare(`SELECT name, tbl_name AS "table", sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY tbl_name, name`).all() as { name: string; table: string; sql: string }[];
const uses = new Map<string, { write: number; read: number; examples: string[] }>(indexes.map((x) => [x.name, { write: 0, read: 0, examples: [] }]));
const scans: string[] = [];
for (const side of ["write", "read"] as const)
  for (const text of texts[side]) {
    if (/^\s*(BEGIN|COMMIT|ROLLBACK|PRAGMA|SAVEPOINT|RELEASE)\b/i.test(text)) continue;
    let plan: { detail: string }[];
    try {
      // Every parameter NULL: the plan is made before values are known.
      plan = lite.prepare(`EXPLAIN QUERY PLAN ${text}`).all(...Array.from(text.matchAll(/\?/g), () => null)) as { detail: string }[];
    } catch (e) {
      console.log(`not explained (${(e as Error).message}): ${text.replace(/\s+/g, " ").slice(0, 100)}`);
      continue;
    }
    for (const { detail } of plan) {
      const m = /USING (?:COVERING )?INDEX (\w+)/.exec(detail);
      if (m && uses.has(m[1]!)) {
        const u = uses.get(m[1]!)!;
        u[side]++;
        if (u.examples.length < 2) u.examples.push(`${side}: ${text.replace(/\s+/g, " ").slice(0, 90)}`);
      }
      if (/^SCAN \w+$/.test(detail) && !/^\s*INSERT/i.test(text)) scans.push(`${side}: ${detail} in ${text.replace(/\s+/g, " ").slice(0, 100)}`);
    }
  }
const rows = new Map<string, number>();
const countOf = (table: string) => rows.get(table) ?? (rows.set(table, (lite.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n), rows.get(table)!);
const total = docs.length;
console.log(`${n} documents explained after ${skip}; ${texts.write.size} write-path and ${texts.read.size} read statement texts; rows per document over all ${total}`);
console.log(`${"index".padEnd(52)} ${"rows/doc".padStart(8)} ${"write".padStart(5)} ${"read".padStart(5)}`);
for (const x of indexes) {
  const u = uses.get(x.name)!;
  const where = /\bWHERE\b(.*)$/is.exec(x.sql)?.[1];
  const held = where ? (lite.prepare(`SELECT count(*) AS n FROM "${x.table}" WHERE ${where}`).get() as { n: number }).n : countOf(x.table);
  if (process.argv.includes("--unused") && (u.write || u.read)) continue;
  console.log(`${x.name.padEnd(52)} ${(held / total).toFixed(1).padStart(8)} ${String(u.write).padStart(5)} ${String(u.read).padStart(5)}${where ? "  (partial)" : ""}`);
}
if (scans.length) console.log(`full scans (not INSERT):\n${[...new Set(scans)].join("\n")}`);
lite.close();
