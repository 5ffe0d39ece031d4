// The HTTP server: a plain node:http server with the GraphQL API at /graphql (Apollo Server 5),
// the offline GraphiQL IDE for browsers at /graphql and /, /healthz, and graceful shutdown.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer, HeaderMap, type ApolloServerPlugin, type HTTPGraphQLRequest } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import type { Database } from "./store/db.ts";
import { buildServedSchema } from "./graphql/schema.ts";
import { jitGateway } from "./graphql/executor.ts";
import { createContext, type Context } from "./graphql/context.ts";
import { formatError } from "./graphql/errors.ts";
import { ideHtml, IDE_CSP } from "./graphql/ide.ts";
import { resolveSecurity, type SecurityOptions } from "./graphql/security/config.ts";
import { apolloSecurity, guardResolvers } from "./graphql/security/limits.ts";
import { readJoinedFirst } from "./graphql/joined.ts";
import { bearerToken, decideAccess, tokenMatches } from "./graphql/security/auth.ts";
import { loadManifests, resolveTrustedDocument, TrustedDocumentError, type RequestParams } from "./graphql/security/trusted-documents.ts";
import { InMemoryLRUCache } from "@apollo/utils.keyvaluecache";
import { handleCors } from "./http/cors.ts";
import { BodyTooLargeError, InvalidEncodingError, decodeRequestTarget, readLimitedBody } from "./http/body.ts";
import { requestSignal, TimeBudgetError, withTimeBudget } from "./http/timeout.ts";
import { Admission, OverloadedError } from "./http/admission.ts";
import { guardConnections, serverTimeouts } from "./http/connections.ts";
import { RetryHold } from "./http/retry-hold.ts";
import { ExtractPool, extractBudgetMs } from "./commands/extract-pool.ts";
import { explorerHandler, isExplorerPath } from "./http/explorer.ts";
import { intFromEnv, priorityFromEnv, startHealthWorker, type HealthWorker } from "./http/health.ts";
import { attachNotifications, type NotificationsOptions } from "./http/subscriptions.ts";

/** Security settings (tokens, CORS, limits): see src/graphql/security/config.ts; unset ones come from the environment. */
export interface ServerOptions extends SecurityOptions, Omit<NotificationsOptions, "db"> {
  db: Database;
  /** 0 picks a free port. Default: $PORT, else 4000. */
  port?: number;
  /** Default: $HOST, else 127.0.0.1. */
  host?: string;
  log?: (line: string) => void;
  /** Time one document's extraction may take (default: $DIPLOGRAPH_EXTRACT_BUDGET_MS, else 5000). */
  extractBudgetMs?: number;
  /**
   * A port of its own answering /healthz only, on the same host (0 picks a free one). Default:
   * $DIPLOGRAPH_HEALTH_PORT, else none. Node accepts one connection per turn of the event loop, so
   * on the API's port a probe waits in the accept queue behind every connection opened before it;
   * here it waits behind other probes only. A worker thread answers there (src/http/health.ts), so
   * a probe does not wait for the main thread's turn either.
   */
  healthPort?: number;
  /**
   * On the health port, /healthz fails (503) once the main thread's event loop has not turned for
   * this long. Default: $DIPLOGRAPH_HEALTH_STALL_MS, else 2000.
   */
  healthStallMs?: number;
  /**
   * For the health port's thread (Linux): a nice value (below the process's own it needs
   * CAP_SYS_NICE), or "fifo" for the real-time policy (CAP_SYS_NICE and util-linux's chrt); when
   * refused it is logged and left. Default: $DIPLOGRAPH_HEALTH_PRIORITY, else unchanged.
   */
  healthPriority?: number | "fifo";
}

export interface RunningServer {
  /** Base URL, e.g. http://127.0.0.1:4000 (the API is at `${url}/graphql`). */
  url: string;
  /** Base URL of the health port (`${healthUrl}/healthz`), when there is one. */
  healthUrl: string | null;
  close(): Promise<void>;
  /**
   * Load counters: requests shed with 503, requests that waited for their connection's
   * Retry-After (src/http/retry-hold.ts), executing and queued now, requests whose client went
   * away while queued or executing (their work stopped), connections open and closed to make room.
   */
  stats(): { shed: number; held: number; running: number; waiting: number; cancelled: { queued: number; executing: number }; open: number; evicted: number };
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code = "BAD_REQUEST",
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** The client went away while its request waited: nothing to answer. */
class ClientGone extends Error {}

/**
 * Every GraphQL answer says `cache-control: no-store`, as Apollo's cache-control plugin said when
 * no type or field declares a cache hint (none does). That plugin worked it out per field, with a
 * hook on every field of every request; it is disabled and this says the same once per request.
 */
const noStore: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (!response.http.headers.has("cache-control")) response.http.headers.set("cache-control", "no-store");
      },
    };
  },
};

