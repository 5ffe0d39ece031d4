// Whole-pipeline ingestion as the graph grows (issues #16 and #17): N generated reports
// (bench/corpus.ts) written as files, then ingested one by one exactly as `diplograph ingest DIR
// --workers W` does (ingestPaths: read and decode each file, admission checks, the unchanged
// look-up, extraction in a worker thread under its budget, one write transaction per document),
// into a fresh database. Nothing is copied row by row. For every window of documents (default
// 1,000) it prints documents/s, wall and CPU milliseconds per document (the whole process, worker
// threads included), the one-minute load average and the database size; a flat series means the
// per-document cost does not grow with the graph. Each window is appended to --out as it ends, so
// a run stopped half-way keeps what it measured.
//
// nice npx tsx bench/ingest-flat.ts --docs 100000 [--workers 1] [--window 1000]
//   [--url file:bench/corpus/flat-100000.db | postgresql://postgres@127.0.0.1:5432/diplograph_flat]
//   [--corpus bench/corpus/100000] [--out bench/results/ingest-flat-<date>-<backend>-<N>.jsonl]
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { writeCorpus } from "./corpus.ts";
import { migrate } from "../src/store/migrate.ts";
import { openDatabase } from "../src/store/db.ts";
import { ingestPaths } from "../src/commands/ingest.ts";

const arg = (k: string, d: string) => {
  const i = process.argv.indexOf(`--${k}`);
  return i > 0 ? process.argv[i + 1]! : d;
};
if (process.argv.includes("--help")) {
  console.log("usage: npx tsx bench/ingest-flat.ts --docs N [--workers W] [--window K] [--url URL] [--corpus DIR] [--out FILE]");
  process.exit(0);
}
const docs = Number(arg("docs", "10000"));
const workers = Number(arg("workers", "1"));
const windowSize = Number(arg("window", "1000"));
for (const [k, v] of Object.entries({ docs, workers, window: windowSize })) if (!Number.isInteger(v) || v < 1) throw new Error(`--${k} must be a positive whole number`);
const url = arg("url", `file:bench/corpus/flat-${docs}.db`);
const backend = url.startsWith("file:") ? "sqlite" : "postgresql";
const corpusDir = arg("corpus", `bench/corpus/${docs}`);
const out = arg("out", `bench/results/ingest-flat-${new Date().toISOString().slice(0, 10)}-${backend}-${docs}-w${workers}.jsonl`);

// The corpus for N documents is a prefix of the corpus for more (bench/corpus.ts): a folder with
// at least N files of the same seed is reused as it is.
const existing = fs.existsSync(corpusDir) ? fs.readdirSync(corpusDir).filter((f) => f.endsWith(".txt")).length : 0;
if (existing !== docs) {
  if (existing) throw new Error(`${corpusDir} holds ${existing} documents, not ${docs}: remove it or name another --corpus`);
  const t = performance.now();
  writeCorpus(corpusDir, { docs });
  console.log(`corpus: ${docs} documents written to ${corpusDir} in ${((performance.now() - t) / 1000).toFixed(1)} s`);
}

async function pgClient<T>(u: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: u });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

// A fresh database: the run measures growth from empty.
if (backend === "sqlite") {
  const file = url.slice("file:".length);
  for (const f of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) fs.rmSync(f, { force: true });
  fs.mkdirSync(path.dirname(file), { recursive: true });
} else {
  const u = new URL(url);
  const name = u.pathname.slice(1);
  if (!/^[A-Za-z0-9_]+$/.test(name) || !["127.0.0.1", "localhost"].includes(u.hostname)) throw new Error(`--url: a local database with a plain name, dropped and recreated (got ${url})`);
  u.pathname = "/postgres";
  await pgClient(u.toString(), async (c) => {
    await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await c.query(`CREATE DATABASE "${name}"`);
  });
}
await migrate(url);

async function databaseBytes(): Promise<number> {
  if (backend === "sqlite") {
    const file = url.slice("file:".length);
    return [file, `${file}-wal`].reduce((s, f) => s + (fs.existsSync(f) ? fs.statSync(f).size : 0), 0);
  }
  return pgClient(url, async (c) => Number((await c.query("SELECT pg_database_size(current_database()) AS n")).rows[0].n));
}

const mib = (b: number) => Math.round((b / 2 ** 20) * 10) / 10;
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, JSON.stringify({ kind: "run", backend, docs, workers, window: windowSize, corpus: corpusDir, node: process.version, cores: os.availableParallelism(), start: new Date().toISOString() }) + "\n");
console.log(`ingest-flat: ${docs} documents into ${backend} (${url}), ${workers} extraction worker(s), windows of ${windowSize}; results to ${out}`);

