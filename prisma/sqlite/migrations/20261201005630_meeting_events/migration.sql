-- Meetings become events resolved from the mentions of every report (src/store/facts/meetings.ts).
-- The per-document meeting rows are dropped and every document is marked as extracted by an older
-- version, so `diplograph start` (which re-extracts such documents) rebuilds mentions and events
-- from the stored texts.
UPDATE "Proposal" SET "meetingId" = NULL;
DELETE FROM "Evidence" WHERE "meetingId" IS NOT NULL;
DELETE FROM "MeetingParticipant";
DELETE FROM "Meeting";
UPDATE "Document" SET "extractorVersion" = "extractorVersion" || '+before-events';

-- CreateTable
CREATE TABLE "MeetingMention" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "documentId" INTEGER NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "meetingId" INTEGER,
    "kind" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "date" TEXT,
    "dateStart" DATETIME NOT NULL,
    "dateEnd" DATETIME NOT NULL,
    "location" TEXT,
    "rule" TEXT NOT NULL DEFAULT 'key',
    CONSTRAINT "MeetingMention_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "MeetingMention_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MeetingMentionParticipant" (
    "mentionId" INTEGER NOT NULL,
    "officialId" INTEGER NOT NULL,
    "role" TEXT NOT NULL,
    "dateStart" DATETIME NOT NULL,
    "dateEnd" DATETIME NOT NULL,

    PRIMARY KEY ("mentionId", "officialId"),
    CONSTRAINT "MeetingMentionParticipant_mentionId_fkey" FOREIGN KEY ("mentionId") REFERENCES "MeetingMention" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "MeetingMentionParticipant_officialId_fkey" FOREIGN KEY ("officialId") REFERENCES "Official" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Evidence" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "documentId" INTEGER NOT NULL,
    "sentence" INTEGER NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "officialId" INTEGER,
    "organizationId" INTEGER,
    "countryId" INTEGER,
    "positionId" INTEGER,
    "meetingId" INTEGER,
    "meetingMentionId" INTEGER,
    "proposalId" INTEGER,
    "agreementId" INTEGER,
    "targetId" INTEGER,
    CONSTRAINT "Evidence_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Evidence_officialId_fkey" FOREIGN KEY ("officialId") REFERENCES "Official" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Evidence_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Evidence_countryId_fkey" FOREIGN KEY ("countryId") REFERENCES "Country" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Evidence_positionId_fkey" FOREIGN KEY ("positionId") REFERENCES "Position" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Evidence_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Evidence_meetingMentionId_fkey" FOREIGN KEY ("meetingMentionId") REFERENCES "MeetingMention" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Evidence_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Evidence_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Evidence_targetId_fkey" FOREIGN KEY ("targetId") REFERENCES "Target" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Evidence" ("agreementId", "countryId", "documentId", "end", "id", "meetingId", "officialId", "organizationId", "positionId", "proposalId", "sentence", "start", "targetId", "text") SELECT "agreementId", "countryId", "documentId", "end", "id", "meetingId", "officialId", "organizationId", "positionId", "proposalId", "sentence", "start", "targetId", "text" FROM "Evidence";
DROP TABLE "Evidence";
ALTER TABLE "new_Evidence" RENAME TO "Evidence";
CREATE INDEX "Evidence_documentId_idx" ON "Evidence"("documentId");
CREATE INDEX "Evidence_officialId_idx" ON "Evidence"("officialId");
CREATE INDEX "Evidence_organizationId_idx" ON "Evidence"("organizationId");
CREATE INDEX "Evidence_countryId_idx" ON "Evidence"("countryId");
CREATE INDEX "Evidence_positionId_idx" ON "Evidence"("positionId");
CREATE INDEX "Evidence_meetingId_idx" ON "Evidence"("meetingId");
CREATE INDEX "Evidence_meetingMentionId_idx" ON "Evidence"("meetingMentionId");
CREATE INDEX "Evidence_proposalId_idx" ON "Evidence"("proposalId");
CREATE INDEX "Evidence_agreementId_idx" ON "Evidence"("agreementId");
CREATE INDEX "Evidence_targetId_idx" ON "Evidence"("targetId");
CREATE TABLE "new_Meeting" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "documentId" INTEGER NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "date" TEXT,
    "dateStart" DATETIME,
    "dateEnd" DATETIME,
    "location" TEXT,
    CONSTRAINT "Meeting_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Meeting" ("date", "dateEnd", "dateStart", "documentId", "id", "kind", "location", "ordinal", "status") SELECT "date", "dateEnd", "dateStart", "documentId", "id", "kind", "location", "ordinal", "status" FROM "Meeting";
