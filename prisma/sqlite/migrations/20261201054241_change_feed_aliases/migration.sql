-- An official shows its aliases as its own (Official.aliases), and a report can add or take away
-- an alias without changing the Official row: note the official as updated, like the other part
-- rows of change_feed.
CREATE TRIGGER "Alias_change_ai" AFTER INSERT ON "Alias" BEGIN
  INSERT INTO "PendingChange" ("type", "nodeId", "operation") VALUES ('Official', NEW."officialId", 'updated');
END;

CREATE TRIGGER "Alias_change_au" AFTER UPDATE ON "Alias" WHEN OLD."id" IS NOT NEW."id" OR OLD."officialId" IS NOT NEW."officialId" OR OLD."documentId" IS NOT NEW."documentId" OR OLD."name" IS NOT NEW."name" OR OLD."key" IS NOT NEW."key" OR OLD."nameKey" IS NOT NEW."nameKey" BEGIN
  INSERT INTO "PendingChange" ("type", "nodeId", "operation") VALUES ('Official', OLD."officialId", 'updated');
  INSERT INTO "PendingChange" ("type", "nodeId", "operation") VALUES ('Official', NEW."officialId", 'updated');
END;

CREATE TRIGGER "Alias_change_ad" AFTER DELETE ON "Alias" BEGIN
  INSERT INTO "PendingChange" ("type", "nodeId", "operation") VALUES ('Official', OLD."officialId", 'updated');
END;
