-- The proposals of a topic, newest first (Query.proposals with a topic, Topic.proposals), are read from
-- ProposalTopic alone: each row carries copies of the date, documentId and ordinal of its proposal (the
-- order of the list), indexed after topicId, so a page is one range of the index instead of a sort of
-- every proposal of the topic. The copies are kept by triggers on every write path.

-- DropIndex
DROP INDEX "ProposalTopic_topicId_idx";

-- AlterTable
ALTER TABLE "ProposalTopic" ADD COLUMN "date" DATETIME;
ALTER TABLE "ProposalTopic" ADD COLUMN "documentId" INTEGER;
ALTER TABLE "ProposalTopic" ADD COLUMN "ordinal" INTEGER;

-- CreateIndex
CREATE INDEX "ProposalTopic_topicId_date_documentId_ordinal_idx" ON "ProposalTopic"("topicId", "date" DESC, "documentId" DESC, "ordinal");


-- A topic row takes the ordering columns of its proposal whenever it is written (a value given by the
-- writer is replaced). The change feed trigger on ProposalTopic lists its columns, so these updates note nothing.
CREATE TRIGGER "ProposalTopic_order_ai" AFTER INSERT ON "ProposalTopic" BEGIN
  UPDATE "ProposalTopic" SET ("date", "documentId", "ordinal") = (SELECT p."date", p."documentId", p."ordinal" FROM "Proposal" p WHERE p."id" = NEW."proposalId") WHERE "proposalId" = NEW."proposalId" AND "topicId" = NEW."topicId";
END;

CREATE TRIGGER "ProposalTopic_order_au" AFTER UPDATE OF "proposalId", "date", "documentId", "ordinal" ON "ProposalTopic" WHEN NOT EXISTS (SELECT 1 FROM "Proposal" p WHERE p."id" = NEW."proposalId" AND p."date" IS NEW."date" AND p."documentId" IS NEW."documentId" AND p."ordinal" IS NEW."ordinal") BEGIN
  UPDATE "ProposalTopic" SET ("date", "documentId", "ordinal") = (SELECT p."date", p."documentId", p."ordinal" FROM "Proposal" p WHERE p."id" = NEW."proposalId") WHERE "proposalId" = NEW."proposalId" AND "topicId" = NEW."topicId";
END;

-- A proposal whose ordering columns change passes them on to its topic rows.
CREATE TRIGGER "Proposal_order_copy_au" AFTER UPDATE OF "date", "documentId", "ordinal" ON "Proposal" WHEN OLD."date" IS NOT NEW."date" OR OLD."documentId" IS NOT NEW."documentId" OR OLD."ordinal" IS NOT NEW."ordinal" BEGIN
  UPDATE "ProposalTopic" SET "date" = NEW."date", "documentId" = NEW."documentId", "ordinal" = NEW."ordinal" WHERE "proposalId" = NEW."id";
END;

-- The rows already stored.
UPDATE "ProposalTopic" SET ("date", "documentId", "ordinal") = (SELECT p."date", p."documentId", p."ordinal" FROM "Proposal" p WHERE p."id" = "ProposalTopic"."proposalId");
