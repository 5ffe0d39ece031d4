-- DropIndex
DROP INDEX "Proposal_date_idx";

-- CreateIndex
CREATE INDEX "Proposal_date_documentId_ordinal_idx" ON "Proposal"("date" DESC, "documentId" DESC, "ordinal");

