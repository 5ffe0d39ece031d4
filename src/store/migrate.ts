import { execFile } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { promisify } from "node:util";
import { PROJECT_ROOT, providerOf, redactUrl, sqlitePath, type Provider } from "./config.ts";

const run = promisify(execFile);
const require = createRequire(import.meta.url);

/** A database the command cannot use as it is: not migrated, or locked by another process. */
export class DatabaseStateError extends Error {}

/** Names of the migrations in the repository for this backend, oldest first. */
export function migrationNames(provider: Provider): string[] {
  const dir = path.join(PROJECT_ROOT, "prisma", provider, "migrations");
  return fs.readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
}

/**
 * Migrations not yet applied to the database, read straight from Prisma's `_prisma_migrations`
 * table. Creates nothing: a SQLite file that does not exist stays absent (`exists: false`).
 */
export async function pendingMigrations(url: string): Promise<{ exists: boolean; pending: string[] }> {
  const provider = providerOf(url);
  const all = migrationNames(provider);
  const query = "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL";
  let applied: string[] = [];
  if (provider === "sqlite") {
    const file = sqlitePath(url);
    if (!fs.existsSync(file)) return { exists: false, pending: all };
    const Sqlite = require("better-sqlite3") as typeof import("better-sqlite3");
    const db = new Sqlite(file, { readonly: true, fileMustExist: true, timeout: 5_000 });
    try {
      const hasTable = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'").get();
      if (hasTable) applied = (db.prepare(query).all() as { migration_name: string }[]).map((r) => r.migration_name);
    } finally {
      db.close();
    }
  } else {
    const { default: pg } = await import("pg");
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query<{ t: string | null }>("SELECT to_regclass('_prisma_migrations')::text AS t");
      if (rows[0]?.t) applied = (await client.query<{ migration_name: string }>(query)).rows.map((r) => r.migration_name);
    } finally {
      await client.end();
    }
  }
  const done = new Set(applied);
  return { exists: true, pending: all.filter((m) => !done.has(m)) };
}

/** Refuses, with what to do, a database that lacks migrations (before anything opens and creates it). */
export async function assertMigrated(url: string): Promise<void> {
  const { exists, pending } = await pendingMigrations(url);
  const where = providerOf(url) === "sqlite" ? sqlitePath(url) : redactUrl(url);
  if (!exists) throw new DatabaseStateError(`database ${where} does not exist: run \`diplograph migrate\` first`);
  if (pending.length === migrationNames(providerOf(url)).length) throw new DatabaseStateError(`database ${where} was never migrated: run \`diplograph migrate\` first`);
  if (pending.length) throw new DatabaseStateError(`database ${where} lacks ${pending.length} migration(s) (${pending.join(", ")}): run \`diplograph migrate\` first`);
}

/** Other processes that hold the file (or its WAL) open, from /proc (Linux); empty elsewhere. */
export function processesUsing(file: string): { pid: number; command: string }[] {
  const targets = new Set([file, `${file}-wal`, `${file}-shm`, `${file}-journal`]);
  const found: { pid: number; command: string }[] = [];
  let pids: string[];
  try {
    pids = fs.readdirSync("/proc").filter((p) => /^\d+$/.test(p) && Number(p) !== process.pid);
  } catch {
    return found;
  }
  for (const pid of pids) {
    try {
      const fds = fs.readdirSync(`/proc/${pid}/fd`);
      if (!fds.some((fd) => targets.has(safeReadlink(`/proc/${pid}/fd/${fd}`)))) continue;
      const command = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean).join(" ");
      found.push({ pid: Number(pid), command });
    } catch {
      // a process that ended meanwhile, or one we may not inspect
    }
  }
  return found;
}

function lockedError(file: string, others: { pid: number; command: string }[]): DatabaseStateError {
  const who = others.length ? others.map((p) => `pid ${p.pid} (${p.command.slice(0, 120)})`).join(", ") : "another process";
  return new DatabaseStateError(
    `database ${file} is locked by ${who}: migrating needs the file to itself. Stop that process (a running \`diplograph serve\` or \`npm start\`), then run \`diplograph migrate\` again.`,
  );
}

function safeReadlink(p: string): string {
  try {
    return fs.readlinkSync(p);
  } catch {
    return "";
  }
}

/**
 * Applies pending migrations with `prisma migrate deploy` (the supported way on Prisma's WASM
 * engines; see docs) and returns the names it applied. The provider, and so the migrations folder,
 * follows the URL. With nothing pending, Prisma is not started at all.
 */
export async function migrate(url: string): Promise<string[]> {
  const provider = providerOf(url);
  if (provider === "sqlite") fs.mkdirSync(path.dirname(sqlitePath(url)), { recursive: true });
  const { pending } = await pendingMigrations(url);
  if (!pending.length) return [];
  // Prisma's schema engine cannot migrate a SQLite file another connection holds (it gives up after
  // its busy timeout with a WebAssembly stack trace): say so at once, naming the holder.
  if (provider === "sqlite") {
    const others = processesUsing(sqlitePath(url));
    if (others.length) throw lockedError(sqlitePath(url), others);
  }
  // Resolved, not joined to our folder: installed as a package, prisma may be hoisted above it.
  const prisma = require.resolve("prisma/build/index.js");
  const env = { ...process.env, DATABASE_URL: provider === "sqlite" ? `file:${sqlitePath(url)}` : url, DB_PROVIDER: provider };
  try {
    await run(process.execPath, [prisma, "migrate", "deploy"], { cwd: PROJECT_ROOT, env });
    return pending;
  } catch (err) {
    const e = err as { stdout?: string; stderr?: string; message: string };
    const output = e.stderr || e.stdout || e.message;
    // The SQLite adapter reports SQLITE_BUSY as "SocketTimeout": another connection holds the file.
    if (provider === "sqlite" && /SocketTimeout|SQLITE_BUSY|database is locked/.test(output)) {
      throw lockedError(sqlitePath(url), processesUsing(sqlitePath(url)));
    }
    const detail = output.trim().split("\n").filter((l) => !/^\s+at |wasm-function/.test(l)).slice(-6).join("\n");
    throw new Error(`migrating ${redactUrl(url)} failed:\n${detail}`);
  }
}
