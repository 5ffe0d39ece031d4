-- CreateTable
CREATE TABLE "Change" (
    "id" SERIAL NOT NULL,
    "type" TEXT NOT NULL,
    "nodeId" INTEGER NOT NULL,
    "operation" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Change_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PendingChange" (
    "id" SERIAL NOT NULL,
    "type" TEXT NOT NULL,
    "nodeId" INTEGER NOT NULL,
    "operation" TEXT NOT NULL,

    CONSTRAINT "PendingChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChangeHorizon" (
    "id" INTEGER NOT NULL,
    "prunedThrough" INTEGER NOT NULL,

    CONSTRAINT "ChangeHorizon_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Change_at_idx" ON "Change"("at");


-- Change capture (hand-written: Prisma has no model for triggers). Every insert, update and delete
-- of a node row, and of the rows a node shows as its own (the topics of a document, the
-- participants and mentions of a meeting, the mentions and parties of an agreement), notes it in
-- PendingChange, and src/store/changes.ts folds those notes into Change before the transaction
-- commits. An update that changes no column notes nothing.
-- The migration runner splits scripts at every semicolon, so the function bodies are E strings
-- that write their semicolons as the escape \073.
CREATE FUNCTION diplograph_node_changed() RETURNS trigger LANGUAGE plpgsql AS E'BEGIN
  IF TG_OP = ''INSERT'' THEN
    INSERT INTO "PendingChange" ("type", "nodeId", "operation") VALUES (TG_TABLE_NAME, NEW."id", ''created'')\073
  ELSIF TG_OP = ''UPDATE'' THEN
    INSERT INTO "PendingChange" ("type", "nodeId", "operation") VALUES (TG_TABLE_NAME, NEW."id", ''updated'')\073
  ELSE
    INSERT INTO "PendingChange" ("type", "nodeId", "operation") VALUES (TG_TABLE_NAME, OLD."id", ''deleted'')\073
  END IF\073
  RETURN NULL\073
END';

-- A part row notes its node (TG_ARGV: the type of the node, and the column of the part naming it) as updated.
CREATE FUNCTION diplograph_part_changed() RETURNS trigger LANGUAGE plpgsql AS E'BEGIN
  IF TG_OP <> ''INSERT'' AND to_jsonb(OLD) ->> TG_ARGV[1] IS NOT NULL THEN
    INSERT INTO "PendingChange" ("type", "nodeId", "operation") VALUES (TG_ARGV[0], (to_jsonb(OLD) ->> TG_ARGV[1])::integer, ''updated'')\073
  END IF\073
  IF TG_OP <> ''DELETE'' AND to_jsonb(NEW) ->> TG_ARGV[1] IS NOT NULL THEN
    INSERT INTO "PendingChange" ("type", "nodeId", "operation") VALUES (TG_ARGV[0], (to_jsonb(NEW) ->> TG_ARGV[1])::integer, ''updated'')\073
  END IF\073
  RETURN NULL\073
END';

CREATE TRIGGER "Document_change_ai" AFTER INSERT ON "Document" FOR EACH ROW EXECUTE FUNCTION diplograph_node_changed();

CREATE TRIGGER "Document_change_au" AFTER UPDATE ON "Document" FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION diplograph_node_changed();

CREATE TRIGGER "Document_change_ad" AFTER DELETE ON "Document" FOR EACH ROW EXECUTE FUNCTION diplograph_node_changed();

CREATE TRIGGER "Country_change_ai" AFTER INSERT ON "Country" FOR EACH ROW EXECUTE FUNCTION diplograph_node_changed();

CREATE TRIGGER "Country_change_au" AFTER UPDATE ON "Country" FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION diplograph_node_changed();

CREATE TRIGGER "Country_change_ad" AFTER DELETE ON "Country" FOR EACH ROW EXECUTE FUNCTION diplograph_node_changed();

CREATE TRIGGER "Organization_change_ai" AFTER INSERT ON "Organization" FOR EACH ROW EXECUTE FUNCTION diplograph_node_changed();

CREATE TRIGGER "Organization_change_au" AFTER UPDATE ON "Organization" FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION diplograph_node_changed();

CREATE TRIGGER "Organization_change_ad" AFTER DELETE ON "Organization" FOR EACH ROW EXECUTE FUNCTION diplograph_node_changed();

CREATE TRIGGER "Official_change_ai" AFTER INSERT ON "Official" FOR EACH ROW EXECUTE FUNCTION diplograph_node_changed();

CREATE TRIGGER "Official_change_au" AFTER UPDATE ON "Official" FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION diplograph_node_changed();

CREATE TRIGGER "Official_change_ad" AFTER DELETE ON "Official" FOR EACH ROW EXECUTE FUNCTION diplograph_node_changed();

CREATE TRIGGER "Topic_change_ai" AFTER INSERT ON "Topic" FOR EACH ROW EXECUTE FUNCTION diplograph_node_changed();

CREATE TRIGGER "Topic_change_au" AFTER UPDATE ON "Topic" FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION diplograph_node_changed();

CREATE TRIGGER "Topic_change_ad" AFTER DELETE ON "Topic" FOR EACH ROW EXECUTE FUNCTION diplograph_node_changed();

CREATE TRIGGER "Position_change_ai" AFTER INSERT ON "Position" FOR EACH ROW EXECUTE FUNCTION diplograph_node_changed();

CREATE TRIGGER "Position_change_au" AFTER UPDATE ON "Position" FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION diplograph_node_changed();

CREATE TRIGGER "Position_change_ad" AFTER DELETE ON "Position" FOR EACH ROW EXECUTE FUNCTION diplograph_node_changed();

CREATE TRIGGER "Meeting_change_ai" AFTER INSERT ON "Meeting" FOR EACH ROW EXECUTE FUNCTION diplograph_node_changed();

CREATE TRIGGER "Meeting_change_au" AFTER UPDATE ON "Meeting" FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION diplograph_node_changed();

CREATE TRIGGER "Meeting_change_ad" AFTER DELETE ON "Meeting" FOR EACH ROW EXECUTE FUNCTION diplograph_node_changed();

CREATE TRIGGER "Proposal_change_ai" AFTER INSERT ON "Proposal" FOR EACH ROW EXECUTE FUNCTION diplograph_node_changed();

CREATE TRIGGER "Proposal_change_au" AFTER UPDATE ON "Proposal" FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION diplograph_node_changed();

CREATE TRIGGER "Proposal_change_ad" AFTER DELETE ON "Proposal" FOR EACH ROW EXECUTE FUNCTION diplograph_node_changed();

CREATE TRIGGER "Agreement_change_ai" AFTER INSERT ON "Agreement" FOR EACH ROW EXECUTE FUNCTION diplograph_node_changed();

CREATE TRIGGER "Agreement_change_au" AFTER UPDATE ON "Agreement" FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION diplograph_node_changed();

CREATE TRIGGER "Agreement_change_ad" AFTER DELETE ON "Agreement" FOR EACH ROW EXECUTE FUNCTION diplograph_node_changed();

CREATE TRIGGER "Target_change_ai" AFTER INSERT ON "Target" FOR EACH ROW EXECUTE FUNCTION diplograph_node_changed();

CREATE TRIGGER "Target_change_au" AFTER UPDATE ON "Target" FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION diplograph_node_changed();

CREATE TRIGGER "Target_change_ad" AFTER DELETE ON "Target" FOR EACH ROW EXECUTE FUNCTION diplograph_node_changed();

CREATE TRIGGER "DocumentTopic_change_ai" AFTER INSERT ON "DocumentTopic" FOR EACH ROW EXECUTE FUNCTION diplograph_part_changed('Document', 'documentId');

CREATE TRIGGER "DocumentTopic_change_au" AFTER UPDATE ON "DocumentTopic" FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION diplograph_part_changed('Document', 'documentId');

CREATE TRIGGER "DocumentTopic_change_ad" AFTER DELETE ON "DocumentTopic" FOR EACH ROW EXECUTE FUNCTION diplograph_part_changed('Document', 'documentId');

CREATE TRIGGER "ProposalTopic_change_ai" AFTER INSERT ON "ProposalTopic" FOR EACH ROW EXECUTE FUNCTION diplograph_part_changed('Proposal', 'proposalId');

CREATE TRIGGER "ProposalTopic_change_au" AFTER UPDATE ON "ProposalTopic" FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION diplograph_part_changed('Proposal', 'proposalId');

CREATE TRIGGER "ProposalTopic_change_ad" AFTER DELETE ON "ProposalTopic" FOR EACH ROW EXECUTE FUNCTION diplograph_part_changed('Proposal', 'proposalId');

CREATE TRIGGER "MeetingParticipant_change_ai" AFTER INSERT ON "MeetingParticipant" FOR EACH ROW EXECUTE FUNCTION diplograph_part_changed('Meeting', 'meetingId');

CREATE TRIGGER "MeetingParticipant_change_au" AFTER UPDATE ON "MeetingParticipant" FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION diplograph_part_changed('Meeting', 'meetingId');

CREATE TRIGGER "MeetingParticipant_change_ad" AFTER DELETE ON "MeetingParticipant" FOR EACH ROW EXECUTE FUNCTION diplograph_part_changed('Meeting', 'meetingId');

CREATE TRIGGER "MeetingMention_change_ai" AFTER INSERT ON "MeetingMention" FOR EACH ROW EXECUTE FUNCTION diplograph_part_changed('Meeting', 'meetingId');

CREATE TRIGGER "MeetingMention_change_au" AFTER UPDATE ON "MeetingMention" FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION diplograph_part_changed('Meeting', 'meetingId');

CREATE TRIGGER "MeetingMention_change_ad" AFTER DELETE ON "MeetingMention" FOR EACH ROW EXECUTE FUNCTION diplograph_part_changed('Meeting', 'meetingId');

CREATE TRIGGER "AgreementMention_change_ai" AFTER INSERT ON "AgreementMention" FOR EACH ROW EXECUTE FUNCTION diplograph_part_changed('Agreement', 'agreementId');

CREATE TRIGGER "AgreementMention_change_au" AFTER UPDATE ON "AgreementMention" FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION diplograph_part_changed('Agreement', 'agreementId');

CREATE TRIGGER "AgreementMention_change_ad" AFTER DELETE ON "AgreementMention" FOR EACH ROW EXECUTE FUNCTION diplograph_part_changed('Agreement', 'agreementId');

CREATE TRIGGER "AgreementParty_change_ai" AFTER INSERT ON "AgreementParty" FOR EACH ROW EXECUTE FUNCTION diplograph_part_changed('Agreement', 'agreementId');

CREATE TRIGGER "AgreementParty_change_au" AFTER UPDATE ON "AgreementParty" FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION diplograph_part_changed('Agreement', 'agreementId');

CREATE TRIGGER "AgreementParty_change_ad" AFTER DELETE ON "AgreementParty" FOR EACH ROW EXECUTE FUNCTION diplograph_part_changed('Agreement', 'agreementId');
