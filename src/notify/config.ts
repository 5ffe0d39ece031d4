// Settings of subscriptions and webhooks: options first, else the environment, else defaults.
//
//   REDIS_URL                          Redis for events between processes (unset: in process only)
//   DIPLOGRAPH_REDIS_PREFIX            prefix of the Redis channels (default "diplograph:")
//   DIPLOGRAPH_MAX_SUBSCRIPTIONS       active subscriptions per WebSocket connection (default 20)
//   DIPLOGRAPH_MAX_WS_CONNECTIONS      open WebSocket connections; past it an upgrade gets 503 (default 500)
//   DIPLOGRAPH_MAX_WS_MESSAGE_BYTES    largest message a client may send on the socket (default 64 KiB)
//   DIPLOGRAPH_WEBHOOK_TIMEOUT_MS      a receiver that has not answered by then fails the attempt (default 10000)
//   DIPLOGRAPH_WEBHOOK_MAX_ATTEMPTS    attempts per delivery before it is marked failed (default 8)
//   DIPLOGRAPH_WEBHOOK_BACKOFF_MS      first retry delay, doubled per attempt, at most an hour (default 1000)
//   DIPLOGRAPH_WEBHOOK_PAUSE_AFTER     consecutive failed attempts that pause an endpoint (default 10)
//   DIPLOGRAPH_WEBHOOK_POLL_MS         how often the delivery loop looks for due deliveries (default 1000)

export interface NotifyOptions {
  redisUrl?: string | null;
  redisPrefix?: string;
  maxSubscriptionsPerConnection?: number;
  /** Open WebSocket connections at most (they count among the HTTP server's connections too). */
  maxWsConnections?: number;
  maxMessageBytes?: number;
  webhookTimeoutMs?: number;
  webhookMaxAttempts?: number;
  webhookBackoffMs?: number;
  webhookPauseAfter?: number;
  webhookPollMs?: number;
}

export type NotifySettings = Required<Omit<NotifyOptions, "redisUrl">> & { redisUrl: string | null };

type Env = Record<string, string | undefined>;

function positiveInt(env: Env, name: string): number | undefined {
  const raw = env[name]?.trim();
  if (!raw) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${name} must be a positive whole number, got "${raw}"`);
  return n;
}

export function resolveNotify(options: NotifyOptions = {}, env: Env = process.env): NotifySettings {
  const redisUrl = (options.redisUrl !== undefined ? options.redisUrl : env.REDIS_URL)?.trim() || null;
  if (redisUrl && !/^rediss?:\/\//.test(redisUrl)) throw new Error(`REDIS_URL must be a redis:// or rediss:// URL, got "${redisUrl}"`);
  return {
    redisUrl,
    redisPrefix: options.redisPrefix ?? (env.DIPLOGRAPH_REDIS_PREFIX?.trim() || "diplograph:"),
    maxSubscriptionsPerConnection: options.maxSubscriptionsPerConnection ?? positiveInt(env, "DIPLOGRAPH_MAX_SUBSCRIPTIONS") ?? 20,
    maxWsConnections: options.maxWsConnections ?? positiveInt(env, "DIPLOGRAPH_MAX_WS_CONNECTIONS") ?? 500,
    maxMessageBytes: options.maxMessageBytes ?? positiveInt(env, "DIPLOGRAPH_MAX_WS_MESSAGE_BYTES") ?? 64 * 1024,
    webhookTimeoutMs: options.webhookTimeoutMs ?? positiveInt(env, "DIPLOGRAPH_WEBHOOK_TIMEOUT_MS") ?? 10_000,
    webhookMaxAttempts: options.webhookMaxAttempts ?? positiveInt(env, "DIPLOGRAPH_WEBHOOK_MAX_ATTEMPTS") ?? 8,
    webhookBackoffMs: options.webhookBackoffMs ?? positiveInt(env, "DIPLOGRAPH_WEBHOOK_BACKOFF_MS") ?? 1000,
    webhookPauseAfter: options.webhookPauseAfter ?? positiveInt(env, "DIPLOGRAPH_WEBHOOK_PAUSE_AFTER") ?? 10,
    webhookPollMs: options.webhookPollMs ?? positiveInt(env, "DIPLOGRAPH_WEBHOOK_POLL_MS") ?? 1000,
  };
}
