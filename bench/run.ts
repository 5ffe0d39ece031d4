// The benchmark (issue #7): `npm run bench -- [--docs N] [--only extract,ingest,query,peer]
// [--workers N] [--pg URL] [--sizes a,b] [--requests R] [--concurrency C]`.
//
// 1. extract: the real extract() over the synthetic corpus (bench/corpus.ts) on one core, then on
//    --workers worker_threads.
// 2. ingest: ingestText() per document into a fresh SQLite file and a fresh PostgreSQL database,
//    in steps (--sizes, default 1000 and N); database size per 1,000 documents.
// 3. query: at each size, the four queries (bench/queries.ts) against the real server
//    (startServer + openDatabase, in a child process) on SQLite and on PostgreSQL; latency at
//    concurrency 1, throughput at --concurrency; SQL statements per request.
// 4. peer: PostGraphile 5 on the same PostgreSQL database, and the floor: one hand-written SQL
//    statement per query through `pg`.
// Results: bench/results/<date>.json and <date>.md (merged with earlier runs of other sizes
// the same day), bench/results/latency.svg (all results files). Everything stays on 127.0.0.1.
import { execFileSync, fork, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import pg from "pg";
import { DEFAULT_PER_DAY, DEFAULT_SEED, DEFAULT_START_DATE, generateCorpus, type CorpusDocument } from "./corpus.ts";
import { extractAll, type ExtractTally } from "./extract-worker.ts";
import { collectLoad, graphQLOp, mergeSamples, queryOnce, summarize, type LoadSamples } from "./load.ts";
import { PEER_SQL, QUERIES, type BenchQuery, type QueryParams } from "./queries.ts";
import { writeReport, type BenchResults, type QueryResult, type Target } from "./report.ts";
import { ensurePeerInstalled } from "./peer-install.ts";
import { distState } from "./dist-check.ts";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, "..");

// ---------------------------------------------------------------------------------------------
// Options

export interface BenchOptions {
  docs: number;
  only: Set<string>;
  workers: number;
  pg: string | null;
  sqlite: string;
  sizes: number[];
  /** Documents ingested through ingestText per store; the rest up to --docs is filled by cloning. */
  ingest: number;
  requests: number;
  concurrency: number;
  warmup: number;
  seed: number;
  out: string;
  date: string;
  /** Another checkout (built the same way) whose server runs beside this one's, as base-sqlite and base-pg. */
  base: string | null;
  /** Serve diplograph (and --base) from the TypeScript sources through tsx instead of the compiled dist/. */
  src: boolean;
  /** Serve --base alone from its sources through tsx (this checkout as --src says): dist/ against the sources in one run. */
  baseSrc: boolean;
}

const HELP = `usage: npm run bench -- [options]
  --docs N           corpus size (default 10000)
  --only LIST        phases: extract,ingest,query,peer (default: all)
  --workers N        worker threads for the parallel extraction run (default: cores = ${os.availableParallelism()})
  --pg URL           PostgreSQL database to (re)create for the bench (default postgresql://postgres@127.0.0.1:5432/diplograph_bench; "none" to skip PostgreSQL)
  --sqlite FILE      SQLite file (default bench/corpus/bench-<N>.db)
  --sizes a,b        corpus sizes at which queries are measured (default 1000,N; the last is N)
  --ingest K|all     documents ingested through ingestText per store (timed; default min(N, 500));
                     the databases are then filled to each size by cloning those rows at SQL level
                     (bench/fill.ts), since ingesting N at the measured rate does not fit the budget
  --requests R       requests per query and target, per measurement (default 200)
  --concurrency C    concurrent requests for the throughput measurement (default 8)
  --seed S           corpus seed (default ${DEFAULT_SEED})
  --out DIR          results folder (default bench/results)
  --base DIR         also serve the same databases from another checkout of diplograph (its
                     bench/serve.ts; e.g. the code before a change, unpacked with its generated
                     Prisma clients and node_modules): targets base-sqlite and base-pg, measured
                     interleaved with this build's, in a "this / base" table
  --src              serve diplograph (and --base) from the TypeScript sources through tsx, as
                     runs before issue #16 did; the default serves the compiled dist/ under plain
                     node, as \`diplograph start\` does (PostGraphile is plain JavaScript either way).
                     A dist/ older than any of its sources is rebuilt (npm run build) in this
                     checkout; a stale --base checkout stops the run with the file named
  --base-src         serve --base alone from its sources through tsx; with --base . the run
                     compares this checkout's dist/ with its own sources, interleaved
Without "ingest", the query phases use the databases a previous run left (same --docs).`;

