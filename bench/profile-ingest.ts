// Profiling aid: where does ingestText spend its time? Extraction vs. storage, statements per
// document by kind (read, insert, update, delete, other) and by shape.
// `npx tsx bench/profile-ingest.ts [--docs N] [--url URL] [--cpu FILE] [--shapes N] [--skip N] [--store-only]
//   [--plain] [--exec "SQL;SQL"] [--pragma "name=value"] [--frames] [--pg-stats N]`; on PostgreSQL also the server's CPU per
// document (--skip: documents stored first and not counted, to look at a graph that has grown). --pg-stats N (issue #16): the
// server's time per statement text over the measured documents, statements run inside trigger functions included, and the
// trigger functions' own time: needs a server started with shared_preload_libraries = 'pg_stat_statements',
// pg_stat_statements.track = all (track_planning = on for planning time) and track_functions = all (a private cluster:
// bench/README.md, ingest24); the N costliest texts are printed.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { generateCorpus } from "./corpus.ts";
import { extract } from "../src/extraction/index.ts";
import { migrate } from "../src/store/migrate.ts";
import { openDatabase } from "../src/store/db.ts";
import { storeExtracted, findUnchanged } from "../src/store/ingest.ts";
import { cpuProfileFromArgs } from "./cpu-profile.ts";
import Sqlite from "better-sqlite3";

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
const kinds = new Map<string, number>();
// Lists of placeholders and rows of any length count as one shape.
const shapeOf = (sql: string) =>
  sql.replace(/\s+/g, " ").replace(/\$\d+/g, "?").replace(/\d+/g, "N").replace(/\((?:\?, )+\?\)/g, "(?…)").replace(/(\(\?…\)|\(\?\))(?:, \(\?(?:…)?\))+/g, "$1, …").slice(0, 110);
