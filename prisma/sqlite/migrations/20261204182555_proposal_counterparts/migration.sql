-- CreateTable
CREATE TABLE "ProposalCounterpart" (
    "proposalId" INTEGER NOT NULL,
    "officialId" INTEGER NOT NULL,
    "speakerId" INTEGER NOT NULL,
    "day" INTEGER NOT NULL,

    PRIMARY KEY ("proposalId", "officialId"),
    CONSTRAINT "ProposalCounterpart_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "ProposalCounterpart_speakerId_officialId_day_proposalId_idx" ON "ProposalCounterpart"("speakerId", "officialId", "day", "proposalId");


-- The counterparts of every proposal written before (facts/follow-ups.ts rewriteCounterparts):
-- its addressee and the other participants of the meeting where it was made, not its speaker.
INSERT INTO "ProposalCounterpart" ("proposalId", "officialId", "speakerId", "day")
SELECT DISTINCT p."id", c."officialId", p."speakerId", CASE WHEN CAST(strftime('%s', p."date") AS INTEGER) >= 0 THEN CAST(strftime('%s', p."date") AS INTEGER) / 86400 ELSE -((86399 - CAST(strftime('%s', p."date") AS INTEGER)) / 86400) END
  FROM "Proposal" p JOIN (SELECT "id" AS "proposalId", "addresseeId" AS "officialId" FROM "Proposal"
                          UNION SELECT q."id", mp."officialId" FROM "Proposal" q JOIN "MeetingMentionParticipant" mp ON mp."mentionId" = q."meetingMentionId") c
    ON c."proposalId" = p."id"
 WHERE p."speakerId" IS NOT NULL AND c."officialId" IS NOT NULL AND c."officialId" <> p."speakerId";
