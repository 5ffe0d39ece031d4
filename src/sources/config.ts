// Settings of fetching and of the queue: options, then environment, then defaults, with the
// environment passed in (as src/graphql/security/config.ts does).
import { DEFAULT_FETCH, type FetchSettings } from "./fetch.ts";

export interface SourcesConfig {
  fetch: FetchSettings;
  /** redis://...; unset: follow ingests in its own process. */
  redisUrl: string | null;
  queueName: string;
  queuePrefix: string;
  /** A killed worker's job is taken over after about this long. */
  lockDurationMs: number;
  /** Attempts per queued job, and its first backoff (doubled each retry); unset: the queue's defaults. */
  jobAttempts?: number;
  jobBackoffMs?: number;
}

function positive(value: string | undefined, name: string): number | undefined {
  if (value === undefined || value.trim() === "") return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new Error(`${name} must be a number of milliseconds or bytes, got "${value}"`);
  return n;
}

function wholeAtLeastOne(value: string | undefined, name: string): number | undefined {
  if (value === undefined || value.trim() === "") return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a whole number of at least 1, got "${value}"`);
  return n;
}

export function sourcesConfig(env: Record<string, string | undefined>, options: Partial<FetchSettings> = {}): SourcesConfig {
  const fromEnv: Partial<FetchSettings> = {};
  const set = <K extends keyof FetchSettings>(key: K, name: string) => {
    const v = positive(env[name], name);
    if (v !== undefined) (fromEnv as Record<string, number>)[key] = v;
  };
  set("timeoutMs", "DIPLOGRAPH_FETCH_TIMEOUT_MS");
  set("maxBytes", "DIPLOGRAPH_FETCH_MAX_BYTES");
  set("perHostIntervalMs", "DIPLOGRAPH_FETCH_INTERVAL_MS");
  set("retries", "DIPLOGRAPH_FETCH_RETRIES");
  set("backoffMs", "DIPLOGRAPH_FETCH_BACKOFF_MS");
  return {
    fetch: { ...DEFAULT_FETCH, ...fromEnv, ...options },
    redisUrl: env.REDIS_URL?.trim() || null,
    queueName: env.DIPLOGRAPH_QUEUE?.trim() || "diplograph-ingest",
    queuePrefix: env.DIPLOGRAPH_QUEUE_PREFIX?.trim() || "bull",
    lockDurationMs: positive(env.DIPLOGRAPH_JOB_LOCK_MS, "DIPLOGRAPH_JOB_LOCK_MS") ?? 30_000,
    jobAttempts: wholeAtLeastOne(env.DIPLOGRAPH_JOB_ATTEMPTS, "DIPLOGRAPH_JOB_ATTEMPTS"),
    jobBackoffMs: positive(env.DIPLOGRAPH_JOB_BACKOFF_MS, "DIPLOGRAPH_JOB_BACKOFF_MS"),
  };
}
