// The bench's SQL-level fill (bench/fill.ts) on the test backend: cloned rows keep every
// relation, shift their dates, and get unique sources and hashes.
import { afterAll, describe, expect, it } from "vitest";
import Database from "better-sqlite3";
import { generateCorpus } from "../../bench/corpus.ts";
import { fillByCloning, pgDialect, sqliteDialect } from "../../bench/fill.ts";
import { ingestText } from "../../src/store/ingest.ts";
import { sqlitePath } from "../../src/store/config.ts";
import { dropDatabase, freshDatabase } from "../helpers/database.ts";

const urls: string[] = [];
afterAll(async () => {
  for (const u of urls) await dropDatabase(u);
});

describe("bench fill by cloning", () => {
  it("clones the ingested sample with valid relations and shifted dates", async () => {
    const db = await freshDatabase();
    urls.push(db.url);
    const sample = [...generateCorpus({ docs: 6 })];
    for (const d of sample) await ingestText(db.prisma, { text: d.text, source: `bench/${d.name}.txt` });
    const before = {
      meetings: await db.prisma.meeting.count(),
      participants: await db.prisma.meetingParticipant.count(),
      evidence: await db.prisma.evidence.count(),
      officials: await db.prisma.official.count(),
    };
    await db.close();

    const dialect = db.provider === "sqlite" ? sqliteDialect(sqlitePath(db.url), Database) : await pgDialect(db.url);
    try {
      await fillByCloning(dialect, { sampleDocs: 6, targetDocs: 16, shiftDays: 10 });
    } finally {
      await dialect.close();
    }

    const { openDatabase } = await import("../../src/store/db.ts");
    const after = await openDatabase(db.url);
    try {
      expect(await after.prisma.document.count()).toBe(16);
      // The sample, one whole replica and a partial one (4 of 6 documents): at least twice the sample.
      expect(await after.prisma.meeting.count()).toBeGreaterThanOrEqual(2 * before.meetings);
      expect(await after.prisma.meetingParticipant.count()).toBeGreaterThanOrEqual(2 * before.participants);
      expect(await after.prisma.evidence.count()).toBeGreaterThanOrEqual(2 * before.evidence);
      // Shared nodes are reused, not copied.
      expect(await after.prisma.official.count()).toBe(before.officials);
      const docs = await after.prisma.document.findMany({ orderBy: { id: "asc" }, select: { id: true, source: true, contentHash: true, date: true, text: true } });
      expect(new Set(docs.map((d) => d.source)).size).toBe(16);
      expect(new Set(docs.map((d) => d.contentHash)).size).toBe(16);
      // Replica 1 of document 1 is 10 days later, and its header says so.
      const first = docs[0]!;
      const clone = docs[6]!;
      expect(clone.date.getTime() - first.date.getTime()).toBe(10 * 86_400_000);
      expect(clone.text.slice(0, 16)).toBe(` date ${clone.date.toISOString().slice(0, 10)}`);
      expect(clone.text.slice(16)).toBe(first.text.slice(16));
      // Every participant row points at a meeting of a cloned document; day-precision dates match dateStart.
      const meetings = await after.prisma.meeting.findMany({ include: { participants: true, document: { select: { id: true } } } });
      for (const m of meetings) {
        if (m.date?.length === 10) expect(m.date).toBe(m.dateStart!.toISOString().slice(0, 10));
      }
      expect(meetings.filter((m) => m.documentId > 6).length).toBeGreaterThan(0);
    } finally {
      await after.close();
    }
  });
});
