// Databases of an older release, for migration tests: the repository's migrations for the test
// backend, and an empty database to run some of them on, statement by statement.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Sqlite from "better-sqlite3";
import pg from "pg";
import { TEST_DATABASE_URL, testProvider } from "./database.ts";

/** The test backend's migrations, oldest first. */
export function migrations(): { name: string; sql: string }[] {
  const dir = path.resolve("prisma", testProvider, "migrations");
  return fs
    .readdirSync(dir)
    .filter((d) => fs.existsSync(path.join(dir, d, "migration.sql")))
    .sort()
    .map((name) => ({ name, sql: fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8") }));
}

/** An empty database and a way to run a script of statements on it. */
export async function rawDatabase(label: string): Promise<{ url: string; run: (sql: string) => Promise<void>; close: () => Promise<void> }> {
  if (testProvider === "sqlite") {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), `${label}-`)), "old.db");
    const db = new Sqlite(file);
    return { url: `file:${file}`, run: async (sql) => void db.exec(sql), close: async () => void db.close() };
  }
  const name = `${label.replace(/-/g, "_")}_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const u = new URL(TEST_DATABASE_URL);
  u.pathname = `/${name}`;
  const client = new pg.Client({ connectionString: u.toString() });
  await client.connect();
  return { url: u.toString(), run: async (sql) => void (await client.query(sql)), close: () => client.end() };
}
