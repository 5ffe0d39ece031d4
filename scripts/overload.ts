// Overload measurement (issue #17): a server in its own process over the seeds, then (A) 200
// connections sending a heavy nested query and (B) 2,000 connections trickling a request body,
// each for a fixed time, with /healthz probed every 250 ms. Prints requests, shed (503), client
// timeouts, /healthz latency and the server's RSS before and after.
//   node --import tsx scripts/overload.ts [--seconds 20]
import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { PROJECT_ROOT } from "../src/store/config.ts";

const { values } = parseArgs({ options: { seconds: { type: "string", default: "20" } } });
const seconds = Number(values.seconds);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "diplograph-overload-"));
const env = { ...process.env, DATABASE_URL: `file:${path.join(dir, "db.sqlite")}`, PORT: "0" };
const bin = path.join(PROJECT_ROOT, "bin/diplograph.js");

// The README's example query (10 per page: within the default cost limit).
const HEAVY = `{ officials(first: 10) { totalCount edges { node { name country { name } meetings(first: 10) { edges { node { date kind participants { role official { name } } } } } proposals(first: 10) { edges { node { kind text addressee { name } } } } } } } }`;

function rssMb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
  return m ? Math.round(Number(m[1]) / 102.4) / 10 : NaN;
}

async function probe(url: string, until: () => boolean): Promise<{ n: number; failed: number; p50: number; max: number }> {
  const times: number[] = [];
  let failed = 0;
  while (!until()) {
    const t0 = performance.now();
    try {
      const res = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(10_000) });
      await res.text();
      if (res.status !== 200) failed++;
    } catch {
      failed++;
    }
    times.push(performance.now() - t0);
    await new Promise((r) => setTimeout(r, 250));
  }
  times.sort((a, b) => a - b);
  return { n: times.length, failed, p50: Math.round(times[Math.floor(times.length / 2)] ?? NaN), max: Math.round(times.at(-1) ?? NaN) };
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
  console.log(`server ${url}, RSS at start ${rssMb(pid)} MB`);

  // A: greedy clients.
  let doneA = false;
  const healthA = probe(url, () => doneA);
  const a = await autocannon({ url: `${url}/graphql`, connections: 200, duration: seconds, timeout: 10, method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: HEAVY }) });
  doneA = true;
  const hA = await healthA;
  const codes = Object.entries((a as unknown as { statusCodeStats: Record<string, { count: number }> }).statusCodeStats ?? {}).map(([c, v]) => `${c}: ${v.count}`).join(", ");
  console.log(`A 200 connections x heavy query, ${seconds} s: requests ${a.requests.total} (${codes}), client timeouts ${a.timeouts}, errors ${a.errors}; /healthz ${hA.n} probes, ${hA.failed} failed, p50 ${hA.p50} ms, max ${hA.max} ms; RSS ${rssMb(pid)} MB`);

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
