// Once per test run: bring the compiled CLI up to date, migrate one template database that every
// test file copies (migrating costs seconds, copying a file or CREATE DATABASE ... TEMPLATE much
// less), and drop the PostgreSQL databases that earlier, finished runs left behind.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { migrate } from "../../src/store/migrate.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** SQLite: path of the migrated template file. PostgreSQL: name of the template database. */
    dbTemplate: string;
  }
}

const pgUrl = () => process.env.TEST_DATABASE_URL?.trim().startsWith("postgres") ? process.env.TEST_DATABASE_URL!.trim() : "";

async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: pgUrl() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Databases are named diplograph_(tpl|test)_<pid>_...; those of processes that are gone are stale. */
async function dropStale(): Promise<void> {
  if (!pgUrl()) return;
  await admin(async (client) => {
    const { rows } = await client.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname ~ '^diplograph_(tpl|test)_[0-9]+_'`);
    for (const { datname } of rows) {
      const pid = Number(datname.split("_")[2]);
      let alive = true;
      try {
        process.kill(pid, 0);
      } catch {
        alive = false;
      }
      if (!alive) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`).catch(() => {});
    }
  });
}

let template = "";

export async function setup(project: TestProject): Promise<void> {
  // Tests that spawn bin/diplograph.js run the compiled CLI: rebuild dist/ when a source is newer.
  const build = spawnSync(process.execPath, ["scripts/build.mjs", "--if-stale"], { stdio: "inherit" });
  if (build.status !== 0) throw new Error("npm run build failed: the CLI tests need dist/");
  await dropStale();
  if (pgUrl()) {
    template = `diplograph_tpl_${process.pid}_${Date.now()}`;
    await admin((client) => client.query(`CREATE DATABASE "${template}"`));
    const u = new URL(pgUrl());
    u.pathname = `/${template}`;
    await migrate(u.toString());
  } else {
    template = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "diplograph-template-")), "template.db");
    await migrate(`file:${template}`);
  }
  project.provide("dbTemplate", template);
}

export async function teardown(): Promise<void> {
  if (pgUrl()) {
    if (template) await admin((client) => client.query(`DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`)).catch(() => {});
    await dropStale();
  } else if (template) {
    fs.rmSync(path.dirname(template), { recursive: true, force: true });
  }
}
