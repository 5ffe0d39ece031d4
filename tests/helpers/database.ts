// Real databases for tests: a fresh, migrated SQLite file per call, or, when TEST_DATABASE_URL
// points at PostgreSQL, a fresh database on that server. Each is a copy of the template the
// global setup migrated once for the whole run (global-setup.ts).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, inject } from "vitest";
import { migrate } from "../../src/store/migrate.ts";
import { openDatabase, type Database, type OpenOptions } from "../../src/store/db.ts";
import { providerOf } from "../../src/store/config.ts";

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL?.trim() || "";
export const testProvider = TEST_DATABASE_URL ? providerOf(TEST_DATABASE_URL) : "sqlite";

let template: Promise<string> | null = null;
let counter = 0;

function tmpDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), "diplograph-test-"));
}

async function sqliteTemplate(): Promise<string> {
  const file = path.join(tmpDir(), "template.db");
  await migrate(`file:${file}`);
  return file;
}

function pgUrl(database: string): string {
  const u = new URL(TEST_DATABASE_URL);
  u.pathname = `/${database}`;
  return u.toString();
}

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function pgTemplate(): Promise<string> {
  const name = `diplograph_tpl_${process.pid}_${Date.now()}`;
  await adminQuery(`CREATE DATABASE "${name}"`);
  await migrate(pgUrl(name));
  return name;
}

/** The run's template; a file's own template only where no global setup ran. */
function runTemplate(): string | undefined {
  try {
    return inject("dbTemplate");
  } catch {
    return undefined;
  }
}

/** A URL of a fresh, migrated, empty database. */
export async function freshDatabaseUrl(): Promise<string> {
  const shared = runTemplate();
  if (shared) template ??= Promise.resolve(shared);
  if (testProvider === "sqlite") {
    template ??= sqliteTemplate();
    const file = path.join(tmpDir(), `test-${counter++}.db`);
    fs.copyFileSync(await template, file);
    return `file:${file}`;
  }
  template ??= pgTemplate();
  const tpl = await template;
  const name = `diplograph_test_${process.pid}_${Date.now()}_${counter++}`;
  await adminQuery(`CREATE DATABASE "${name}" TEMPLATE "${tpl}"`);
  return pgUrl(name);
}

/** A fresh, migrated, empty database, opened. */
export async function freshDatabase(options: OpenOptions = {}): Promise<Database> {
  return openDatabase(await freshDatabaseUrl(), options);
}

/** Drops a PostgreSQL test database (SQLite files live in the OS temp folder). */
export async function dropDatabase(url: string): Promise<void> {
  if (providerOf(url) !== "postgresql") return;
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}

/**
 * Opens a fresh database per call; every one opened is closed and dropped after the calling
 * file's (or describe block's) tests.
 */
export function databasesForTests(): () => Promise<Database> {
  const opened: Database[] = [];
  afterAll(async () => {
    for (const db of opened) {
      await db.close();
      await dropDatabase(db.url);
    }
  });
  return async () => {
    const db = await freshDatabase();
    opened.push(db);
    return db;
  };
}
