// Overload measurement (issue #17): a server in its own process over the seeds, with the default
// settings, then (A) 200 connections sending a heavy nested query and (B) 2,000 connections
// trickling a request body, each for a fixed time, with /healthz probed every 250 ms on a new
// connection each time (as a load balancer does). Prints requests, shed (503), client timeouts,
// /healthz latency and the server's RSS before, at the end and 10 s after.
//   node --import tsx scripts/overload.ts [--seconds 20] [--runs A,B]
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

const { values } = parseArgs({ options: { seconds: { type: "string", default: "20" }, runs: { type: "string", default: "A,B" } } });
const seconds = Number(values.seconds);
const runs = new Set(values.runs.split(",").map((r) => r.trim().toUpperCase()));
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "diplograph-overload-"));
const databaseUrl = process.env.DATABASE_URL?.trim() || `file:${path.join(dir, "db.sqlite")}`;
// The defaults under test: none of the server's load settings come from this shell.
const env: NodeJS.ProcessEnv = { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("DIPLOGRAPH_"))), DATABASE_URL: databaseUrl, PORT: "0" };
const bin = path.join(PROJECT_ROOT, "bin/diplograph.js");

// The README's example query (10 per page: within the default cost limit).
const HEAVY = `{ officials(first: 10) { totalCount edges { node { name country { name } meetings(first: 10) { edges { node { date kind participants { role official { name } } } } } proposals(first: 10) { edges { node { kind text addressee { name } } } } } } } }`;

function rssMb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
  return m ? Math.round(Number(m[1]) / 102.4) / 10 : NaN;
}

/** GET /healthz on a connection of its own; resolves with the status, or 0 after 10 s without an answer. */
function healthz(url: string): Promise<number> {
  return new Promise((resolve) => {
    const req = http.get(`${url}/healthz`, { agent: false, timeout: 10_000 }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode ?? 0));
    });
    req.on("timeout", () => req.destroy());
    req.on("error", () => resolve(0));
  });
}

async function probe(url: string, until: () => boolean): Promise<{ n: number; failed: number; p50: number; p99: number; max: number }> {
  const times: number[] = [];
  let failed = 0;
  while (!until()) {
    const t0 = performance.now();
    if ((await healthz(url)) !== 200) failed++;
    times.push(performance.now() - t0);
    await new Promise((r) => setTimeout(r, 250));
  }
  times.sort((a, b) => a - b);
  const at = (p: number) => Math.round(times[Math.min(times.length - 1, Math.ceil(p * times.length) - 1)] ?? NaN);
  return { n: times.length, failed, p50: at(0.5), p99: at(0.99), max: Math.round(times.at(-1) ?? NaN) };
}

async function main() {
  // start: migrates, ingests seeds/, serves.
  const server = spawn(process.execPath, [bin, "start"], { env, stdio: ["ignore", "pipe", "pipe"] });
  const url = await new Promise<string>((resolve) => {
    let err = "";
    const onData = (c: Buffer) => {
      err += c;
      const m = /(http:\/\/[^\s]+)\/graphql/.exec(err);
      if (m) resolve(m[1]);
    };
    server.stderr!.on("data", onData);
    server.stdout!.on("data", onData);
  });
  const pid = server.pid!;
  // Warm up (the first queries load modules and compile query plans), then measure.
  for (let i = 0; i < 5; i++) await (await fetch(`${url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: HEAVY }) })).text();
  console.log(`server ${url} over ${databaseUrl.startsWith("file:") ? "SQLite" : "PostgreSQL"}, RSS after warm-up ${rssMb(pid)} MB`);

  // A: greedy clients.
  if (runs.has("A")) {
    let doneA = false;
    const healthA = probe(url, () => doneA);
    const a = await autocannon({ url: `${url}/graphql`, connections: 200, duration: seconds, timeout: 10, method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: HEAVY }) });
    doneA = true;
    const hA = await healthA;
    const rssEnd = rssMb(pid);
    await new Promise((r) => setTimeout(r, 10_000));
    const codes = Object.entries((a as unknown as { statusCodeStats: Record<string, { count: number }> }).statusCodeStats ?? {}).map(([c, v]) => `${c}: ${v.count}`).join(", ");
    console.log(
      `A 200 connections x heavy query, ${seconds} s: requests ${a.requests.total} (${codes}), client timeouts ${a.timeouts}, errors ${a.errors}; ` +
        `/healthz ${hA.n} probes, ${hA.failed} failed, p50 ${hA.p50} ms, p99 ${hA.p99} ms, max ${hA.max} ms; RSS at the end ${rssEnd} MB, 10 s after ${rssMb(pid)} MB`,
    );
    const after = performance.now();
    const status = await healthz(url);
    console.log(`  /healthz once the clients have gone: ${status} in ${Math.round(performance.now() - after)} ms`);
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
  let doneB = false;
  const healthB = probe(url, () => doneB);
  await new Promise((r) => setTimeout(r, seconds * 1000));
  doneB = true;
  const hB = await healthB;
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
