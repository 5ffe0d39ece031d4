-- An official's newest meetings (Official.meetings, newest first) are read from MeetingParticipant
-- alone: each row carries a copy of its meeting's dateStart, indexed after officialId, so the page
-- no longer joins every meeting of the official to sort them. The copy is kept by triggers on
-- every write path (ingest, re-extraction, import, curation, merges of meeting events).

-- DropIndex
DROP INDEX "MeetingParticipant_officialId_idx";

-- AlterTable
ALTER TABLE "MeetingParticipant" ADD COLUMN     "dateStart" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "MeetingParticipant_officialId_dateStart_meetingId_idx" ON "MeetingParticipant"("officialId", "dateStart", "meetingId");

-- A participant row takes its meeting date whenever it is written (a value given by the writer is ignored).
CREATE FUNCTION diplograph_participant_date() RETURNS trigger LANGUAGE plpgsql AS E'BEGIN
  NEW."dateStart" := (SELECT m."dateStart" FROM "Meeting" m WHERE m.id = NEW."meetingId")\073
  RETURN NEW\073
END';

-- A meeting whose date changes passes it on to its participant rows.
CREATE FUNCTION diplograph_meeting_date_copy() RETURNS trigger LANGUAGE plpgsql AS E'BEGIN
  UPDATE "MeetingParticipant" SET "dateStart" = NEW."dateStart" WHERE "meetingId" = NEW.id\073
  RETURN NULL\073
END';

CREATE TRIGGER "MeetingParticipant_date_biu" BEFORE INSERT OR UPDATE ON "MeetingParticipant" FOR EACH ROW EXECUTE FUNCTION diplograph_participant_date();

CREATE TRIGGER "Meeting_date_copy_au" AFTER UPDATE OF "dateStart" ON "Meeting" FOR EACH ROW WHEN (OLD."dateStart" IS DISTINCT FROM NEW."dateStart") EXECUTE FUNCTION diplograph_meeting_date_copy();

-- The change feed notes a participant change as a change of its meeting: the copied date is not one
-- (the meeting row itself already notes a new date).
DROP TRIGGER "MeetingParticipant_change_au" ON "MeetingParticipant";

CREATE TRIGGER "MeetingParticipant_change_au" AFTER UPDATE ON "MeetingParticipant" FOR EACH ROW WHEN ((OLD."meetingId", OLD."officialId", OLD."role") IS DISTINCT FROM (NEW."meetingId", NEW."officialId", NEW."role")) EXECUTE FUNCTION diplograph_part_changed('Meeting', 'meetingId');

-- The rows already stored.
UPDATE "MeetingParticipant" mp SET "dateStart" = m."dateStart" FROM "Meeting" m WHERE m.id = mp."meetingId";
