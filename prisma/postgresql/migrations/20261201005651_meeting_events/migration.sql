-- Meetings become events resolved from the mentions of every report (src/store/facts/meetings.ts).
-- The per-document meeting rows are dropped and every document is marked as extracted by an older
-- version, so `diplograph start` (which re-extracts such documents) rebuilds mentions and events
-- from the stored texts.
UPDATE "Proposal" SET "meetingId" = NULL;
DELETE FROM "Evidence" WHERE "meetingId" IS NOT NULL;
DELETE FROM "MeetingParticipant";
DELETE FROM "Meeting";
UPDATE "Document" SET "extractorVersion" = "extractorVersion" || '+before-events';

-- DropForeignKey
ALTER TABLE "Evidence" DROP CONSTRAINT "Evidence_meetingId_fkey";

-- DropIndex
DROP INDEX "Meeting_documentId_ordinal_key";

-- AlterTable
ALTER TABLE "Evidence" ADD COLUMN     "meetingMentionId" INTEGER;

-- AlterTable
ALTER TABLE "Meeting" ADD COLUMN     "key" TEXT NOT NULL;

-- AlterTable
ALTER TABLE "Proposal" ADD COLUMN     "meetingMentionId" INTEGER;

-- CreateTable
CREATE TABLE "MeetingMention" (
    "id" SERIAL NOT NULL,
    "documentId" INTEGER NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "meetingId" INTEGER,
    "kind" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "date" TEXT,
    "dateStart" TIMESTAMP(3) NOT NULL,
    "dateEnd" TIMESTAMP(3) NOT NULL,
    "location" TEXT,
    "rule" TEXT NOT NULL DEFAULT 'key',

    CONSTRAINT "MeetingMention_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingMentionParticipant" (
    "mentionId" INTEGER NOT NULL,
    "officialId" INTEGER NOT NULL,
    "role" TEXT NOT NULL,
    "dateStart" TIMESTAMP(3) NOT NULL,
    "dateEnd" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MeetingMentionParticipant_pkey" PRIMARY KEY ("mentionId","officialId")
);

-- CreateIndex
CREATE INDEX "MeetingMention_meetingId_idx" ON "MeetingMention"("meetingId");

-- CreateIndex
CREATE UNIQUE INDEX "MeetingMention_documentId_ordinal_key" ON "MeetingMention"("documentId", "ordinal");

-- CreateIndex
CREATE INDEX "MeetingMentionParticipant_officialId_dateStart_idx" ON "MeetingMentionParticipant"("officialId", "dateStart");

-- CreateIndex
CREATE INDEX "Evidence_meetingMentionId_idx" ON "Evidence"("meetingMentionId");

-- CreateIndex
CREATE UNIQUE INDEX "Meeting_key_key" ON "Meeting"("key");

-- CreateIndex
CREATE INDEX "Meeting_documentId_idx" ON "Meeting"("documentId");

-- CreateIndex
CREATE INDEX "Proposal_meetingMentionId_idx" ON "Proposal"("meetingMentionId");

-- AddForeignKey
ALTER TABLE "MeetingMention" ADD CONSTRAINT "MeetingMention_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingMention" ADD CONSTRAINT "MeetingMention_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingMentionParticipant" ADD CONSTRAINT "MeetingMentionParticipant_mentionId_fkey" FOREIGN KEY ("mentionId") REFERENCES "MeetingMention"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingMentionParticipant" ADD CONSTRAINT "MeetingMentionParticipant_officialId_fkey" FOREIGN KEY ("officialId") REFERENCES "Official"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_meetingMentionId_fkey" FOREIGN KEY ("meetingMentionId") REFERENCES "MeetingMention"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_meetingMentionId_fkey" FOREIGN KEY ("meetingMentionId") REFERENCES "MeetingMention"("id") ON DELETE CASCADE ON UPDATE CASCADE;

