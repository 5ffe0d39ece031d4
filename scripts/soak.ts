// `npm run soak`: a bounded load on loopback. Builds a database (the seeds plus a synthetic corpus),
// starts `diplograph serve` as its own process on 127.0.0.1 with a free port, and drives a mix of
// the API's example queries through autocannon: 50 connections for 60 seconds, stopping earlier
// if the request cap is reached. Reports requests, errors (HTTP and GraphQL), latency and the
// server's resident memory at the start and the end; exits 1 on any error or on memory growth.
//
//   npm run soak [-- --duration 60 --connections 50 --max-requests 2000000 --docs 300]
//   DATABASE_URL=postgresql://... npm run soak      (an empty, migratable database of your own)
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { generateCorpus } from "../bench/corpus.ts";
import { PROJECT_ROOT, redactUrl } from "../src/store/config.ts";
import { openDatabase } from "../src/store/db.ts";
import { migrate } from "../src/store/migrate.ts";
import { ingestText } from "../src/store/ingest.ts";

const { values } = parseArgs({
  options: {
    duration: { type: "string", default: "60" },
    connections: { type: "string", default: "50" },
    "max-requests": { type: "string", default: "2000000" },
    docs: { type: "string", default: "300" },
    warmup: { type: "string", default: "5" },
  },
});
const DURATION = Number(values.duration);
const CONNECTIONS = Number(values.connections);
const MAX_REQUESTS = Number(values["max-requests"]);
const DOCS = Number(values.docs);
const WARMUP = Number(values.warmup);
/** Memory is "stable" when the end RSS is within this of the start RSS (after warm-up). */
const MAX_RSS_GROWTH = 0.5;
/** Seconds autocannon waits for an answer: past the server's own 10 s budget, so the server's answer (200 or 503) is what counts. */
const CLIENT_TIMEOUT = 20;

const op = (file: string, name: string) => {
  const text = fs.readFileSync(path.join(PROJECT_ROOT, "operations", file), "utf8");
  if (!new RegExp(`query ${name}\\b`).test(text)) throw new Error(`operations/${file} has no query ${name}`);
  return text;
};

// The README's example query and the typed client's operations (operations/*.graphql).
const ACCEPTANCE = `{ officials(first: 10) { totalCount edges { node { name country { name } meetings(first: 10) { edges { node { date kind participants { role official { name } } } } } proposals(first: 10) { edges { node { kind text addressee { name } } } } } } } }`;
const MIX: { name: string; query: string; variables?: Record<string, unknown>; operationName?: string }[] = [
  { name: "acceptance", query: ACCEPTANCE },
  { name: "officials", query: op("officials.graphql", "OfficialsWithMeetingsAndProposals"), operationName: "OfficialsWithMeetingsAndProposals", variables: { first: 10 } },
  { name: "officialByName", query: op("officials.graphql", "OfficialByName"), operationName: "OfficialByName", variables: { name: "nguyen hong dien" } },
  { name: "meetingsBetween", query: op("meetings.graphql", "MeetingsBetween"), operationName: "MeetingsBetween", variables: { from: "2006-01-01", to: "2023-12-31", first: 20 } },
  { name: "proposalsByTopic", query: op("proposals.graphql", "ProposalsByTopic"), operationName: "ProposalsByTopic", variables: { topic: "trade", first: 20 } },
  { name: "search", query: op("search.graphql", "Search"), operationName: "Search", variables: { text: "trade", first: 20 } },
];

function rssOf(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  const m = /VmRSS:\s+(\d+) kB/.exec(status);
  return m ? Number(m[1]) * 1024 : NaN;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function buildDatabase(): Promise<{ url: string; dir: string | null }> {
  let url = process.env.DATABASE_URL?.trim() ?? "";
  let dir: string | null = null;
  if (!url) {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "diplograph-soak-"));
    url = `file:${path.join(dir, "soak.db")}`;
  }
  await migrate(url);
  const db = await openDatabase(url);
  try {
    const seeds = fs.readdirSync(path.join(PROJECT_ROOT, "seeds")).filter((f) => f.endsWith(".txt"));
    for (const f of seeds) await ingestText(db.prisma, { text: fs.readFileSync(path.join(PROJECT_ROOT, "seeds", f), "utf8"), source: `seeds/${f}` });
    for (const d of generateCorpus({ docs: DOCS, seed: 424242 })) await ingestText(db.prisma, { text: d.text, source: `corpus/${d.name}.txt` });
    console.log(`database ${redactUrl(url)}: ${await db.prisma.document.count()} documents, ${await db.prisma.official.count()} officials, ${await db.prisma.meeting.count()} meetings`);
  } finally {
    await db.close();
  }
  return { url, dir };
}

