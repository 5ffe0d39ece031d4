-- DropIndex
DROP INDEX "Document_url_idx";

