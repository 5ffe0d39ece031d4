-- CreateIndex
CREATE INDEX "AgreementMention_date_idx" ON "AgreementMention"("date");