function parseOptions(argv: string[]): BenchOptions {
  const a: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i]!;
    if (k === "--help" || k === "-h") {
      console.log(HELP);
      process.exit(0);
    }
    if (!k.startsWith("--")) throw new Error(`unexpected argument ${k}\n${HELP}`);
    if (k === "--src" || k === "--base-src") {
      a[k.slice(2)] = "1";
      continue;
    }
    const eq = k.indexOf("=");
    if (eq > 0) a[k.slice(2, eq)] = k.slice(eq + 1);
    else a[k.slice(2)] = argv[++i] ?? "";
  }
  const known = ["docs", "only", "workers", "pg", "sqlite", "sizes", "ingest", "requests", "concurrency", "seed", "out", "warmup", "base", "src", "base-src"];
  for (const k of Object.keys(a)) if (!known.includes(k)) throw new Error(`unknown option --${k}\n${HELP}`);
  const int = (k: string, d: number) => {
    if (a[k] == null) return d;
    const n = Number(a[k]);
    if (!Number.isInteger(n) || n < 0) throw new Error(`--${k} must be a whole number, got "${a[k]}"`);
    return n;
  };
  const docs = int("docs", 10_000);
  if (docs < 1) throw new Error("--docs must be at least 1");
  const only = new Set((a.only ?? "extract,ingest,query,peer").split(",").map((s) => s.trim()).filter(Boolean));
  for (const p of only) if (!["extract", "ingest", "query", "peer"].includes(p)) throw new Error(`--only: unknown phase "${p}"`);
  const sizes = a.sizes
    ? [...new Set(a.sizes.split(",").map((s) => Number(s)))].filter((n) => n > 0 && n <= docs).sort((x, y) => x - y)
    : [...new Set([Math.min(1000, docs), docs])];
  if (sizes.at(-1) !== docs) sizes.push(docs);
  const pgUrl = a.pg === "none" ? null : (a.pg ?? "postgresql://postgres@127.0.0.1:5432/diplograph_bench");
  if (pgUrl) {
    const host = new URL(pgUrl).hostname;
    if (host !== "127.0.0.1" && host !== "localhost") throw new Error(`--pg must point at 127.0.0.1 (the bench drops and recreates the database), got ${host}`);
  }
  return {
    docs,
    only,
    workers: int("workers", os.availableParallelism()),
    pg: pgUrl,
    sqlite: path.resolve(a.sqlite ?? path.join(ROOT, "bench/corpus", `bench-${docs}.db`)),
    sizes,
    ingest: a.ingest === "all" ? docs : Math.min(docs, int("ingest", 500)),
    requests: int("requests", 200),
    concurrency: Math.max(1, int("concurrency", 8)),
    warmup: int("warmup", 40),
    seed: int("seed", DEFAULT_SEED),
    out: path.resolve(a.out ?? path.join(ROOT, "bench/results")),
    date: new Date().toISOString().slice(0, 10),
    base: a.base ? path.resolve(a.base) : null,
    src: a.src === "1",
    baseSrc: a["base-src"] === "1",
  };
}

// ---------------------------------------------------------------------------------------------
// Helpers

const log = (...xs: unknown[]) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...xs);
const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

function corpus(o: BenchOptions): CorpusDocument[] {
  return [...generateCorpus({ docs: o.docs, seed: o.seed })];
}

/** The base build as results name it: its commit, never its path (results are committed; a path is this machine's). */
function baseLabel(dir: string): string {
  try {
    return `commit ${execFileSync("git", ["-C", dir, "rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim()}`;
  } catch {
    return "<base checkout>";
  }
}

async function pgAdmin<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const u = new URL(url);
  u.pathname = "/postgres";
  const c = new pg.Client({ connectionString: u.toString() });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

async function withPg<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

// ---------------------------------------------------------------------------------------------
// 1. Extraction

async function benchExtraction(o: BenchOptions, docs: CorpusDocument[]) {
  log(`extract: ${docs.length} documents on the main thread`);
  // Warm up the JIT on a few documents, then time the whole corpus.
  extractAll(docs.slice(0, Math.min(50, docs.length)));
  const single = extractAll(docs);
  const rate = (t: ExtractTally, ms = t.ms) => ({ docs: t.docs, words: t.words, ms: round(ms), docsPerSec: round((t.docs / ms) * 1000), wordsPerSec: Math.round((t.words / ms) * 1000), failed: t.failed });
  // On a shared machine the main thread does not get a whole core: documents per CPU-second of
  // this process is the per-core rate without the scheduling noise.
  const perCpu = { cpuMs: round(single.cpuMs), docsPerCpuSec: round((single.docs / single.cpuMs) * 1000), wordsPerCpuSec: Math.round((single.words / single.cpuMs) * 1000) };
  log(`extract: one core ${round((single.docs / single.ms) * 1000)} docs/s, ${Math.round((single.words / single.ms) * 1000)} words/s; ${perCpu.docsPerCpuSec} docs per CPU-second`);
  let parallel = null;
  if (o.workers > 1) {
    log(`extract: ${o.workers} worker threads`);
    const ws = Array.from({ length: o.workers }, (_, worker) => new Worker(new URL("../src/commands/ts-worker.mjs", import.meta.url), { workerData: { entry: new URL("./extract-worker.ts", import.meta.url).href, docs: docs.length, seed: o.seed, worker, workers: o.workers } }));
    await Promise.all(ws.map((w) => new Promise<void>((resolve, reject) => (w.once("message", () => resolve()), w.once("error", reject)))));
    const t0 = performance.now();
    const tallies = await Promise.all(
      ws.map(
        (w) =>
          new Promise<ExtractTally>((resolve, reject) => {
            w.once("message", (m: { done: ExtractTally }) => resolve(m.done));
            w.once("error", reject);
            w.postMessage("go");
          }),
      ),
    );
    const wall = performance.now() - t0;
    await Promise.all(ws.map((w) => w.terminate()));
    const sum = tallies.reduce((s, t) => ({ ...s, docs: s.docs + t.docs, words: s.words + t.words, failed: s.failed + t.failed }), { ...single, docs: 0, words: 0, failed: 0 });
    parallel = { workers: o.workers, ...rate(sum, wall) };
    log(`extract: ${o.workers} workers ${parallel.docsPerSec} docs/s`);
  }
  const facts = { officials: single.officials, meetings: single.meetings, proposals: single.proposals, agreements: single.agreements, targets: single.targets };
  const per = (n: number) => round(n / single.docs, 2);
  return {
    singleCore: { ...rate(single), ...perCpu },
    workers: parallel,
    factsPerDocument: { officials: per(facts.officials), meetings: per(facts.meetings), proposals: per(facts.proposals), agreements: per(facts.agreements), targets: per(facts.targets) },
  };
}

