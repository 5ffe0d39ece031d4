-- AlterTable
ALTER TABLE "Document" ADD COLUMN     "fetchedAt" TIMESTAMP(3),
ADD COLUMN     "outlet" TEXT,
ADD COLUMN     "url" TEXT;

-- CreateIndex
CREATE INDEX "Document_url_idx" ON "Document"("url");

