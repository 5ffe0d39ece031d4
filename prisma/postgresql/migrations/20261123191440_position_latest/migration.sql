-- CreateIndex
CREATE INDEX "Position_officialId_date_idx" ON "Position"("officialId", "date");

