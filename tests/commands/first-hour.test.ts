// What a new user meets first (issue #18): help, usage errors, databases that are not ready, running
// from another folder, output piped into a reader that stops early. Through the compiled CLI
// (the global setup builds dist/ when the sources are newer).
import { execFile, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseUrl, PROJECT_ROOT } from "../../src/store/config.ts";
import { migrationNames } from "../../src/store/migrate.ts";
import { dropDatabase, freshDatabaseUrl, TEST_DATABASE_URL, testProvider } from "../helpers/database.ts";

const run = promisify(execFile);
const BIN = path.join(PROJECT_ROOT, "bin", "diplograph.js");
const SEED = path.join(PROJECT_ROOT, "seeds", "000_8351da674720dd2b.txt");
const tmp = (prefix: string) => fs.mkdtempSync(path.join(os.tmpdir(), prefix));

async function cli(args: string[], env: Record<string, string> = {}, cwd = PROJECT_ROOT) {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

// Every command the CLI has: a new one must be added here (the first test checks the list is whole).
const COMMANDS = ["ingest", "extract", "migrate", "serve", "start", "reextract", "export", "import", "prune-changes", "follow", "worker", "webhooks", "curate", "dead-letters"];

describe("help", () => {
  it("--help, -h and help print the usage of every command and exit 0", async () => {
    for (const flag of ["--help", "-h", "help"]) {
      const r = await cli([flag]);
      expect(r.code, flag).toBe(0);
      for (const c of COMMANDS) expect(r.stdout).toContain(`diplograph ${c}`);
      expect([...r.stdout.matchAll(/^  diplograph ([a-z-]+)/gm)].map((m) => m[1]).sort()).toEqual([...COMMANDS].sort());
    }
  });

  it("each command has its own usage under --help and -h", async () => {
    for (const c of COMMANDS) {
      for (const flag of ["--help", "-h"]) {
        const r = await cli([c, flag]);
        expect(r.code, `${c} ${flag}`).toBe(0);
        expect(r.stdout).toMatch(new RegExp(`^Usage: diplograph ${c}\\b`));
        for (const other of COMMANDS.filter((o) => o !== c)) expect(r.stdout).not.toMatch(new RegExp(`diplograph ${other}( |$)`, "m"));
      }
    }
    expect((await cli(["ingest", "--help"])).stdout).toContain("--workers N");
    expect((await cli(["help", "export"])).stdout).toMatch(/^Usage: diplograph export \[FILE\]/);
  });

  it("an unknown command or option, or no command, gives the usage and exit 2", async () => {
    const unknown = await cli(["frobnicate"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown command "frobnicate"');
    expect(unknown.stderr).toContain("diplograph ingest");
    const none = await cli([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("Usage:");
    const badOption = await cli(["export", "--frob"]);
    expect(badOption.code).toBe(2);
    expect(badOption.stderr).toMatch(/Unknown option '--frob'[\s\S]*Usage: diplograph export/);
  });

  it("--workers 0 is refused with what it takes", async () => {
    const r = await cli(["ingest", "--workers", "0", SEED], { DATABASE_URL: "file:/nonexistent/never.db" });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--workers must be a whole number from 1 to 64 (1: extract on the main thread), got "0"');
  });
});

describe("a database that is not ready", () => {
  it("import, export, ingest, reextract and serve on a SQLite file never created say to migrate, and create nothing", async () => {
    const dir = tmp("diplograph-unmigrated-");
    const file = path.join(dir, "none.db");
    const dump = path.join(dir, "dump.jsonl");
    fs.writeFileSync(dump, "");
    for (const args of [["ingest", SEED], ["export"], ["import", dump], ["reextract"], ["serve"]]) {
      const r = await cli(args, { DATABASE_URL: `file:${file}`, PORT: "0" });
      expect(r.code, args[0]).toBe(1);
      expect(r.stderr.trim(), args[0]).toBe(`diplograph: database ${file} does not exist: run \`diplograph migrate\` first`);
    }
    expect(fs.readdirSync(dir)).toEqual(["dump.jsonl"]);
  });

  it("an empty database (created, never migrated) is named as such, and migrate says what it applied", async () => {
    let url: string;
    let drop = async () => {};
    if (testProvider === "postgresql") {
      const name = `diplograph_test_${process.pid}_${Date.now()}_empty`;
      const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await admin.connect();
      await admin.query(`CREATE DATABASE "${name}"`);
      await admin.end();
      const u = new URL(TEST_DATABASE_URL);
      u.pathname = `/${name}`;
      url = u.toString();
      drop = () => dropDatabase(url);
    } else {
      const file = path.join(tmp("diplograph-empty-"), "empty.db");
      fs.writeFileSync(file, "");
      url = `file:${file}`;
    }
    try {
      const before = await cli(["export"], { DATABASE_URL: url });
      expect(before.code).toBe(1);
      expect(before.stderr).toMatch(/^diplograph: database \S+ was never migrated: run `diplograph migrate` first\n$/);
      expect(before.stdout).toBe("");
      const names = migrationNames(testProvider);
      const first = await cli(["migrate"], { DATABASE_URL: url });
      expect(first.code).toBe(0);
      expect(first.stdout).toContain(`applied ${names.length} migration(s) to `);
      expect(first.stdout).toContain(names.join(", "));
      const again = await cli(["migrate"], { DATABASE_URL: url });
      expect(again.stdout).toMatch(/is up to date \(no pending migrations\)/);
      const after = await cli(["export"], { DATABASE_URL: url });
      expect(after.code).toBe(0);
      expect(after.stderr).toContain("exported 0 document(s)");
    } finally {
      await drop();
    }
  });

  it("migrating a SQLite file another process holds names the lock and that process, at once", async () => {
    const file = path.join(tmp("diplograph-locked-"), "held.db");
    const holder = spawn(
      process.execPath,
      ["-e", `const D = require("better-sqlite3"); const d = new D(${JSON.stringify(file)}); d.pragma("journal_mode = WAL"); d.exec("CREATE TABLE held (x)"); console.log("ready"); setInterval(() => {}, 1000);`],
      { cwd: PROJECT_ROOT, stdio: ["ignore", "pipe", "inherit"] },
    );
    try {
      await new Promise<void>((resolve) => holder.stdout!.once("data", () => resolve()));
      const started = Date.now();
      const r = await cli(["migrate"], { DATABASE_URL: `file:${file}` });
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`database ${file} is locked by pid ${holder.pid} (`);
      expect(r.stderr).toContain("Stop that process");
      expect(r.stderr).not.toMatch(/wasm|    at /);
      // The schema engine alone would wait out its busy timeout (over 30 s here) before failing.
      expect(Date.now() - started).toBeLessThan(20_000);
    } finally {
      holder.kill();
    }
  });
});

/** A free TCP port on loopback (closed again at once). */
async function freePort(): Promise<number> {
  const net = await import("node:net");
  return new Promise((resolve, reject) => {
    const probe = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as import("node:net").AddressInfo;
      probe.close(() => resolve(port));
    });
    probe.once("error", reject);
  });
}

describe("a server already running on the database", () => {
  let url: string;
  beforeAll(async () => {
    url = await freshDatabaseUrl();
  });
  afterAll(async () => {
    await dropDatabase(url);
  });

  it("migrate says the database is up to date, and a second start names the port in use, with no stack trace", async () => {
    const port = await freePort();
    const env = { ...process.env, DATABASE_URL: url, PORT: String(port) };
    const server = spawn(process.execPath, [BIN, "serve"], { cwd: PROJECT_ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    server.stderr!.on("data", (d) => (stderr += d));
    try {
      await new Promise<void>((resolve, reject) => {
        let out = "";
        server.stdout!.on("data", (d) => {
          out += d;
          if (out.includes("GraphQL API at")) resolve();
        });
        server.once("exit", () => reject(new Error(`serve exited: ${stderr}`)));
      });
      // Both used to end in a WebAssembly stack trace from Prisma's schema engine (SQLite busy).
      const migrate = await cli(["migrate"], { DATABASE_URL: url });
      expect(migrate.stderr).toBe("");
      expect(migrate.code).toBe(0);
      expect(migrate.stdout).toMatch(/is up to date \(no pending migrations\)/);
      const second = await cli(["start"], { DATABASE_URL: url, PORT: String(port) });
      expect(second.code).toBe(1);
      expect(second.stderr).toBe(`diplograph: 127.0.0.1:${port} is already in use (is another \`diplograph serve\` or \`npm start\` running?): stop it, or set PORT to another port\n`);
      expect(second.stdout).toMatch(/is up to date \(no pending migrations\)/);
      // The first server is untouched.
      const res = await fetch(`http://127.0.0.1:${port}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ officials(first: 1) { totalCount } }" }) });
      expect(res.status).toBe(200);
    } finally {
      server.kill("SIGTERM");
      await new Promise((resolve) => server.once("exit", resolve));
    }
    expect(stderr).toBe("");
  });
});

describe("from another folder", () => {
  let url: string;
  beforeAll(async () => {
    url = await freshDatabaseUrl();
  });
  afterAll(async () => {
    await dropDatabase(url);
  });

  it("without DATABASE_URL the SQLite file is data/diplograph.db in the diplograph folder, wherever the command runs", () => {
    expect(databaseUrl({})).toBe(`file:${path.join(PROJECT_ROOT, "data", "diplograph.db")}`);
    expect(databaseUrl({ DATABASE_URL: "file:./here.db" })).toBe("file:./here.db");
  });

  it("a relative DATABASE_URL lands in the working folder, and nothing else is created there", async () => {
    const cwd = tmp("diplograph-cwd-");
    const r = await cli(["migrate"], { DATABASE_URL: "file:./mine.db" }, cwd);
    expect(r.code).toBe(0);
    expect(fs.readdirSync(cwd).sort()).toEqual(["mine.db"]);
  });

  it("serves the API (TypeGraphQL decorators and all) and ingests with worker threads", async () => {
    const cwd = tmp("diplograph-cwd-");
    const ingest = await cli(["ingest", "--workers", "2", path.join(PROJECT_ROOT, "seeds")], { DATABASE_URL: url }, cwd);
    expect(ingest.stderr).toBe("");
    expect(ingest.stdout).toMatch(/documents: 2 \(2 created/);
    const server = spawn(process.execPath, [BIN, "serve"], { cwd, env: { ...process.env, DATABASE_URL: url, PORT: "0" }, stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    server.stderr!.on("data", (d) => (stderr += d));
    try {
      const address = await new Promise<string>((resolve, reject) => {
        let out = "";
        server.stdout!.on("data", (d) => {
          out += d;
          const m = /GraphQL API at (http:\/\/\S+\/graphql)/.exec(out);
          if (m) resolve(m[1]);
        });
        server.once("exit", () => reject(new Error(`serve exited: ${stderr}`)));
      });
      const res = await fetch(address, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ officials(first: 10) { totalCount } }" }) });
      expect(await res.json()).toEqual({ data: { officials: { totalCount: 4 } } });
    } finally {
      server.kill("SIGTERM");
      await new Promise((resolve) => server.once("exit", resolve));
    }
    expect(stderr).toBe("");
    expect(fs.readdirSync(cwd)).toEqual([]);
  });
});

describe("output into a reader that stops early", () => {
  let url: string;
  beforeAll(async () => {
    url = await freshDatabaseUrl();
  });
  afterAll(async () => {
    await dropDatabase(url);
  });

  it("ends quietly when the pipe closes (no EPIPE crash), keeping what was committed", async () => {
    const dir = tmp("diplograph-epipe-");
    for (let i = 0; i < 8; i++) fs.writeFileSync(path.join(dir, `doc-${i}.txt`), `${fs.readFileSync(SEED, "utf8")}\nParagraph ${i} of a longer report.\n`);
    // Like `diplograph ingest DIR | head -1`: the reader goes away after the first line while
    // documents are still being stored.
    const child = spawn(process.execPath, [BIN, "ingest", dir], { cwd: PROJECT_ROOT, env: { ...process.env, DATABASE_URL: url }, stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr!.on("data", (d) => (stderr += d));
    await new Promise<void>((resolve) => child.stdout!.once("data", () => resolve()));
    child.stdout!.destroy();
    const code = await new Promise<number | null>((resolve) => child.once("exit", (c) => resolve(c)));
    expect(stderr).toBe("");
    expect(code).toBe(0);
    // Every document is whole: those stored before the pipe closed, then the rest on a rerun.
    const rerun = await cli(["ingest", dir], { DATABASE_URL: url });
    expect(rerun.code).toBe(0);
    expect(rerun.stdout).toMatch(/documents: 8 \(\d created, 0 replaced, \d unchanged, 0 failed\)/);
  });

  it("export prints its summary and nothing else on stderr (no pg deprecation warning on PostgreSQL)", async () => {
    const r = await cli(["export"], { DATABASE_URL: url });
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split("\n").length).toBeGreaterThan(8);
    expect(r.stderr).toMatch(/^exported 8 document\(s\), \d+ official\(s\), .* lines to stdout\n$/);
  });
});
