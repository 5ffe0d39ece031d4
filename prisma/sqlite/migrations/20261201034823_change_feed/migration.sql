-- CreateTable
CREATE TABLE "Change" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "type" TEXT NOT NULL,
    "nodeId" INTEGER NOT NULL,
    "operation" TEXT NOT NULL,
    "at" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "PendingChange" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "type" TEXT NOT NULL,
    "nodeId" INTEGER NOT NULL,
    "operation" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "ChangeHorizon" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "prunedThrough" INTEGER NOT NULL
);

-- CreateIndex
CREATE INDEX "Change_at_idx" ON "Change"("at");


-- Change capture (hand-written: Prisma has no model for triggers). Every insert, update and delete
-- of a node row, and of the rows a node shows as its own (a document's topics, a meeting's
-- participants and mentions, an agreement's mentions and parties), notes the node in
-- PendingChange; src/store/changes.ts folds those notes into Change before the transaction
-- commits. An update that changes no column notes nothing: a migration that adds a column to one
-- of these tables recreates its "_change_au" trigger with the column in the WHEN clause.
CREATE TRIGGER "Document_change_ai" AFTER INSERT ON "Document" BEGIN
  INSERT INTO "PendingChange" ("type", "nodeId", "operation") VALUES ('Document', NEW."id", 'created');
END;

CREATE TRIGGER "Document_change_au" AFTER UPDATE ON "Document" WHEN OLD."id" IS NOT NEW."id" OR OLD."source" IS NOT NEW."source" OR OLD."contentHash" IS NOT NEW."contentHash" OR OLD."date" IS NOT NEW."date" OR OLD."title" IS NOT NEW."title" OR OLD."dateline" IS NOT NEW."dateline" OR OLD."text" IS NOT NEW."text" OR OLD."extractorVersion" IS NOT NEW."extractorVersion" OR OLD."wordCount" IS NOT NEW."wordCount" OR OLD."ingestedAt" IS NOT NEW."ingestedAt" OR OLD."updatedAt" IS NOT NEW."updatedAt" OR OLD."fetchedAt" IS NOT NEW."fetchedAt" OR OLD."outlet" IS NOT NEW."outlet" OR OLD."url" IS NOT NEW."url" BEGIN
  INSERT INTO "PendingChange" ("type", "nodeId", "operation") VALUES ('Document', NEW."id", 'updated');
END;

CREATE TRIGGER "Document_change_ad" AFTER DELETE ON "Document" BEGIN
  INSERT INTO "PendingChange" ("type", "nodeId", "operation") VALUES ('Document', OLD."id", 'deleted');
END;

CREATE TRIGGER "Country_change_ai" AFTER INSERT ON "Country" BEGIN
  INSERT INTO "PendingChange" ("type", "nodeId", "operation") VALUES ('Country', NEW."id", 'created');
END;

CREATE TRIGGER "Country_change_au" AFTER UPDATE ON "Country" WHEN OLD."id" IS NOT NEW."id" OR OLD."code" IS NOT NEW."code" OR OLD."name" IS NOT NEW."name" BEGIN
  INSERT INTO "PendingChange" ("type", "nodeId", "operation") VALUES ('Country', NEW."id", 'updated');
END;

CREATE TRIGGER "Country_change_ad" AFTER DELETE ON "Country" BEGIN
  INSERT INTO "PendingChange" ("type", "nodeId", "operation") VALUES ('Country', OLD."id", 'deleted');
END;

CREATE TRIGGER "Organization_change_ai" AFTER INSERT ON "Organization" BEGIN
  INSERT INTO "PendingChange" ("type", "nodeId", "operation") VALUES ('Organization', NEW."id", 'created');
END;

CREATE TRIGGER "Organization_change_au" AFTER UPDATE ON "Organization" WHEN OLD."id" IS NOT NEW."id" OR OLD."key" IS NOT NEW."key" OR OLD."name" IS NOT NEW."name" OR OLD."acronym" IS NOT NEW."acronym" OR OLD."countryId" IS NOT NEW."countryId" BEGIN
  INSERT INTO "PendingChange" ("type", "nodeId", "operation") VALUES ('Organization', NEW."id", 'updated');
END;

CREATE TRIGGER "Organization_change_ad" AFTER DELETE ON "Organization" BEGIN
  INSERT INTO "PendingChange" ("type", "nodeId", "operation") VALUES ('Organization', OLD."id", 'deleted');
END;

CREATE TRIGGER "Official_change_ai" AFTER INSERT ON "Official" BEGIN
  INSERT INTO "PendingChange" ("type", "nodeId", "operation") VALUES ('Official', NEW."id", 'created');
END;

CREATE TRIGGER "Official_change_au" AFTER UPDATE ON "Official" WHEN OLD."id" IS NOT NEW."id" OR OLD."key" IS NOT NEW."key" OR OLD."name" IS NOT NEW."name" OR OLD."searchName" IS NOT NEW."searchName" OR OLD."countryId" IS NOT NEW."countryId" OR OLD."organizationId" IS NOT NEW."organizationId" OR OLD."title" IS NOT NEW."title" BEGIN
  INSERT INTO "PendingChange" ("type", "nodeId", "operation") VALUES ('Official', NEW."id", 'updated');
END;

CREATE TRIGGER "Official_change_ad" AFTER DELETE ON "Official" BEGIN
  INSERT INTO "PendingChange" ("type", "nodeId", "operation") VALUES ('Official', OLD."id", 'deleted');
END;

CREATE TRIGGER "Topic_change_ai" AFTER INSERT ON "Topic" BEGIN
  INSERT INTO "PendingChange" ("type", "nodeId", "operation") VALUES ('Topic', NEW."id", 'created');
END;

CREATE TRIGGER "Topic_change_au" AFTER UPDATE ON "Topic" WHEN OLD."id" IS NOT NEW."id" OR OLD."name" IS NOT NEW."name" BEGIN
  INSERT INTO "PendingChange" ("type", "nodeId", "operation") VALUES ('Topic', NEW."id", 'updated');
END;

CREATE TRIGGER "Topic_change_ad" AFTER DELETE ON "Topic" BEGIN
  INSERT INTO "PendingChange" ("type", "nodeId", "operation") VALUES ('Topic', OLD."id", 'deleted');
END;

CREATE TRIGGER "Position_change_ai" AFTER INSERT ON "Position" BEGIN
  INSERT INTO "PendingChange" ("type", "nodeId", "operation") VALUES ('Position', NEW."id", 'created');
END;

CREATE TRIGGER "Position_change_au" AFTER UPDATE ON "Position" WHEN OLD."id" IS NOT NEW."id" OR OLD."officialId" IS NOT NEW."officialId" OR OLD."documentId" IS NOT NEW."documentId" OR OLD."title" IS NOT NEW."title" OR OLD."organizationId" IS NOT NEW."organizationId" OR OLD."countryId" IS NOT NEW."countryId" OR OLD."date" IS NOT NEW."date" BEGIN
  INSERT INTO "PendingChange" ("type", "nodeId", "operation") VALUES ('Position', NEW."id", 'updated');
END;

CREATE TRIGGER "Position_change_ad" AFTER DELETE ON "Position" BEGIN
  INSERT INTO "PendingChange" ("type", "nodeId", "operation") VALUES ('Position', OLD."id", 'deleted');
END;

CREATE TRIGGER "Meeting_change_ai" AFTER INSERT ON "Meeting" BEGIN
  INSERT INTO "PendingChange" ("type", "nodeId", "operation") VALUES ('Meeting', NEW."id", 'created');
END;

CREATE TRIGGER "Meeting_change_au" AFTER UPDATE ON "Meeting" WHEN OLD."id" IS NOT NEW."id" OR OLD."key" IS NOT NEW."key" OR OLD."documentId" IS NOT NEW."documentId" OR OLD."ordinal" IS NOT NEW."ordinal" OR OLD."kind" IS NOT NEW."kind" OR OLD."status" IS NOT NEW."status" OR OLD."date" IS NOT NEW."date" OR OLD."dateStart" IS NOT NEW."dateStart" OR OLD."dateEnd" IS NOT NEW."dateEnd" OR OLD."location" IS NOT NEW."location" BEGIN
  INSERT INTO "PendingChange" ("type", "nodeId", "operation") VALUES ('Meeting', NEW."id", 'updated');
END;

CREATE TRIGGER "Meeting_change_ad" AFTER DELETE ON "Meeting" BEGIN
  INSERT INTO "PendingChange" ("type", "nodeId", "operation") VALUES ('Meeting', OLD."id", 'deleted');
END;

CREATE TRIGGER "Proposal_change_ai" AFTER INSERT ON "Proposal" BEGIN
  INSERT INTO "PendingChange" ("type", "nodeId", "operation") VALUES ('Proposal', NEW."id", 'created');
END;

CREATE TRIGGER "Proposal_change_au" AFTER UPDATE ON "Proposal" WHEN OLD."id" IS NOT NEW."id" OR OLD."documentId" IS NOT NEW."documentId" OR OLD."ordinal" IS NOT NEW."ordinal" OR OLD."kind" IS NOT NEW."kind" OR OLD."text" IS NOT NEW."text" OR OLD."speakerId" IS NOT NEW."speakerId" OR OLD."addresseeId" IS NOT NEW."addresseeId" OR OLD."addresseeName" IS NOT NEW."addresseeName" OR OLD."meetingId" IS NOT NEW."meetingId" OR OLD."meetingMentionId" IS NOT NEW."meetingMentionId" OR OLD."date" IS NOT NEW."date" BEGIN
  INSERT INTO "PendingChange" ("type", "nodeId", "operation") VALUES ('Proposal', NEW."id", 'updated');
END;

CREATE TRIGGER "Proposal_change_ad" AFTER DELETE ON "Proposal" BEGIN
  INSERT INTO "PendingChange" ("type", "nodeId", "operation") VALUES ('Proposal', OLD."id", 'deleted');
END;

CREATE TRIGGER "Agreement_change_ai" AFTER INSERT ON "Agreement" BEGIN
  INSERT INTO "PendingChange" ("type", "nodeId", "operation") VALUES ('Agreement', NEW."id", 'created');
END;

CREATE TRIGGER "Agreement_change_au" AFTER UPDATE ON "Agreement" WHEN OLD."id" IS NOT NEW."id" OR OLD."key" IS NOT NEW."key" OR OLD."documentId" IS NOT NEW."documentId" OR OLD."ordinal" IS NOT NEW."ordinal" OR OLD."kind" IS NOT NEW."kind" OR OLD."title" IS NOT NEW."title" OR OLD."status" IS NOT NEW."status" OR OLD."signedOn" IS NOT NEW."signedOn" OR OLD."proposerId" IS NOT NEW."proposerId" OR OLD."date" IS NOT NEW."date" BEGIN
  INSERT INTO "PendingChange" ("type", "nodeId", "operation") VALUES ('Agreement', NEW."id", 'updated');
END;

CREATE TRIGGER "Agreement_change_ad" AFTER DELETE ON "Agreement" BEGIN
  INSERT INTO "PendingChange" ("type", "nodeId", "operation") VALUES ('Agreement', OLD."id", 'deleted');
END;

CREATE TRIGGER "Target_change_ai" AFTER INSERT ON "Target" BEGIN
  INSERT INTO "PendingChange" ("type", "nodeId", "operation") VALUES ('Target', NEW."id", 'created');
END;

CREATE TRIGGER "Target_change_au" AFTER UPDATE ON "Target" WHEN OLD."id" IS NOT NEW."id" OR OLD."documentId" IS NOT NEW."documentId" OR OLD."ordinal" IS NOT NEW."ordinal" OR OLD."metric" IS NOT NEW."metric" OR OLD."value" IS NOT NEW."value" OR OLD."unit" IS NOT NEW."unit" OR OLD."deadline" IS NOT NEW."deadline" BEGIN
  INSERT INTO "PendingChange" ("type", "nodeId", "operation") VALUES ('Target', NEW."id", 'updated');
END;

CREATE TRIGGER "Target_change_ad" AFTER DELETE ON "Target" BEGIN
  INSERT INTO "PendingChange" ("type", "nodeId", "operation") VALUES ('Target', OLD."id", 'deleted');
END;

CREATE TRIGGER "DocumentTopic_change_ai" AFTER INSERT ON "DocumentTopic" BEGIN
  INSERT INTO "PendingChange" ("type", "nodeId", "operation") SELECT 'Document', NEW."documentId", 'updated' WHERE NEW."documentId" IS NOT NULL;
END;

CREATE TRIGGER "DocumentTopic_change_au" AFTER UPDATE ON "DocumentTopic" WHEN OLD."documentId" IS NOT NEW."documentId" OR OLD."topicId" IS NOT NEW."topicId" BEGIN
  INSERT INTO "PendingChange" ("type", "nodeId", "operation") SELECT 'Document', OLD."documentId", 'updated' WHERE OLD."documentId" IS NOT NULL;
  INSERT INTO "PendingChange" ("type", "nodeId", "operation") SELECT 'Document', NEW."documentId", 'updated' WHERE NEW."documentId" IS NOT NULL;
END;

CREATE TRIGGER "DocumentTopic_change_ad" AFTER DELETE ON "DocumentTopic" BEGIN
  INSERT INTO "PendingChange" ("type", "nodeId", "operation") SELECT 'Document', OLD."documentId", 'updated' WHERE OLD."documentId" IS NOT NULL;
END;

CREATE TRIGGER "ProposalTopic_change_ai" AFTER INSERT ON "ProposalTopic" BEGIN
  INSERT INTO "PendingChange" ("type", "nodeId", "operation") SELECT 'Proposal', NEW."proposalId", 'updated' WHERE NEW."proposalId" IS NOT NULL;
END;

CREATE TRIGGER "ProposalTopic_change_au" AFTER UPDATE ON "ProposalTopic" WHEN OLD."proposalId" IS NOT NEW."proposalId" OR OLD."topicId" IS NOT NEW."topicId" BEGIN
  INSERT INTO "PendingChange" ("type", "nodeId", "operation") SELECT 'Proposal', OLD."proposalId", 'updated' WHERE OLD."proposalId" IS NOT NULL;
  INSERT INTO "PendingChange" ("type", "nodeId", "operation") SELECT 'Proposal', NEW."proposalId", 'updated' WHERE NEW."proposalId" IS NOT NULL;
END;

CREATE TRIGGER "ProposalTopic_change_ad" AFTER DELETE ON "ProposalTopic" BEGIN
  INSERT INTO "PendingChange" ("type", "nodeId", "operation") SELECT 'Proposal', OLD."proposalId", 'updated' WHERE OLD."proposalId" IS NOT NULL;
END;

CREATE TRIGGER "MeetingParticipant_change_ai" AFTER INSERT ON "MeetingParticipant" BEGIN
  INSERT INTO "PendingChange" ("type", "nodeId", "operation") SELECT 'Meeting', NEW."meetingId", 'updated' WHERE NEW."meetingId" IS NOT NULL;
END;

CREATE TRIGGER "MeetingParticipant_change_au" AFTER UPDATE ON "MeetingParticipant" WHEN OLD."meetingId" IS NOT NEW."meetingId" OR OLD."officialId" IS NOT NEW."officialId" OR OLD."role" IS NOT NEW."role" BEGIN
  INSERT INTO "PendingChange" ("type", "nodeId", "operation") SELECT 'Meeting', OLD."meetingId", 'updated' WHERE OLD."meetingId" IS NOT NULL;
  INSERT INTO "PendingChange" ("type", "nodeId", "operation") SELECT 'Meeting', NEW."meetingId", 'updated' WHERE NEW."meetingId" IS NOT NULL;
END;

CREATE TRIGGER "MeetingParticipant_change_ad" AFTER DELETE ON "MeetingParticipant" BEGIN
  INSERT INTO "PendingChange" ("type", "nodeId", "operation") SELECT 'Meeting', OLD."meetingId", 'updated' WHERE OLD."meetingId" IS NOT NULL;
END;

CREATE TRIGGER "MeetingMention_change_ai" AFTER INSERT ON "MeetingMention" BEGIN
  INSERT INTO "PendingChange" ("type", "nodeId", "operation") SELECT 'Meeting', NEW."meetingId", 'updated' WHERE NEW."meetingId" IS NOT NULL;
END;

CREATE TRIGGER "MeetingMention_change_au" AFTER UPDATE ON "MeetingMention" WHEN OLD."id" IS NOT NEW."id" OR OLD."documentId" IS NOT NEW."documentId" OR OLD."ordinal" IS NOT NEW."ordinal" OR OLD."meetingId" IS NOT NEW."meetingId" OR OLD."kind" IS NOT NEW."kind" OR OLD."status" IS NOT NEW."status" OR OLD."date" IS NOT NEW."date" OR OLD."dateStart" IS NOT NEW."dateStart" OR OLD."dateEnd" IS NOT NEW."dateEnd" OR OLD."location" IS NOT NEW."location" OR OLD."rule" IS NOT NEW."rule" BEGIN
  INSERT INTO "PendingChange" ("type", "nodeId", "operation") SELECT 'Meeting', OLD."meetingId", 'updated' WHERE OLD."meetingId" IS NOT NULL;
  INSERT INTO "PendingChange" ("type", "nodeId", "operation") SELECT 'Meeting', NEW."meetingId", 'updated' WHERE NEW."meetingId" IS NOT NULL;
END;

CREATE TRIGGER "MeetingMention_change_ad" AFTER DELETE ON "MeetingMention" BEGIN
  INSERT INTO "PendingChange" ("type", "nodeId", "operation") SELECT 'Meeting', OLD."meetingId", 'updated' WHERE OLD."meetingId" IS NOT NULL;
END;

CREATE TRIGGER "AgreementMention_change_ai" AFTER INSERT ON "AgreementMention" BEGIN
  INSERT INTO "PendingChange" ("type", "nodeId", "operation") SELECT 'Agreement', NEW."agreementId", 'updated' WHERE NEW."agreementId" IS NOT NULL;
END;

CREATE TRIGGER "AgreementMention_change_au" AFTER UPDATE ON "AgreementMention" WHEN OLD."id" IS NOT NEW."id" OR OLD."documentId" IS NOT NEW."documentId" OR OLD."ordinal" IS NOT NEW."ordinal" OR OLD."agreementId" IS NOT NEW."agreementId" OR OLD."kind" IS NOT NEW."kind" OR OLD."title" IS NOT NEW."title" OR OLD."titleKey" IS NOT NEW."titleKey" OR OLD."status" IS NOT NEW."status" OR OLD."date" IS NOT NEW."date" OR OLD."proposerId" IS NOT NEW."proposerId" OR OLD."rule" IS NOT NEW."rule" BEGIN
  INSERT INTO "PendingChange" ("type", "nodeId", "operation") SELECT 'Agreement', OLD."agreementId", 'updated' WHERE OLD."agreementId" IS NOT NULL;
  INSERT INTO "PendingChange" ("type", "nodeId", "operation") SELECT 'Agreement', NEW."agreementId", 'updated' WHERE NEW."agreementId" IS NOT NULL;
END;

CREATE TRIGGER "AgreementMention_change_ad" AFTER DELETE ON "AgreementMention" BEGIN
  INSERT INTO "PendingChange" ("type", "nodeId", "operation") SELECT 'Agreement', OLD."agreementId", 'updated' WHERE OLD."agreementId" IS NOT NULL;
END;

CREATE TRIGGER "AgreementParty_change_ai" AFTER INSERT ON "AgreementParty" BEGIN
  INSERT INTO "PendingChange" ("type", "nodeId", "operation") SELECT 'Agreement', NEW."agreementId", 'updated' WHERE NEW."agreementId" IS NOT NULL;
END;

CREATE TRIGGER "AgreementParty_change_au" AFTER UPDATE ON "AgreementParty" WHEN OLD."id" IS NOT NEW."id" OR OLD."agreementId" IS NOT NEW."agreementId" OR OLD."mentionId" IS NOT NEW."mentionId" OR OLD."name" IS NOT NEW."name" OR OLD."officialId" IS NOT NEW."officialId" OR OLD."organizationId" IS NOT NEW."organizationId" OR OLD."countryId" IS NOT NEW."countryId" BEGIN
  INSERT INTO "PendingChange" ("type", "nodeId", "operation") SELECT 'Agreement', OLD."agreementId", 'updated' WHERE OLD."agreementId" IS NOT NULL;
  INSERT INTO "PendingChange" ("type", "nodeId", "operation") SELECT 'Agreement', NEW."agreementId", 'updated' WHERE NEW."agreementId" IS NOT NULL;
END;

CREATE TRIGGER "AgreementParty_change_ad" AFTER DELETE ON "AgreementParty" BEGIN
  INSERT INTO "PendingChange" ("type", "nodeId", "operation") SELECT 'Agreement', OLD."agreementId", 'updated' WHERE OLD."agreementId" IS NOT NULL;
END;
