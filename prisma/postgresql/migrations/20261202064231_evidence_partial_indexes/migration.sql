-- DropIndex
DROP INDEX "Evidence_agreementId_idx";

-- DropIndex
DROP INDEX "Evidence_agreementMentionId_idx";

-- DropIndex
DROP INDEX "Evidence_countryId_idx";

-- DropIndex
DROP INDEX "Evidence_meetingId_idx";

-- DropIndex
DROP INDEX "Evidence_meetingMentionId_idx";

-- DropIndex
DROP INDEX "Evidence_officialId_idx";

-- DropIndex
DROP INDEX "Evidence_organizationId_idx";

-- DropIndex
DROP INDEX "Evidence_positionId_idx";

-- DropIndex
DROP INDEX "Evidence_proposalId_idx";

-- DropIndex
DROP INDEX "Evidence_targetId_idx";

-- CreateIndex, written by hand: partial indexes, which Prisma 6 cannot describe (see the Evidence model)
CREATE INDEX "Evidence_officialId_idx" ON "Evidence"("officialId") WHERE "officialId" IS NOT NULL;
CREATE INDEX "Evidence_organizationId_idx" ON "Evidence"("organizationId") WHERE "organizationId" IS NOT NULL;
CREATE INDEX "Evidence_countryId_idx" ON "Evidence"("countryId") WHERE "countryId" IS NOT NULL;
CREATE INDEX "Evidence_positionId_idx" ON "Evidence"("positionId") WHERE "positionId" IS NOT NULL;
CREATE INDEX "Evidence_meetingId_idx" ON "Evidence"("meetingId") WHERE "meetingId" IS NOT NULL;
CREATE INDEX "Evidence_meetingMentionId_idx" ON "Evidence"("meetingMentionId") WHERE "meetingMentionId" IS NOT NULL;
CREATE INDEX "Evidence_proposalId_idx" ON "Evidence"("proposalId") WHERE "proposalId" IS NOT NULL;
CREATE INDEX "Evidence_agreementId_idx" ON "Evidence"("agreementId") WHERE "agreementId" IS NOT NULL;
CREATE INDEX "Evidence_agreementMentionId_idx" ON "Evidence"("agreementMentionId") WHERE "agreementMentionId" IS NOT NULL;
CREATE INDEX "Evidence_targetId_idx" ON "Evidence"("targetId") WHERE "targetId" IS NOT NULL;