// ---------------------------------------------------------------------------------------------
// 2. Ingestion

interface Store {
  provider: "sqlite" | "postgresql";
  url: string;
}

async function freshStore(store: Store): Promise<void> {
  const { migrate } = await import("../src/store/migrate.ts");
  if (store.provider === "sqlite") {
    const file = store.url.slice("file:".length);
    for (const f of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) fs.rmSync(f, { force: true });
    fs.mkdirSync(path.dirname(file), { recursive: true });
  } else {
    const name = new URL(store.url).pathname.slice(1);
    if (!/^[A-Za-z0-9_]+$/.test(name)) throw new Error(`unusual database name "${name}"`);
    await pgAdmin(store.url, async (c) => {
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.query(`CREATE DATABASE "${name}"`);
    });
  }
  await migrate(store.url);
}

async function storeSize(store: Store): Promise<number> {
  if (store.provider === "sqlite") {
    const Database = (await import("better-sqlite3")).default;
    const file = store.url.slice("file:".length);
    const db = new Database(file);
    db.pragma("wal_checkpoint(TRUNCATE)");
    db.close();
    return [file, `${file}-wal`].reduce((s, f) => s + (fs.existsSync(f) ? fs.statSync(f).size : 0), 0);
  }
  return withPg(store.url, async (c) => Number((await c.query("SELECT pg_database_size(current_database()) AS n")).rows[0].n));
}

async function documentCount(store: Store): Promise<number> {
  const { openDatabase } = await import("../src/store/db.ts");
  const db = await openDatabase(store.url);
  try {
    return await db.prisma.document.count();
  } finally {
    await db.close();
  }
}

/** Ingests docs[from, to) with ingestText, one document at a time; returns the time in ms. */
async function ingestRange(store: Store, docs: CorpusDocument[], from: number, to: number): Promise<{ ms: number; cpuMs: number; failed: number }> {
  const { openDatabase } = await import("../src/store/db.ts");
  const { ingestText } = await import("../src/store/ingest.ts");
  const db = await openDatabase(store.url);
  let failed = 0;
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  try {
    for (let i = from; i < to; i++) {
      try {
        await ingestText(db.prisma, { text: docs[i]!.text, source: `bench/${docs[i]!.name}.txt` });
      } catch (err) {
        if (failed++ < 3) log(`ingest ${store.provider}: ${docs[i]!.name}: ${(err as Error).message.split("\n")[0]}`);
      }
      if ((i + 1) % 2000 === 0) log(`ingest ${store.provider}: ${i + 1} documents, ${round(((i + 1 - from) / (performance.now() - t0)) * 1000)} docs/s`);
    }
  } finally {
    await db.close();
  }
  const c = process.cpuUsage(c0);
  return { ms: performance.now() - t0, cpuMs: (c.user + c.system) / 1000, failed };
}

/** Fills a store to `size` documents by cloning the ingested sample (bench/fill.ts). */
async function fill(store: Store, o: BenchOptions, size: number): Promise<void> {
  const { fillByCloning, sqliteDialect, pgDialect } = await import("./fill.ts");
  const d = store.provider === "sqlite" ? sqliteDialect(store.url.slice("file:".length), (await import("better-sqlite3")).default) : await pgDialect(store.url);
  try {
    const sample = Math.min(o.ingest, await documentCount(store));
    log(`fill ${store.provider}: cloning the first ${sample} documents up to ${size}`);
    await fillByCloning(d, { sampleDocs: sample, targetDocs: size, shiftDays: Math.ceil(o.ingest / DEFAULT_PER_DAY) }, (line) => log(`${store.provider} ${line}`));
  } finally {
    await d.close();
  }
}

// ---------------------------------------------------------------------------------------------
// 3/4. Queries

