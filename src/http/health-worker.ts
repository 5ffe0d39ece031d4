// The health worker (health.ts): a server answering /healthz only, from the main thread's
// heartbeat and a database connection of its own, so a probe never waits for the main thread.
import { execFile } from "node:child_process";
import http from "node:http";
import os from "node:os";
import { parentPort, workerData } from "node:worker_threads";
import { sqlitePath } from "../store/config.ts";
import { threadId, type HealthOptions } from "./health.ts";

const { beat, port, host, provider, url, stallMs, priority } = workerData as Omit<HealthOptions, "log"> & { beat: BigInt64Array };

// As the main thread's /healthz: a database too busy to answer in 800 ms is busy, not down.
const BUSY_MS = 800;

type DbState = "ok" | "busy" | "down";

/** One check at a time; probes arriving meanwhile share it. */
let inFlight: Promise<DbState> | null = null;
let check: () => Promise<DbState>;

if (provider === "sqlite") {
  const { default: Sqlite } = await import("better-sqlite3");
  let conn: import("better-sqlite3").Database | null = null;
  check = async () => {
    try {
      // Reads the file's header in a read transaction: the file is there and readable. WAL lets
      // it read beside a writer; the short busy timeout bounds the wait (this thread blocks on it).
      conn ??= new Sqlite(sqlitePath(url), { readonly: true, fileMustExist: true, timeout: 200 });
      conn.pragma("schema_version", { simple: true });
      return "ok";
    } catch (e) {
      if ((e as { code?: string }).code === "SQLITE_BUSY") return "busy";
      conn?.close();
      conn = null;
      return "down";
    }
  };
} else {
  const { default: pg } = await import("pg");
  let client: import("pg").Client | null = null;
  check = async () => {
    try {
      if (!client) {
        const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
        c.on("error", () => {
          if (client === c) client = null;
        });
        await c.connect();
        client = c;
      }
      await client.query("SELECT 1");
      return "ok";
    } catch {
      void client?.end().catch(() => {});
      client = null;
      return "down";
    }
  };
}

function database(): Promise<DbState> {
  inFlight ??= check().finally(() => (inFlight = null));
  return Promise.race([inFlight, new Promise<"busy">((resolve) => setTimeout(() => resolve("busy"), BUSY_MS).unref())]);
}

function send(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(text), "cache-control": "no-store", ...headers });
  res.end(text);
}

// Probes only: short limits, a connection cap well above any prober's needs.
const server = http.createServer({ headersTimeout: 5000, requestTimeout: 5000, connectionsCheckingInterval: 1000 }, (req, res) => {
  if ((req.url ?? "").split("?")[0] !== "/healthz") return send(res, 404, { error: "Only /healthz is served on this port" });
  if (req.method !== "GET" && req.method !== "HEAD") return send(res, 405, { error: "Method not allowed" }, { allow: "GET, HEAD" });
  const stalledMs = Number((process.hrtime.bigint() - Atomics.load(beat, 0)) / 1_000_000n);
  if (stalledMs > stallMs) return send(res, 503, { status: "unavailable", error: "event loop stalled", stalledMs });
  database().then(
    (state) => {
      if (state === "down") return send(res, 503, { status: "unavailable", error: "database unreachable" });
      send(res, 200, state === "ok" ? { status: "ok" } : { status: "ok", database: "busy" });
    },
    () => res.destroy(),
  );
});
server.maxConnections = 256;
server.keepAliveTimeout = 5000;

if (priority !== null) {
  const tid = threadId();
  const refused = (why: string) => parentPort!.postMessage({ note: `health worker: cannot set its priority to ${priority} (${why}); left as it is` });
  if (tid === null) refused("no thread id on this system");
  else if (priority === "fifo") {
    // Node has no call for a scheduling policy: util-linux's chrt sets it for this thread.
    execFile("chrt", ["-f", "-p", "1", String(tid)], (e) => e && refused(e.message.trim()));
  } else {
    try {
      os.setPriority(tid, priority);
    } catch (e) {
      refused((e as Error).message);
    }
  }
}

server.once("error", (e: NodeJS.ErrnoException) => parentPort!.postMessage({ failed: { message: e.message, code: e.code } }));
server.listen(port, host, () => {
  server.on("error", (e) => parentPort!.postMessage({ note: `health server error: ${e.message}` }));
  parentPort!.postMessage({ listening: (server.address() as import("node:net").AddressInfo).port });
});
