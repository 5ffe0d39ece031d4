// SQLite reads off the event loop. better-sqlite3 runs a statement synchronously, so on the API's
// one connection a heavy read held the loop for its whole run (100–1,000 ms each under load), and
// /healthz, new connections and every other request waited behind it. Here each worker thread
// holds a read-only connection of its own (WAL lets readers run beside the writer and each other)
// and the loop only posts statements and receives rows. Reads see committed data only, as a
// separate process would; an ingest in progress is invisible to them until it commits.
import { Worker } from "node:worker_threads";
import type { Reader, ReadRow, ReadValue } from "./reader.ts";

// Running from dist/ (npm run build) or from the TypeScript sources through tsx or vitest.
const COMPILED = import.meta.url.endsWith(".js");

/** Read workers for the API's SQLite reads: the option, else $DIPLOGRAPH_READ_WORKERS, else `fallback`. */
export function readWorkersFrom(option: number | undefined, fallback: number, env: Record<string, string | undefined> = process.env): number {
  if (option !== undefined) return option;
  const raw = env.DIPLOGRAPH_READ_WORKERS?.trim();
  if (!raw) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`DIPLOGRAPH_READ_WORKERS must be a whole number (0: read on the main connection), got "${raw}"`);
  return n;
}

type Job = { id: number; sql: string; params: readonly ReadValue[]; resolve: (rows: ReadRow[]) => void; reject: (e: Error) => void };

export class SqliteReadPool implements Reader {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly queue: Job[] = [];
  private readonly running = new Map<Worker, Job>();
  private nextId = 0;
  private closed = false;

  constructor(
    private readonly file: string,
    size: number,
    private readonly onQuery?: (sql: string) => void,
    private readonly busyTimeoutMs = 15_000,
  ) {
    for (let i = 0; i < size; i++) this.spawn();
  }

  private spawn(): void {
    const workerData = { file: this.file, busyTimeoutMs: this.busyTimeoutMs };
    // A worker keeps the process alive only while it has a read to answer.
    const worker = COMPILED
      ? new Worker(new URL("./read-worker.js", import.meta.url), { workerData })
      : // Workers do not inherit the parent's tsx hooks: the plain JS entry registers them again.
        new Worker(new URL("../commands/ts-worker.mjs", import.meta.url), { workerData: { ...workerData, entry: new URL("./read-worker.ts", import.meta.url).href } });
    worker.unref();
    worker.on("message", (msg: { id: number; rows?: ReadRow[]; error?: { message: string; code?: string } }) => {
      const job = this.running.get(worker);
      this.running.delete(worker);
      if (job?.id === msg.id) {
        if (msg.error) job.reject(Object.assign(new Error(msg.error.message), { code: msg.error.code }));
        else job.resolve(msg.rows!);
      }
      this.dispatch(worker);
      if (!this.running.has(worker)) worker.unref();
    });
    worker.on("error", (err) => {
      // A worker that dies fails only its own read; a fresh one takes its place.
      const job = this.running.get(worker);
      this.running.delete(worker);
      job?.reject(err);
      this.remove(worker);
      if (!this.closed) this.spawn();
    });
    this.workers.push(worker);
    this.dispatch(worker);
  }

  private remove(worker: Worker): void {
    this.workers.splice(this.workers.indexOf(worker), 1);
    const i = this.idle.indexOf(worker);
    if (i >= 0) this.idle.splice(i, 1);
  }

  private dispatch(worker: Worker): void {
    const job = this.queue.shift();
    if (!job) {
      this.idle.push(worker);
      return;
    }
    this.running.set(worker, job);
    worker.ref();
    worker.postMessage({ id: job.id, sql: job.sql, params: job.params });
  }

  rows<T extends ReadRow = ReadRow>(sql: string, params: readonly ReadValue[] = []): Promise<T[]> {
    if (this.closed) return Promise.reject(new Error("the read pool is closed"));
    this.onQuery?.(sql);
    return new Promise<T[]>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, sql, params, resolve: resolve as (rows: ReadRow[]) => void, reject });
      const worker = this.idle.pop();
      if (worker) this.dispatch(worker);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new Error("the read pool is closed"));
    await Promise.all(this.workers.splice(0).map((w) => w.terminate()));
  }
}
