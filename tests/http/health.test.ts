// /healthz on the health port is answered by a worker thread (src/http/health.ts): it answers
// while the main thread is busy with a synchronous block, and says the truth about it: once the
// main thread's heartbeat is older than the stall threshold the answer is 503, and 200 again when
// the loop turns. The probes come from another process, since this one's main thread is the one
// blocked.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/store/db.ts";
import { startServer, type ServerOptions } from "../../src/server.ts";
import { disposeDatabase } from "../graphql/support.ts";
import { freshDatabase } from "../helpers/database.ts";

let db: Database;
const servers: { close(): Promise<void> }[] = [];

async function serve(options: Partial<ServerOptions> = {}) {
  const server = await startServer({ db, port: 0, host: "127.0.0.1", healthPort: 0, log: () => {}, ...options });
  servers.push(server);
  return server;
}

beforeAll(async () => {
  db = await freshDatabase();
});

afterAll(async () => {
  for (const s of servers) await s.close();
  if (db) await disposeDatabase(db);
});

// Probes /healthz every 100 ms on a new connection until its stdin ends; one JSON line per answer.
const PROBER = `
const http = require("node:http");
let stop = false;
process.stdin.on("end", () => (stop = true)).resume();
const get = () => new Promise((resolve) => {
  const sent = Date.now();
  const req = http.get(process.argv[1] + "/healthz", { agent: false }, (res) => {
    let body = "";
    res.on("data", (c) => (body += c));
    res.on("end", () => resolve({ sent, answered: Date.now(), status: res.statusCode, body: JSON.parse(body) }));
  });
  req.on("error", () => resolve(null));
});
(async () => {
  process.stdout.write("ready\\n");
  while (!stop) {
    const r = await get();
    if (r) process.stdout.write(JSON.stringify(r) + "\\n");
    await new Promise((r) => setTimeout(r, 100));
  }
})();
`;

type Probe = { sent: number; answered: number; status: number; body: { status: string; error?: string; stalledMs?: number } };

/** Blocks this thread for `ms` while another process probes `url`; the probes and when the block ran. */
async function probeDuringBlock(url: string, ms: number): Promise<{ probes: Probe[]; start: number; end: number }> {
  const child = spawn(process.execPath, ["-e", PROBER, url], { stdio: ["pipe", "pipe", "inherit"] });
  let out = "";
  child.stdout!.on("data", (c: Buffer) => (out += c));
  await new Promise<void>((resolve) => child.stdout!.on("data", () => out.includes("ready\n") && resolve()));
  await new Promise((r) => setTimeout(r, 300));
  const start = Date.now();
  while (Date.now() < start + ms); // the main thread busy, as a long synchronous statement would keep it
  const end = Date.now();
  await new Promise((r) => setTimeout(r, 1500));
  child.stdin!.end();
  await new Promise((r) => child.on("close", r));
  const probes = out.split("\n").slice(1).filter(Boolean).map((l) => JSON.parse(l) as Probe);
  return { probes, start, end };
}

describe("/healthz on the health port", () => {
  it("answers while the main thread is busy for 3 s, below the stall threshold", async () => {
    const server = await serve({ healthStallMs: 10_000 });
    const { probes, start, end } = await probeDuringBlock(server.healthUrl!, 3000);
    const during = probes.filter((p) => p.sent > start && p.answered < end);
    expect(during.length).toBeGreaterThan(0);
    for (const p of during) expect(p).toMatchObject({ status: 200, body: { status: "ok" } });
  });

  it("fails once the main thread has not turned for the stall threshold, and recovers after", async () => {
    const server = await serve({ healthStallMs: 1000 });
    const { probes, start, end } = await probeDuringBlock(server.healthUrl!, 3000);
    const stalled = probes.filter((p) => p.sent > start + 1300 && p.answered < end);
    expect(stalled.length).toBeGreaterThan(0);
    for (const p of stalled) {
      expect(p).toMatchObject({ status: 503, body: { status: "unavailable", error: "event loop stalled" } });
      expect(p.body.stalledMs).toBeGreaterThan(1000);
    }
    const after = probes.filter((p) => p.sent > end + 300);
    expect(after.length).toBeGreaterThan(0);
    for (const p of after) expect(p).toMatchObject({ status: 200, body: { status: "ok" } });
  });

  it("checks the database through a connection of its own", async () => {
    const server = await serve();
    const res = await fetch(`${server.healthUrl}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok" });
    expect((await fetch(`${server.healthUrl}/healthz`, { method: "POST" })).status).toBe(405);
    // Closing the server stops the worker, and its port with it.
    await servers.pop()!.close();
    await expect(fetch(`${server.healthUrl}/healthz`)).rejects.toThrow();
  });

  it.runIf(process.platform === "linux")("gives the health thread the nice value asked for", async () => {
    const nice = Math.min(19, os.getPriority() + 1); // a lower priority needs no privilege
    const before = threadNices();
    await serve({ healthPriority: nice });
    const added = threadNices().filter(([tid]) => !before.some(([t]) => t === tid));
    expect(added.map(([, n]) => n)).toContain(nice);
  });

  it.runIf(process.platform === "linux")("runs the health thread under SCHED_FIFO when asked, or logs why it cannot", async () => {
    const before = threadNices();
    const lines: string[] = [];
    await serve({ healthPriority: "fifo", log: (l) => lines.push(l) });
    const added = threadNices().filter(([tid]) => !before.some(([t]) => t === tid)).map(([tid]) => tid);
    // chrt runs after the worker listens: give it a moment.
    let policies: number[] = [];
    for (let i = 0; i < 50 && !policies.includes(1) && !lines.some((l) => l.includes("cannot set its priority")); i++) {
      await new Promise((r) => setTimeout(r, 100));
      policies = added.map(policyOf);
    }
    if (!policies.includes(1)) expect(lines.join("\n")).toMatch(/health worker: cannot set its priority to fifo/);
  });
});

/** The scheduling policy of one of this process's threads (1: SCHED_FIFO). */
function policyOf(tid: number): number {
  try {
    const stat = fs.readFileSync(`/proc/self/task/${tid}/stat`, "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[38]);
  } catch {
    return -1;
  }
}

/** [thread id, nice value] of each thread of this process. */
function threadNices(): [number, number][] {
  return fs.readdirSync("/proc/self/task").map((tid) => {
    // Fields after the command name (which may hold spaces): state is field 3, nice field 19.
    const stat = fs.readFileSync(`/proc/self/task/${tid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return [Number(tid), Number(fields[16])];
  });
}
