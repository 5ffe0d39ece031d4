// Two writers resolving the same encounter at once (issue #12 on PostgreSQL): each must see the
// other's mentions, or one meeting told by two outlets becomes two events. The race is made certain
// here, not left to timing: a third connection holds the change feed's lock, which every writer
// takes just before its commit, so the first writer stays open while the second resolves.
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../../../src/store/db.ts";
import { ingestText } from "../../../src/store/ingest.ts";
import { dropDatabase, freshDatabase, testProvider } from "../../helpers/database.ts";

const REPORT = fs.readFileSync(path.resolve("seeds/000_8351da674720dd2b.txt"), "utf8");
// The same reception as another outlet told it: one meeting, three agreements (statements.test.ts).
const RETOLD = `${REPORT.trimEnd()}\n\nBoth sides agreed to keep in close contact, the ministry said.\n`;
// src/store/changes.ts
const CHANGE_LOCK = 7_310_514;

describe.skipIf(testProvider !== "postgresql")("concurrent resolution on PostgreSQL", () => {
  let first: Database;
  let second: Database;
  let holder: pg.Client;
  beforeAll(async () => {
    first = await freshDatabase();
    second = await openDatabase(first.url);
    holder = new pg.Client({ connectionString: first.url });
    await holder.connect();
  });
  afterAll(async () => {
    await holder.end();
    await second.close();
    await first.close();
    await dropDatabase(first.url);
  });

  async function waitingWriters(): Promise<number> {
    const r = await holder.query(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND wait_event = 'advisory'`,
    );
    return r.rows[0].n;
  }

  it("resolves a report into the event and instruments of another report still being written", async () => {
    // The same people and instruments a year earlier: the officials exist before the race, so the
    // two writers do not meet on inserting them.
    await ingestText(first.prisma, { text: REPORT.replace(" date 2023-06-13", " date 2022-06-13"), source: "a-year-before.txt" });
    await holder.query(`SELECT pg_advisory_lock(${CHANGE_LOCK})`);
    const a = ingestText(first.prisma, { text: REPORT, source: "outlet-a.txt" });
    const b = ingestText(second.prisma, { text: RETOLD, source: "outlet-b.txt" });
    // Both writers are blocked: the first on the feed's lock (held here), the second on the lock of
    // what the first is resolving (without it, on the feed's lock after resolving blind).
    for (let i = 0; i < 600 && (await waitingWriters()) < 2; i++) await new Promise((r) => setTimeout(r, 50));
    expect(await waitingWriters()).toBe(2);
    await holder.query(`SELECT pg_advisory_unlock(${CHANGE_LOCK})`);
    const results = await Promise.all([a, b]);
    expect(results.map((r) => r.status)).toEqual(["created", "created"]);

    // The year-old meeting, and this one told twice.
    expect(await first.prisma.meeting.count()).toBe(2);
    expect(await first.prisma.meetingMention.count()).toBe(3);
    expect(await first.prisma.agreement.count()).toBe(3);
    const instruments = await first.prisma.agreement.findMany({ select: { _count: { select: { mentions: true } } } });
    for (const i of instruments) expect(i._count.mentions).toBe(3);
  }, 60_000);
});
