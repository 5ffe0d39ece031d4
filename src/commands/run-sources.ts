// The follow, worker and dead-letters commands: configuration, signals and shutdown around
// follow.ts and src/queue.
import { Metrics, serveMetrics } from "../http/metrics.ts";
import { IngestQueue } from "../queue/queue.ts";
import { startWorker } from "../queue/worker.ts";
import { sourcesConfig } from "../sources/config.ts";
import { Fetcher } from "../sources/fetch.ts";
import { redactUrl } from "../store/config.ts";
import { openDatabase } from "../store/db.ts";
import { Follower, followLoop, terminalProgress, type FollowSink } from "./follow.ts";
import { ingestUrl, knownUrl } from "../store/ingest-url.ts";

type Line = (line: string) => void;

/** Resolves when the signal aborts, or at once if it already has (an abort event never repeats). */
function stopped(signal: AbortSignal): Promise<void> {
  return signal.aborted ? Promise.resolve() : new Promise<void>((resolve) => signal.addEventListener("abort", () => resolve(), { once: true }));
}

function stopSignal(out: Line): AbortSignal {
  const controller = new AbortController();
  const stop = (signal: string) => {
    if (controller.signal.aborted) return;
    out(`${signal}: finishing the current work, then stopping`);
    controller.abort();
  };
  process.once("SIGINT", () => stop("SIGINT"));
  process.once("SIGTERM", () => stop("SIGTERM"));
  return controller.signal;
}

export async function followCommand(feeds: string[], options: { every: number | null; date?: string; databaseUrl: string; out: Line; err: Line }): Promise<number> {
  const config = sourcesConfig(process.env);
  const fetcher = new Fetcher(config.fetch);
  const signal = stopSignal(options.out);
  const progress = terminalProgress(process.stderr);
  let sink: FollowSink;
  let close: () => Promise<void>;
  if (config.redisUrl) {
    const queue = new IngestQueue({ redisUrl: config.redisUrl, name: config.queueName, prefix: config.queuePrefix, attempts: config.jobAttempts, backoffMs: config.jobBackoffMs });
    options.out(`enqueueing new items on ${config.queueName} at ${redactUrl(config.redisUrl)}`);
    sink = {
      take: async (url) => (await queue.enqueue({ url }), "enqueued"),
      known: (url) => queue.has(url),
    };
    close = () => queue.close();
  } else {
    const db = await openDatabase(options.databaseUrl);
    sink = {
      take: async (url) => (await ingestUrl(db.prisma, fetcher, url, { date: options.date })).status,
      known: (url) => knownUrl(db.prisma, url),
    };
    close = () => db.close();
  }
  try {
    const rounds = await followLoop(new Follower({ fetcher, sink, log: options.out, progress }), feeds, options.every, signal);
    return rounds.at(-1)!.failures.length ? 1 : 0;
  } finally {
    await close();
  }
}

export async function workerCommand(options: { databaseUrl: string; concurrency: number; metricsPort: number | null; out: Line; err: Line }): Promise<number> {
  const config = sourcesConfig(process.env);
  if (!config.redisUrl) {
    options.err("diplograph worker: REDIS_URL is not set (the queue lives in Redis; without it, `follow` ingests in its own process)");
    return 2;
  }
  // Listening before anything slow starts: a SIGTERM while the database opens is a stop request,
  // not the default action's sudden death.
  const signal = stopSignal(options.out);
  const db = await openDatabase(options.databaseUrl);
  const settings = { redisUrl: config.redisUrl, name: config.queueName, prefix: config.queuePrefix };
  const queue = new IngestQueue(settings, options.err);
  const metrics = new Metrics(queue);
  const server = options.metricsPort === null ? null : await serveMetrics(metrics, options.metricsPort);
  // Told to stop while starting: no worker, so no job is taken.
  const worker = signal.aborted ? null : startWorker(db.prisma, new Fetcher(config.fetch), { ...settings, concurrency: options.concurrency, lockDurationMs: config.lockDurationMs }, { log: options.out, metrics });
  if (worker) options.out(`worker ${process.pid} on ${config.queueName} at ${redactUrl(config.redisUrl)}, concurrency ${options.concurrency}${server ? `, metrics at ${server.url}` : ""}`);
  await stopped(signal);
  // Waits for the jobs in progress to finish, and for Redis to record their ends; nothing new is taken.
  await worker?.stop();
  await queue.close();
  await server?.close();
  await db.close();
  options.out("worker stopped");
  return 0;
}

export async function deadLettersCommand(options: { retry: boolean; out: Line }): Promise<number> {
  const config = sourcesConfig(process.env);
  if (!config.redisUrl) {
    options.out("no queue: REDIS_URL is not set");
    return 2;
  }
  const queue = new IngestQueue({ redisUrl: config.redisUrl, name: config.queueName, prefix: config.queuePrefix });
  try {
    if (options.retry) {
      options.out(`${await queue.retryDeadLetters()} dead letters queued again`);
      return 0;
    }
    const dead = await queue.deadLetters(1000);
    for (const d of dead) options.out(`${d.failedAt?.toISOString() ?? "-"}  ${d.url}  (${d.attempts} attempts): ${d.reason}`);
    options.out(`${dead.length} dead letters`);
    return 0;
  } finally {
    await queue.close();
  }
}
