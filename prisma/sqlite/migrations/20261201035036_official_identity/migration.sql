-- Officials identified by name and country (src/store/nodes/identity.ts), nicknames that resolve
-- across documents, and the countries' alpha-3 codes and Wikidata IDs. Columns are added in place
-- (no table rebuild, which would drop the search triggers on "Official"). The name keys of
-- existing rows are filled in by `diplograph migrate` / `start` (nodes/identity.ts
-- upgradeIdentities), which needs the application's name folding.

-- AlterTable
ALTER TABLE "Alias" ADD COLUMN "key" TEXT;
ALTER TABLE "Alias" ADD COLUMN "nameKey" TEXT;

-- AlterTable
ALTER TABLE "Country" ADD COLUMN "alpha3" TEXT;
ALTER TABLE "Country" ADD COLUMN "wikidataId" TEXT;

-- AlterTable
ALTER TABLE "Official" ADD COLUMN "nameKey" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "OfficialMention" ADD COLUMN "nameKey" TEXT NOT NULL DEFAULT '';

-- Before this migration an official's key was its name key.
UPDATE "Official" SET "nameKey" = "key";

-- CreateIndex
CREATE INDEX "Alias_key_idx" ON "Alias"("key");

-- CreateIndex
CREATE INDEX "Alias_nameKey_idx" ON "Alias"("nameKey");

-- CreateIndex
CREATE UNIQUE INDEX "Country_alpha3_key" ON "Country"("alpha3");

-- CreateIndex
CREATE UNIQUE INDEX "Country_wikidataId_key" ON "Country"("wikidataId");

-- CreateIndex
CREATE INDEX "Official_nameKey_idx" ON "Official"("nameKey");

-- CreateIndex
CREATE INDEX "OfficialMention_nameKey_idx" ON "OfficialMention"("nameKey");
