// Profiling aid for issue #17 (ingestion flat as the graph grows): which of the statements a
// document runs cost more as the graph grows. Ingests the bench corpus one document at a time
// (extraction on this thread, untimed), times every statement the write path sends through Sql
// (sql.ts) by shape (numbers and placeholder lists folded), with the rows each returns, and per
// window of documents prints the store's wall time per document and the shapes costing most; at the
// end, the shapes whose time per document grew most between the first window and the last.
//
// npx tsx bench/profile-growth.ts --docs 4000 [--window 500] [--url file:/tmp/p.db | postgresql://…/name] [--top 12]
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { generateCorpus } from "./corpus.ts";
import { extract } from "../src/extraction/index.ts";
import { migrate } from "../src/store/migrate.ts";
import { openDatabase } from "../src/store/db.ts";
import { findUnchanged, storeExtracted } from "../src/store/ingest.ts";
import { Sql } from "../src/store/sql.ts";

const arg = (k: string, d: string) => {
  const i = process.argv.indexOf(`--${k}`);
  return i > 0 ? process.argv[i + 1]! : d;
};
const docs = Number(arg("docs", "2000"));
const windowSize = Number(arg("window", "500"));
const top = Number(arg("top", "12"));
let url = arg("url", "");
if (!url) url = `file:${fs.mkdtempSync(path.join(os.tmpdir(), "bench-growth-"))}/g.db`;
if (url.startsWith("file:")) {
  const file = url.slice(5);
  for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
} else {
  const u = new URL(url);
  const name = u.pathname.slice(1);
  if (!/^[A-Za-z0-9_]+$/.test(name) || !["127.0.0.1", "localhost"].includes(u.hostname)) throw new Error(`--url: a local database with a plain name (got ${url})`);
  u.pathname = "/postgres";
  const c = new pg.Client({ connectionString: u.toString() });
  await c.connect();
  await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await c.query(`CREATE DATABASE "${name}"`);
  await c.end();
}
await migrate(url);

interface Tally {
  n: number;
  ms: number;
  rows: number;
}
let window = new Map<string, Tally>();
const shapeOf = (sql: string) =>
  sql
    .replace(/\s+/g, " ")
    .replace(/\$\d+/g, "?")
    .replace(/\d+/g, "N")
    .replace(/\?(, \?)+/g, "?…")
    .replace(/\(\?…\)(, \(\?…\))+/g, "(?…)…")
    .slice(0, 150);
function record(sql: string, ms: number, rows: number) {
  const k = shapeOf(sql);
  const t = window.get(k) ?? window.set(k, { n: 0, ms: 0, rows: 0 }).get(k)!;
  t.n++;
  t.ms += ms;
  t.rows += rows;
}
const rowsOf = Sql.prototype.rows;
const execOf = Sql.prototype.exec;
Sql.prototype.rows = async function (this: Sql, sql: string, params?: never[]) {
  const t = performance.now();
  const out = await rowsOf.call(this, sql, params);
  record(sql, performance.now() - t, out.length);
  return out as never;
} as typeof Sql.prototype.rows;
Sql.prototype.exec = async function (this: Sql, sql: string, params?: never[]) {
  const t = performance.now();
  const out = await execOf.call(this, sql, params);
  record(sql, performance.now() - t, 0);
  return out;
};

const db = await openDatabase(url);
const windows: { upTo: number; storeMs: number; shapes: Map<string, Tally> }[] = [];
let store = 0;
let i = 0;
for (const d of generateCorpus({ docs })) {
  const x = extract(d.text, { source: d.name });
  const t = performance.now();
  await findUnchanged(db.prisma, d.text, d.name);
  await storeExtracted(db.prisma, d.text, x);
  store += performance.now() - t;
  if (++i % windowSize !== 0 && i !== docs) continue;
  const n = i % windowSize || windowSize;
  windows.push({ upTo: i, storeMs: store / n, shapes: window });
  const sqlMs = [...window.values()].reduce((s, v) => s + v.ms, 0) / n;
  console.log(`\n${i} documents: store ${(store / n).toFixed(2)} ms/doc, of which Sql statements ${sqlMs.toFixed(2)} ms/doc, load ${os.loadavg()[0]!.toFixed(1)}`);
  for (const [k, v] of [...window.entries()].sort((a, b) => b[1].ms - a[1].ms).slice(0, top)) {
    console.log(`  ${(v.ms / n).toFixed(3).padStart(7)} ms  ${(v.n / n).toFixed(2).padStart(5)}×  ${(v.rows / Math.max(1, v.n)).toFixed(1).padStart(7)} rows  ${k}`);
  }
  window = new Map();
  store = 0;
}
await db.close();
if (windows.length > 1) {
  const first = windows[0]!;
  const last = windows[windows.length - 1]!;
  const per = (w: (typeof windows)[number], k: string) => {
    const n = w.upTo % windowSize || windowSize;
    const t = w.shapes.get(k);
    return t ? { ms: t.ms / n, rows: t.rows / n } : { ms: 0, rows: 0 };
  };
  const keys = new Set([...first.shapes.keys(), ...last.shapes.keys()]);
  const growth = [...keys].map((k) => ({ k, a: per(first, k), b: per(last, k) })).sort((x, y) => y.b.ms - y.a.ms - (x.b.ms - x.a.ms));
  console.log(`\ngrowth from window ending ${first.upTo} to window ending ${last.upTo} (ms/doc, rows/doc):`);
  for (const g of growth.slice(0, top)) console.log(`  ${g.a.ms.toFixed(3).padStart(7)} -> ${g.b.ms.toFixed(3).padStart(7)} ms  ${g.a.rows.toFixed(1).padStart(7)} -> ${g.b.rows.toFixed(1).padStart(7)} rows  ${g.k}`);
}
