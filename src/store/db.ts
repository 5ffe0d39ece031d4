import fs from "node:fs";
import path from "node:path";
import type { PrismaClient } from "../generated/sqlite/client.ts";
import { databaseUrl, providerOf, sqlitePath, type Provider } from "./config.ts";
import { registerDirect, sawBegin } from "./direct.ts";
import { pgReader, sqliteReader, type Reader } from "./reader.ts";
import { readWorkersFrom, SqliteReadPool } from "./read-pool.ts";

/**
 * The store's Prisma client. Both backends are generated from the same models, so the SQLite
 * client's types describe the PostgreSQL client too; one type keeps the rest of the code
 * provider-agnostic.
 */
export type Db = PrismaClient;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export interface Database {
  prisma: Db;
  /** SELECTs straight to the driver, outside Prisma's client (the API's hot reads; see reader.ts). */
  read: Reader;
  provider: Provider;
  url: string;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Called with every SQL statement the client sends (for statement counting and debugging). */
  onQuery?: (sql: string) => void;
  /** PostgreSQL pool size per client (default: $DATABASE_POOL_SIZE, else 10). */
  poolSize?: number;
  /**
   * PostgreSQL read replicas (default: $DATABASE_REPLICA_URLS, comma-separated). Model reads
   * outside transactions go to a replica; writes, transactions and raw SQL go to the primary.
   */
  replicaUrls?: string[];
  /**
   * SQLite: worker threads for `read`, each with a read-only connection, so the API's reads do not
   * hold the event loop (read-pool.ts). Default: $DIPLOGRAPH_READ_WORKERS, else 0 (reads on
   * Prisma's connection, in this thread); the server's commands default to 2.
   */
  readWorkers?: number;
}

function replicaUrlsFromEnv(env: NodeJS.ProcessEnv): string[] {
  return (env.DATABASE_REPLICA_URLS ?? "").split(",").map((u) => u.trim()).filter(Boolean);
}

function poolSizeFromEnv(env: NodeJS.ProcessEnv): number {
  const raw = env.DATABASE_POOL_SIZE?.trim();
  if (!raw) return 10;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`DATABASE_POOL_SIZE must be a positive whole number, got "${raw}"`);
  return n;
}

/**
 * A pg pool whose connections run one query at a time. Prisma's query interpreter sends the
 * relation queries of one `include` together, and inside a transaction they share one connection:
 * pg 8 queues them itself but warns ("Calling client.query() when the client is already executing
 * a query is deprecated"). Queueing them here keeps the same order without relying on that.
 */
async function serialPool(config: import("pg").PoolConfig): Promise<import("pg").Pool> {
  const { default: pg } = await import("pg");
  // No JIT: every statement here is short, and PostgreSQL compiles one whose estimated cost passes
  // jit_above_cost, as the recursive index walk of nodes/identity.ts does on its guessed row
  // counts, for 100-800 ms each time on a busy machine (issue #16). An `options` in the URL still wins.
  const pool = new pg.Pool({ options: "-c jit=off", ...config });
  // An idle connection the server ends (a restart, pg_terminate_backend, a dropped database) makes
  // the pool emit "error"; unheard, that is an uncaught exception that kills the process. pg has
  // already dropped the connection, the next query opens a new one, and a query in flight gets
  // its own error, so there is nothing to do here but listen.
  pool.on("error", () => undefined);
  pool.on("connect", (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    let tail: Promise<unknown> = Promise.resolve();
    (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
      // Prisma's adapter begins a transaction with this object: the client is the transaction's (direct.ts).
      if ((args[0] as { text?: unknown } | undefined)?.text === "BEGIN") sawBegin(client);
      // Callback and submittable forms are pg's own internal uses; only promise calls are queued.
      if (typeof args[args.length - 1] === "function" || typeof (args[0] as { submit?: unknown })?.submit === "function") return query(...args);
      const run = tail.then(() => query(...args));
      tail = run.catch(() => undefined);
      return run;
    };
  });
  return pool;
}

/**
 * SQLite's LIKE has no escape character unless the statement names one, and Prisma names none:
 * every LIKE gets `ESCAPE '\'`, the character PostgreSQL uses by default, so filters escaped by
 * src/store/queries/match.ts match literally on both backends.
 */
export function withLikeEscape(sql: string): string {
  return sql.includes(" LIKE ?") ? sql.replace(/ LIKE \?/g, " LIKE ? ESCAPE '\\'") : sql;
}

type SqliteFactory = InstanceType<typeof import("@prisma/adapter-better-sqlite3").PrismaBetterSQLite3>;

/**
 * Transactions here always write. A plain (deferred) BEGIN takes the write lock only at the first
 * write, and when another process committed in between, SQLite refuses the upgrade at once with
 * SQLITE_BUSY instead of waiting: concurrent ingest processes then fail. BEGIN IMMEDIATE takes the
 * lock up front, so the busy timeout queues writers instead.
 */