interface Child {
  script: string;
  proc: ChildProcess;
  endpoint: string;
  /** The end of what the child wrote to stderr (it is passed through as well). */
  stderr: () => string;
  /** Set when the child exits after it was ready. */
  exited: { code: number | null; signal: string | null } | null;
}

const STDERR_TAIL = 4000;

/**
 * CPU time (user + system) a process has used, in ms, from /proc (Linux; null elsewhere). Clock
 * ticks are 10 ms (USER_HZ 100), so one chunk's reading is coarse; summed over all chunks of a
 * (target, query) the rounding averages out.
 */
function cpuMsOf(pid: number): number | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

/**
 * How a server child starts: `serve.ts` (or `peer.ts`) from its checkout's sources through tsx, or
 * `serve-dist.mjs` under plain node loading a checkout's compiled dist/ (the default for
 * diplograph's servers since issue #16: production runs dist/, and PostGraphile is plain JS).
 */
export interface Launch {
  /** The name failures report. */
  name: string;
  file: string;
  /** Arguments before the database URL. */
  args: string[];
  tsx: boolean;
  /** Working directory: the checkout (tsx reads the tsconfig.json there). */
  cwd: string;
}

export function tsxLaunch(script: string): Launch {
  const file = path.resolve(HERE, script);
  return { name: script, file, args: [], tsx: true, cwd: path.resolve(path.dirname(file), "..") };
}

export function distLaunch(checkout: string): Launch {
  return { name: `${path.basename(checkout)}/dist`, file: path.join(HERE, "serve-dist.mjs"), args: [checkout], tsx: false, cwd: checkout };
}

function startChild(launch: Launch, url: string, counting: boolean): Promise<Child> {
  const script = launch.name;
  return new Promise((resolve, reject) => {
    const proc = fork(launch.file, [...launch.args, url, ...(counting ? ["--count"] : [])], {
      execArgv: launch.tsx ? ["--import", "tsx"] : [],
      cwd: launch.cwd,
      stdio: ["ignore", "inherit", "pipe", "ipc"],
      // Lag shedding (503 SERVER_BUSY when the event loop lags 500 ms) is for a server among clients
      // it cannot keep up with; on this shared machine the load alone makes the loop lag that much,
      // and the bench measures throughput, not shedding: off unless the environment says otherwise.
      env: { ...process.env, NODE_ENV: "production", DIPLOGRAPH_MAX_LAG_MS: process.env.DIPLOGRAPH_MAX_LAG_MS ?? "0" },
    });
    let tail = "";
    proc.stderr!.on("data", (chunk: Buffer) => {
      process.stderr.write(chunk);
      tail = (tail + chunk.toString("utf8")).slice(-STDERR_TAIL);
    });
    proc.once("error", reject);
    proc.once("exit", (code) => reject(new Error(`${script} exited with ${code} before it was ready${tail ? `; its stderr ended with:\n${tail}` : ""}`)));
    proc.once("message", (m: { ready: string }) => {
      proc.removeAllListeners("exit");
      const child: Child = { script, proc, endpoint: m.ready, stderr: () => tail, exited: null };
      proc.once("exit", (code, signal) => (child.exited = { code, signal }));
      // An IPC send to a child that just died emits "error": the request that follows reports it.
      proc.on("error", (err) => (tail = `${tail}\n[bench] ${err.message}`.slice(-STDERR_TAIL)));
      resolve(child);
    });
  });
}

/** Why a target stopped answering: its child's exit and stderr when it went away, else the error. */
async function describeFailure(c: Child | undefined, err: unknown): Promise<string> {
  const message = err instanceof Error ? err.message : String(err);
  if (!c) return message;
  // A dropped connection usually arrives a moment before the exit event.
  for (let i = 0; i < 20 && !c.exited; i++) await new Promise((r) => setTimeout(r, 50));
  if (!c.exited) return message;
  const how = c.exited.signal ? `signal ${c.exited.signal}` : `code ${c.exited.code}`;
  return `${c.script} exited (${how}) during the run (${message})${c.stderr() ? `; its stderr ended with:\n${c.stderr()}` : "; it wrote nothing to stderr"}`;
}

function childCount(c: Child): Promise<{ statements: number; wire: number }> {
  return new Promise((resolve, reject) => {
    if (c.exited || !c.proc.connected) return reject(new Error(`${c.script} is not running`));
    // A child that exits before it answers would otherwise leave the run waiting for ever.
    const gone = () => reject(new Error(`${c.script} exited before it answered the count`));
    c.proc.once("exit", gone);
    c.proc.once("message", (m) => {
      c.proc.off("exit", gone);
      resolve(m as { statements: number; wire: number });
    });
    c.proc.send({ cmd: "count" });
  });
}

async function stopChild(c: Child): Promise<void> {
  if (c.exited || !c.proc.connected) return;
  await new Promise<void>((resolve) => {
    const t = setTimeout(() => (c.proc.kill("SIGKILL"), resolve()), 10_000);
    c.proc.once("exit", () => (clearTimeout(t), resolve()));
    c.proc.send({ cmd: "stop" });
  });
}

