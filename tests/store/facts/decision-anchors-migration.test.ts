// Decisions made before members recorded what identifies their mention: the migration gives each
// mention the span its evidence covers, and each decision member the span and fingerprint of the
// mention its ordinal names, the fingerprint exactly as facts/decisions.ts computes it.
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../../../src/store/db.ts";
import { agreementFingerprint, decisionsAround, meetingFingerprint, presentMentions } from "../../../src/store/facts/decisions.ts";
import { Sql } from "../../../src/store/sql.ts";
import type { Tx } from "../../../src/store/db.ts";
import { dropDatabase, testProvider } from "../../helpers/database.ts";
import { migrations, rawDatabase } from "../../helpers/old-database.ts";

const MIGRATION = "decision_anchors";
const HASH = "a".repeat(64);

describe("migrating curator decisions to anchored members", () => {
  let db: Database | null = null;
  afterAll(async () => {
    if (db) {
      await db.close();
      await dropDatabase(db.url);
    }
  });

  it("fills mention spans and member anchors from the mentions stored now", async () => {
    const raw = await rawDatabase("anchors-migration");
    const all = migrations();
    const cut = all.findIndex((m) => m.name.endsWith(`_${MIGRATION}`));
    expect(cut).toBeGreaterThan(0);
    for (const m of all.slice(0, cut)) await raw.run(m.sql);
    const date = testProvider === "sqlite" ? "'2024-03-12T00:00:00.000+00:00'" : "'2024-03-12'";
    await raw.run(`
      INSERT INTO "Document" ("id", "source", "contentHash", "date", "text", "extractorVersion", "wordCount", "updatedAt")
        VALUES (1, 'a.txt', '${HASH}', ${date}, 'text', 'old', 1, ${date});
      INSERT INTO "Official" ("id", "key", "nameKey", "name", "searchName") VALUES (1, 'yamada takio@JP', 'yamada takio', 'Yamada Takio', 'yamada takio');
      INSERT INTO "Official" ("id", "key", "nameKey", "name", "searchName") VALUES (2, 'nguyen hong dien@VN', 'nguyen hong dien', 'Nguyen Hong Dien', 'nguyen hong dien');
      INSERT INTO "MeetingMention" ("id", "documentId", "ordinal", "kind", "status", "date", "dateStart", "dateEnd", "location")
        VALUES (1, 1, 0, 'reception', 'held', '2024-03-12', ${date}, ${date}, 'Hanoi');
      INSERT INTO "MeetingMention" ("id", "documentId", "ordinal", "kind", "status", "date", "dateStart", "dateEnd", "location")
        VALUES (2, 1, 1, 'talks', 'held', NULL, ${date}, ${date}, NULL);
      INSERT INTO "MeetingMentionParticipant" ("mentionId", "officialId", "role", "dateStart", "dateEnd") VALUES (1, 1, 'guest', ${date}, ${date});
      INSERT INTO "MeetingMentionParticipant" ("mentionId", "officialId", "role", "dateStart", "dateEnd") VALUES (1, 2, 'host', ${date}, ${date});
      INSERT INTO "Evidence" ("documentId", "sentence", "start", "end", "text", "meetingMentionId") VALUES (1, 0, 40, 52, 'x', 1);
      INSERT INTO "Evidence" ("documentId", "sentence", "start", "end", "text", "meetingMentionId") VALUES (1, 0, 10, 20, 'x', 1);
      INSERT INTO "AgreementMention" ("id", "documentId", "ordinal", "kind", "title", "titleKey", "status", "date")
        VALUES (1, 1, 0, 'mou', 'MoU on energy', 'energy', 'signed', ${date});
      INSERT INTO "Evidence" ("documentId", "sentence", "start", "end", "text", "agreementMentionId") VALUES (1, 1, 60, 70, 'x', 1);
      INSERT INTO "CuratorDecision" ("id", "action", "kind", "createdAt") VALUES (1, 'split', 'meeting', ${date});
      INSERT INTO "CuratorDecisionMention" ("decisionId", "side", "documentHash", "ordinal") VALUES (1, 0, '${HASH}', 0);
      INSERT INTO "CuratorDecisionMention" ("decisionId", "side", "documentHash", "ordinal") VALUES (1, 1, '${HASH}', 1);
      INSERT INTO "CuratorDecisionMention" ("decisionId", "side", "documentHash", "ordinal") VALUES (1, 1, '${"b".repeat(64)}', 0);
      INSERT INTO "CuratorDecision" ("id", "action", "kind", "createdAt") VALUES (2, 'join', 'agreement', ${date});
      INSERT INTO "CuratorDecisionMention" ("decisionId", "side", "documentHash", "ordinal") VALUES (2, 0, '${HASH}', 0);
    `);
    for (const m of all.slice(cut)) await raw.run(m.sql);
    await raw.close();

    db = await openDatabase(raw.url);
    const mentions = await db.prisma.meetingMention.findMany({ orderBy: { id: "asc" }, select: { spanStart: true, spanEnd: true } });
    expect(mentions).toEqual([
      { spanStart: 10, spanEnd: 52 },
      { spanStart: null, spanEnd: null },
    ]);
    expect(await db.prisma.agreementMention.findFirst({ select: { spanStart: true, spanEnd: true } })).toEqual({ spanStart: 60, spanEnd: 70 });
    const members = await db.prisma.curatorDecisionMention.findMany({
      orderBy: [{ decisionId: "asc" }, { documentHash: "asc" }, { ordinal: "asc" }],
      select: { decisionId: true, ordinal: true, spanStart: true, spanEnd: true, fingerprint: true },
    });
    expect(members).toEqual([
      { decisionId: 1, ordinal: 0, spanStart: 10, spanEnd: 52, fingerprint: meetingFingerprint("2024-03-12", ["yamada takio", "nguyen hong dien"]) },
      { decisionId: 1, ordinal: 1, spanStart: null, spanEnd: null, fingerprint: meetingFingerprint(null, []) },
      // Its document is not stored: nothing to learn from yet.
      { decisionId: 1, ordinal: 0, spanStart: null, spanEnd: null, fingerprint: null },
      { decisionId: 2, ordinal: 0, spanStart: 60, spanEnd: 70, fingerprint: agreementFingerprint("mou", "energy") },
    ]);
    // The same fingerprints the store computes for the mentions, so each member names its mention.
    await db.prisma.$transaction(async (tx) => {
      const sql = new Sql(tx as Tx);
      const present = await presentMentions(sql, "meeting", [HASH]);
      expect(present.get(HASH)!.map((m) => m.fingerprint).sort()).toEqual([members[0].fingerprint, members[1].fingerprint].sort());
      const [split] = await decisionsAround(sql, "meeting", [HASH]);
      expect(split.members.map((m) => [m.key, m.mentionId])).toEqual([
        [`${HASH}/0`, 1],
        [`${HASH}/1`, 2],
        [`${"b".repeat(64)}/0`, null],
      ]);
    });
  });
});
