-- DropIndex
DROP INDEX "AgreementMention_agreementId_idx";

-- AlterTable
ALTER TABLE "AgreementMention" ADD COLUMN     "countryCodes" TEXT;

-- CreateIndex
CREATE INDEX "AgreementMention_agreementId_countryCodes_status_date_idx" ON "AgreementMention"("agreementId", "countryCodes", "status", "date");

