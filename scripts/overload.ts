// Overload measurement (issue #17): a server in its own process over the seeds, with the default
// settings, then (A) 200 connections sending a heavy nested query and (B) 2,000 connections
// trickling a request body, each for a fixed time, with /healthz probed every 250 ms on a new
// connection each time (as a load balancer does). Prints requests, shed (503), client timeouts,
// /healthz latency and the server's RSS before, at the end and 10 s after.
//   node --import tsx scripts/overload.ts [--seconds 20] [--runs A,B] [--read-workers N] [--retry-hold 0|1] [--health-port] [--health-priority N] [--probes FILE] [--checkout DIR] [--prober-rt]
//   (--read-workers sets DIPLOGRAPH_READ_WORKERS for the server, 0 reading on the main connection:
//   before and after the SQLite read workers on the same build and machine state; --retry-hold sets
//   DIPLOGRAPH_RETRY_HOLD the same way; --probes appends each /healthz probe as a JSON line to FILE;
//   --health-port probes /healthz on a port of its own, DIPLOGRAPH_HEALTH_PORT; --health-priority sets
//   DIPLOGRAPH_HEALTH_PRIORITY; --checkout runs another checkout's built bin/diplograph.js, the same
//   load and probes against another version; --prober-rt runs the prober under `chrt -f 10`, Linux and
//   root only, so that on a loaded machine a probe's time is the server's and not its own process
//   waiting for the CPU, as for a load balancer on another machine)
//   DATABASE_URL=postgresql://... node --import tsx scripts/overload.ts   (an empty, migratable database of your own)
import { spawn } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { PROJECT_ROOT } from "../src/store/config.ts";

const { values } = parseArgs({ options: { seconds: { type: "string", default: "20" }, runs: { type: "string", default: "A,B" }, "read-workers": { type: "string" }, "retry-hold": { type: "string" }, "health-port": { type: "boolean", default: false }, "health-priority": { type: "string" }, probes: { type: "string" }, checkout: { type: "string" }, "prober-rt": { type: "boolean", default: false } } });
const seconds = Number(values.seconds);
const runs = new Set(values.runs.split(",").map((r) => r.trim().toUpperCase()));
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "diplograph-overload-"));
const databaseUrl = process.env.DATABASE_URL?.trim() || `file:${path.join(dir, "db.sqlite")}`;
// The defaults under test: none of the server's load settings come from this shell.
const env: NodeJS.ProcessEnv = { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("DIPLOGRAPH_"))), DATABASE_URL: databaseUrl, PORT: "0" };
if (values["read-workers"] !== undefined) env.DIPLOGRAPH_READ_WORKERS = values["read-workers"];
if (values["retry-hold"] !== undefined) env.DIPLOGRAPH_RETRY_HOLD = values["retry-hold"];
// --health-port: the server answers /healthz on a port of its own too, and the probes go there.
if (values["health-port"]) env.DIPLOGRAPH_HEALTH_PORT = "0";
if (values["health-priority"] !== undefined) env.DIPLOGRAPH_HEALTH_PRIORITY = values["health-priority"];
const bin = path.join(values.checkout ? path.resolve(values.checkout) : PROJECT_ROOT, "bin/diplograph.js");

/** The kernel's count of connections dropped because a listen queue was full (all sockets of the machine). */
function listenOverflows(): number {
  const lines = fs.readFileSync("/proc/net/netstat", "utf8").split("\n").filter((l) => l.startsWith("TcpExt:"));
  const [names, counts] = lines.map((l) => l.split(/\s+/));
  return Number(counts?.[names?.indexOf("ListenOverflows") ?? -1] ?? NaN);
}

// The README's example query (10 per page: within the default cost limit).
const HEAVY = `{ officials(first: 10) { totalCount edges { node { name country { name } meetings(first: 10) { edges { node { date kind participants { role official { name } } } } } proposals(first: 10) { edges { node { kind text addressee { name } } } } } } } }`;