/** Query parameters drawn from the stored data (deterministic for a given corpus and extractor). */
async function queryParams(store: Store, o: BenchOptions): Promise<QueryParams> {
  const { openDatabase } = await import("../src/store/db.ts");
  const db = await openDatabase(store.url);
  try {
    const countries = await db.prisma.country.findMany({ where: { officials: { some: {} } }, orderBy: { code: "asc" }, select: { code: true } });
    const topics = await db.prisma.topic.findMany({ where: { proposals: { some: {} } }, orderBy: { name: "asc" }, select: { name: true } });
    const officials = await db.prisma.official.findMany({ orderBy: { id: "asc" }, select: { name: true }, take: 400 });
    // 30-day windows inside the first 60 days of the corpus: present at every size >= 1,000.
    const start = new Date(`${DEFAULT_START_DATE}T00:00:00Z`).getTime();
    const span = Math.max(1, Math.min(30, Math.floor(o.sizes[0]! / DEFAULT_PER_DAY) - 30));
    const windows: [string, string][] = Array.from({ length: 16 }, (_, i) => {
      const from = new Date(start + ((i * 7) % span) * 86_400_000);
      const to = new Date(from.getTime() + 29 * 86_400_000);
      return [from.toISOString().slice(0, 10), to.toISOString().slice(0, 10)];
    });
    // Search texts: full names and single name words of officials spread over the pool.
    const searches: string[] = [];
    for (let i = 0; i < 16 && officials.length; i++) {
      const name = officials[(i * 37) % officials.length]!.name;
      searches.push(i % 2 === 0 ? name : name.split(" ")[0]!);
    }
    return { countries: countries.map((c) => c.code), topics: topics.map((t) => t.name), windows, searches };
  } finally {
    await db.close();
  }
}

const canonString = (x: unknown) => JSON.stringify(x);
const subset = (a: string, b: string) => {
  try {
    const bs = new Set(JSON.parse(b) as string[]);
    return (JSON.parse(a) as string[]).every((x) => bs.has(x));
  } catch {
    return false;
  }
};

/** Checks that the sides return the same data for the first parameter sets. */
async function checkAgreement(q: BenchQuery, p: QueryParams, endpoints: { target: Target; endpoint: string }[], floorPool: pg.Pool | null) {
  const out: { target: string; agree: boolean; sample?: string }[] = [];
  for (let i = 0; i < 4; i++) {
    let reference: string | null = null;
    if (floorPool) {
      const f = q.floor(p, i);
      reference = canonString(q.canonFloor((await floorPool.query(f.text, f.values)).rows[0].data));
    }
    for (const { target, endpoint } of endpoints) {
      let got: string;
      try {
        const data = await queryOnce(endpoint, target === "postgraphile" ? q.peer(p, i) : q.diplograph(p, i));
        got = canonString(target === "postgraphile" ? q.canonPeer(data) : q.canonDiplograph(data));
      } catch (err) {
        got = `error: ${(err as Error).message.slice(0, 300)}`;
      }
      reference ??= got;
      const prev = out.find((x) => x.target === target);
      // SQLite's search has no similar-name (trigram) pass (src/store/search.ts): fewer hits, by design.
      const agree = got === reference || (q.id === "search" && (target === "diplograph-sqlite" || target === "base-sqlite") && subset(got, reference));
      if (!prev) out.push({ target, agree, ...(agree ? {} : { sample: `param ${i}: got ${got.slice(0, 300)} expected ${reference.slice(0, 300)}` }) });
      else if (prev.agree && !agree) Object.assign(prev, { agree, sample: `param ${i}: got ${got.slice(0, 300)} expected ${reference.slice(0, 300)}` });
    }
  }
  return out;
}

/** Statements per request for each query, from a server instance with counting on. */
async function countStatements(launch: Launch, url: string, pick: (q: BenchQuery) => BenchQuery["diplograph"], p: QueryParams, queries: BenchQuery[]) {
  const counting = await startChild(launch, url, true);
  const out = new Map<string, { statements: number[]; wire: number[] }>();
  try {
    await countEach();
  } catch (err) {
    throw new Error(await describeFailure(counting, err));
  } finally {
    await stopChild(counting);
  }
  return out;

  async function countEach() {
    for (const q of queries) {
      await queryOnce(counting.endpoint, pick(q)(p, 0));
      await childCount(counting);
      const s = { statements: [] as number[], wire: [] as number[] };
      for (let i = 0; i < 8; i++) {
        await queryOnce(counting.endpoint, pick(q)(p, i));
        const c = await childCount(counting);
        s.statements.push(c.statements);
        s.wire.push(c.wire);
      }
      out.set(q.id, s);
    }
  }
}

/**
 * All servers (and the floor) at one corpus size, interleaved: every server runs at the same time
 * and the requests go in small chunks, round-robin over servers and queries with the order rotated
 * each round, so background load on a shared machine falls on all of them alike.
 */