DROP TABLE "Meeting";
ALTER TABLE "new_Meeting" RENAME TO "Meeting";
CREATE UNIQUE INDEX "Meeting_key_key" ON "Meeting"("key");
CREATE INDEX "Meeting_documentId_idx" ON "Meeting"("documentId");
CREATE INDEX "Meeting_dateStart_idx" ON "Meeting"("dateStart");
CREATE INDEX "Meeting_kind_idx" ON "Meeting"("kind");
CREATE TABLE "new_Proposal" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "documentId" INTEGER NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "speakerId" INTEGER,
    "addresseeId" INTEGER,
    "addresseeName" TEXT,
    "meetingId" INTEGER,
    "meetingMentionId" INTEGER,
    "date" DATETIME NOT NULL,
    CONSTRAINT "Proposal_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Proposal_speakerId_fkey" FOREIGN KEY ("speakerId") REFERENCES "Official" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Proposal_addresseeId_fkey" FOREIGN KEY ("addresseeId") REFERENCES "Official" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Proposal_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Proposal_meetingMentionId_fkey" FOREIGN KEY ("meetingMentionId") REFERENCES "MeetingMention" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Proposal" ("addresseeId", "addresseeName", "date", "documentId", "id", "kind", "meetingId", "ordinal", "speakerId", "text") SELECT "addresseeId", "addresseeName", "date", "documentId", "id", "kind", "meetingId", "ordinal", "speakerId", "text" FROM "Proposal";
DROP TABLE "Proposal";
ALTER TABLE "new_Proposal" RENAME TO "Proposal";
CREATE INDEX "Proposal_speakerId_idx" ON "Proposal"("speakerId");
CREATE INDEX "Proposal_addresseeId_idx" ON "Proposal"("addresseeId");
CREATE INDEX "Proposal_meetingId_idx" ON "Proposal"("meetingId");
CREATE INDEX "Proposal_meetingMentionId_idx" ON "Proposal"("meetingMentionId");
CREATE INDEX "Proposal_date_documentId_ordinal_idx" ON "Proposal"("date" DESC, "documentId" DESC, "ordinal");
CREATE UNIQUE INDEX "Proposal_documentId_ordinal_key" ON "Proposal"("documentId", "ordinal");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "MeetingMention_meetingId_idx" ON "MeetingMention"("meetingId");

-- CreateIndex
CREATE UNIQUE INDEX "MeetingMention_documentId_ordinal_key" ON "MeetingMention"("documentId", "ordinal");

-- CreateIndex
CREATE INDEX "MeetingMentionParticipant_officialId_dateStart_idx" ON "MeetingMentionParticipant"("officialId", "dateStart");


-- The table redefinitions above dropped the search triggers of Meeting and Proposal.
CREATE TRIGGER "Meeting_search_ai" AFTER INSERT ON "Meeting" BEGIN
  INSERT INTO "search_fts"(rowid, "kind", "ref", "body") VALUES (NEW.id * 16 + 3, 'Meeting', NEW.id, replace(replace(NEW.kind || ' ' || coalesce(NEW.location, '') || ' ' || coalesce(NEW.date, ''), 'đ', 'd'), 'Đ', 'D'));
END;
CREATE TRIGGER "Meeting_search_au" AFTER UPDATE OF "kind", "location", "date" ON "Meeting" BEGIN
  DELETE FROM "search_fts" WHERE rowid = OLD.id * 16 + 3;
  INSERT INTO "search_fts"(rowid, "kind", "ref", "body") VALUES (NEW.id * 16 + 3, 'Meeting', NEW.id, replace(replace(NEW.kind || ' ' || coalesce(NEW.location, '') || ' ' || coalesce(NEW.date, ''), 'đ', 'd'), 'Đ', 'D'));
END;
CREATE TRIGGER "Meeting_search_ad" AFTER DELETE ON "Meeting" BEGIN
  DELETE FROM "search_fts" WHERE rowid = OLD.id * 16 + 3;
END;

CREATE TRIGGER "Proposal_search_ai" AFTER INSERT ON "Proposal" BEGIN
  INSERT INTO "search_fts"(rowid, "kind", "ref", "body") VALUES (NEW.id * 16 + 4, 'Proposal', NEW.id, replace(replace(NEW.text, 'đ', 'd'), 'Đ', 'D'));
END;
CREATE TRIGGER "Proposal_search_au" AFTER UPDATE OF "text" ON "Proposal" BEGIN
  DELETE FROM "search_fts" WHERE rowid = OLD.id * 16 + 4;
  INSERT INTO "search_fts"(rowid, "kind", "ref", "body") VALUES (NEW.id * 16 + 4, 'Proposal', NEW.id, replace(replace(NEW.text, 'đ', 'd'), 'Đ', 'D'));
END;
CREATE TRIGGER "Proposal_search_ad" AFTER DELETE ON "Proposal" BEGIN
  DELETE FROM "search_fts" WHERE rowid = OLD.id * 16 + 4;
END;
