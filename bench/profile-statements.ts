// Where a grown SQLite database spends an ingest's time, statement by statement (issue #17): the
// next --docs documents of the bench corpus after the first --from (bench/corpus.ts: a corpus is a
// prefix of any longer one) are ingested one by one, in this process, into a database built by
// bench/ingest-flat.ts (work on a copy: it is written to), timing every better-sqlite3 statement
// by its SQL text. --pragma runs PRAGMAs on the store's connection first, to try settings.
//
//   cp bench/corpus/flat-100000.db /tmp/grown.db
//   npx tsx bench/profile-statements.ts --db /tmp/grown.db --from 100000 --docs 300 [--pragma cache_size=-65536,mmap_size=0] [--top 20]
import Database from "better-sqlite3";
import { generateCorpus } from "./corpus.ts";
import { openDatabase } from "../src/store/db.ts";
import { ingestText } from "../src/store/ingest.ts";

const arg = (k: string, d?: string) => {
  const i = process.argv.indexOf(`--${k}`);
  if (i > 0) return process.argv[i + 1]!;
  if (d === undefined) throw new Error(`--${k} is required (--db FILE --from N --docs K [--pragma a=b,c=d] [--top T])`);
  return d;
};
const file = arg("db");
const from = Number(arg("from"));
const docs = Number(arg("docs", "300"));
const top = Number(arg("top", "20"));
const pragmas = arg("pragma", "").split(",").filter(Boolean);

// Time every statement: the store's direct statements and Prisma's adapter both run on better-sqlite3.
const spent = new Map<string, { ms: number; calls: number; rows: number }>();
const probe = new Database(":memory:");
const Statement = Object.getPrototypeOf(probe.prepare("SELECT 1")) as Record<string, (...a: unknown[]) => unknown>;
probe.close();
for (const method of ["run", "all", "get", "iterate"]) {
  const original = Statement[method]!;
  Statement[method] = function (this: { source: string }, ...args: unknown[]) {
    const t = performance.now();
    const out = original.apply(this, args);
    const key = `${method} ${this.source.replace(/\s+/g, " ").replace(/\(\?(, \?)*\)/g, "(…)").slice(0, 150)}`;
    const s = spent.get(key) ?? spent.set(key, { ms: 0, calls: 0, rows: 0 }).get(key)!;
    s.ms += performance.now() - t;
    s.calls++;
    s.rows += Array.isArray(out) ? out.length : 0;
    return out;
  };
}

const db = await openDatabase(`file:${file}`);
for (const p of pragmas) console.log(`PRAGMA ${p}:`, await db.prisma.$queryRawUnsafe(`PRAGMA ${p}`));
const corpus = generateCorpus({ docs: from + docs });
for (let i = 0; i < from; i++) corpus.next();
spent.clear();
const cpu0 = process.cpuUsage();
const t0 = performance.now();
let n = 0;
for (const d of corpus) {
  await ingestText(db.prisma, { text: d.text, source: `${d.name}.txt` });
  n++;
}
const cpu = process.cpuUsage(cpu0);
const wall = performance.now() - t0;
await db.close();
const total = [...spent.values()].reduce((s, x) => s + x.ms, 0);
console.log(`${n} documents after ${from}: ${(wall / n).toFixed(2)} ms/doc wall, ${((cpu.user + cpu.system) / 1000 / n).toFixed(2)} ms CPU/doc (system ${(cpu.system / 1000 / n).toFixed(2)}), statements ${(total / n).toFixed(2)} ms/doc`);
for (const [k, s] of [...spent].sort((a, b) => b[1].ms - a[1].ms).slice(0, top)) {
  console.log(`${(s.ms / n).toFixed(3).padStart(8)} ms/doc ${((100 * s.ms) / total).toFixed(1).padStart(5)}%  ${String(s.calls).padStart(6)} calls ${String(s.rows).padStart(7)} rows  ${k}`);
}