async function measureAll(size: number, p: QueryParams, o: BenchOptions, servers: { target: Target; launch: Launch; url: string }[], floorUrl: string | null, queries: BenchQuery[]) {
  const pickFor = (t: Target) => (q: BenchQuery) => (t === "postgraphile" ? q.peer : q.diplograph);
  const failures: BenchResults["failures"] = [];
  const fail = (target: Target, phase: string, error: string) => {
    failures.push({ size, target, phase, error });
    log(`FAILED ${target} @${size} in ${phase}: ${error}\n  the run goes on without ${target}`);
  };
  const counts = new Map<Target, Map<string, { statements: number[]; wire: number[] }>>();
  const live: typeof servers = [];
  for (const s of servers) {
    try {
      counts.set(s.target, await countStatements(s.launch, s.url, pickFor(s.target), p, queries));
      live.push(s);
    } catch (err) {
      fail(s.target, "statement count", err instanceof Error ? err.message : String(err));
    }
  }
  const children: Child[] = [];
  const childOf = new Map<Target, Child>();
  const closers: (() => void)[] = [];
  const floorPool = floorUrl ? new pg.Pool({ connectionString: floorUrl, max: o.concurrency }) : null;
  const results: QueryResult[] = [];
  const checks: BenchResults["checks"] = [];
  try {
    const endpoints: { target: Target; endpoint: string }[] = [];
    for (const s of live) {
      try {
        const c = await startChild(s.launch, s.url, false);
        children.push(c);
        childOf.set(s.target, c);
        endpoints.push({ target: s.target, endpoint: c.endpoint });
      } catch (err) {
        fail(s.target, "start", err instanceof Error ? err.message : String(err));
      }
    }
    type Op = (i: number) => Promise<number>;
    const ops = new Map<string, { lat: Op; load: Op }>();
    const key = (t: Target, q: string) => `${t}|${q}`;
    const targets: Target[] = [...endpoints.map((e) => e.target), ...(floorPool ? (["floor-pg"] as Target[]) : [])];
    // A target whose server goes away (or that errs) is reported and left out from then on.
    const dead = new Set<Target>();
    // A transient error of a live server (a keep-alive connection reset on a loaded machine) is
    // retried; a server that exited, or errs three times in a row, is dropped.
    const guarded = async <T>(t: Target, phase: string, fn: () => Promise<T>): Promise<T | null> => {
      for (let attempt = 1; !dead.has(t); attempt++) {
        try {
          return await fn();
        } catch (err) {
          const child = childOf.get(t);
          const why = await describeFailure(child, err);
          if (child?.exited || attempt >= 3) {
            dead.add(t);
            fail(t, phase, why);
          } else log(`${t} @${size} ${phase}: ${why}; retrying (attempt ${attempt + 1} of 3)`);
        }
      }
      return null;
    };
    for (const q of queries) {
      for (const e of endpoints) {
        const req = (i: number) => pickFor(e.target)(q)(p, i);
        const lat = graphQLOp(e.endpoint, 1, req);
        const load = graphQLOp(e.endpoint, o.concurrency, req);
        closers.push(lat.close, load.close);
        ops.set(key(e.target, q.id), { lat: lat.op, load: load.op });
      }
      if (floorPool) {
        const op: Op = async (i) => {
          const f = q.floor(p, i);
          return JSON.stringify((await floorPool.query(f.text, f.values)).rows[0].data).length;
        };
        ops.set(key("floor-pg", q.id), { lat: op, load: op });
      }
    }
    log(`query @${size}: ${targets.join(", ")} interleaved; warm-up`);
    for (const q of queries) for (const t of targets) await guarded(t, `warm-up ${q.id}`, () => collectLoad(o.warmup, 2, ops.get(key(t, q.id))!.lat));
    const lat = new Map<string, LoadSamples[]>();
    const load = new Map<string, LoadSamples[]>();
    // Server CPU per (target, query): read around each measured chunk, so it holds only that chunk's requests.
    const cpu = new Map<string, { ms: number; requests: number }>();
    const phases = [
      { into: lat, chunk: 20, concurrency: 1, which: "lat" as const },
      { into: load, chunk: 5 * o.concurrency, concurrency: o.concurrency, which: "load" as const },
    ];
    for (const ph of phases) {
      const rounds = Math.ceil(o.requests / ph.chunk);
      for (let r = 0; r < rounds; r++) {
        const n = Math.min(ph.chunk, o.requests - r * ph.chunk);
        const order = targets.map((_, i) => targets[(i + r) % targets.length]!);
        for (const q of queries) {
          for (const t of order) {
            const pid = childOf.get(t)?.proc.pid;
            const cpu0 = pid ? cpuMsOf(pid) : null;
            const samples = await guarded(t, `${ph.which === "lat" ? "latency" : "throughput"} ${q.id}`, () => collectLoad(n, ph.concurrency, ops.get(key(t, q.id))![ph.which], r * ph.chunk));
            if (!samples) continue;
            const k = key(t, q.id);
            const cpu1 = pid ? cpuMsOf(pid) : null;
            if (cpu0 != null && cpu1 != null) {
              const c = cpu.get(k) ?? { ms: 0, requests: 0 };
              c.ms += cpu1 - cpu0;
              c.requests += n;
              cpu.set(k, c);
            }
            ph.into.set(k, [...(ph.into.get(k) ?? []), samples]);
          }
        }
      }
    }
    const stat = (xs: number[]) => ({ min: Math.min(...xs), max: Math.max(...xs), mean: round(xs.reduce((a, b) => a + b, 0) / xs.length, 2) });
    const one = { min: 1, max: 1, mean: 1 };
    for (const q of queries) {
      for (const t of targets) {
        if (dead.has(t)) continue;
        const l = mergeSamples(lat.get(key(t, q.id))!);
        const c = mergeSamples(load.get(key(t, q.id))!);
        const latency = summarize(l.latencies, l.elapsedMs, 1, l.bytes);
        const loaded = summarize(c.latencies, c.elapsedMs, o.concurrency, c.bytes);
        const sc = counts.get(t)?.get(q.id);
        const used = cpu.get(key(t, q.id));
        const cpuMsPerRequest = used?.requests ? round(used.ms / used.requests, 2) : undefined;
        results.push({ size, target: t, query: q.id, latency, load: loaded, statements: sc ? stat(sc.statements) : one, wire: sc ? stat(sc.wire) : one, ...(cpuMsPerRequest != null ? { cpuMsPerRequest } : {}) });
        log(`query ${t} @${size} ${q.id}: p50 ${latency.p50} ms p95 ${latency.p95} p99 ${latency.p99}; ${loaded.throughput} req/s at c=${o.concurrency}; ${sc ? stat(sc.statements).mean : 1} statements${cpuMsPerRequest != null ? `; ${cpuMsPerRequest} ms server CPU per request` : ""}`);
      }
    }
    // Same answers from every side?
    for (const q of queries) {
      const agreement = await checkAgreement(q, p, endpoints.filter((e) => !dead.has(e.target)), floorPool);
      checks.push({ size, query: q.id, targets: agreement });
      for (const a of agreement) if (!a.agree) log(`check @${size} ${q.id}: ${a.target} disagrees: ${a.sample}`);
    }
  } finally {
    for (const c of closers) c();
    for (const c of children) await stopChild(c);
    await floorPool?.end();
  }
  return { results, checks, failures };
}

