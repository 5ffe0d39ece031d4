// `diplograph worker`: takes page jobs from the Redis queue and ingests them, each in one
// transaction. A worker that is killed mid-job loses its lock; BullMQ's stalled-job check hands
// the job to another worker, and the store's content and source identity make the second run a
// no-op when the first one had committed. Graceful shutdown lets the current jobs finish.
import { UnrecoverableError, Worker } from "bullmq";
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
  // By job ID: the stalled-job check can report the failure of a job this process never ran.
  const held = new Set<string>();
  let closingAtOnce = false;
  const worker = new Worker<PageJob, IngestResult>(
    settings.name ?? DEFAULT_QUEUE,
    async (job) => {
      // Fetched in the instant the worker was closed holding nothing: this process can no longer
      // record the job's end, so it does not start it; the job keeps its lock in Redis and another
      // worker takes it over when the lock runs out.
      if (closingAtOnce) throw new Error("worker closing");
      held.add(job.id!);
      const stop = hooks.metrics?.latency.startTimer();
      try {
        const result = await ingestUrl(db, fetcher, job.data.url);
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
      concurrency: settings.concurrency ?? 1,
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
  return {
    worker,
    held: () => held.size,
    stop: () => {
      closingAtOnce ||= held.size === 0;
      return worker.close(closingAtOnce);
    },
  };
}
