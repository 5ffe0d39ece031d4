-- An official's newest meetings (Official.meetings, newest first) are read from MeetingParticipant
-- alone: each row carries a copy of its meeting's dateStart, indexed after officialId, so the page
-- no longer joins every meeting of the official to sort them. The copy is kept by triggers on
-- every write path (ingest, re-extraction, import, curation, merges of meeting events).

-- DropIndex
DROP INDEX "MeetingParticipant_officialId_idx";

-- AlterTable
ALTER TABLE "MeetingParticipant" ADD COLUMN "dateStart" DATETIME;

-- CreateIndex
CREATE INDEX "MeetingParticipant_officialId_dateStart_meetingId_idx" ON "MeetingParticipant"("officialId", "dateStart", "meetingId");

-- A participant row takes its meeting date whenever it is written (a value given by the writer is
-- replaced). The change feed trigger on MeetingParticipant lists its columns, so these updates note nothing.
CREATE TRIGGER "MeetingParticipant_date_ai" AFTER INSERT ON "MeetingParticipant" BEGIN
  UPDATE "MeetingParticipant" SET "dateStart" = (SELECT m."dateStart" FROM "Meeting" m WHERE m."id" = NEW."meetingId") WHERE "meetingId" = NEW."meetingId" AND "officialId" = NEW."officialId";
END;

CREATE TRIGGER "MeetingParticipant_date_au" AFTER UPDATE OF "meetingId", "dateStart" ON "MeetingParticipant" WHEN NEW."dateStart" IS NOT (SELECT m."dateStart" FROM "Meeting" m WHERE m."id" = NEW."meetingId") BEGIN
  UPDATE "MeetingParticipant" SET "dateStart" = (SELECT m."dateStart" FROM "Meeting" m WHERE m."id" = NEW."meetingId") WHERE "meetingId" = NEW."meetingId" AND "officialId" = NEW."officialId";
END;

-- A meeting whose date changes passes it on to its participant rows.
CREATE TRIGGER "Meeting_date_copy_au" AFTER UPDATE OF "dateStart" ON "Meeting" WHEN OLD."dateStart" IS NOT NEW."dateStart" BEGIN
  UPDATE "MeetingParticipant" SET "dateStart" = NEW."dateStart" WHERE "meetingId" = NEW."id";
END;

-- The rows already stored.
UPDATE "MeetingParticipant" SET "dateStart" = (SELECT m."dateStart" FROM "Meeting" m WHERE m."id" = "MeetingParticipant"."meetingId");