// ---------------------------------------------------------------------------------------------
// Main

/**
 * The servers run dist/: this checkout's is rebuilt when a source is newer (the build is the
 * project's own, idempotent step that `npm install` runs, and a bench of stale code would measure
 * something else without saying so); another checkout's (--base) is never written to: the run
 * stops, naming the stale file and the command that fixes it.
 */
function ensureDist(base: string | null) {
  const here = distState(ROOT);
  if (!here.fresh) {
    log(`dist/ is stale (${here.reason}): npm run build`);
    execFileSync(process.execPath, [path.join(ROOT, "scripts/build.mjs")], { cwd: ROOT, stdio: "inherit" });
    const again = distState(ROOT);
    if (!again.fresh) throw new Error(`dist/ is still stale after npm run build: ${again.reason}`);
  }
  if (base) {
    const b = distState(base);
    if (!b.fresh) throw new Error(`--base ${base}: its dist/ is stale (${b.reason}); run \`npm run build\` there, or pass --src to serve both checkouts from their sources`);
  }
}

async function main() {
  const o = parseOptions(process.argv.slice(2));
  const started = performance.now();
  const stores: Store[] = [{ provider: "sqlite", url: `file:${o.sqlite}` }, ...(o.pg ? [{ provider: "postgresql" as const, url: o.pg }] : [])];
  log(`docs ${o.docs}, phases ${[...o.only].join(",")}, sizes ${o.sizes.join(",")}, stores ${stores.map((s) => s.provider).join(",")}`);
  const results: BenchResults = {
    date: o.date,
    startedAt: new Date().toISOString(),
    machine: {
      cpus: os.availableParallelism(),
      cpuModel: os.cpus()[0]?.model ?? "?",
      memoryGiB: round(os.totalmem() / 2 ** 30),
      node: process.version,
      platform: `${os.platform()} ${os.release()}`,
      loadAverageAtStart: os.loadavg().map((x) => round(x, 2)),
      note: "Shared machine: other engineers ran tests and builds at the same time, so absolute numbers carry noise.",
    },
    options: { docs: o.docs, seed: o.seed, workers: o.workers, sizes: o.sizes, ingest: o.ingest, requests: o.requests, concurrency: o.concurrency, warmup: o.warmup, phases: [...o.only], interleaved: true, serve: o.src ? "src (tsx)" : "dist", ...(o.base ? { base: baseLabel(o.base), baseServe: o.src || o.baseSrc ? "src (tsx)" : "dist" } : {}) },
    corpus: null,
    extraction: null,
    ingestion: {},
    queries: [],
    checks: [],
    failures: [],
    durationSeconds: 0,
  };

  if (!o.src && (o.only.has("query") || o.only.has("peer"))) ensureDist(o.baseSrc ? null : o.base);

  const t0 = performance.now();
  const docs = corpus(o);
  const totalWords = docs.reduce((s, d) => s + words(d.text), 0);
  results.corpus = { docs: docs.length, words: totalWords, wordsPerDocument: round(totalWords / docs.length), generateMs: round(performance.now() - t0) };
  log(`corpus: ${docs.length} documents, ${totalWords} words, generated in ${results.corpus.generateMs} ms`);

  if (o.only.has("extract")) results.extraction = await benchExtraction(o, docs);

  const wantQueries = o.only.has("query") || o.only.has("peer");
  if (o.only.has("ingest") || wantQueries) {
    if (o.only.has("ingest")) for (const s of stores) await freshStore(s);
    if (o.pg && o.only.has("peer")) await withPg(o.pg, (c) => c.query(PEER_SQL));
    const ingestMs = new Map<string, number>();
    const ingestCpu = new Map<string, number>();
    const failed = new Map<string, number>();
    let done = 0;
    for (const size of o.sizes) {
      if (o.only.has("ingest")) {
        for (const s of stores) {
          const upTo = Math.min(size, o.ingest);
          if (upTo > done) {
            log(`ingest ${s.provider}: documents ${done}..${upTo} through ingestText`);
            const r = await ingestRange(s, docs, done, upTo);
            ingestMs.set(s.provider, (ingestMs.get(s.provider) ?? 0) + r.ms);
            ingestCpu.set(s.provider, (ingestCpu.get(s.provider) ?? 0) + r.cpuMs);
            failed.set(s.provider, (failed.get(s.provider) ?? 0) + r.failed);
          }
          let fillMs = 0;
          if (size > o.ingest) {
            const t = performance.now();
            await fill(s, o, size);
            fillMs = performance.now() - t;
          }
          const bytes = await storeSize(s);
          const ms = ingestMs.get(s.provider)!;
          const ingested = Math.min(size, o.ingest);
          const prev = results.ingestion[s.provider];
          results.ingestion[s.provider] = {
            docs: ingested,
            ms: round(ms),
            docsPerSec: round((ingested / ms) * 1000),
            cpuMs: round(ingestCpu.get(s.provider)!),
            docsPerCpuSec: round((ingested / ingestCpu.get(s.provider)!) * 1000),
            failed: failed.get(s.provider)!,
            storedDocs: size,
            filledByCloning: Math.max(0, size - ingested),
            fillMs: round((prev?.fillMs ?? 0) + fillMs),
            bytes,
            bytesPer1000Docs: Math.round((bytes / size) * 1000),
          };
          log(`ingest ${s.provider}: ${ingested} documents through ingestText at ${results.ingestion[s.provider]!.docsPerSec} docs/s; ${size} stored; ${round(bytes / 2 ** 20)} MiB`);
        }
        done = Math.min(size, o.ingest);
      } else {
        // Reusing databases from an earlier run: only their final size can be measured.
        if (size !== o.docs) continue;
        for (const s of stores) {
          const n = await documentCount(s);
          if (n !== o.docs) throw new Error(`${s.provider} holds ${n} documents, not ${o.docs}: run with "ingest" first`);
        }
      }
      if (!wantQueries) continue;
      const p = await queryParams(stores[0]!, o);
      const serveLaunch = o.src ? tsxLaunch("serve.ts") : distLaunch(ROOT);
      const baseLaunch = o.base ? (o.src || o.baseSrc ? tsxLaunch(path.join(o.base, "bench/serve.ts")) : distLaunch(o.base)) : null;
      const size_ = size;
      const servers: { target: Target; launch: Launch; url: string }[] = [];
      if (o.only.has("query")) for (const s of stores) servers.push({ target: s.provider === "sqlite" ? "diplograph-sqlite" : "diplograph-pg", launch: serveLaunch, url: s.url });
      if (o.only.has("query") && o.base) for (const s of stores) servers.push({ target: s.provider === "sqlite" ? "base-sqlite" : "base-pg", launch: baseLaunch!, url: s.url });
      const peerFailures: BenchResults["failures"] = [];
      if (o.pg && o.only.has("peer")) {
        try {
          ensurePeerInstalled(); // before forking, so the install does not count against the peer's start
          servers.push({ target: "postgraphile", launch: tsxLaunch("peer.ts"), url: o.pg });
        } catch (err) {
          // Without the peer the run still measures diplograph and the floor.
          peerFailures.push({ size, target: "postgraphile", phase: "install", error: (err as Error).message });
          log(`FAILED postgraphile @${size} in install: ${(err as Error).message}\n  the run goes on without postgraphile`);
        }
      }
      const floorUrl = o.pg && o.only.has("peer") ? o.pg : null;
      const measured = await measureAll(size_, p, o, servers, floorUrl, QUERIES);
      results.queries.push(...measured.results);
      results.checks.push(...measured.checks);
      results.failures.push(...peerFailures, ...measured.failures);
    }
  }

  results.durationSeconds = round((performance.now() - started) / 1000);
  const written = writeReport(o.out, results);
  log(`done in ${results.durationSeconds} s; wrote ${written.join(", ")}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
