-- CreateTable
CREATE TABLE "OfficialMention" (
    "id" SERIAL NOT NULL,
    "officialId" INTEGER NOT NULL,
    "documentId" INTEGER NOT NULL,
    "date" TIMESTAMP(3) NOT NULL,
    "name" TEXT NOT NULL,
    "accented" INTEGER NOT NULL,
    "countryId" INTEGER,

    CONSTRAINT "OfficialMention_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "OfficialMention_documentId_idx" ON "OfficialMention"("documentId");

-- CreateIndex
CREATE INDEX "OfficialMention_countryId_idx" ON "OfficialMention"("countryId");

-- CreateIndex
CREATE INDEX "OfficialMention_officialId_accented_date_name_idx" ON "OfficialMention"("officialId", "accented" DESC, "date" DESC, "name");

-- CreateIndex
CREATE INDEX "OfficialMention_officialId_date_idx" ON "OfficialMention"("officialId", "date" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "OfficialMention_officialId_documentId_key" ON "OfficialMention"("officialId", "documentId");

-- AddForeignKey
ALTER TABLE "OfficialMention" ADD CONSTRAINT "OfficialMention_officialId_fkey" FOREIGN KEY ("officialId") REFERENCES "Official"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfficialMention" ADD CONSTRAINT "OfficialMention_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfficialMention" ADD CONSTRAINT "OfficialMention_countryId_fkey" FOREIGN KEY ("countryId") REFERENCES "Country"("id") ON DELETE SET NULL ON UPDATE CASCADE;