let statements = 0;
let counting = false;
const kindOf = (sql: string) => {
  const verb = /^\s*(?:WITH\b[\s\S]*?\)\s*)?(\w+)/i.exec(sql)?.[1]?.toUpperCase() ?? "";
  return verb === "SELECT" ? "read" : verb === "INSERT" ? "insert" : verb === "UPDATE" ? "update" : verb === "DELETE" ? "delete" : "other";
};
// --plain: no counting or timing hooks (for --cpu, whose profile they would distort).
const plain = process.argv.includes("--plain");
const prepared = { n: 0, us: 0 };
const compiledShapes = new Map<string, { n: number; us: number }>();
// SQLite statements compiled while counting (patched before the connection binds its prepare): a multi-row insert is compiled again for each new row count.
const dbProto = Sqlite.prototype as unknown as Record<string, (...a: unknown[]) => unknown>;
const prepare = dbProto.prepare!;
if (!plain) dbProto.prepare = function (this: unknown, ...a: unknown[]) {
  if (!counting) return prepare.apply(this, a);
  const c = process.cpuUsage();
  try {
    return prepare.apply(this, a);
  } finally {
    const used = process.cpuUsage(c);
    prepared.n++;
    prepared.us += used.user + used.system;
    const shape = shapeOf(String(a[0]));
    const t = compiledShapes.get(shape) ?? { n: 0, us: 0 };
    t.n++;
    t.us += used.user + used.system;
    compiledShapes.set(shape, t);
  }
};
const db = await openDatabase(url, plain ? {} : {
  onQuery: (sql) => {
    if (!counting) return;
    statements++;
    const kind = kindOf(sql);
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    const shape = shapeOf(sql);
    const s = shapes.get(shape) ?? { n: 0 };
    s.n++;
    shapes.set(shape, s);
  },
});
// SQLite: CPU time of each statement's run in the driver (process CPU around the synchronous
// call), by shape; the store's time outside them is its own code and Prisma's.
const stmtCpu = new Map<string, { n: number; us: number }>();
if (url.startsWith("file:") && !plain) {
  const mem = new Sqlite(":memory:");
  const proto = Object.getPrototypeOf(mem.prepare("SELECT 1")) as Record<string, (...a: unknown[]) => unknown>;
  mem.close();
  for (const m of ["run", "all", "get"]) {
    const orig = proto[m]!;
    proto[m] = function (this: { source: string }, ...a: unknown[]) {
      if (!counting) return orig.apply(this, a);
      const c = process.cpuUsage();
      try {
        return orig.apply(this, a);
      } finally {
        const used = process.cpuUsage(c);
        const shape = shapeOf(this.source);
        const t = stmtCpu.get(shape) ?? { n: 0, us: 0 };
        t.n++;
        t.us += used.user + used.system;
        stmtCpu.set(shape, t);
      }
    };
  }
}
// --pragma "name=value;name=value": SQLite settings to try on the writing connection.
for (const p of arg("pragma", "").split(";").filter(Boolean)) console.log(`PRAGMA ${p}:`, await db.prisma.$queryRawUnsafe(`PRAGMA ${p}`));
// --exec "SQL;SQL": what-if statements run on the migrated database before the measured loop
// (e.g. dropping a trigger or an index to see what it costs).
for (const q of arg("exec", "").split(";").filter((q) => q.trim())) await db.prisma.$executeRawUnsafe(q);
const skip = Number(arg("skip", "0"));
const all = [...generateCorpus({ docs: skip + n })];
for (const d of all.slice(0, skip)) await storeExtracted(db.prisma, d.text, extract(d.text, { source: d.name }));
const docs = all.slice(skip);
counting = true;
let tFind = 0, tExtract = 0, tStore = 0, cStore = 0;
// --store-only: extraction done before the profile starts, so the profile is the store's alone.
const extracted = process.argv.includes("--store-only") ? docs.map((d) => extract(d.text, { source: d.name })) : null;
// PostgreSQL: the server's CPU too (the backends connected to this database, by /proc, 10 ms
// ticks), since a document's cost on one core is the client's and the server's.
const backendTicks = async () => {
  if (!url.startsWith("postgres") || plain) return new Map<number, number>();
  const pids = await db.prisma.$queryRawUnsafe<{ pid: number }[]>(`SELECT pid FROM pg_stat_activity WHERE datname = current_database()`);
  return new Map(pids.flatMap(({ pid }) => {
    try {
      const f = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
      return [[pid, Number(f[11]) + Number(f[12])] as [number, number]];
    } catch {
      return [];
    }
  }));
};
// --pg-stats: the counters reset after the skipped documents, read after the measured ones.
const pgStats = Number(arg("pg-stats", "0"));
if (pgStats) {
  await db.prisma.$executeRawUnsafe(`CREATE EXTENSION IF NOT EXISTS pg_stat_statements`);
  // A backend reports its counters at most once a second: the skipped documents' first.
  await new Promise((r) => setTimeout(r, 1500));
  await db.prisma.$queryRawUnsafe(`SELECT pg_stat_statements_reset()::text`);
  await db.prisma.$queryRawUnsafe(`SELECT pg_stat_reset()::text`);
}
const server0 = await backendTicks();
const profile = await cpuProfileFromArgs();
for (const d of docs) {
  let t = performance.now();
  await findUnchanged(db.prisma, d.text, d.name);
  tFind += performance.now() - t;
  t = performance.now();
  const x = extracted?.[docs.indexOf(d)] ?? extract(d.text, { source: d.name });
  tExtract += performance.now() - t;
  t = performance.now();
  const c = process.cpuUsage();
  await storeExtracted(db.prisma, d.text, x);
  tStore += performance.now() - t;
  const used = process.cpuUsage(c);
  cStore += (used.user + used.system) / 1000;
}
await profile.stop();
const server1 = await backendTicks();
const per = (x: number) => (x / n).toFixed(2);
if (pgStats) await printPgStats();
if (server1.size) console.log(`server CPU ${(([...server1].reduce((a, [pid, t]) => a + t - (server0.get(pid) ?? 0), 0) * 10) / n).toFixed(2)} ms per document (${server1.size} backends of this database)`);
console.log(`${n} docs on ${url.split(":")[0]}: per document find ${per(tFind)} ms, extract ${per(tExtract)} ms, store ${per(tStore)} ms (${per(cStore)} ms CPU); ${(statements / n).toFixed(1)} statements per document`);
console.log(`by kind: ${[...kinds].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${(v / n).toFixed(1)}`).join(", ")}`);
console.log([...shapes.entries()].sort((a, b) => b[1].n - a[1].n).slice(0, Number(arg("shapes", "25"))).map(([s, v]) => `${(v.n / n).toFixed(1).padStart(6)}  ${s}`).join("\n"));
// With --pragma wal_autocheckpoint=0: the WAL frames (pages) the documents' commits wrote.
if (process.argv.includes("--frames") && arg("snapshot", "")) for (const ext of ["", "-wal"]) fs.copyFileSync(url.slice(5) + ext, arg("snapshot", "") + ext);
if (process.argv.includes("--frames")) console.log("WAL frames per document:", Number(((await db.prisma.$queryRawUnsafe("PRAGMA wal_checkpoint(PASSIVE)")) as { log: number }[])[0]!.log) / n);
if (stmtCpu.size) {
  const total = [...stmtCpu.values()].reduce((a, t) => a + t.us, 0);
  console.log(`SQLite statements: ${(total / 1000 / n).toFixed(2)} ms CPU per document of ${per(cStore)} in the store; compiled ${(prepared.n / n).toFixed(1)} per document, ${(prepared.us / 1000 / n).toFixed(2)} ms CPU; costliest shapes (ms CPU per document):`);
  for (const [s, t] of [...stmtCpu].sort((a, b) => b[1].us - a[1].us).slice(0, Number(arg("shapes", "25"))))
    console.log(`${(t.us / 1000 / n).toFixed(3).padStart(7)}  ${(t.n / n).toFixed(1).padStart(4)}×  ${s}`);
}
if (prepared.n) console.log(`compiled (ms CPU, count per document):\n${[...compiledShapes].sort((a, b) => b[1].us - a[1].us).slice(0, Number(arg("shapes", "25"))).map(([s, t]) => `${(t.us / 1000 / n).toFixed(3).padStart(7)}  ${(t.n / n).toFixed(2).padStart(5)}×  ${s}`).join("\n")}`);
await db.close();

async function printPgStats() {
  // Statistics reach the views when a backend reports them (at the end of each transaction, at most once a
  // second): wait for them.
  await new Promise((r) => setTimeout(r, 1500));
  const rows = await db.prisma.$queryRawUnsafe<{ toplevel: boolean; calls: number; rows: number; exec: number; plan: number; plans: number; query: string }[]>(
    `SELECT toplevel, calls::float8 AS calls, rows::float8 AS rows, total_exec_time AS exec, total_plan_time AS plan, plans::float8 AS plans, query
       FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())`,
  );
  const own = (q: string) => !/pg_stat_|pg_backend_pid|pg_stat_activity/.test(q);
  const top = rows.filter((r) => r.toplevel && own(r.query));
  const nested = rows.filter((r) => !r.toplevel && own(r.query));
  const sum = (xs: typeof rows, f: (r: (typeof rows)[number]) => number) => xs.reduce((a, r) => a + f(r), 0);
  const ms = (x: number) => (x / n).toFixed(3).padStart(7);
  console.log(`pg_stat_statements over ${n} documents, ms per document: top-level statements' execution ${ms(sum(top, (r) => r.exec))} (nested statements included), planning ${ms(sum(top, (r) => r.plan))}, ${(sum(top, (r) => r.calls) / n).toFixed(1)} statements; nested statements' execution ${ms(sum(nested, (r) => r.exec))}, ${(sum(nested, (r) => r.calls) / n).toFixed(1)} statements`);
  // By shape (texts that differ only in their row counts or list lengths together), then the costliest texts.
  const byShape = new Map<string, { exec: number; plan: number; calls: number; rows: number; toplevel: boolean; texts: number }>();
  for (const r of rows.filter((r) => own(r.query))) {
    const key = `${r.toplevel ? "top   " : "nested"}  ${shapeOf(r.query)}`;
    const g = byShape.get(key) ?? { exec: 0, plan: 0, calls: 0, rows: 0, toplevel: r.toplevel, texts: 0 };
    g.exec += r.exec; g.plan += r.plan; g.calls += r.calls; g.rows += r.rows; g.texts++;
    byShape.set(key, g);
  }
  console.log(`by shape:\n   exec    plan  calls   rows texts  level   shape (per document)`);
  for (const [k, g] of [...byShape].sort((a, b) => b[1].exec + b[1].plan - a[1].exec - a[1].plan).slice(0, pgStats))
    console.log(`${ms(g.exec)} ${ms(g.plan)} ${(g.calls / n).toFixed(2).padStart(6)} ${(g.rows / n).toFixed(1).padStart(6)} ${String(g.texts).padStart(5)}  ${k}`);
  const fns = await db.prisma.$queryRawUnsafe<{ funcname: string; calls: number; total: number; self: number }[]>(
    `SELECT funcname::text AS funcname, calls::float8 AS calls, total_time AS total, self_time AS self FROM pg_stat_user_functions ORDER BY total_time DESC`,
  );
  console.log(`functions (pg_stat_user_functions), ms per document:   total    self  calls`);
  for (const f of fns) console.log(`${f.funcname.padEnd(48)} ${ms(f.total)} ${ms(f.self)} ${(f.calls / n).toFixed(2).padStart(6)}`);
}
