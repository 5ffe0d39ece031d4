// A SQLite write transaction's fixed costs (issue #16, ingest27): Prisma's engine ends every
// transaction with a "COMMIT" that its adapter prepared again each time (db.ts hands out one
// compiled statement), and a write transaction entered an AsyncLocalStorage that turned Node 20's
// promise hooks on for the whole process, a cost on every promise after it (direct.ts enters one
// on PostgreSQL only, where it finds the transaction's client).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Sqlite from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { writeTransaction } from "../../src/store/changes.ts";
import { Sql } from "../../src/store/sql.ts";
import { databasesForTests, testProvider } from "../helpers/database.ts";

const open = databasesForTests();
const proto = Sqlite.prototype as unknown as { prepare: (this: Sqlite.Database, sql: string) => unknown };
const prepare = proto.prepare;
afterEach(() => {
  proto.prepare = prepare;
});

describe.runIf(testProvider === "sqlite")("a SQLite write transaction's fixed costs", () => {
  it("compiles COMMIT once per connection, and commits and rolls back as before", async () => {
    const compiled: string[] = [];
    proto.prepare = function (this: Sqlite.Database, sql: string) {
      compiled.push(sql);
      return prepare.call(this, sql);
    };
    const db = await open();
    for (let i = 0; i < 5; i++) {
      await writeTransaction(db.prisma, (tx) => new Sql(tx).exec(`INSERT INTO "Topic" ("name") VALUES (?)`, [`commit ${i}`]));
    }
    const thrown = writeTransaction(db.prisma, async (tx) => {
      await new Sql(tx).exec(`INSERT INTO "Topic" ("name") VALUES (?)`, ["commit rolled back"]);
      throw new Error("stop");
    });
    await expect(thrown).rejects.toThrow("stop");
    await writeTransaction(db.prisma, (tx) => new Sql(tx).exec(`INSERT INTO "Topic" ("name") VALUES (?)`, ["commit after"]));
    expect(compiled.filter((s) => s === "COMMIT").length).toBeLessThanOrEqual(1);
    const names = (await db.prisma.topic.findMany({ where: { name: { startsWith: "commit " } }, orderBy: { id: "asc" } })).map((t) => t.name);
    expect(names).toEqual(["commit 0", "commit 1", "commit 2", "commit 3", "commit 4", "commit after"]);
    // The transaction is over: another connection can write.
    const other = new Sqlite(new URL(db.url.replace(/^file:/, "file://")).pathname);
    other.prepare(`INSERT INTO "Topic" ("name") VALUES ('commit other')`).run();
    other.close();
    expect(await db.prisma.topic.count({ where: { name: "commit other" } })).toBe(1);
  });

  it("leaves Node's promise hooks off (no AsyncLocalStorage entered)", () => {
    // In a process of its own: anything else in the test runner may have turned the hooks on.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hooks-"));
    const script = path.join(dir, "write.mts");
    const src = (f: string) => JSON.stringify(path.resolve("src/store", f));
    fs.writeFileSync(
      script,
      `import { migrate } from ${src("migrate.ts")};
import { openDatabase } from ${src("db.ts")};
import { writeTransaction } from ${src("changes.ts")};
import { Sql } from ${src("sql.ts")};
const url = "file:" + ${JSON.stringify(path.join(dir, "t.db"))};
await migrate(url);
const db = await openDatabase(url);
const hooked = () => Object.getOwnPropertySymbols(Promise.resolve()).length > 0;
const before = hooked();
await writeTransaction(db.prisma, (tx) => new Sql(tx).exec('INSERT INTO "Topic" ("name") VALUES (?)', ["hooks"]));
console.log(JSON.stringify({ before, after: hooked() }));
await db.close();
`,
    );
    const run = spawnSync(process.execPath, ["--import", "tsx", script], { encoding: "utf8", cwd: process.cwd(), timeout: 60_000 });
    fs.rmSync(dir, { recursive: true, force: true });
    expect(run.status, run.stderr).toBe(0);
    const line = run.stdout.trim().split("\n").pop()!;
    expect(JSON.parse(line)).toEqual({ before: false, after: false });
  });
});
