// `diplograph worker`: takes page jobs from the Redis queue and ingests them, each in one
// transaction. A worker that is killed mid-job loses its lock; BullMQ's stalled-job check hands
// the job to another worker, and the store's content and source identity make the second run a
// no-op when the first one had committed. Graceful shutdown lets the current jobs finish.
//
// Extraction runs in worker threads, one per job slot, never on this thread: BullMQ renews each
// job's lock from this thread's timers, and an extraction that held it past the lock's duration
// (a cold extractor on a loaded machine takes seconds) lost the job: Redis then refused its end,
// and BullMQ says nothing about that while closing (issue #16). The threads also put
// `--concurrency N` jobs' extractions on N cores, and stop a document past its extraction budget.
import { UnrecoverableError, Worker } from "bullmq";
import { ExtractPool, extractBudgetMs } from "../commands/extract-pool.ts";
import { ingestUrl } from "../store/ingest-url.ts";
import { DocumentError } from "../extraction/types.ts";
import type { Metrics } from "../http/metrics.ts";
import { FetchError, type Fetcher } from "../sources/fetch.ts";
import type { Db } from "../store/db.ts";
import type { IngestResult } from "../store/ingest.ts";
import { connectionOf, DEFAULT_QUEUE, type PageJob, type QueueSettings } from "./queue.ts";

export interface WorkerSettings extends QueueSettings {
  /** Jobs processed at once by this process (writes are still one transaction per document). */
  concurrency?: number;
  /** How long a job's lock lasts without renewal: a killed worker's job is taken over after about this. */
  lockDurationMs?: number;
  /** Time one document's extraction may take (default: $DIPLOGRAPH_EXTRACT_BUDGET_MS, else 5000). */
  extractBudgetMs?: number;
}

export interface WorkerHooks {
  log: (line: string) => void;
  metrics?: Metrics;
}

export interface IngestWorker {
  worker: Worker<PageJob, IngestResult>;
  /** Jobs this process holds: from the start of their ingest until Redis has recorded how they ended. */
  held(): number;
  /**
   * Takes no new job and waits for the held ones to end, their outcome recorded in Redis. Holding
   * none, it closes at once: BullMQ's graceful close first waits for its Redis connection, which
   * for a worker started while Redis was away (or idle through an outage) meant ignoring SIGTERM
   * until Redis came back.
   */
  stop(): Promise<void>;
}

export function startWorker(db: Db, fetcher: Fetcher, settings: WorkerSettings, hooks: WorkerHooks): IngestWorker {
  const lockDuration = settings.lockDurationMs ?? 30_000;
  const concurrency = settings.concurrency ?? 1;
  const budgetMs = extractBudgetMs(settings.extractBudgetMs);
  // Started with the first job, not with the process: loading the extractor in every thread while
  // the worker connects delayed its first job by seconds on a busy machine.
  let pool: ExtractPool | null = null;
  const extract = (text: string, options: Parameters<ExtractPool["extract"]>[1]) => (pool ??= new ExtractPool(concurrency, budgetMs)).extract(text, options);
  // Job ID → URL. By ID: the stalled-job check can report the failure of a job this process never ran.
  const held = new Map<string, string>();
  let closingAtOnce = false;
  const worker = new Worker<PageJob, IngestResult>(
    settings.name ?? DEFAULT_QUEUE,
    async (job) => {
      // Fetched in the instant the worker was closed holding nothing: this process can no longer
      // record the job's end, so it does not start it; the job keeps its lock in Redis and another
      // worker takes it over when the lock runs out.
      if (closingAtOnce) throw new Error("worker closing");
      held.set(job.id!, job.data.url);
      const stop = hooks.metrics?.latency.startTimer();
      try {
        const result = await ingestUrl(db, fetcher, job.data.url, { extract });
        stop?.();
        return result;
      } catch (err) {
        // A page that cannot be read (no date, not HTML, 404, too large) fails the same way
        // every time: straight to the dead letters, no retries.
        if (err instanceof DocumentError) throw new UnrecoverableError(`${err.message}`);
        if (err instanceof FetchError && !err.retryable) throw new UnrecoverableError(err.message);
        throw err;
      }
    },
    {
      connection: connectionOf(settings),
      prefix: settings.prefix,
      concurrency,
      lockDuration,
      stalledInterval: Math.max(1_000, Math.floor(lockDuration / 2)),
      maxStalledCount: 3,
    },
  );
  // Both events come after BullMQ has written the job's end to Redis.
  worker.on("completed", (job, result) => {
    held.delete(job.id!);
    hooks.metrics?.jobs.inc({ outcome: result.status });
    hooks.log(`${result.status.padEnd(10)} ${job.data.url}`);
  });
  worker.on("failed", (job, err) => {
    if (!job) return;
    held.delete(job.id!);
    const final = err instanceof UnrecoverableError || err.name === "UnrecoverableError" || job.attemptsMade >= (job.opts.attempts ?? 1);
    hooks.metrics?.failures.inc({ final: String(final) });
    hooks.log(`${final ? "dead" : "retrying"}${final ? "      " : "  "} ${job.data.url}: ${err.message}`);
  });
  worker.on("error", (err) => hooks.log(`worker: ${err.message}`));
  // However the worker is closed (stop() below, or BullMQ's close() by a caller of its own).
  worker.on("closed", () => void pool?.close());
  return {
    worker,
    held: () => held.size,
    stop: async () => {
      closingAtOnce ||= held.size === 0;
      await worker.close(closingAtOnce);
      await pool?.close();
      // Neither event came: Redis refused the job's end (its lock had run out, so another worker
      // may have it already) and BullMQ, closing, reports no error. Said here, not left silent.
      for (const url of held.values()) hooks.log(`unrecorded ${url}: Redis did not take the job's end (its lock had expired); the queue will run it again`);
    },
  };
}
