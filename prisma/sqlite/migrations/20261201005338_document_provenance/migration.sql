-- AlterTable
ALTER TABLE "Document" ADD COLUMN "fetchedAt" DATETIME;
ALTER TABLE "Document" ADD COLUMN "outlet" TEXT;
ALTER TABLE "Document" ADD COLUMN "url" TEXT;

-- CreateIndex
CREATE INDEX "Document_url_idx" ON "Document"("url");

