-- DropIndex
DROP INDEX "AgreementMention_titleKey_idx";

-- CreateIndex
CREATE INDEX "AgreementMention_titleKey_kind_agreementId_idx" ON "AgreementMention"("titleKey", "kind", "agreementId");

