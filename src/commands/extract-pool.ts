import { Worker } from "node:worker_threads";
import { DocumentError, type ExtractedDocument, type ExtractOptions } from "../extraction/types.ts";

// Running from dist/ (npm run build) or from the TypeScript sources through tsx or vitest.
const COMPILED = import.meta.url.endsWith(".js");

type Pending = { resolve: (d: ExtractedDocument) => void; reject: (e: Error) => void };
type Job = { id: number; text: string; options: ExtractOptions; budgetMs: number };

/** Time an extraction may take before its worker is stopped. */
export const DEFAULT_EXTRACT_BUDGET_MS = 5_000;

/** The extraction budget in force: the option, else $DIPLOGRAPH_EXTRACT_BUDGET_MS, else the default. */
export function extractBudgetMs(option?: number, env: Record<string, string | undefined> = process.env): number {
  if (option !== undefined) return option;
  const raw = env.DIPLOGRAPH_EXTRACT_BUDGET_MS?.trim();
  if (!raw) return DEFAULT_EXTRACT_BUDGET_MS;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`DIPLOGRAPH_EXTRACT_BUDGET_MS must be a positive whole number, got "${raw}"`);
  return n;
}

/** A document whose extraction ran past its budget: refused, nothing of it written. */
export class ExtractionBudgetError extends DocumentError {
  readonly code = "EXTRACTION_TIMEOUT";
  constructor(
    readonly budgetMs: number,
    source: string,
  ) {
    super(`extraction took longer than its budget of ${budgetMs} ms; the document is refused`, source);
  }
}

/**
 * A fixed pool of worker threads running extract(); results come back in any order. Each job has
 * a time budget: extraction is synchronous, so a pathological document cannot be interrupted from
 * inside; its worker is terminated instead and a fresh one takes its place. The calling thread
 * (the API's event loop, the CLI's writer) stays free the whole time.
 */
export class ExtractPool {
  private readonly workers = new Set<Worker>();
  private readonly idle: Worker[] = [];
  private readonly queue: Job[] = [];
  private readonly pending = new Map<number, Pending>();
  private readonly running = new Map<Worker, { id: number; timer: NodeJS.Timeout }>();
  private nextId = 0;
  private failure: Error | null = null;
  private closed = false;

  constructor(
    private readonly size: number,
    private readonly budgetMs = extractBudgetMs(),
  ) {
    for (let i = 0; i < size; i++) this.spawn();
  }

  private spawn(): Worker {
    const worker = COMPILED
      ? new Worker(new URL("./extract-worker.js", import.meta.url))
      : // Workers do not inherit the parent's tsx hooks: a plain JS entry registers them again.
        new Worker(new URL("./ts-worker.mjs", import.meta.url), { workerData: { entry: new URL("./extract-worker.ts", import.meta.url).href } });
    worker.on("message", (msg: { ready?: true; id: number; doc?: ExtractedDocument; error?: { name: string; message: string; source: string } }) => {
      // A worker takes jobs once it has loaded the extractor, so its start-up (seconds on a busy
      // machine) is not counted against the first document's budget.
      if (msg.ready) return this.dispatch(worker);
      const job = this.running.get(worker);
      if (job) clearTimeout(job.timer);
      this.running.delete(worker);
      const p = this.pending.get(msg.id);
      this.pending.delete(msg.id);
      if (p) {
        if (msg.error) p.reject(msg.error.name === "DocumentError" ? new DocumentError(msg.error.message, msg.error.source) : new Error(msg.error.message));
        else p.resolve(msg.doc!);
      }
      this.dispatch(worker);
    });
    worker.on("error", (err) => {
      // A worker that dies takes the pool with it: every waiting and later job fails at once
      // with the cause instead of waiting forever.
      this.failure = err;
      for (const p of this.pending.values()) p.reject(err);
      this.pending.clear();
      this.queue.length = 0;
    });
    this.workers.add(worker);
    return worker;
  }

  /**
   * Extracts in a worker; rejects with ExtractionBudgetError past `budgetMs` (default: the pool's).
   * When `signal` aborts (the API's client has gone), the job leaves the queue or its worker is
   * stopped, and the promise rejects with the signal's reason.
   */
  extract(text: string, options: ExtractOptions, budgetMs = this.budgetMs, signal?: AbortSignal): Promise<ExtractedDocument> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.closed) return Promise.reject(new Error("the extraction pool is closed"));
    if (signal?.aborted) return Promise.reject(signal.reason);
    const id = this.nextId++;
    const done = new Promise<ExtractedDocument>((resolve, reject) => this.pending.set(id, { resolve, reject }));
    const job = { id, text, options, budgetMs };
    this.queue.push(job);
    const worker = this.idle.pop();
    if (worker) this.dispatch(worker);
    if (signal) {
      const onAbort = () => this.cancel(job, signal.reason);
      signal.addEventListener("abort", onAbort, { once: true });
      void done.catch(() => {}).finally(() => signal.removeEventListener("abort", onAbort));
    }
    return done;
  }

  private cancel(job: Job, reason: unknown): void {
    const queued = this.queue.indexOf(job);
    if (queued >= 0) this.queue.splice(queued, 1);
    const worker = [...this.running].find(([, r]) => r.id === job.id)?.[0];
    if (worker) this.stop(worker);
    const p = this.pending.get(job.id);
    this.pending.delete(job.id);
    p?.reject(reason as Error);
  }

  private dispatch(worker: Worker): void {
    const job = this.queue.shift();
    if (!job) {
      this.idle.push(worker);
      return;
    }
    const timer = setTimeout(() => this.overBudget(worker, job), job.budgetMs);
    this.running.set(worker, { id: job.id, timer });
    worker.postMessage({ id: job.id, text: job.text, options: job.options });
  }

  private overBudget(worker: Worker, job: Job): void {
    this.stop(worker);
    const p = this.pending.get(job.id);
    this.pending.delete(job.id);
    p?.reject(new ExtractionBudgetError(job.budgetMs, job.options.source));
  }

  /** Terminates a busy worker (a synchronous extraction cannot be interrupted otherwise) and starts a fresh one. */
  private stop(worker: Worker): void {
    const running = this.running.get(worker);
    if (running) clearTimeout(running.timer);
    this.running.delete(worker);
    this.workers.delete(worker);
    worker.removeAllListeners("message");
    void worker.terminate();
    if (!this.closed) this.spawn();
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const { timer } of this.running.values()) clearTimeout(timer);
    await Promise.all([...this.workers].map((w) => w.terminate()));
  }
}
