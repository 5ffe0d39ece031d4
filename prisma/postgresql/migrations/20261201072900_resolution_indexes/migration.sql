-- DropIndex
DROP INDEX "OfficialMention_nameKey_idx";

-- DropIndex
DROP INDEX "Proposal_speakerId_idx";

-- CreateIndex
CREATE INDEX "OfficialMention_nameKey_countryId_officialId_idx" ON "OfficialMention"("nameKey", "countryId", "officialId");

-- CreateIndex
CREATE INDEX "OfficialMention_officialId_nameKey_idx" ON "OfficialMention"("officialId", "nameKey");

-- CreateIndex
CREATE INDEX "Proposal_speakerId_date_idx" ON "Proposal"("speakerId", "date");

