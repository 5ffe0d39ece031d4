-- AlterTable
ALTER TABLE "AgreementMention" ADD COLUMN "spanEnd" INTEGER;
ALTER TABLE "AgreementMention" ADD COLUMN "spanStart" INTEGER;

-- AlterTable
ALTER TABLE "CuratorDecisionMention" ADD COLUMN "fingerprint" TEXT;
ALTER TABLE "CuratorDecisionMention" ADD COLUMN "spanEnd" INTEGER;
ALTER TABLE "CuratorDecisionMention" ADD COLUMN "spanStart" INTEGER;

-- AlterTable
ALTER TABLE "MeetingMention" ADD COLUMN "spanEnd" INTEGER;
ALTER TABLE "MeetingMention" ADD COLUMN "spanStart" INTEGER;

-- Each mention's span is the text its evidence covers
UPDATE "MeetingMention" SET
  "spanStart" = (SELECT min(e."start") FROM "Evidence" e WHERE e."meetingMentionId" = "MeetingMention"."id"),
  "spanEnd" = (SELECT max(e."end") FROM "Evidence" e WHERE e."meetingMentionId" = "MeetingMention"."id");

UPDATE "AgreementMention" SET
  "spanStart" = (SELECT min(e."start") FROM "Evidence" e WHERE e."agreementMentionId" = "AgreementMention"."id"),
  "spanEnd" = (SELECT max(e."end") FROM "Evidence" e WHERE e."agreementMentionId" = "AgreementMention"."id");

-- Decision members take the span and fingerprint of the mention their ordinal names now
-- (the fingerprint as facts/decisions.ts computes it: date and participant name keys for a
-- meeting, kind and title key for an agreement)
UPDATE "CuratorDecisionMention" SET
  "spanStart" = (SELECT m."spanStart" FROM "MeetingMention" m JOIN "Document" d ON d."id" = m."documentId" WHERE d."contentHash" = "CuratorDecisionMention"."documentHash" AND m."ordinal" = "CuratorDecisionMention"."ordinal"),
  "spanEnd" = (SELECT m."spanEnd" FROM "MeetingMention" m JOIN "Document" d ON d."id" = m."documentId" WHERE d."contentHash" = "CuratorDecisionMention"."documentHash" AND m."ordinal" = "CuratorDecisionMention"."ordinal"),
  "fingerprint" = (SELECT coalesce(m."date", '') || '|' || coalesce((SELECT group_concat(k."nameKey", ',' ORDER BY k."nameKey") FROM (SELECT DISTINCT o."nameKey" FROM "MeetingMentionParticipant" p JOIN "Official" o ON o."id" = p."officialId" WHERE p."mentionId" = m."id") k), '') FROM "MeetingMention" m JOIN "Document" d ON d."id" = m."documentId" WHERE d."contentHash" = "CuratorDecisionMention"."documentHash" AND m."ordinal" = "CuratorDecisionMention"."ordinal")
WHERE "decisionId" IN (SELECT "id" FROM "CuratorDecision" WHERE "kind" = 'meeting');

UPDATE "CuratorDecisionMention" SET
  "spanStart" = (SELECT m."spanStart" FROM "AgreementMention" m JOIN "Document" d ON d."id" = m."documentId" WHERE d."contentHash" = "CuratorDecisionMention"."documentHash" AND m."ordinal" = "CuratorDecisionMention"."ordinal"),
  "spanEnd" = (SELECT m."spanEnd" FROM "AgreementMention" m JOIN "Document" d ON d."id" = m."documentId" WHERE d."contentHash" = "CuratorDecisionMention"."documentHash" AND m."ordinal" = "CuratorDecisionMention"."ordinal"),
  "fingerprint" = (SELECT m."kind" || '|' || m."titleKey" FROM "AgreementMention" m JOIN "Document" d ON d."id" = m."documentId" WHERE d."contentHash" = "CuratorDecisionMention"."documentHash" AND m."ordinal" = "CuratorDecisionMention"."ordinal")
WHERE "decisionId" IN (SELECT "id" FROM "CuratorDecision" WHERE "kind" = 'agreement');
