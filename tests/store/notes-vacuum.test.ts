// The change feed's notes (PendingChange) are inserted and deleted by every write, and on
// PostgreSQL a deleted row stays in the table until it is vacuumed: recordChanges scans the table,
// so its cost grew with every write since the last vacuum (issue #16, ingest24). Every
// VACUUM_NOTES_EVERY writes the writer vacuums the table itself (src/store/changes.ts).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { VACUUM_NOTES_EVERY, writeTransaction } from "../../src/store/changes.ts";
import type { Database } from "../../src/store/db.ts";
import { dropDatabase, freshDatabase, testProvider } from "../helpers/database.ts";

describe.runIf(testProvider === "postgresql")("the notes' table vacuumed by the writer on PostgreSQL", () => {
  let db: Database;
  beforeAll(async () => {
    db = await freshDatabase();
  }, 120_000);
  afterAll(async () => {
    await db?.close();
    if (db) await dropDatabase(db.url);
  });

  it("stays a few writes' notes long, and the feed keeps every write", async () => {
    const size = async () => Number((await db.prisma.$queryRawUnsafe<{ n: bigint }[]>(`SELECT pg_relation_size('"PendingChange"') AS "n"`))[0]!.n);
    const writes = 5 * VACUUM_NOTES_EVERY;
    let largest = 0;
    for (let i = 0; i < writes; i++) {
      // Twenty notes a write (a document makes about thirty): twenty topics created.
      await writeTransaction(db.prisma, async (tx) => {
        await tx.topic.createMany({ data: Array.from({ length: 20 }, (_, t) => ({ name: `vacuum topic ${i}.${t}` })) });
      });
      largest = Math.max(largest, await size());
    }
    // Unvacuumed, 6,000 notes filled 24 pages (these 10,000 would fill about 40); vacuumed every 100
    // writes (2,000 notes), the table stayed within 8 to 12 (the pages freed before the last one
    // written are filled after it).
    expect(largest).toBeLessThanOrEqual(20 * 8192);
    expect(await db.prisma.pendingChange.count()).toBe(0);
    expect(await db.prisma.change.count({ where: { type: "Topic", operation: "created" } })).toBe(writes * 20);
  }, 300_000);
});
