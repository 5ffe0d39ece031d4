// Where a bench query's cost lies on PostgreSQL, per server (issue #16): the server process's CPU and the CPU of the
// PostgreSQL backends serving its database, per request, under load at concurrency C. The bench's own server-CPU
// column counts the first only; at concurrency 8 on two cores the backends share the same cores, so a server that
// costs less itself can still lose on throughput. Targets are served one at a time in chunks, rotated every round
// (diplograph from this checkout, `--base DIR`'s, PostGraphile), so each chunk's backend CPU is its target's.
//   node --import tsx bench/backend-cpu.ts POSTGRES_URL [--base DIR] [--no-peer] [--only ids (and trivial)] [--requests 200] [--rounds 6] [--concurrency 8] [--dist]
// --dist serves diplograph and --base from their compiled dist/ under plain node (bench/serve-dist.mjs), as the bench does by default.
import { fork, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { collectLoad, graphQLOp, queryOnce } from "./load.ts";
import { PEER_SQL, QUERIES, type QueryId } from "./queries.ts";
import { queryParamsOf } from "./query-params.ts";
import { openDatabase } from "../src/store/db.ts";

const argv = process.argv.slice(2);
const opt = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const url = argv[0];
if (!url?.startsWith("postgresql://")) throw new Error("usage: backend-cpu.ts POSTGRES_URL [--base DIR] [--no-peer] [--only ids] [--requests N] [--rounds R] [--concurrency C]");
const ids = (opt("--only")?.split(",") ?? QUERIES.map((q) => q.id)) as QueryId[];
const n = Number(opt("--requests") ?? 200);
const rounds = Number(opt("--rounds") ?? 6);
const concurrency = Number(opt("--concurrency") ?? 8);
const here = path.dirname(fileURLToPath(import.meta.url));

/** User + system CPU of a process, ms (10 ms ticks). */
function cpuMs(pid: number): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(f[11]) + Number(f[12])) * 10;
  } catch {
    return 0;
  }
}

interface Target {
  name: string;
  proc: ChildProcess;
  endpoint: string;
}

function start(name: string, script: string): Promise<Target> {
  const checkout = path.resolve(path.dirname(script), "..");
  const dist = argv.includes("--dist") && name !== "postgraphile";
  return new Promise((resolve, reject) => {
    const proc = fork(dist ? path.join(here, "serve-dist.mjs") : script, dist ? [checkout, url!] : [url!], {
      execArgv: dist ? [] : ["--import", "tsx"],
      cwd: checkout,
      stdio: ["ignore", "inherit", "inherit", "ipc"],
      env: { ...process.env, NODE_ENV: "production", DIPLOGRAPH_MAX_LAG_MS: "0" },
    });
    proc.once("exit", (code) => reject(new Error(`${name} exited with ${code}`)));
    proc.once("message", (m: { ready: string }) => resolve({ name, proc, endpoint: m.ready }));
  });
}

const monitor = new pg.Client({ connectionString: url });
await monitor.connect();
// As the bench's peer phase does: the functions PostGraphile exposes for the queries its CRUD schema lacks.
if (!argv.includes("--no-peer")) await monitor.query(PEER_SQL);
const targets: Target[] = [await start("diplograph", path.join(here, "serve.ts"))];
if (opt("--base")) targets.push(await start("base", path.join(path.resolve(opt("--base")!), "bench/serve.ts")));
if (!argv.includes("--no-peer")) targets.push(await start("postgraphile", path.join(here, "peer.ts")));

const dbName = new URL(url).pathname.slice(1);
/** CPU of every backend of the database but the monitor's own, by process id. */
async function backends(): Promise<Map<number, number>> {
  const { rows } = await monitor.query<{ pid: number }>(`SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`, [dbName]);
  return new Map(rows.map((r) => [r.pid, cpuMs(r.pid)]));
}
/**
 * What the backends used between two readings: a backend that ended meanwhile (a pool closes idle
 * connections) would otherwise count as negative, one that started counts from zero.
 */
function backendsDelta(before: Map<number, number>, after: Map<number, number>): number {
  let ms = 0;
  for (const [pid, cpu] of after) ms += cpu - (before.get(pid) ?? 0);
  return ms;
}

const db = await openDatabase(url);
const p = await queryParamsOf(db);
await db.close();

const lines: string[] = [];
for (const id of ids) {
  // "trivial": `{ __typename }`, the request pipeline alone (no resolver, no statement).
  const q = id === ("trivial" as QueryId) ? { peer: () => ({ query: "{ __typename }" }), diplograph: () => ({ query: "{ __typename }" }) } : QUERIES.find((x) => x.id === id)!;
  const request = (t: Target) => (i: number) => (t.name === "postgraphile" ? q.peer(p, i) : q.diplograph(p, i));
  const ops = new Map(targets.map((t) => [t.name, graphQLOp(t.endpoint, concurrency, request(t))]));
  for (const t of targets) for (let i = 0; i < 40; i++) await queryOnce(t.endpoint, request(t)(i));
  const sum = new Map(targets.map((t) => [t.name, { wall: 0, server: 0, backends: 0, requests: 0, perRound: [] as number[] }]));
  for (let r = 0; r < rounds; r++) {
    const order = targets.map((_, i) => targets[(i + r) % targets.length]!);
    for (const t of order) {
      const s = sum.get(t.name)!;
      const b0 = await backends();
      const c0 = cpuMs(t.proc.pid!);
      const load = await collectLoad(n, concurrency, ops.get(t.name)!.op, r * n);
      const server = cpuMs(t.proc.pid!) - c0;
      const used = backendsDelta(b0, await backends());
      s.wall += load.elapsedMs;
      s.server += server;
      s.backends += used;
      s.requests += n;
      s.perRound.push((server + used) / n);
    }
  }
  for (const t of targets) {
    const s = sum.get(t.name)!;
    const line = `${id} ${t.name}: ${((s.requests / s.wall) * 1000).toFixed(1)} req/s; CPU ms per request: server ${(s.server / s.requests).toFixed(2)}, backends ${(s.backends / s.requests).toFixed(2)}, both ${((s.server + s.backends) / s.requests).toFixed(2)} (per round ${s.perRound.map((x) => x.toFixed(2)).join(" ")})`;
    console.log(line);
    lines.push(line);
  }
  for (const o of ops.values()) o.close();
}
await monitor.end();
for (const t of targets) t.proc.send({ cmd: "stop" });
