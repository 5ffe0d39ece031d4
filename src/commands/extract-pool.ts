import { Worker } from "node:worker_threads";
import { DocumentError, type ExtractedDocument, type ExtractOptions } from "../extraction/types.ts";

// Running from dist/ (npm run build) or from the TypeScript sources through tsx or vitest.
const COMPILED = import.meta.url.endsWith(".js");

type Pending = { resolve: (d: ExtractedDocument) => void; reject: (e: Error) => void };

/** A fixed pool of worker threads running extract(); results come back in any order. */
export class ExtractPool {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly queue: { id: number; text: string; options: ExtractOptions }[] = [];
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  private failure: Error | null = null;

  constructor(size: number) {
    for (let i = 0; i < size; i++) {
      const worker = COMPILED
        ? new Worker(new URL("./extract-worker.js", import.meta.url))
        : // Workers do not inherit the parent's tsx hooks: a plain JS entry registers them again.
          new Worker(new URL("./ts-worker.mjs", import.meta.url), { workerData: { entry: new URL("./extract-worker.ts", import.meta.url).href } });
      worker.on("message", (msg: { id: number; doc?: ExtractedDocument; error?: { name: string; message: string; source: string } }) => {
        const p = this.pending.get(msg.id)!;
        this.pending.delete(msg.id);
        if (msg.error) p.reject(msg.error.name === "DocumentError" ? new DocumentError(msg.error.message, msg.error.source) : new Error(msg.error.message));
        else p.resolve(msg.doc!);
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
      this.workers.push(worker);
      this.idle.push(worker);
    }
  }

  extract(text: string, options: ExtractOptions): Promise<ExtractedDocument> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    const done = new Promise<ExtractedDocument>((resolve, reject) => this.pending.set(id, { resolve, reject }));
    this.queue.push({ id, text, options });
    const worker = this.idle.pop();
    if (worker) this.dispatch(worker);
    return done;
  }

  private dispatch(worker: Worker): void {
    const job = this.queue.shift();
    if (job) worker.postMessage(job);
    else this.idle.push(worker);
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
