-- A report that names an official or organisation adds evidence to that node (its
-- evidence field), and deleting or re-extracting the report takes it away, without changing the row of the
-- node itself: note the node as updated, like the other part rows of change_feed. Evidence of facts
-- (positions, meetings, proposals, agreements, targets) is written with its fact, whose own
-- triggers report it.
CREATE TRIGGER "Evidence_change_ai" AFTER INSERT ON "Evidence" WHEN NEW."officialId" IS NOT NULL OR NEW."organizationId" IS NOT NULL BEGIN
  INSERT INTO "PendingChange" ("type", "nodeId", "operation") SELECT 'Official', NEW."officialId", 'updated' WHERE NEW."officialId" IS NOT NULL;
  INSERT INTO "PendingChange" ("type", "nodeId", "operation") SELECT 'Organization', NEW."organizationId", 'updated' WHERE NEW."organizationId" IS NOT NULL;
END;

CREATE TRIGGER "Evidence_change_au" AFTER UPDATE ON "Evidence" WHEN OLD."officialId" IS NOT NEW."officialId" OR OLD."organizationId" IS NOT NEW."organizationId" OR ((NEW."officialId" IS NOT NULL OR NEW."organizationId" IS NOT NULL) AND (OLD."documentId" IS NOT NEW."documentId" OR OLD."sentence" IS NOT NEW."sentence" OR OLD."start" IS NOT NEW."start" OR OLD."end" IS NOT NEW."end" OR OLD."text" IS NOT NEW."text")) BEGIN
  INSERT INTO "PendingChange" ("type", "nodeId", "operation") SELECT 'Official', OLD."officialId", 'updated' WHERE OLD."officialId" IS NOT NULL;
  INSERT INTO "PendingChange" ("type", "nodeId", "operation") SELECT 'Official', NEW."officialId", 'updated' WHERE NEW."officialId" IS NOT NULL;
  INSERT INTO "PendingChange" ("type", "nodeId", "operation") SELECT 'Organization', OLD."organizationId", 'updated' WHERE OLD."organizationId" IS NOT NULL;
  INSERT INTO "PendingChange" ("type", "nodeId", "operation") SELECT 'Organization', NEW."organizationId", 'updated' WHERE NEW."organizationId" IS NOT NULL;
END;

CREATE TRIGGER "Evidence_change_ad" AFTER DELETE ON "Evidence" WHEN OLD."officialId" IS NOT NULL OR OLD."organizationId" IS NOT NULL BEGIN
  INSERT INTO "PendingChange" ("type", "nodeId", "operation") SELECT 'Official', OLD."officialId", 'updated' WHERE OLD."officialId" IS NOT NULL;
  INSERT INTO "PendingChange" ("type", "nodeId", "operation") SELECT 'Organization', OLD."organizationId", 'updated' WHERE OLD."organizationId" IS NOT NULL;
END;
