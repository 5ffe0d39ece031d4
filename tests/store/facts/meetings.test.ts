// Meetings as events: the report clusters in tests/fixtures/clusters/ tell a handful of encounters
// through several outlets, plus near misses that must stay apart.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../../src/store/db.ts";
import { exportGraph } from "../../../src/store/export.ts";
import { deleteDocument, ingestText } from "../../../src/store/ingest.ts";
import { dropDatabase, freshDatabase } from "../../helpers/database.ts";
import { clusterFiles, report } from "./clusters.ts";


/** Each event as "kind date location: participant keys | document sources with rules". */
async function events(db: Database): Promise<string[]> {
  const rows = await db.prisma.meeting.findMany({
    include: {
      participants: { include: { official: { select: { nameKey: true } } } },
      mentions: { include: { document: { select: { source: true } } } },
    },
  });
  return rows
    .map((m) => {
      const who = m.participants.map((p) => `${p.official.nameKey}:${p.role}`).sort().join(", ");
      const told = m.mentions.map((x) => `${x.document.source.replace("clusters/", "")}#${x.ordinal}(${x.rule})`).sort().join(" ");
      return `${m.kind} ${m.status} ${m.date} ${m.location ?? "-"} [${who}] ${told}`;
    })
    .sort();
}

/** The export with the one per-run value (when each document arrived) blanked. */
async function exported(db: Database): Promise<string> {
  const lines: string[] = [];
  await exportGraph(db.prisma, (l) => void lines.push(l.replace(/"ingestedAt":"[^"]*"/, '"ingestedAt":""')));
  return lines.join("\n");
}

const MEETING_FILES = clusterFiles.filter((f) => /^[a-f]\d/.test(f));

// Hand-checked: the three reports of the 12 March reception (one dated only "March 2024", one
// calling it talks and spelling the names with diacritics and in the other order) are one event,
// also told again inside f1; the same pair a month later, the same host the same day with another
// guest, and two calls of one minister with different counterparts stay apart. Which mention names
// an event (`key`) follows the content hashes.
const EXPECTED = [
  "phone_call held 2024-05-20 - [bui son thanh:participant, jaishankar subrahmanyam:participant] d2-call-india.txt#0(key)",
  "reception held 2024-03-12 Hanoi [andrew goledzinowski:guest, dien hong nguyen:host] c1-other-guest.txt#0(key)",
  "reception held 2024-03-12 Hanoi [dien hong nguyen:host, takio yamada:guest] a1-vnanews.txt#0(shared_officials) a2-dailynews.txt#0(shared_officials) a3-monthly.txt#0(shared_officials) f1-two-events.txt#0(key)",
  "reception held 2024-04-16 Hanoi [dien hong nguyen:host, takio yamada:guest] b1-near-later.txt#0(key)",
  "phone_call held 2024-05-20 - [bui son thanh:participant, cho tae yul:participant] d1-call-korea.txt#0(shared_officials) d3-call-korea-again.txt#0(key)",
  "talks held 2024-03-14 Seoul [ahn duk geun:participant, dien hong nguyen:participant] f1-two-events.txt#1(key) f2-seoul.txt#0(shared_officials)",
].sort();

describe("meetings as events", () => {
  let db: Database;
  beforeAll(async () => {
    db = await freshDatabase();
  });
  afterAll(async () => {
    await db.close();
    await dropDatabase(db.url);
  });

  async function clear() {
    for (const d of await db.prisma.document.findMany({ select: { id: true } })) await deleteDocument(db.prisma, d.id);
    expect(await db.prisma.meeting.count()).toBe(0);
    expect(await db.prisma.meetingMention.count()).toBe(0);
  }

  it("resolves the reports into six meetings, near misses apart", async () => {
    for (const f of MEETING_FILES) await ingestText(db.prisma, report(f));
    expect(await db.prisma.meetingMention.count()).toBe(11);
    expect(await events(db)).toEqual(EXPECTED);
  });

  it("gives the same graph and the same export in any order", async () => {
    const first = await exported(db);
    const keyOrder = (await db.prisma.meeting.findMany({ select: { key: true }, orderBy: { key: "asc" } })).map((m) => m.key);
    const orders = [[...MEETING_FILES].reverse(), ["a3-monthly.txt", "f1-two-events.txt", "c1-other-guest.txt", "a2-dailynews.txt", "d3-call-korea-again.txt", "b1-near-later.txt", "a1-vnanews.txt", "f2-seoul.txt", "d2-call-india.txt", "d1-call-korea.txt"]];
    for (const order of orders) {
      expect([...order].sort()).toEqual(MEETING_FILES);
      await clear();
      for (const f of order) await ingestText(db.prisma, report(f));
      expect(await events(db)).toEqual(EXPECTED);
      expect((await db.prisma.meeting.findMany({ select: { key: true }, orderBy: { key: "asc" } })).map((m) => m.key)).toEqual(keyOrder);
      expect(await exported(db)).toBe(first);
    }
  });

  it("keeps an event while one mention remains, with its row ID, and points proposals at it", async () => {
    const doc = (f: string) => db.prisma.document.findUniqueOrThrow({ where: { source: `clusters/${f}` }, select: { id: true } });
    const mentionOf = async (f: string, ordinal: number) =>
      db.prisma.meetingMention.findUniqueOrThrow({ where: { documentId_ordinal: { documentId: (await doc(f)).id, ordinal } }, select: { meetingId: true } });
    const seoul = (await mentionOf("f2-seoul.txt", 0)).meetingId!;
    expect((await mentionOf("f1-two-events.txt", 1)).meetingId).toBe(seoul);
    const proposals = await db.prisma.proposal.findMany({ where: { meetingId: seoul }, select: { document: { select: { source: true } } } });
    expect(proposals.map((p) => p.document.source).sort()).toEqual(["clusters/f1-two-events.txt", "clusters/f2-seoul.txt"]);

    await deleteDocument(db.prisma, (await doc("f1-two-events.txt")).id);
    const after = await db.prisma.meeting.findUniqueOrThrow({ where: { id: seoul }, include: { mentions: true } });
    expect(after.mentions).toHaveLength(1);
    expect(await db.prisma.evidence.count({ where: { meetingId: seoul } })).toBeGreaterThan(0);
    expect(await events(db)).toContain("talks held 2024-03-14 Seoul [ahn duk geun:participant, dien hong nguyen:participant] f2-seoul.txt#0(key)");

    await deleteDocument(db.prisma, (await doc("f2-seoul.txt")).id);
    expect(await db.prisma.meeting.findUnique({ where: { id: seoul } })).toBeNull();
    expect(await db.prisma.meeting.count()).toBe(5);
  });
});