const db = await openDatabase(url);
// Where the process's CPU goes, per thread (Linux: /proc/self/task, 10 ms ticks): the main thread
// (reading, admission, the store), the extraction worker(s) (the threads started by ingestPaths
// that use the most CPU) and the rest (V8's GC and compiler helpers, libuv's pool).
const tick = 10;
function threadTicks(): Map<number, number> {
  const m = new Map<number, number>();
  let tids: string[] = [];
  try {
    tids = fs.readdirSync("/proc/self/task");
  } catch {
    return m;
  }
  for (const t of tids) {
    try {
      const s = fs.readFileSync(`/proc/self/task/${t}/stat`, "utf8");
      const f = s.slice(s.lastIndexOf(")") + 2).split(" ");
      m.set(Number(t), Number(f[11]) + Number(f[12]));
    } catch {
      // a thread that ended between the listing and the read
    }
  }
  return m;
}
const threadsBefore = new Set(threadTicks().keys());
let threadsWindow = threadTicks();
function threadSplit(n: number) {
  const now = threadTicks();
  let main = 0;
  let other = 0;
  const started: number[] = [];
  for (const [tid, t] of now) {
    const d = t - (threadsWindow.get(tid) ?? 0);
    if (tid === process.pid) main += d;
    else if (threadsBefore.has(tid)) other += d;
    else started.push(d);
  }
  started.sort((a, b) => b - a);
  const worker = started.slice(0, workers).reduce((s, d) => s + d, 0);
  other += started.slice(workers).reduce((s, d) => s + d, 0);
  threadsWindow = now;
  const per = (x: number) => Math.round(((x * tick) / n) * 100) / 100;
  return { mainCpuMsPerDoc: per(main), workerCpuMsPerDoc: per(worker), otherCpuMsPerDoc: per(other) };
}
let done = 0;
let failed = 0;
let pending: Promise<void> = Promise.resolve();
const t0 = performance.now();
const cpu0 = process.cpuUsage();
let tw = t0;
let cw = process.cpuUsage();
// ingestPaths reports each document through its log line, in input order, after its transaction
// commits (or its failure is recorded): the window boundaries are taken there.
const summary = await ingestPaths(db.prisma, [corpusDir], {
  workers,
  log: (line) => {
    done++;
    if (line.startsWith("failed")) {
      if (failed++ < 5) console.log(line);
    }
    if (done % windowSize !== 0 && done !== docs) return;
    const now = performance.now();
    const used = process.cpuUsage(cw);
    const n = done % windowSize || windowSize;
    const row = {
      kind: "window",
      upTo: done,
      docsPerSec: Math.round((n / (now - tw)) * 1000 * 10) / 10,
      msPerDoc: Math.round(((now - tw) / n) * 100) / 100,
      cpuMsPerDoc: Math.round(((used.user + used.system) / 1000 / n) * 100) / 100,
      load1: Math.round(os.loadavg()[0]! * 10) / 10,
      elapsedS: Math.round((now - t0) / 100) / 10,
      failed,
      ...threadSplit(n),
      rssMiB: mib(process.memoryUsage().rss),
      dbMiB: 0,
    };
    tw = now;
    cw = process.cpuUsage();
    // The size is read between documents; the write does not wait for it.
    pending = pending.then(async () => {
      row.dbMiB = mib(await databaseBytes());
      fs.appendFileSync(out, JSON.stringify(row) + "\n");
      console.log(
        `${String(row.upTo).padStart(7)} docs: ${row.docsPerSec} docs/s, ${row.msPerDoc} ms/doc, ${row.cpuMsPerDoc} ms CPU/doc, load ${row.load1}, ` +
          `(main ${row.mainCpuMsPerDoc}, worker ${row.workerCpuMsPerDoc}, other ${row.otherCpuMsPerDoc}), ${row.elapsedS} s, db ${row.dbMiB} MiB, rss ${row.rssMiB} MiB, failed ${row.failed}`,
      );
    });
  },
});
await pending;
const wall = performance.now() - t0;
const used = process.cpuUsage(cpu0);
await db.close();
let finalBytes = await databaseBytes();
if (backend === "sqlite") {
  const Database = (await import("better-sqlite3")).default;
  const c = new Database(url.slice("file:".length));
  c.pragma("wal_checkpoint(TRUNCATE)");
  c.close();
  finalBytes = await databaseBytes();
}
const d = summary.documents;
const end = {
  kind: "end",
  end: new Date().toISOString(),
  wallS: Math.round(wall / 100) / 10,
  docsPerSec: Math.round((docs / wall) * 1000 * 10) / 10,
  cpuMsPerDoc: Math.round(((used.user + used.system) / 1000 / docs) * 100) / 100,
  documents: d,
  officials: summary.officials.created,
  meetings: summary.meetings,
  proposals: summary.proposals,
  agreements: summary.agreements,
  dbMiB: mib(finalBytes),
  load: os.loadavg().map((x) => Math.round(x * 10) / 10),
  failures: summary.failures.slice(0, 10),
};
fs.appendFileSync(out, JSON.stringify(end) + "\n");
console.log(
  `done: ${docs} documents in ${end.wallS} s (${end.docsPerSec} docs/s, ${end.cpuMsPerDoc} ms CPU/doc); created ${d.created}, unchanged ${d.unchanged}, failed ${d.failed}; ` +
    `${end.officials} officials, ${end.meetings} meetings, ${end.proposals} proposals, ${end.agreements} agreements; database ${end.dbMiB} MiB`,
);