function rssMb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
  return m ? Math.round(Number(m[1]) / 102.4) / 10 : NaN;
}

// The probes run in a process of their own: in this one, autocannon's 200 connections keep the
// event loop busy enough to delay a probe's own timing by seconds on a loaded machine.
const PROBER = `
const http = require("node:http");
const [url] = process.argv.slice(1);
let stop = false;
process.stdin.on("end", () => (stop = true)).resume();
// connectMs: until the kernel completed the TCP handshake (the server need not have accepted yet).
function healthz(t0) {
  return new Promise((resolve) => {
    let connectMs = -1;
    const req = http.get(url + "/healthz", { agent: false, timeout: 10000 }, (res) => {
      let body = "";
      res.on("data", (c) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode || 0, connectMs, body: res.statusCode === 200 ? undefined : body }));
    });
    req.on("socket", (s) => s.on("connect", () => (connectMs = performance.now() - t0)));
    req.on("timeout", () => req.destroy());
    req.on("error", () => resolve({ status: 0, connectMs }));
  });
}
(async () => {
  const start = performance.now();
  do {
    const t0 = performance.now();
    const { status, connectMs, body } = await healthz(t0);
    process.stdout.write(JSON.stringify({ at: t0 - start, wall: performance.timeOrigin + t0, status, ms: performance.now() - t0, connectMs, body }) + "\\n");
    await new Promise((r) => setTimeout(r, 250));
  } while (!stop);
})();
`;

/** GET /healthz on a new connection every 250 ms (or once) from another process; each resolves with status (0: no answer in 10 s) and time. */
function probe(url: string, until: Promise<unknown> | null): Promise<{ n: number; failed: number; p50: number; p99: number; max: number; slow: string; first: { status: number; ms: number } }> {
  const command = [process.execPath, "-e", PROBER, url];
  if (values["prober-rt"]) command.unshift("chrt", "-f", "10");
  const child = spawn(command[0], command.slice(1), { stdio: ["pipe", "pipe", "inherit"] });
  if (until) void until.then(() => child.stdin!.end());
  else child.stdin!.end();
  let out = "";
  child.stdout!.on("data", (c: Buffer) => (out += c));
  return new Promise((resolve) =>
    child.on("close", () => {
      if (values.probes) fs.appendFileSync(values.probes, out);
      const probes = out.trim().split("\n").filter(Boolean).map((l) => JSON.parse(l) as { at: number; status: number; ms: number; connectMs: number; body?: string });
      const times = probes.map((p) => p.ms).sort((a, b) => a - b);
      const at = (p: number) => Math.round(times[Math.min(times.length - 1, Math.ceil(p * times.length) - 1)] ?? NaN);
      // When in the run the probes over a second were sent, and what they got.
      const slow = probes.filter((p) => p.ms > 1000 || p.status !== 200).map((p) => `${(p.at / 1000).toFixed(1)} s: ${p.status} in ${Math.round(p.ms)} ms (connected after ${Math.round(p.connectMs)} ms)${p.body ? ` ${p.body}` : ""}`);
      resolve({ n: probes.length, failed: probes.filter((p) => p.status !== 200).length, p50: at(0.5), p99: at(0.99), max: Math.round(times.at(-1) ?? NaN), slow: slow.join("; ") || "none", first: { status: probes[0]?.status ?? 0, ms: Math.round(probes[0]?.ms ?? NaN) } });
    }),
  );
}

