// A database made by the release before meeting events (one Meeting row per report) migrates, and
// the re-extraction `diplograph start` runs rebuilds mentions and events from the stored texts.
import { afterAll, describe, expect, it } from "vitest";
import { EXTRACTOR_VERSION } from "../../../src/extraction/index.ts";
import { openDatabase, type Database } from "../../../src/store/db.ts";
import { contentHash, ingestText } from "../../../src/store/ingest.ts";
import { reextractOutdated } from "../../../src/store/reextract.ts";
import { dropDatabase, freshDatabase, testProvider } from "../../helpers/database.ts";
import { migrations, rawDatabase } from "../../helpers/old-database.ts";
import { report } from "./clusters.ts";

const FIRST_EVENTS_MIGRATION = "meeting_events";
const FILES = ["a1-vnanews.txt", "a2-dailynews.txt", "f2-seoul.txt"];

const q = (s: string) => `'${s.replace(/'/g, "''")}'`;

describe("migrating a database from before meeting events", () => {
  const open: Database[] = [];
  afterAll(async () => {
    for (const db of open) {
      await db.close();
      await dropDatabase(db.url);
    }
  });

  it("rebuilds events from the stored documents on start's re-extraction", async () => {
    const raw = await rawDatabase("events-migration");
    const all = migrations();
    const cut = all.findIndex((m) => m.name.endsWith(`_${FIRST_EVENTS_MIGRATION}`));
    expect(cut).toBeGreaterThan(0);
    for (const m of all.slice(0, cut)) await raw.run(m.sql);

    // The old shape: each report's meeting is its own Meeting row, with participants, evidence and
    // a proposal pointing at it; the documents are current for the old release.
    let n = 0;
    for (const f of FILES) {
      n++;
      const { text, source } = report(f);
      const date = testProvider === "sqlite" ? "'2024-03-12T00:00:00.000+00:00'" : "'2024-03-12'";
      await raw.run(`
        INSERT INTO "Document" ("id", "source", "contentHash", "date", "text", "extractorVersion", "wordCount", "updatedAt")
          VALUES (${n}, ${q(source)}, ${q(contentHash(text))}, ${date}, ${q(text)}, ${q(EXTRACTOR_VERSION)}, 10, ${date});
        INSERT INTO "Official" ("id", "key", "name", "searchName") VALUES (${n}, ${q(`old official ${n}`)}, ${q(`Old Official ${n}`)}, ${q(`old official ${n}`)});
        INSERT INTO "Meeting" ("id", "documentId", "ordinal", "kind", "status", "date", "location") VALUES (${n}, ${n}, 0, 'reception', 'held', '2024-03-12', 'Hanoi');
        INSERT INTO "MeetingParticipant" ("meetingId", "officialId", "role") VALUES (${n}, ${n}, 'host');
        INSERT INTO "Evidence" ("documentId", "sentence", "start", "end", "text", "meetingId") VALUES (${n}, 0, 0, 5, 'x', ${n});
        INSERT INTO "Evidence" ("documentId", "sentence", "start", "end", "text", "officialId") VALUES (${n}, 0, 0, 5, 'x', ${n});
        INSERT INTO "Proposal" ("documentId", "ordinal", "kind", "text", "meetingId", "date") VALUES (${n}, 0, 'suggestion', 'old', ${n}, ${date});
      `);
    }
    for (const m of all.slice(cut)) await raw.run(m.sql);
    await raw.close();

    const db = await openDatabase(raw.url);
    open.push(db);
    expect(await db.prisma.meeting.count()).toBe(0);
    const summary = await reextractOutdated(db.prisma);
    expect(summary?.reextracted).toBe(FILES.length);

    // Exactly what ingesting the same reports into a new database gives.
    const fresh = await freshDatabase();
    open.push(fresh);
    for (const f of FILES) await ingestText(fresh.prisma, report(f));
    const shape = async (d: Database) =>
      (await d.prisma.meeting.findMany({ include: { mentions: { select: { rule: true } }, participants: { select: { role: true, official: { select: { key: true } } } } } }))
        .map((m) => JSON.stringify([m.key, m.kind, m.date, m.location, m.mentions.map((x) => x.rule).sort(), m.participants.map((p) => `${p.official.key}:${p.role}`).sort()]))
        .sort();
    const events = await shape(db);
    expect(events).toHaveLength(2); // the 12 March reception (two reports) and the 14 March talks
    expect(events).toEqual(await shape(fresh));
    expect(await db.prisma.official.count({ where: { key: { startsWith: "old official" } } })).toBe(0);
  });
});
