// The API's security settings: from server options first, else the environment, else safe defaults.
//
//   DIPLOGRAPH_WRITE_TOKEN             bearer token mutations need (unset: mutations refused)
//   DIPLOGRAPH_ALLOW_ANONYMOUS_WRITES  1: mutations without a token when no write token is set
//   DIPLOGRAPH_READ_TOKEN              bearer token queries need (unset: reads are public)
//   DIPLOGRAPH_CORS_ORIGINS            comma-separated origins allowed cross-origin (unset: none)
//   DIPLOGRAPH_INTROSPECTION           0: introspection off (default on)
//   DIPLOGRAPH_MAX_BODY_BYTES          largest request body (default 5 MiB)
//   DIPLOGRAPH_REQUEST_TIMEOUT_MS      time budget of one GraphQL request (default 10000)
//   DIPLOGRAPH_MAX_DEPTH / _ALIASES / _COST / _TOKENS / _DIRECTIVES   query limits
//   DIPLOGRAPH_TRUSTED_DOCUMENTS       comma-separated persisted-documents manifests: run only those operations
//   DIPLOGRAPH_APQ_CACHE_BYTES         automatic persisted queries cache size (default 8 MiB; 0: APQ off)
//   DIPLOGRAPH_HEADERS_TIMEOUT_MS      time to send a request's headers (default 10000)
//   DIPLOGRAPH_BODY_TIMEOUT_MS         time to send a whole request, body included (default 30000)
//   DIPLOGRAPH_MAX_CONNECTIONS         open connections; past it the oldest idle one is closed (default 2000)
//   DIPLOGRAPH_MAX_CONCURRENT          GraphQL requests executing at once (default 4)
//   DIPLOGRAPH_MAX_QUEUED              requests waiting for a slot; past it 503 SERVER_BUSY (default 32; 0: no queue)
//   DIPLOGRAPH_QUEUE_WAIT_MS           longest wait for a slot before 503 SERVER_BUSY (default 2000)
//   DIPLOGRAPH_MAX_LAG_MS              event-loop lag past which new requests get 503 SERVER_BUSY while GraphQL
//                                      work is running or queued (default 500; 0: off)

export interface QueryLimits {
  /** Deepest selection nesting. */
  depth: number;
  /** Aliases per operation. */
  aliases: number;
  /** Field values an operation may resolve, page sizes multiplied down the nesting (cost.ts). */
  cost: number;
  /** Lexical tokens per document (checked while parsing). */
  tokens: number;
  /** Directives per operation. */
  directives: number;
}

export interface SecurityOptions {
  /** Bearer token for mutations. Unset: mutations are refused, unless allowAnonymousWrites. */
  writeToken?: string | null;
  /** Bearer token for queries. Unset: queries are public. The write token reads too. */
  readToken?: string | null;
  /** With no write token configured, let anyone write (development only). */
  allowAnonymousWrites?: boolean;
  /** Origins allowed to call the API from a browser on another origin ("*" for any). */
  corsOrigins?: string[];
  /** Schema introspection (and the IDE's schema docs). */
  introspection?: boolean;
  /** Largest request body in bytes. */
  maxBodyBytes?: number;
  /** Time budget of one GraphQL request in milliseconds. */
  requestTimeoutMs?: number;
  /** Query limits; each unset one takes its default. */
  limits?: Partial<QueryLimits>;
  /**
   * Persisted-documents manifests (codegen's persisted-documents.json). When any is given, the
   * server runs only their operations, sent by documentId; the write token's holder may still send text.
   */
  trustedDocuments?: string[];
  /** Bytes of operation text the automatic persisted queries cache keeps (0: APQ off). */
  apqCacheBytes?: number;
  /** Time a client has to send its request headers, in milliseconds. */
  headersTimeoutMs?: number;
  /** Time a client has to send its whole request (headers and body), in milliseconds. */
  bodyTimeoutMs?: number;
  /** Open connections at most; a new one past the cap closes the oldest connection not being answered. */
  maxConnections?: number;
  /** GraphQL requests executing at once. */
  maxConcurrent?: number;
  /** Requests waiting for an execution slot; more are refused at once with 503 (0: none wait). */
  maxQueued?: number;
  /** Longest wait for an execution slot, in milliseconds, before 503. */
  queueWaitMs?: number;
  /** Event-loop lag in milliseconds past which new requests are refused with 503 while GraphQL work is in hand (0: never). */
  maxLagMs?: number;
  /** A connection answered 503 with Retry-After has its next request served no sooner than that (src/http/retry-hold.ts). */
  retryHold?: boolean;
}

export type Security = Required<Omit<SecurityOptions, "writeToken" | "readToken" | "limits">> & {
  writeToken: string | null;
  readToken: string | null;
  limits: QueryLimits;
};

