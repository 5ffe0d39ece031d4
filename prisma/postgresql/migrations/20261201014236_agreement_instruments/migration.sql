-- Agreements become instruments with a history, resolved from the mentions of every report
-- (src/store/facts/agreements.ts). The per-report agreement rows are dropped and every document is
-- marked as extracted by an older version, so `diplograph start` rebuilds them from the texts.
DELETE FROM "Evidence" WHERE "agreementId" IS NOT NULL;
DELETE FROM "AgreementParty";
DELETE FROM "Agreement";
UPDATE "Document" SET "extractorVersion" = "extractorVersion" || '+before-instruments' WHERE "extractorVersion" NOT LIKE '%+before-%';

-- DropForeignKey
ALTER TABLE "AgreementParty" DROP CONSTRAINT "AgreementParty_agreementId_fkey";

-- DropForeignKey
ALTER TABLE "Evidence" DROP CONSTRAINT "Evidence_agreementId_fkey";

-- DropIndex
DROP INDEX "Agreement_documentId_ordinal_key";

-- DropIndex
DROP INDEX "AgreementParty_agreementId_name_key";

-- AlterTable
ALTER TABLE "Agreement" ADD COLUMN     "key" TEXT NOT NULL,
ADD COLUMN     "signedOn" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "AgreementParty" ADD COLUMN     "mentionId" INTEGER NOT NULL,
ALTER COLUMN "agreementId" DROP NOT NULL;

-- AlterTable
ALTER TABLE "Evidence" ADD COLUMN     "agreementMentionId" INTEGER;

-- CreateTable
CREATE TABLE "AgreementMention" (
    "id" SERIAL NOT NULL,
    "documentId" INTEGER NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "agreementId" INTEGER,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "titleKey" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "date" TIMESTAMP(3) NOT NULL,
    "proposerId" INTEGER,
    "rule" TEXT NOT NULL DEFAULT 'key',

    CONSTRAINT "AgreementMention_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AgreementMention_titleKey_idx" ON "AgreementMention"("titleKey");

-- CreateIndex
CREATE INDEX "AgreementMention_agreementId_idx" ON "AgreementMention"("agreementId");

-- CreateIndex
CREATE UNIQUE INDEX "AgreementMention_documentId_ordinal_key" ON "AgreementMention"("documentId", "ordinal");

-- CreateIndex
CREATE UNIQUE INDEX "Agreement_key_key" ON "Agreement"("key");

-- CreateIndex
CREATE INDEX "Agreement_documentId_idx" ON "Agreement"("documentId");

-- CreateIndex
CREATE INDEX "AgreementParty_agreementId_idx" ON "AgreementParty"("agreementId");

-- CreateIndex
CREATE UNIQUE INDEX "AgreementParty_mentionId_name_key" ON "AgreementParty"("mentionId", "name");

-- CreateIndex
CREATE INDEX "Evidence_agreementMentionId_idx" ON "Evidence"("agreementMentionId");

-- AddForeignKey
ALTER TABLE "AgreementMention" ADD CONSTRAINT "AgreementMention_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementMention" ADD CONSTRAINT "AgreementMention_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementMention" ADD CONSTRAINT "AgreementMention_proposerId_fkey" FOREIGN KEY ("proposerId") REFERENCES "Official"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementParty" ADD CONSTRAINT "AgreementParty_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementParty" ADD CONSTRAINT "AgreementParty_mentionId_fkey" FOREIGN KEY ("mentionId") REFERENCES "AgreementMention"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_agreementMentionId_fkey" FOREIGN KEY ("agreementMentionId") REFERENCES "AgreementMention"("id") ON DELETE CASCADE ON UPDATE CASCADE;

