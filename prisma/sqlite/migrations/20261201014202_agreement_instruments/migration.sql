-- Agreements become instruments with a history, resolved from the mentions of every report
-- (src/store/facts/agreements.ts). The per-report agreement rows are dropped and every document is
-- marked as extracted by an older version, so `diplograph start` rebuilds them from the texts.
DELETE FROM "Evidence" WHERE "agreementId" IS NOT NULL;
DELETE FROM "AgreementParty";
DELETE FROM "Agreement";
UPDATE "Document" SET "extractorVersion" = "extractorVersion" || '+before-instruments' WHERE "extractorVersion" NOT LIKE '%+before-%';

-- CreateTable
CREATE TABLE "AgreementMention" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "documentId" INTEGER NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "agreementId" INTEGER,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "titleKey" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "date" DATETIME NOT NULL,
    "proposerId" INTEGER,
    "rule" TEXT NOT NULL DEFAULT 'key',
    CONSTRAINT "AgreementMention_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AgreementMention_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "AgreementMention_proposerId_fkey" FOREIGN KEY ("proposerId") REFERENCES "Official" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Agreement" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "documentId" INTEGER NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "signedOn" DATETIME,
    "proposerId" INTEGER,
    "date" DATETIME NOT NULL,
    CONSTRAINT "Agreement_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Agreement_proposerId_fkey" FOREIGN KEY ("proposerId") REFERENCES "Official" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Agreement" ("date", "documentId", "id", "kind", "ordinal", "proposerId", "status", "title") SELECT "date", "documentId", "id", "kind", "ordinal", "proposerId", "status", "title" FROM "Agreement";
DROP TABLE "Agreement";
ALTER TABLE "new_Agreement" RENAME TO "Agreement";
CREATE UNIQUE INDEX "Agreement_key_key" ON "Agreement"("key");
CREATE INDEX "Agreement_documentId_idx" ON "Agreement"("documentId");
CREATE INDEX "Agreement_kind_idx" ON "Agreement"("kind");
CREATE INDEX "Agreement_status_idx" ON "Agreement"("status");
CREATE TABLE "new_AgreementParty" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "agreementId" INTEGER,
    "mentionId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "officialId" INTEGER,
    "organizationId" INTEGER,
    "countryId" INTEGER,
    CONSTRAINT "AgreementParty_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "AgreementParty_mentionId_fkey" FOREIGN KEY ("mentionId") REFERENCES "AgreementMention" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AgreementParty_officialId_fkey" FOREIGN KEY ("officialId") REFERENCES "Official" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "AgreementParty_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "AgreementParty_countryId_fkey" FOREIGN KEY ("countryId") REFERENCES "Country" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_AgreementParty" ("agreementId", "countryId", "id", "name", "officialId", "organizationId") SELECT "agreementId", "countryId", "id", "name", "officialId", "organizationId" FROM "AgreementParty";
DROP TABLE "AgreementParty";
ALTER TABLE "new_AgreementParty" RENAME TO "AgreementParty";
CREATE INDEX "AgreementParty_agreementId_idx" ON "AgreementParty"("agreementId");
CREATE INDEX "AgreementParty_officialId_idx" ON "AgreementParty"("officialId");
CREATE INDEX "AgreementParty_organizationId_idx" ON "AgreementParty"("organizationId");
CREATE INDEX "AgreementParty_countryId_idx" ON "AgreementParty"("countryId");
CREATE UNIQUE INDEX "AgreementParty_mentionId_name_key" ON "AgreementParty"("mentionId", "name");
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
    "agreementMentionId" INTEGER,
    "targetId" INTEGER,
    CONSTRAINT "Evidence_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Evidence_officialId_fkey" FOREIGN KEY ("officialId") REFERENCES "Official" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Evidence_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Evidence_countryId_fkey" FOREIGN KEY ("countryId") REFERENCES "Country" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Evidence_positionId_fkey" FOREIGN KEY ("positionId") REFERENCES "Position" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Evidence_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Evidence_meetingMentionId_fkey" FOREIGN KEY ("meetingMentionId") REFERENCES "MeetingMention" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Evidence_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Evidence_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Evidence_agreementMentionId_fkey" FOREIGN KEY ("agreementMentionId") REFERENCES "AgreementMention" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Evidence_targetId_fkey" FOREIGN KEY ("targetId") REFERENCES "Target" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Evidence" ("agreementId", "countryId", "documentId", "end", "id", "meetingId", "meetingMentionId", "officialId", "organizationId", "positionId", "proposalId", "sentence", "start", "targetId", "text") SELECT "agreementId", "countryId", "documentId", "end", "id", "meetingId", "meetingMentionId", "officialId", "organizationId", "positionId", "proposalId", "sentence", "start", "targetId", "text" FROM "Evidence";
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
CREATE INDEX "Evidence_agreementMentionId_idx" ON "Evidence"("agreementMentionId");
CREATE INDEX "Evidence_targetId_idx" ON "Evidence"("targetId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "AgreementMention_titleKey_idx" ON "AgreementMention"("titleKey");

-- CreateIndex
CREATE INDEX "AgreementMention_agreementId_idx" ON "AgreementMention"("agreementId");

-- CreateIndex
CREATE UNIQUE INDEX "AgreementMention_documentId_ordinal_key" ON "AgreementMention"("documentId", "ordinal");


-- The table redefinition above dropped the search triggers of Agreement.
CREATE TRIGGER "Agreement_search_ai" AFTER INSERT ON "Agreement" BEGIN
  INSERT INTO "search_fts"(rowid, "kind", "ref", "body") VALUES (NEW.id * 16 + 5, 'Agreement', NEW.id, replace(replace(NEW.title, 'đ', 'd'), 'Đ', 'D'));
END;
CREATE TRIGGER "Agreement_search_au" AFTER UPDATE OF "title" ON "Agreement" BEGIN
  DELETE FROM "search_fts" WHERE rowid = OLD.id * 16 + 5;
  INSERT INTO "search_fts"(rowid, "kind", "ref", "body") VALUES (NEW.id * 16 + 5, 'Agreement', NEW.id, replace(replace(NEW.title, 'đ', 'd'), 'Đ', 'D'));
END;
CREATE TRIGGER "Agreement_search_ad" AFTER DELETE ON "Agreement" BEGIN
  DELETE FROM "search_fts" WHERE rowid = OLD.id * 16 + 5;
END;
