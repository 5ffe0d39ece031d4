-- The change feed's update triggers on SQLite name the columns they compare (change_feed), so the
-- columns official_identity added must be named too, or an update of only those would not be fed.
DROP TRIGGER "Official_change_au";
CREATE TRIGGER "Official_change_au" AFTER UPDATE ON "Official" WHEN OLD."id" IS NOT NEW."id" OR OLD."key" IS NOT NEW."key" OR OLD."nameKey" IS NOT NEW."nameKey" OR OLD."name" IS NOT NEW."name" OR OLD."searchName" IS NOT NEW."searchName" OR OLD."countryId" IS NOT NEW."countryId" OR OLD."organizationId" IS NOT NEW."organizationId" OR OLD."title" IS NOT NEW."title" BEGIN
  INSERT INTO "PendingChange" ("type", "nodeId", "operation") VALUES ('Official', NEW."id", 'updated');
END;

DROP TRIGGER "Country_change_au";
CREATE TRIGGER "Country_change_au" AFTER UPDATE ON "Country" WHEN OLD."id" IS NOT NEW."id" OR OLD."code" IS NOT NEW."code" OR OLD."name" IS NOT NEW."name" OR OLD."alpha3" IS NOT NEW."alpha3" OR OLD."wikidataId" IS NOT NEW."wikidataId" BEGIN
  INSERT INTO "PendingChange" ("type", "nodeId", "operation") VALUES ('Country', NEW."id", 'updated');
END;
