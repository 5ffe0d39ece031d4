// The durable ingest queue on Redis, through BullMQ. A job is one article URL; its job ID is the
// URL's hash, so a URL enqueued twice (two feeds, two `follow` processes, a restart) runs once
// for as long as its finished job is kept. Failed jobs are retried with exponential backoff;
// those that run out of attempts, or fail for a reason retrying cannot fix, stay in BullMQ's
// failed set: the dead-letter list.
import { createHash } from "node:crypto";
import { Queue } from "bullmq";

export const DEFAULT_QUEUE = "diplograph-ingest";

export interface QueueSettings {
  /** redis://host:port/db */
  redisUrl: string;
  /** Queue name (several deployments can share one Redis with different names). */
  name?: string;
  /** Key prefix in Redis (default "bull"). */
  prefix?: string;
  /** Attempts per job enqueued through this queue (default JOB_ATTEMPTS). */
  attempts?: number;
  /** First backoff of a job enqueued through this queue, doubled each retry (default JOB_BACKOFF_MS). */
  backoffMs?: number;
}

export interface PageJob {
  url: string;
  /** The feed the item came from, for the logs. */
  feed?: string;
}

export interface DeadLetter {
  url: string;
  reason: string;
  attempts: number;
  failedAt: Date | null;
}

/** Attempts per job, and the first backoff (doubled each retry). */
export const JOB_ATTEMPTS = 5;
export const JOB_BACKOFF_MS = 2_000;
/** Finished jobs are kept this long, so the same URL enqueued again within it is not run again. */
const KEEP_COMPLETED_S = 30 * 24 * 3600;

export function connectionOf(settings: QueueSettings) {
  // null: commands wait for Redis to come back instead of failing after a few retries.
  return { url: settings.redisUrl, maxRetriesPerRequest: null };
}

export function jobIdOf(url: string): string {
  return createHash("sha256").update(url).digest("hex").slice(0, 32);
}

export class IngestQueue {
  readonly queue: Queue<PageJob>;

  constructor(
    readonly settings: QueueSettings,
    onError?: (line: string) => void,
  ) {
    this.queue = new Queue<PageJob>(settings.name ?? DEFAULT_QUEUE, { connection: connectionOf(settings), prefix: settings.prefix });
    // While Redis is away the client reconnects by itself; one line per error, not a stack dump.
    this.queue.on("error", (err) => onError?.(`queue: ${err.message}`));
  }

  /** Adds a page job unless one for this URL is queued, running, done or dead. True when added. */
  async enqueue(job: PageJob): Promise<boolean> {
    const id = jobIdOf(job.url);
    if (await this.queue.getJob(id)) return false;
    await this.queue.add("page", job, {
      jobId: id,
      attempts: this.settings.attempts ?? JOB_ATTEMPTS,
      backoff: { type: "exponential", delay: this.settings.backoffMs ?? JOB_BACKOFF_MS },
      removeOnComplete: { age: KEEP_COMPLETED_S },
      removeOnFail: false,
    });
    return true;
  }

  /** Whether a job for this URL exists in any state. */
  async has(url: string): Promise<boolean> {
    return !!(await this.queue.getJob(jobIdOf(url)));
  }

  async counts(): Promise<Record<"waiting" | "active" | "delayed" | "completed" | "failed", number>> {
    const c = await this.queue.getJobCounts("waiting", "active", "delayed", "completed", "failed");
    return { waiting: c.waiting ?? 0, active: c.active ?? 0, delayed: c.delayed ?? 0, completed: c.completed ?? 0, failed: c.failed ?? 0 };
  }

  /** Jobs that failed for good, newest first. */
  async deadLetters(limit = 100): Promise<DeadLetter[]> {
    const jobs = await this.queue.getFailed(0, limit - 1);
    return jobs.map((j) => ({ url: j.data.url, reason: j.failedReason ?? "unknown", attempts: j.attemptsMade, failedAt: j.finishedOn ? new Date(j.finishedOn) : null }));
  }

  /** Puts dead letters back in the queue for another round of attempts. */
  async retryDeadLetters(): Promise<number> {
    const jobs = await this.queue.getFailed(0, -1);
    // BullMQ keeps the attempts made unless told otherwise: a job that had used them all would get
    // a single attempt, failing for good at the first hiccup of a source that is only recovering.
    for (const j of jobs) await j.retry("failed", { resetAttemptsMade: true, resetAttemptsStarted: true });
    return jobs.length;
  }

  async close(): Promise<void> {
    await this.queue.close();
  }
}
