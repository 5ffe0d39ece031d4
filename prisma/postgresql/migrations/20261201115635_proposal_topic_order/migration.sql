-- The proposals of a topic, newest first (Query.proposals with a topic, Topic.proposals), are read from
-- ProposalTopic alone: each row carries copies of the date, documentId and ordinal of its proposal (the
-- order of the list), indexed after topicId, so a page is one range of the index instead of a sort of
-- every proposal of the topic. The copies are kept by triggers on every write path.

-- DropIndex
DROP INDEX "ProposalTopic_topicId_idx";

-- AlterTable
ALTER TABLE "ProposalTopic" ADD COLUMN     "date" TIMESTAMP(3),
ADD COLUMN     "documentId" INTEGER,
ADD COLUMN     "ordinal" INTEGER;

-- CreateIndex
CREATE INDEX "ProposalTopic_topicId_date_documentId_ordinal_idx" ON "ProposalTopic"("topicId", "date" DESC, "documentId" DESC, "ordinal");


-- A topic row takes the ordering columns of its proposal whenever it is written (a value given by the writer is ignored).
CREATE FUNCTION diplograph_proposal_topic_order() RETURNS trigger LANGUAGE plpgsql AS E'BEGIN
  SELECT p."date", p."documentId", p."ordinal" INTO NEW."date", NEW."documentId", NEW."ordinal" FROM "Proposal" p WHERE p.id = NEW."proposalId"\073
  RETURN NEW\073
END';

-- A proposal whose ordering columns change passes them on to its topic rows.
CREATE FUNCTION diplograph_proposal_order_copy() RETURNS trigger LANGUAGE plpgsql AS E'BEGIN
  UPDATE "ProposalTopic" SET "date" = NEW."date", "documentId" = NEW."documentId", "ordinal" = NEW."ordinal" WHERE "proposalId" = NEW.id\073
  RETURN NULL\073
END';

CREATE TRIGGER "ProposalTopic_order_biu" BEFORE INSERT OR UPDATE ON "ProposalTopic" FOR EACH ROW EXECUTE FUNCTION diplograph_proposal_topic_order();

CREATE TRIGGER "Proposal_order_copy_au" AFTER UPDATE OF "date", "documentId", "ordinal" ON "Proposal" FOR EACH ROW WHEN ((OLD."date", OLD."documentId", OLD."ordinal") IS DISTINCT FROM (NEW."date", NEW."documentId", NEW."ordinal")) EXECUTE FUNCTION diplograph_proposal_order_copy();

-- The change feed notes a topic link change as a change of its proposal: the copied columns are not one
-- (the proposal row itself already notes them).
DROP TRIGGER "ProposalTopic_change_au" ON "ProposalTopic";

CREATE TRIGGER "ProposalTopic_change_au" AFTER UPDATE ON "ProposalTopic" FOR EACH ROW WHEN ((OLD."proposalId", OLD."topicId") IS DISTINCT FROM (NEW."proposalId", NEW."topicId")) EXECUTE FUNCTION diplograph_part_changed('Proposal', 'proposalId');

-- The rows already stored.
UPDATE "ProposalTopic" pt SET "date" = p."date", "documentId" = p."documentId", "ordinal" = p."ordinal" FROM "Proposal" p WHERE p.id = pt."proposalId";
