// Whether ingestion scales with workers (issue #16): the same N corpus article pages ingested by
// `diplograph ingest DIR --workers 1|2` and by the Redis queue's `diplograph worker` (one process
// with --concurrency 1 or 2, or two processes), into a fresh SQLite file and a fresh PostgreSQL
// database each time. Modes run back to back, in an order that alternates, so each 1-vs-2 ratio is
// taken minutes apart under the same background load. Per run: wall time, documents/s after the
// first `--skip` documents, CPU of the diplograph processes (user + system, every thread, from
// /usr/bin/time) and, on PostgreSQL, of the server backends serving this run (/proc, sampled).
//
//   npx tsx bench/scale.ts [--docs 320] [--backends sqlite,pg] [--modes ingest-w1,ingest-w2,queue-1x1,queue-1x2,queue-2x1]
//                          [--rounds 2] [--pg postgresql://postgres@127.0.0.1:5432/postgres] [--redis redis://127.0.0.1:6379]
//                          [--root DIR] [--out bench/results/FILE.jsonl]
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { IngestQueue } from "../src/queue/queue.ts";
import { migrate } from "../src/store/migrate.ts";
import { articleHtml, startNewsServer } from "../tests/helpers/news-server.ts";
import { generateCorpus } from "./corpus.ts";

const { values } = parseArgs({
  options: {
    docs: { type: "string", default: "320" },
    skip: { type: "string", default: "20" },
    backends: { type: "string", default: "sqlite,pg" },
    modes: { type: "string", default: "ingest-w1,ingest-w2,queue-1x1,queue-2x1,queue-1x2" },
    rounds: { type: "string", default: "2" },
    pg: { type: "string", default: "postgresql://postgres@127.0.0.1:5432/postgres" },
    redis: { type: "string", default: "redis://127.0.0.1:6379" },
    root: { type: "string", default: path.resolve(import.meta.dirname, "..") },
    label: { type: "string", default: "" },
    out: { type: "string" },
  },
});
const DOCS = Number(values.docs);
const SKIP = Number(values.skip);
const BIN = path.join(values.root!, "bin/diplograph.js");
const RUN = `scale-${process.pid}`;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "diplograph-scale-"));
const out = values.out ?? path.join(import.meta.dirname, "results", `scale-${new Date().toISOString().slice(0, 10)}${values.label ? `-${values.label}` : ""}-${DOCS}.jsonl`);

// The pages, as files for `ingest` and served on loopback for the queue: the same HTML either way.
const reports = [...generateCorpus({ docs: DOCS, startDate: "2024-01-01" })].map((d) => d.text);
const pages = path.join(tmp, "pages");
fs.mkdirSync(pages);
reports.forEach((r, i) => fs.writeFileSync(path.join(pages, `article-${String(i).padStart(5, "0")}.html`), articleHtml(r)));
const site = await startNewsServer({ articles: DOCS });

const sqliteTemplate = path.join(tmp, "template.db");
await migrate(`file:${sqliteTemplate}`);
const pgAdmin = (sql: string) => withPg(values.pg!, async (c) => void (await c.query(sql)));
const pgTemplate = `scale_tpl_${process.pid}`;
const wantPg = values.backends!.split(",").includes("pg");
if (wantPg) {
  await pgAdmin(`CREATE DATABASE "${pgTemplate}"`);
  await migrate(pgUrl(pgTemplate));
}

function pgUrl(db: string): string {
  const u = new URL(values.pg!);
  u.pathname = `/${db}`;
  return u.toString();
}

async function withPg<T>(url: string, f: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await f(c);
  } finally {
    await c.end();
  }
}

