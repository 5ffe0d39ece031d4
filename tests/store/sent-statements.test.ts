// Statements whose result nobody reads (Sql.send): in a write transaction on PostgreSQL they go
// out without waiting for their answer, pipelined with the statements after them (direct.ts,
// issue #16). They run in the order sent, the statements after them see what they wrote, a failed
// one fails the write with its own error (not the "current transaction is aborted" of the
// statements behind it) and leaves nothing committed, and the connection goes back to the pool
// out of pipeline mode. On SQLite `send` runs the statement at once, as `exec`.
import { describe, expect, it } from "vitest";
import { writeTransaction } from "../../src/store/changes.ts";
import { Sql } from "../../src/store/sql.ts";
import { databasesForTests, testProvider } from "../helpers/database.ts";

const open = databasesForTests();

const topics = async (sql: Sql) => (await sql.rows<{ name: string }>(`SELECT "name" FROM "Topic" WHERE "name" LIKE 'sent %' ORDER BY "id"`)).map((r) => r.name);

describe("statements sent without waiting (Sql.send)", () => {
  it("runs them in order, before the statements after them", async () => {
    const db = await open();
    const seen = await writeTransaction(db.prisma, async (tx) => {
      const sql = new Sql(tx);
      for (let i = 0; i < 20; i++) await sql.send(`INSERT INTO "Topic" ("name") VALUES (?)`, [`sent ${i}`]);
      await sql.send(`UPDATE "Topic" SET "name" = 'sent renamed' WHERE "name" = ?`, ["sent 7"]);
      return topics(sql);
    });
    const expected = Array.from({ length: 20 }, (_, i) => (i === 7 ? "sent renamed" : `sent ${i}`));
    expect(seen).toEqual(expected);
    expect((await db.prisma.topic.findMany({ where: { name: { startsWith: "sent " } }, orderBy: { id: "asc" } })).map((t) => t.name)).toEqual(expected);
  });

  it("fails the write with the failed statement's own error, and commits nothing", async () => {
    const db = await open();
    await db.prisma.topic.create({ data: { name: "sent taken" } });
    const write = writeTransaction(db.prisma, async (tx) => {
      const sql = new Sql(tx);
      await sql.send(`INSERT INTO "Topic" ("name") VALUES (?)`, ["sent first"]);
      await sql.send(`INSERT INTO "Topic" ("name") VALUES (?)`, ["sent taken"]); // unique: fails
      await sql.send(`INSERT INTO "Topic" ("name") VALUES (?)`, ["sent after"]);
      return topics(sql);
    });
    await expect(write).rejects.toThrow(/unique|UNIQUE/);
    await expect(write).rejects.not.toThrow(/aborted/);
    expect((await db.prisma.topic.findMany({ where: { name: { startsWith: "sent " } } })).map((t) => t.name)).toEqual(["sent taken"]);

    // The last statement of the write failing, with nothing awaited after it.
    const last = writeTransaction(db.prisma, async (tx) => {
      const sql = new Sql(tx);
      await sql.send(`INSERT INTO "Topic" ("name") VALUES (?)`, ["sent second"]);
      await sql.send(`INSERT INTO "Topic" ("name") VALUES (?)`, ["sent taken"]);
    });
    await expect(last).rejects.toThrow(/unique|UNIQUE/);
    expect((await db.prisma.topic.findMany({ where: { name: { startsWith: "sent " } } })).map((t) => t.name)).toEqual(["sent taken"]);

    // A write that throws while statements are in flight rolls them back.
    const thrown = writeTransaction(db.prisma, async (tx) => {
      await new Sql(tx).send(`INSERT INTO "Topic" ("name") VALUES (?)`, ["sent third"]);
      throw new Error("stop");
    });
    await expect(thrown).rejects.toThrow("stop");
    expect(await db.prisma.topic.count({ where: { name: { startsWith: "sent " } } })).toBe(1);

    // The connections work as before: more writes and reads, and none left in pipeline mode.
    await writeTransaction(db.prisma, async (tx) => {
      await new Sql(tx).send(`INSERT INTO "Topic" ("name") VALUES (?)`, ["sent fourth"]);
    });
    const [a, b] = await Promise.all([
      db.prisma.topic.findMany({ where: { name: { startsWith: "sent " } }, orderBy: { id: "asc" } }),
      db.prisma.topic.count(),
    ]);
    expect(a.map((t) => t.name)).toEqual(["sent taken", "sent fourth"]);
    expect(b).toBeGreaterThanOrEqual(2);
  });

  it.runIf(testProvider === "postgresql")("puts the write's connection in pipeline mode for the transaction only", async () => {
    const { default: pg } = await import("pg");
    const proto = pg.Client.prototype as unknown as { query: (...a: unknown[]) => unknown };
    const query = proto.query;
    // Every client that sends a query, and whether it was pipelining then (bound before the pool connects).
    const calls: { client: { pipeline: boolean }; pipeline: boolean; text: string }[] = [];
    proto.query = function (this: { pipeline: boolean }, ...a: unknown[]) {
      const text = typeof a[0] === "string" ? a[0] : ((a[0] as { text?: string } | undefined)?.text ?? "");
      calls.push({ client: this, pipeline: this.pipeline, text });
      return query.apply(this, a);
    };
    try {
      const db = await open();
      await writeTransaction(db.prisma, async (tx) => {
        const sql = new Sql(tx);
        await sql.send(`INSERT INTO "Topic" ("name") VALUES (?)`, ["sent pipe"]);
        expect(await topics(sql)).toEqual(["sent pipe"]);
      });
      await Promise.all(Array.from({ length: 5 }, () => db.prisma.topic.count()));
    } finally {
      proto.query = query;
    }
    expect(calls.find((c) => c.text.startsWith(`INSERT INTO "Topic"`))?.pipeline).toBe(true);
    expect(calls.find((c) => c.text === "BEGIN")?.pipeline).toBe(false);
    expect(calls.find((c) => c.text === "COMMIT")?.pipeline).toBe(false);
    expect(calls.every((c) => c.client.pipeline === false)).toBe(true);
  });
});