function startServer(url: string): Promise<{ child: ChildProcess; base: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(PROJECT_ROOT, "bin/diplograph.js"), "serve"], {
      env: { ...process.env, DATABASE_URL: url, PORT: "0", HOST: "127.0.0.1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`server did not start in 60 s:\n${out}`));
    }, 60_000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString("utf8");
      const m = /(http:\/\/127\.0\.0\.1:\d+)\/graphql/.exec(out);
      if (m) {
        clearTimeout(timer);
        child.stdout!.off("data", onData);
        child.stdout!.resume();
        resolve({ child, base: m[1] });
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", (c: Buffer) => (out += c.toString("utf8")));
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code}) before it was ready:\n${out}`));
    });
  });
}

async function check(base: string) {
  for (const m of MIX) {
    const res = await fetch(`${base}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: m.query, variables: m.variables, operationName: m.operationName }) });
    const body = (await res.json()) as { errors?: unknown[] };
    if (res.status !== 200 || body.errors) throw new Error(`${m.name}: HTTP ${res.status} ${JSON.stringify(body).slice(0, 300)}`);
  }
}

async function main() {
  const { url, dir } = await buildDatabase();
  const { child, base } = await startServer(url);
  const pid = child.pid!;
  try {
    await check(base);
    console.log(`server pid ${pid} at ${base}; warm-up ${WARMUP} s`);
    if (WARMUP > 0) await autocannon({ url: `${base}/graphql`, connections: CONNECTIONS, duration: WARMUP, timeout: CLIENT_TIMEOUT, requests: requestsFor(() => {}) });
    await new Promise((r) => setTimeout(r, 2000)); // let the warm-up's last requests finish
    const rssStart = rssOf(pid);
    const samples: number[] = [rssStart];
    const sampler = setInterval(() => samples.push(rssOf(pid)), 1000);

    let graphqlErrors = 0;
    let sent = 0;
    const firstErrors: string[] = [];
    const instance = autocannon({
      url: `${base}/graphql`,
      connections: CONNECTIONS,
      duration: DURATION,
      timeout: CLIENT_TIMEOUT,
      requests: requestsFor((body) => {
        if (body.includes('"errors"')) {
          graphqlErrors++;
          if (firstErrors.length < 3) firstErrors.push(body.slice(0, 300));
        }
      }),
    }) as unknown as autocannon.Instance & PromiseLike<autocannon.Result>; // an EventEmitter that is also a promise
    instance.on("response", () => {
      if (++sent >= MAX_REQUESTS) instance.stop();
    });
    const result = await instance;
    clearInterval(sampler);
    const rssEnd = rssOf(pid);
    samples.push(rssEnd);

    const errors = result.errors + result.timeouts + result.non2xx + graphqlErrors;
    const growth = (rssEnd - rssStart) / rssStart;
    const report = {
      connections: CONNECTIONS,
      durationSeconds: result.duration,
      requests: result.requests.total,
      requestsPerSecond: Math.round(result.requests.average),
      errors: { total: errors, socket: result.errors, timeouts: result.timeouts, non2xx: result.non2xx, graphql: graphqlErrors },
      latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max, mean: result.latency.average },
      rss: { start: mb(rssStart), end: mb(rssEnd), peak: mb(Math.max(...samples)), growth: `${(growth * 100).toFixed(1)}%` },
      mix: MIX.map((m) => m.name),
    };
    console.log(JSON.stringify(report, null, 2));
    for (const e of firstErrors) console.log(`error body: ${e}`);
    const ok = errors === 0 && growth <= MAX_RSS_GROWTH;
    console.log(ok ? "soak: OK (zero errors, memory stable)" : `soak: FAILED (${errors} errors, RSS growth ${(growth * 100).toFixed(1)}%)`);
    process.exitCode = ok ? 0 : 1;
  } finally {
    child.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 500));
    if (child.exitCode === null) child.kill("SIGKILL");
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The mix, one request each in turn per connection; `onBody` sees every response body. */
function requestsFor(onBody: (body: string) => void): autocannon.Request[] {
  return MIX.map((m) => ({
    method: "POST" as const,
    path: "/graphql",
    headers: { "content-type": "application/json", accept: "application/graphql-response+json" },
    body: JSON.stringify({ query: m.query, variables: m.variables, operationName: m.operationName }),
    onResponse: (_status: number, body: string) => onBody(body),
  }));
}

main().catch((err) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
  process.exit(1);
});