let dbCounter = 0;
async function freshDb(backend: string): Promise<{ url: string; name: string; drop: () => Promise<void> }> {
  const n = dbCounter++;
  if (backend === "sqlite") {
    const file = path.join(tmp, `db-${n}.db`);
    fs.copyFileSync(sqliteTemplate, file);
    return { url: `file:${file}`, name: file, drop: async () => void fs.rmSync(file, { force: true }) };
  }
  const name = `scale_${process.pid}_${n}`;
  await pgAdmin(`CREATE DATABASE "${name}" TEMPLATE "${pgTemplate}"`);
  return { url: pgUrl(name), name, drop: () => pgAdmin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}

/** Clock ticks of user + system time of a process (all its threads), or null once it is gone. */
function ticks(pid: number): number | null {
  try {
    const f = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    return Number(f[11]) + Number(f[12]);
  } catch {
    return null;
  }
}

/** Samples the CPU of the PostgreSQL backends connected to one database, every 200 ms. */
function watchBackends(dbName: string) {
  const seen = new Map<number, number>();
  let stop = false;
  const loop = (async () => {
    const c = new pg.Client({ connectionString: values.pg });
    await c.connect();
    try {
      while (!stop) {
        const { rows } = await c.query<{ pid: number }>(`SELECT pid FROM pg_stat_activity WHERE datname = $1`, [dbName]);
        for (const { pid } of rows) {
          const t = ticks(pid);
          if (t !== null) seen.set(pid, Math.max(seen.get(pid) ?? 0, t));
        }
        await new Promise((r) => setTimeout(r, 200));
      }
    } finally {
      await c.end();
    }
  })();
  return async () => {
    stop = true;
    await loop;
    return ([...seen.values()].reduce((a, b) => a + b, 0) * 1000) / 100; // ms at 100 Hz
  };
}

/** A diplograph command under /usr/bin/time; lines timestamped as they arrive. */
function start(args: string[], env: Record<string, string>) {
  // No extraction budget: on a loaded machine a document can wait past 5 s for a core.
  const child = spawn("/usr/bin/time", ["-f", "TIME %U %S", process.execPath, BIN, ...args], { env: { ...process.env, DIPLOGRAPH_EXTRACT_BUDGET_MS: "600000", ...env }, stdio: ["ignore", "pipe", "pipe"] });
  const lines: { at: number; line: string }[] = [];
  for (const s of [child.stdout!, child.stderr!]) {
    let rest = "";
    s.on("data", (d: Buffer) => {
      const ls = (rest + d.toString()).split("\n");
      rest = ls.pop()!;
      const at = performance.now();
      for (const l of ls) if (l) lines.push({ at, line: l });
    });
  }
  const exited = new Promise<void>((resolve) => child.once("close", () => resolve()));
  const cpuMs = async () => {
    await exited;
    const m = lines.map((l) => /^TIME ([\d.]+) ([\d.]+)$/.exec(l.line)).find(Boolean);
    if (!m) throw new Error(`no time line:\n${lines.slice(-10).map((l) => l.line).join("\n")}`);
    return (Number(m[1]) + Number(m[2])) * 1000;
  };
  return { child, lines, exited, cpuMs };
}

const DOC_LINE = /^(created|replaced|unchanged) /;

function rate(stamps: number[]): { docsPerS: number; steadyS: number } {
  const s = stamps.slice().sort((a, b) => a - b);
  const from = s[Math.min(SKIP, s.length - 1)];
  const to = s.at(-1)!;
  return { steadyS: (to - from) / 1000, docsPerS: (s.length - 1 - Math.min(SKIP, s.length - 1)) / ((to - from) / 1000) };
}

async function runIngest(backend: string, workers: number) {
  const db = await freshDb(backend);
  const watch = backend === "pg" ? watchBackends(db.name) : null;
  const t0 = performance.now();
  const p = start(["ingest", pages, "--workers", String(workers)], { DATABASE_URL: db.url });
  const cpu = await p.cpuMs();
  const wall = (performance.now() - t0) / 1000;
  const serverMs = watch ? await watch() : null;
  const stamps = p.lines.filter((l) => DOC_LINE.test(l.line)).map((l) => l.at);
  if (stamps.length !== DOCS) throw new Error(`ingest: ${stamps.length} documents of ${DOCS}:\n${p.lines.filter((l) => !DOC_LINE.test(l.line)).map((l) => l.line).join("\n")}`);
  await db.drop();
  return { wallS: wall, cpuMs: cpu, serverCpuMs: serverMs, ...rate(stamps) };
}

async function runQueue(backend: string, processes: number, concurrency: number) {
  const db = await freshDb(backend);
  const name = `q${dbCounter}`;
  const queue = new IngestQueue({ redisUrl: values.redis!, name, prefix: RUN });
  for (let i = 0; i < DOCS; i++) await queue.enqueue({ url: `${site.url}/article/${i}` });
  const watch = backend === "pg" ? watchBackends(db.name) : null;
  const t0 = performance.now();
  const ws = Array.from({ length: processes }, () =>
    start(["worker", "--concurrency", String(concurrency)], { DATABASE_URL: db.url, REDIS_URL: values.redis!, DIPLOGRAPH_QUEUE: name, DIPLOGRAPH_QUEUE_PREFIX: RUN, DIPLOGRAPH_FETCH_INTERVAL_MS: "0" }),
  );
  for (;;) {
    const c = await queue.counts();
    if (c.completed + c.failed >= DOCS) break;
    if (ws.some((w) => w.child.exitCode !== null)) throw new Error("a worker exited");
    await new Promise((r) => setTimeout(r, 100));
  }
  const wall = (performance.now() - t0) / 1000;
  const counts = await queue.counts();
  // SIGTERM to each node process (the child of /usr/bin/time), whose pid it prints when ready.
  for (const w of ws) {
    const pid = Number(/^worker (\d+) /.exec(w.lines.find((l) => /^worker \d+ /.test(l.line))!.line)![1]);
    process.kill(pid, "SIGTERM");
  }
  let cpu = 0;
  for (const w of ws) cpu += await w.cpuMs();
  const serverMs = watch ? await watch() : null;
  const stamps = ws.flatMap((w) => w.lines.filter((l) => DOC_LINE.test(l.line)).map((l) => l.at));
  await queue.queue.obliterate({ force: true });
  await queue.close();
  await db.drop();
  if (counts.failed) throw new Error(`queue: ${counts.failed} failed`);
  return { wallS: wall, cpuMs: cpu, serverCpuMs: serverMs, perProcess: ws.map((w) => w.lines.filter((l) => DOC_LINE.test(l.line)).length), ...rate(stamps) };
}

const load = () => os.loadavg()[0].toFixed(1);
const modes = values.modes!.split(",");
const backends = values.backends!.split(",");
console.log(`${DOCS} pages; ${values.root}; writing ${out}`);
for (let round = 0; round < Number(values.rounds); round++) {
  for (const backend of round % 2 ? backends.slice().reverse() : backends) {
    for (const mode of round % 2 ? modes.slice().reverse() : modes) {
      const loadBefore = load();
      let m: RegExpExecArray | null;
      const r = (m = /^ingest-w(\d+)$/.exec(mode))
        ? await runIngest(backend, Number(m[1]))
        : (m = /^queue-(\d+)x(\d+)$/.exec(mode))
          ? await runQueue(backend, Number(m[1]), Number(m[2]))
          : (() => {
              throw new Error(`unknown mode ${mode}`);
            })();
      const row = { at: new Date().toISOString(), round, backend, mode, docs: DOCS, load: [Number(loadBefore), Number(load())], ...r, cpuMsPerDoc: r.cpuMs / DOCS, serverCpuMsPerDoc: r.serverCpuMs === null ? null : r.serverCpuMs / DOCS };
      fs.appendFileSync(out, JSON.stringify(row) + "\n");
      console.log(
        `${backend.padEnd(6)} ${mode.padEnd(10)} wall ${r.wallS.toFixed(1)} s, ${r.docsPerS.toFixed(2)} docs/s after ${SKIP}, CPU ${(r.cpuMs / DOCS).toFixed(1)} ms/doc` +
          `${r.serverCpuMs === null ? "" : `, server ${(r.serverCpuMs / DOCS).toFixed(1)} ms/doc`}${"perProcess" in r ? ` (${(r as { perProcess: number[] }).perProcess.join("/")})` : ""}, load ${row.load.join("→")}`,
      );
    }
  }
}
await site.close();
if (wantPg) await pgAdmin(`DROP DATABASE IF EXISTS "${pgTemplate}" WITH (FORCE)`);
fs.rmSync(tmp, { recursive: true, force: true });
