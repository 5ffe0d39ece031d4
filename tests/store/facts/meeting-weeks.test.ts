// A report that dates an encounter "last week" tells the encounter of one day inside that week,
// not of the whole month, and keeps telling it after export and import (facts/meetings.ts, issue #12).
import { describe, expect, it } from "vitest";
import type { Database } from "../../../src/store/db.ts";
import { exportGraph } from "../../../src/store/export.ts";
import { importGraph, parseExport } from "../../../src/store/import.ts";
import { ingestText } from "../../../src/store/ingest.ts";
import { databasesForTests } from "../../helpers/database.ts";

const MORE = "\n\nThe two sides discussed trade and investment, and they agreed that there is room for more cooperation in the years to come.";
const DAY = { source: "w/day.txt", text: ` date 2024-08-28\n\nHanoi (VNA) – Deputy Foreign Minister Do Hung Viet held talks with Chilean Vice Minister Gloria de la Fuente in Santiago on August 27.${MORE}` };
// Two weeks before: the same two people, the same month.
const EARLIER = { source: "w/earlier.txt", text: ` date 2024-08-13\n\nHanoi (VNA) – Deputy Foreign Minister Do Hung Viet held talks with Chilean Vice Minister Gloria de la Fuente in Santiago on August 13.${MORE}` };
const LAST_WEEK = { source: "w/last-week.txt", text: ` date 2024-09-04\n\nHanoi (VNA) – Deputy Foreign Minister Do Hung Viet held talks with Chilean Vice Minister Gloria de la Fuente in Santiago last week.${MORE}` };

const open = databasesForTests();

/** Each event's date and the reports telling it. */
async function events(db: Database): Promise<string[]> {
  const rows = await db.prisma.meeting.findMany({ include: { mentions: { include: { document: true } } } });
  return rows.map((m) => `${m.date}: ${m.mentions.map((x) => x.document.source).sort().join(" ")}`).sort();
}

async function exported(db: Database, blank = true): Promise<string> {
  const lines: string[] = [];
  await exportGraph(db.prisma, (l) => void lines.push(blank ? l.replace(/"ingestedAt":"[^"]*"/, '"ingestedAt":""') : l));
  return lines.join("\n");
}

describe("encounters dated by the week", () => {
  it("joins the day inside the week, not another day of the month, in every order, and after import", async () => {
    const want = ["2024-08-13: w/earlier.txt", "2024-08-27: w/day.txt w/last-week.txt"];
    let first: string | null = null;
    let raw = "";
    for (const order of [[DAY, EARLIER, LAST_WEEK], [LAST_WEEK, EARLIER, DAY], [EARLIER, LAST_WEEK, DAY]]) {
      const db = await open();
      for (const r of order) await ingestText(db.prisma, r);
      expect(await events(db)).toEqual(want);
      const text = await exported(db);
      if (first === null) [first, raw] = [text, await exported(db, false)];
      expect(text).toBe(first);
    }
    const copy = await open();
    await importGraph(copy.prisma, parseExport(raw));
    expect(await events(copy)).toEqual(want);
    expect(await exported(copy)).toBe(first);
  });

  it("stays apart from a day outside the week", async () => {
    const db = await open();
    for (const r of [EARLIER, LAST_WEEK]) await ingestText(db.prisma, r);
    expect(await events(db)).toEqual(["2024-08-13: w/earlier.txt", "2024-08: w/last-week.txt"]);
  });
});