function sendJson(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(text), ...headers });
  res.end(text);
}

function wantsHtml(req: http.IncomingMessage, url: URL): boolean {
  return req.method === "GET" && (req.headers.accept ?? "").includes("text/html") && !url.searchParams.has("query");
}

function portFromEnv(name = "PORT", fallback: number | null = 4000): number | null {
  const raw = process.env[name]?.trim();
  if (!raw) return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`${name} must be a port number, got "${raw}"`);
  return port;
}

function listen(server: http.Server, port: number, host: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
}

/** The server's URL, or that of another port on its address. */
function baseUrl(server: http.Server, port?: number): string {
  const address = server.address() as AddressInfo;
  return `http://${address.family === "IPv6" ? `[${address.address}]` : address.address}:${port ?? address.port}`;
}

export async function startServer(opts: ServerOptions): Promise<RunningServer> {
  const { db } = opts;
  const log = opts.log ?? ((line: string) => console.error(line));
  const port = opts.port ?? portFromEnv()!;
  const healthPort = opts.healthPort ?? portFromEnv("DIPLOGRAPH_HEALTH_PORT", null);
  const host = opts.host ?? (process.env.HOST?.trim() || "127.0.0.1");
  const healthStallMs = opts.healthStallMs ?? intFromEnv("DIPLOGRAPH_HEALTH_STALL_MS", 2000, 1, 3_600_000)!;
  const healthPriority = opts.healthPriority ?? priorityFromEnv();

  const security = resolveSecurity(opts);
  const secured = apolloSecurity(security);

  const manifest = loadManifests(security.trustedDocuments);
  const trustedOnly = security.trustedDocuments.length > 0;

  const httpServer = http.createServer(serverTimeouts(security));
  const connections = guardConnections(httpServer, security);
  const admission = new Admission(security);
  const hold = new RetryHold();
  // Started with the server when it may write (a worker takes seconds to load the extractor on a
  // busy machine, which the first ingestDocument would otherwise wait for); never otherwise.
  const budgetMs = extractBudgetMs(opts.extractBudgetMs);
  let pool: ExtractPool | null = security.writeToken || security.allowAnonymousWrites ? new ExtractPool(1, budgetMs) : null;
  /** Extraction in the pool's worker for one request: stopped when its client goes. */
  const extractInWorker = (signal: AbortSignal) => (text: string, options: Parameters<ExtractPool["extract"]>[1]) => (pool ??= new ExtractPool(1, budgetMs)).extract(text, options, undefined, signal);
  const explorer = explorerHandler();
  const notifications = await attachNotifications(httpServer, opts, log, connections.answering);
  const apollo = new ApolloServer<Context>({
    // The schema, executed by graphql-jit for queries seen before (src/graphql/executor.ts).
    gateway: jitGateway(readJoinedFirst(guardResolvers(await buildServedSchema()))),
    ...secured,
    includeStacktraceInErrorResponses: false,
    // Automatic persisted queries with a bounded cache; in trusted-documents mode only the manifests count.
    persistedQueries: trustedOnly || security.apqCacheBytes === 0 ? false : { cache: new InMemoryLRUCache<string>({ maxSize: security.apqCacheBytes }) },
    formatError: formatError(log),
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginLandingPageDisabled(), ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginCacheControlDisabled(), noStore, ...secured.plugins],
  });
  await apollo.start();

  /** Request parameters with a trusted document's identifier replaced by its operation. */
  function trustedParams(req: http.IncomingMessage, url: URL, body: unknown): { body: unknown; search: string } {
    const operator = trustedOnly && security.writeToken != null && tokenMatches(bearerToken(req.headers), security.writeToken);
    const check = (params: RequestParams) => {
      try {
        return resolveTrustedDocument(params, manifest, { trustedOnly: trustedOnly && !operator });
      } catch (e) {
        if (e instanceof TrustedDocumentError) throw new HttpError(400, e.message, e.code);
        throw e;
      }
    };
    if (req.method === "POST") return { body: body && typeof body === "object" && !Array.isArray(body) ? check(body as RequestParams) : body, search: url.search };
    const params: RequestParams = Object.fromEntries(url.searchParams);
    if (typeof params.extensions === "string") {
      try {
        params.extensions = JSON.parse(params.extensions);
      } catch {
        return { body, search: url.search }; // Apollo reports the malformed parameter
      }
    }
    const resolved = check(params);
    if (resolved === params) return { body, search: url.search };
    const out = new URLSearchParams();
    for (const [k, v] of Object.entries(resolved)) out.set(k, typeof v === "string" ? v : JSON.stringify(v));
    return { body, search: `?${out}` };
  }

  async function graphql(req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<void> {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
    }
    // Shed on arrival, before the body is read, while the event loop lags (SQLite statements hold
    // the loop, requests pile up unread meanwhile) or the queue is full: each one then costs only its 503.
    const refused = admission.onArrival();
    if (refused) throw new HttpError(503, refused.message, refused.code, { "retry-after": String(refused.retryAfterSeconds) });
    let body: unknown = undefined;
    let search = url.search;
    if (req.method === "POST") {
      const raw = await readLimitedBody(req, security.maxBodyBytes).catch((e: unknown) => {
        if (e instanceof BodyTooLargeError) throw new HttpError(413, e.message, e.code);
        if (e instanceof InvalidEncodingError) throw new HttpError(400, e.message, e.code);
        throw e;
      });
      const type = headers.get("content-type") ?? "";
      if (type.includes("application/json") || type.includes("application/graphql-response+json")) {
        try {
          body = raw ? JSON.parse(raw) : {};
        } catch {
          throw new HttpError(400, "Request body is not valid JSON");
        }
      } else {
        body = raw;
      }
    }
    ({ body, search } = trustedParams(req, url, body));
    const request: HTTPGraphQLRequest = { method: (req.method ?? "GET").toUpperCase(), headers, search, body };
    // An execution slot once the request is complete (a slow body holds no slot).
    const signal = requestSignal(res, security.requestTimeoutMs);
    const release = await admission.enter(signal).catch((e: unknown) => {
      if (e instanceof OverloadedError) throw new HttpError(503, e.message, e.code, { "retry-after": String(e.retryAfterSeconds) });
      if (e instanceof TimeBudgetError) throw new HttpError(503, e.message, e.code);
      throw new ClientGone();
    });
    connections.answering(req.socket, true);
    res.once("close", () => connections.answering(req.socket, false));
    let response;
    try {
      response = await withTimeBudget(
        apollo.executeHTTPGraphQLRequest({
          httpGraphQLRequest: request,
          context: async () => ({ ...createContext(db, req.headers), access: decideAccess(security, req.headers), signal, extract: extractInWorker(signal), bus: notifications.bus }),
        }),
        security.requestTimeoutMs,
      ).catch((e: unknown) => {
        throw e instanceof Error && (e as { code?: string }).code === "REQUEST_TIMEOUT" ? new HttpError(503, e.message, "REQUEST_TIMEOUT") : e;
      });
    } finally {
      release();
      // The client left mid-execution: the security plugin stopped resolving fields at its signal.
      if (signal.aborted && !(signal.reason instanceof TimeBudgetError)) admission.abandoned();
    }
    if (signal.aborted && !(signal.reason instanceof TimeBudgetError)) throw new ClientGone();
    const outHeaders: Record<string, string> = {};
    for (const [key, value] of response.headers) outHeaders[key] = value;
    res.writeHead(response.status ?? 200, outHeaders);
    if (response.body.kind === "complete") {
      res.end(response.body.string);
    } else {
      for await (const chunk of response.body.asyncIterator) res.write(chunk);
      res.end();
    }
  }

  async function healthz(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (req.method !== "GET" && req.method !== "HEAD") return sendJson(res, 405, { error: "Method not allowed" }, { allow: "GET, HEAD" });
    // Answers within a second whatever the load: a database too busy to answer SELECT 1 in
    // 800 ms (every pooled connection taken) is busy, not down; a failing one is down.
    const check = db.prisma.$queryRawUnsafe("SELECT 1").then(
      () => "ok" as const,
      () => "down" as const,
    );
    const state = await Promise.race([check, new Promise<"busy">((resolve) => setTimeout(() => resolve("busy"), 800).unref())]);
    if (state === "down") return sendJson(res, 503, { status: "unavailable", error: "database unreachable" });
    return sendJson(res, 200, state === "ok" ? { status: "ok" } : { status: "ok", database: "busy" });
  }

  httpServer.on("request", (req: http.IncomingMessage, res: http.ServerResponse) => {
    let url: URL;
    try {
      url = new URL(decodeRequestTarget(req.url ?? "/"), "http://localhost");
    } catch (e) {
      const message = e instanceof InvalidEncodingError ? e.message : "The request URL is malformed";
      return sendJson(res, 400, { errors: [{ message, extensions: { code: e instanceof InvalidEncodingError ? e.code : "BAD_REQUEST" } }] }, { connection: "close" });
    }
    const handle = async () => {
      if (handleCors(req, res, security.corsOrigins)) return; // a preflight, answered
      if (url.pathname === "/healthz") return healthz(req, res);
      if ((url.pathname === "/" || url.pathname === "/graphql") && wantsHtml(req, url)) {
        const html = ideHtml("/graphql");
        res.writeHead(200, {
          "content-type": "text/html; charset=utf-8",
          "content-length": Buffer.byteLength(html),
          "content-security-policy": IDE_CSP,
          "cache-control": "no-cache",
        });
        return res.end(html);
      }
      if (url.pathname === "/graphql") return (await hold.wait(req, res)) ? graphql(req, res, url) : undefined;
      if (isExplorerPath(url.pathname)) return explorer(req, res, url);
      if (url.pathname === "/") {
        res.writeHead(302, { location: "/graphql" });
        return res.end();
      }
      sendJson(res, 404, { error: `Not found: ${url.pathname}. The GraphQL API is at /graphql.` });
    };
    handle().catch((err: unknown) => {
      if (err instanceof ClientGone) return;
      if (err instanceof HttpError) {
        const retryAfter = Number(err.headers["retry-after"] ?? 0);
        if (err.status === 503 && retryAfter > 0 && security.retryHold) hold.told(req.socket, retryAfter);
        if (!res.headersSent) sendJson(res, err.status, { errors: [{ message: err.message, extensions: { code: err.code } }] }, err.status === 503 ? err.headers : { connection: "close", ...err.headers });
        return;
      }
      log(`request ${req.method} ${url.pathname} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } }] });
      else res.destroy();
    });
  });

  const unlisten = async (e: unknown) => {
    if (httpServer.listening) await new Promise((r) => httpServer.close(r));
    await notifications.close();
    throw e;
  };
  await listen(httpServer, port, host).catch(unlisten);
  const health: HealthWorker | null =
    healthPort === null ? null : await startHealthWorker({ port: healthPort, host, provider: db.provider, url: db.url, stallMs: healthStallMs, priority: healthPriority, log }).catch(unlisten);
  // Once listening, an error of the server itself (accept failing with EMFILE, say) is logged; the
  // WebSocket server used to be its only listener.
  httpServer.on("error", (e) => log(`HTTP server error: ${e.message}`));
  admission.start();
  const url = baseUrl(httpServer);
  const healthUrl = health ? baseUrl(httpServer, health.port) : null;
  log(`GraphQL API at ${url}/graphql (IDE in a browser at the same address)`);
  if (healthUrl) log(`/healthz also at ${healthUrl}/healthz`);

  let closing: Promise<void> | null = null;
  return {
    url,
    healthUrl,
    close() {
      // Stops accepting connections, lets in-flight requests finish (drain plugin), then stops Apollo.
      admission.stop();
      closing ??= Promise.resolve(health?.close()).then(() => notifications.close()).then(() => apollo.stop()).then(() => pool?.close());
      return closing;
    },
    stats: () => ({ shed: admission.shed, held: hold.held, running: admission.running, waiting: admission.waiting, cancelled: { ...admission.cancelled }, ...connections.stats() }),
  };
}
