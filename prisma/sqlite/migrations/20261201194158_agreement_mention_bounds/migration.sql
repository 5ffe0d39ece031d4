-- DropIndex
DROP INDEX "AgreementMention_agreementId_countryCodes_status_date_idx";

-- CreateIndex
CREATE INDEX "AgreementMention_agreementId_countryCodes_idx" ON "AgreementMention"("agreementId", "countryCodes");

-- CreateIndex
CREATE INDEX "AgreementMention_agreementId_status_date_idx" ON "AgreementMention"("agreementId", "status", "date");