// cost: 50 officials with 50 meetings each (date, kind, participants' roles and names) and 50
// proposals each costs 62,903 (tests/hardening/limits.test.ts); a third
// page level of 50 multiplies past 1,000,000.
export const DEFAULT_LIMITS: QueryLimits = { depth: 12, aliases: 30, cost: 100_000, tokens: 4_000, directives: 50 };
export const DEFAULT_MAX_BODY_BYTES = 5 * 1024 * 1024;
export const DEFAULT_REQUEST_TIMEOUT_MS = 10_000;
export const DEFAULT_APQ_CACHE_BYTES = 8 * 1024 * 1024;
export const DEFAULT_LOAD_LIMITS = { headersTimeoutMs: 10_000, bodyTimeoutMs: 30_000, maxConnections: 2000, maxConcurrent: 4, maxQueued: 32, queueWaitMs: 2000, maxLagMs: 500 };

type Env = Record<string, string | undefined>;

function positiveInt(env: Env, name: string): number | undefined {
  const raw = env[name]?.trim();
  if (!raw) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${name} must be a positive whole number, got "${raw}"`);
  return n;
}

function nonNegativeInt(env: Env, name: string): number | undefined {
  const raw = env[name]?.trim();
  if (!raw) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number, got "${raw}"`);
  return n;
}

function flag(env: Env, name: string): boolean | undefined {
  const raw = env[name]?.trim().toLowerCase();
  if (!raw) return undefined;
  if (["1", "true", "yes", "on"].includes(raw)) return true;
  if (["0", "false", "no", "off"].includes(raw)) return false;
  throw new Error(`${name} must be 1 or 0, got "${env[name]}"`);
}

function token(value: string | null | undefined): string | null {
  const t = value?.trim();
  return t ? t : null;
}

/** The settings in force: each option given wins over its environment variable. */
export function resolveSecurity(options: SecurityOptions = {}, env: Env = process.env): Security {
  const limits: QueryLimits = { ...DEFAULT_LIMITS };
  for (const key of Object.keys(DEFAULT_LIMITS) as (keyof QueryLimits)[]) {
    const fromEnv = positiveInt(env, `DIPLOGRAPH_MAX_${key.toUpperCase()}`);
    limits[key] = options.limits?.[key] ?? fromEnv ?? DEFAULT_LIMITS[key];
  }
  const origins = options.corsOrigins ?? (env.DIPLOGRAPH_CORS_ORIGINS ?? "").split(",");
  return {
    writeToken: token(options.writeToken !== undefined ? options.writeToken : env.DIPLOGRAPH_WRITE_TOKEN),
    readToken: token(options.readToken !== undefined ? options.readToken : env.DIPLOGRAPH_READ_TOKEN),
    allowAnonymousWrites: options.allowAnonymousWrites ?? flag(env, "DIPLOGRAPH_ALLOW_ANONYMOUS_WRITES") ?? false,
    corsOrigins: origins.map((o) => o.trim().replace(/\/+$/, "")).filter(Boolean),
    introspection: options.introspection ?? flag(env, "DIPLOGRAPH_INTROSPECTION") ?? true,
    maxBodyBytes: options.maxBodyBytes ?? positiveInt(env, "DIPLOGRAPH_MAX_BODY_BYTES") ?? DEFAULT_MAX_BODY_BYTES,
    requestTimeoutMs: options.requestTimeoutMs ?? positiveInt(env, "DIPLOGRAPH_REQUEST_TIMEOUT_MS") ?? DEFAULT_REQUEST_TIMEOUT_MS,
    headersTimeoutMs: options.headersTimeoutMs ?? positiveInt(env, "DIPLOGRAPH_HEADERS_TIMEOUT_MS") ?? DEFAULT_LOAD_LIMITS.headersTimeoutMs,
    bodyTimeoutMs: options.bodyTimeoutMs ?? positiveInt(env, "DIPLOGRAPH_BODY_TIMEOUT_MS") ?? DEFAULT_LOAD_LIMITS.bodyTimeoutMs,
    maxConnections: options.maxConnections ?? positiveInt(env, "DIPLOGRAPH_MAX_CONNECTIONS") ?? DEFAULT_LOAD_LIMITS.maxConnections,
    maxConcurrent: options.maxConcurrent ?? positiveInt(env, "DIPLOGRAPH_MAX_CONCURRENT") ?? DEFAULT_LOAD_LIMITS.maxConcurrent,
    maxQueued: options.maxQueued ?? nonNegativeInt(env, "DIPLOGRAPH_MAX_QUEUED") ?? DEFAULT_LOAD_LIMITS.maxQueued,
    queueWaitMs: options.queueWaitMs ?? positiveInt(env, "DIPLOGRAPH_QUEUE_WAIT_MS") ?? DEFAULT_LOAD_LIMITS.queueWaitMs,
    maxLagMs: options.maxLagMs ?? nonNegativeInt(env, "DIPLOGRAPH_MAX_LAG_MS") ?? DEFAULT_LOAD_LIMITS.maxLagMs,
    retryHold: options.retryHold ?? flag(env, "DIPLOGRAPH_RETRY_HOLD") ?? true,
    limits,
    trustedDocuments: (options.trustedDocuments ?? (env.DIPLOGRAPH_TRUSTED_DOCUMENTS ?? "").split(",")).map((p) => p.trim()).filter(Boolean),
    apqCacheBytes: options.apqCacheBytes ?? nonNegativeInt(env, "DIPLOGRAPH_APQ_CACHE_BYTES") ?? DEFAULT_APQ_CACHE_BYTES,
  };
}