function withImmediateTransactions(factory: SqliteFactory, connected: (client: import("better-sqlite3").Database) => void): SqliteFactory {
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    const client = (adapter as unknown as { client: import("better-sqlite3").Database }).client;
    connected(client);
    const prepare = client.prepare.bind(client);
    // The adapter prepares its BEGIN for every transaction (0.05 ms of CPU each, issue #16); it
    // binds nothing to it, so one statement serves them all.
    let begin: ReturnType<typeof prepare> | null = null;
    client.prepare = ((sql: string) => (sql === "BEGIN" ? (begin ??= prepare("BEGIN IMMEDIATE")) : prepare(withLikeEscape(sql)))) as typeof client.prepare;
    return adapter;
  };
  return factory;
}

export async function openDatabase(url = databaseUrl(), options: OpenOptions = {}): Promise<Database> {
  const provider = providerOf(url);
  const log = options.onQuery ? [{ emit: "event" as const, level: "query" as const }] : [];
  let prisma: Db;
  let read: Reader;
  let readPool: SqliteReadPool | null = null;
  let sqliteConnection: import("better-sqlite3").Database | null = null;
  if (provider === "sqlite") {
    const file = sqlitePath(url);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const [{ PrismaClient }, { PrismaBetterSQLite3 }] = await Promise.all([
      import("../generated/sqlite/client.ts"),
      import("@prisma/adapter-better-sqlite3"),
    ]);
    // timeout: wait for another process's write lock instead of failing at once.
    let connection: import("better-sqlite3").Database | null = null;
    const adapter = withImmediateTransactions(new PrismaBetterSQLite3({ url: `file:${file}`, timeout: 15_000 }), (c) => (connection = sqliteConnection = c));
    prisma = new PrismaClient({ adapter, log });
    const client = prisma;
    const workers = readWorkersFrom(options.readWorkers, 0);
    if (workers > 0) {
      readPool = new SqliteReadPool(file, workers, options.onQuery);
      read = readPool;
    } else {
      // Reads share Prisma's one connection (an open ingest transaction's writes are visible to both alike).
      read = sqliteReader(async () => {
        // Prisma opens (and after $disconnect, reopens) its connection on demand.
        if (!connection?.open) await client.$connect();
        if (!connection?.open) throw new Error("the SQLite connection is not open");
        return connection;
      }, options.onQuery);
    }
  } else {
    const [{ PrismaClient }, { PrismaPg }] = await Promise.all([
      import("../generated/postgresql/client.ts"),
      import("@prisma/adapter-pg"),
    ]);
    const max = options.poolSize ?? poolSizeFromEnv(process.env);
    const primary = await serialPool({ connectionString: url, max });
    prisma = new PrismaClient({ adapter: new PrismaPg(primary, { disposeExternalPool: true }), log }) as unknown as Db;
    const replicaUrls = options.replicaUrls ?? replicaUrlsFromEnv(process.env);
    const readPools = [primary];
    if (replicaUrls.length) {
      const { readReplicas } = await import("@prisma/extension-read-replicas");
      for (const r of replicaUrls) if (providerOf(r) !== "postgresql") throw new Error("read replicas must be postgresql:// URLs");
      const pools = await Promise.all(replicaUrls.map((r) => serialPool({ connectionString: r, max })));
      const replicas = pools.map((pool) => new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }), log }));
      // Model reads go to the replicas, so the direct reads do too.
      readPools.splice(0, 1, ...pools);
      prisma = prisma.$extends(readReplicas({ replicas: replicas as never[] })) as unknown as Db;
    }
    read = await pgReader(() => readPools, options.onQuery);
  }
  registerDirect(prisma, provider === "sqlite" ? { sqlite: () => (sqliteConnection?.open ? sqliteConnection : null), onQuery: options.onQuery, read } : { pg: true, onQuery: options.onQuery, read });
  if (options.onQuery) {
    const onQuery = options.onQuery;
    (prisma as unknown as { $on(e: "query", cb: (e: { query: string }) => void): void }).$on("query", (e) => onQuery(e.query));
  }
  if (provider === "sqlite") {
    // WAL lets API readers proceed while an ingest writes. synchronous=NORMAL in WAL mode syncs at
    // checkpoints rather than every commit: a killed process loses nothing committed (only a power
    // cut can lose the last transactions), and commits stop waiting on the disk.
    // Foreign keys are off by default in SQLite.
    await prisma.$queryRawUnsafe("PRAGMA journal_mode = WAL");
    await prisma.$executeRawUnsafe("PRAGMA synchronous = NORMAL");
    await prisma.$executeRawUnsafe("PRAGMA foreign_keys = ON");
    // An ingested document's commit writes about 140 pages to the WAL (one or two leaves of each
    // index it touches), so the default checkpoint every 1,000 pages ran every seven documents and
    // copied the same hot pages back each time (the commit: 1.9-2.6 ms of CPU per document, 1.3-1.9
    // with these settings; bench/README.md, ingest16b). 10,000 pages (a WAL of up to 40 MiB on
    // disk) checkpoint a hot page about once per 70 documents. The writer's page cache (2 MiB by
    // default) keeps those pages and the look-ups' index pages.
    await prisma.$queryRawUnsafe("PRAGMA wal_autocheckpoint = 10000");
    await prisma.$executeRawUnsafe("PRAGMA cache_size = -65536");
  }
  return { prisma, read, provider, url, close: () => Promise.all([readPool?.close(), prisma.$disconnect()]).then(() => undefined) };
}