async function main() {
  // start: migrates, ingests seeds/, serves.
  const server = spawn(process.execPath, [bin, "start"], { env, stdio: ["ignore", "pipe", "pipe"] });
  const [url, healthUrl] = await new Promise<[string, string]>((resolve) => {
    let err = "";
    const onData = (c: Buffer) => {
      err += c;
      const m = /(http:\/\/[^\s]+)\/graphql/.exec(err);
      const h = env.DIPLOGRAPH_HEALTH_PORT ? /healthz also at (http:\/\/[^\s]+)\/healthz/.exec(err) : m;
      if (m && h) resolve([m[1], h[1]]);
    };
    server.stderr!.on("data", onData);
    server.stdout!.on("data", onData);
  });
  const pid = server.pid!;
  // Warm up (the first queries load modules and compile query plans), then measure.
  for (let i = 0; i < 5; i++) await (await fetch(`${url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: HEAVY }) })).text();
  const load = () => os.loadavg().map((l) => l.toFixed(1)).join(" ");
  console.log(`server ${url} over ${databaseUrl.startsWith("file:") ? "SQLite" : "PostgreSQL"}${Object.entries(env).filter(([k]) => k.startsWith("DIPLOGRAPH_")).map(([k, v]) => ` ${k}=${v}`).join("")}, RSS after warm-up ${rssMb(pid)} MB, load average ${load()}`);

  // A: greedy clients.
  if (runs.has("A")) {
    const overflowsBefore = listenOverflows();
    const run = autocannon({ url: `${url}/graphql`, connections: 200, duration: seconds, timeout: 10, method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: HEAVY }) });
    const hA = await probe(healthUrl, run);
    const a = await run;
    const rssEnd = rssMb(pid);
    const overflows = listenOverflows() - overflowsBefore;
    await new Promise((r) => setTimeout(r, 10_000));
    const codes = Object.entries((a as unknown as { statusCodeStats: Record<string, { count: number }> }).statusCodeStats ?? {}).map(([c, v]) => `${c}: ${v.count}`).join(", ");
    console.log(
      `A 200 connections x heavy query, ${seconds} s: requests ${a.requests.total} (${codes}), client timeouts ${a.timeouts}, errors ${a.errors}; ` +
        `/healthz ${hA.n} probes, ${hA.failed} failed, p50 ${hA.p50} ms, p99 ${hA.p99} ms, max ${hA.max} ms; RSS at the end ${rssEnd} MB, 10 s after ${rssMb(pid)} MB`,
    );
    console.log(`  /healthz first probe: ${hA.first.status} in ${hA.first.ms} ms; probes over 1 s or failed: ${hA.slow}`);
    console.log(`  connections dropped by a full listen queue during the run (whole machine): ${overflows}`);
    const { first } = await probe(healthUrl, null);
    console.log(`  /healthz once the clients have gone: ${first.status} in ${first.ms} ms; load average ${load()}`);
  }
  if (!runs.has("B")) {
    server.kill("SIGTERM");
    return;
  }

  // B: slow clients.
  const { port } = new URL(url);
  let closedByServer = 0;
  let refused = 0;
  const sockets: net.Socket[] = [];
  for (let i = 0; i < 2000; i++) {
    const s = net.connect(Number(port), "127.0.0.1", () => s.write(`POST /graphql HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: 100000\r\n\r\n{`));
    s.on("error", () => refused++);
    s.on("close", () => closedByServer++);
    sockets.push(s);
  }
  const drip = setInterval(() => {
    for (const s of sockets) if (s.writable) s.write(" ");
  }, 1000);
  const hB = await probe(healthUrl, new Promise((r) => setTimeout(r, seconds * 1000)));
  const rssDuring = rssMb(pid);
  const closedInTime = closedByServer;
  clearInterval(drip);
  const open = sockets.filter((s) => !s.destroyed).length;
  for (const s of sockets) s.destroy();
  await new Promise((r) => setTimeout(r, 3000));
  console.log(`B 2,000 trickling connections, ${seconds} s: closed by the server ${closedInTime}, still open ${open}, socket errors ${refused}; /healthz ${hB.n} probes, ${hB.failed} failed, p50 ${hB.p50} ms, max ${hB.max} ms; RSS during ${rssDuring} MB, 3 s after ${rssMb(pid)} MB`);
  server.kill("SIGTERM");
}

await main();
