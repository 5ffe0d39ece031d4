// /healthz on the health port, answered by a worker thread with an event loop of its own, so a
// probe does not wait for the main thread's turn behind a flood's requests. That alone did not make
// probes faster on a machine at load 20–35 (README, "Reliability under attack"): a thread woken for
// a probe still waits for the CPU among the process's busy threads; with a priority of its own
// (a nice value, or SCHED_FIFO) it answered every probe within 121 ms. It stays truthful: the main
// thread stamps a heartbeat into shared memory every 100 ms, and a heartbeat older than the stall
// threshold makes /healthz fail; the database is checked through a connection of the worker's own.
import fs from "node:fs";
import { Worker } from "node:worker_threads";
import type { Provider } from "../store/config.ts";

// Running from dist/ (npm run build) or from the TypeScript sources through tsx or vitest.
const COMPILED = import.meta.url.endsWith(".js");
const BEAT_MS = 100;

export interface HealthOptions {
  port: number;
  host: string;
  provider: Provider;
  /** The database's URL: the worker opens a connection of its own to it. */
  url: string;
  /** A heartbeat older than this makes /healthz answer 503 (the main thread is stalled). */
  stallMs: number;
  /**
   * For the worker's thread (Linux): a nice value (lower than the process's needs CAP_SYS_NICE),
   * or "fifo" for the real-time policy SCHED_FIFO at priority 1 (CAP_SYS_NICE and util-linux's
   * chrt), or null to leave it.
   */
  priority: number | "fifo" | null;
  log: (line: string) => void;
}

export interface HealthWorker {
  port: number;
  close(): Promise<void>;
}

/** A whole number from the environment within [min, max], else `fallback`. */
export function intFromEnv(name: string, fallback: number | null, min: number, max: number, env: NodeJS.ProcessEnv = process.env): number | null {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) throw new Error(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  return n;
}

/** Starts the worker; resolves once it listens. */
export function startHealthWorker(opts: HealthOptions): Promise<HealthWorker> {
  // Monotonic nanoseconds (CLOCK_MONOTONIC, the same in every thread of the process).
  const beat = new BigInt64Array(new SharedArrayBuffer(8));
  const stamp = () => Atomics.store(beat, 0, process.hrtime.bigint());
  stamp();
  const timer = setInterval(stamp, BEAT_MS).unref();
  const workerData = { beat, port: opts.port, host: opts.host, provider: opts.provider, url: opts.url, stallMs: opts.stallMs, priority: opts.priority };
  const worker = COMPILED
    ? new Worker(new URL("./health-worker.js", import.meta.url), { workerData })
    : // Workers do not inherit the parent's tsx hooks: the plain JS entry registers them again.
      new Worker(new URL("../commands/ts-worker.mjs", import.meta.url), { workerData: { ...workerData, entry: new URL("./health-worker.ts", import.meta.url).href } });
  worker.unref();
  let closed = false;
  const close = async () => {
    closed = true;
    clearInterval(timer);
    await worker.terminate();
  };
  return new Promise((resolve, reject) => {
    worker.on("message", (msg: { listening?: number; failed?: { message: string; code?: string }; note?: string }) => {
      if (msg.note) opts.log(msg.note);
      if (msg.listening !== undefined) resolve({ port: msg.listening, close });
      if (msg.failed) {
        void close();
        reject(Object.assign(new Error(msg.failed.message), { code: msg.failed.code }));
      }
    });
    worker.on("error", (e) => {
      clearInterval(timer);
      if (!closed) opts.log(`health worker failed: ${e.message}`);
      reject(e);
    });
  });
}

/** A health thread priority from the environment: a nice value or "fifo" (see HealthOptions.priority). */
export function priorityFromEnv(env: NodeJS.ProcessEnv = process.env): number | "fifo" | null {
  const raw = env.DIPLOGRAPH_HEALTH_PRIORITY?.trim();
  if (raw?.toLowerCase() === "fifo") return "fifo";
  const n = raw ? Number(raw) : null;
  if (n !== null && !(Number.isInteger(n) && n >= -20 && n <= 19)) throw new Error(`DIPLOGRAPH_HEALTH_PRIORITY must be a nice value from -20 to 19 or "fifo", got "${raw}"`);
  return n;
}

/** The calling thread's id (Linux), for a nice value of its own. */
export function threadId(): number | null {
  try {
    return Number(/task\/(\d+)$/.exec(fs.readlinkSync("/proc/thread-self"))?.[1]) || null;
  } catch {
    return null;
  }
}
