-- DropIndex
DROP INDEX "Position_officialId_date_idx";

-- CreateIndex
CREATE INDEX "Position_officialId_date_title_idx" ON "Position"("officialId", "date" DESC, "title");

