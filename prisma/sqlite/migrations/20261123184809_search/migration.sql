-- Full-text search over every entity (hand-written: Prisma has no model for FTS5).
-- One row per entity, rowid = entity id * 16 + kind code, so triggers update by rowid.
-- unicode61 folds case and diacritics, but đ/Đ are letters of their own to it, so they are folded here.
CREATE VIRTUAL TABLE "search_fts" USING fts5("kind" UNINDEXED, "ref" UNINDEXED, "body", tokenize = 'unicode61 remove_diacritics 2');

CREATE TRIGGER "Official_search_ai" AFTER INSERT ON "Official" BEGIN
  INSERT INTO "search_fts"(rowid, "kind", "ref", "body") VALUES (NEW.id * 16 + 1, 'Official', NEW.id, replace(replace(NEW.name || ' ' || coalesce(NEW.title, ''), 'đ', 'd'), 'Đ', 'D'));
END;
CREATE TRIGGER "Official_search_au" AFTER UPDATE OF "name", "title" ON "Official" BEGIN
  DELETE FROM "search_fts" WHERE rowid = OLD.id * 16 + 1;
  INSERT INTO "search_fts"(rowid, "kind", "ref", "body") VALUES (NEW.id * 16 + 1, 'Official', NEW.id, replace(replace(NEW.name || ' ' || coalesce(NEW.title, ''), 'đ', 'd'), 'Đ', 'D'));
END;
CREATE TRIGGER "Official_search_ad" AFTER DELETE ON "Official" BEGIN
  DELETE FROM "search_fts" WHERE rowid = OLD.id * 16 + 1;
END;

CREATE TRIGGER "Organization_search_ai" AFTER INSERT ON "Organization" BEGIN
  INSERT INTO "search_fts"(rowid, "kind", "ref", "body") VALUES (NEW.id * 16 + 2, 'Organization', NEW.id, replace(replace(NEW.name || ' ' || coalesce(NEW.acronym, ''), 'đ', 'd'), 'Đ', 'D'));
END;
CREATE TRIGGER "Organization_search_au" AFTER UPDATE OF "name", "acronym" ON "Organization" BEGIN
  DELETE FROM "search_fts" WHERE rowid = OLD.id * 16 + 2;
  INSERT INTO "search_fts"(rowid, "kind", "ref", "body") VALUES (NEW.id * 16 + 2, 'Organization', NEW.id, replace(replace(NEW.name || ' ' || coalesce(NEW.acronym, ''), 'đ', 'd'), 'Đ', 'D'));
END;
CREATE TRIGGER "Organization_search_ad" AFTER DELETE ON "Organization" BEGIN
  DELETE FROM "search_fts" WHERE rowid = OLD.id * 16 + 2;
END;

CREATE TRIGGER "Meeting_search_ai" AFTER INSERT ON "Meeting" BEGIN
  INSERT INTO "search_fts"(rowid, "kind", "ref", "body") VALUES (NEW.id * 16 + 3, 'Meeting', NEW.id, replace(replace(NEW.kind || ' ' || coalesce(NEW.location, '') || ' ' || coalesce(NEW.date, ''), 'đ', 'd'), 'Đ', 'D'));
END;
CREATE TRIGGER "Meeting_search_au" AFTER UPDATE OF "kind", "location", "date" ON "Meeting" BEGIN
  DELETE FROM "search_fts" WHERE rowid = OLD.id * 16 + 3;
  INSERT INTO "search_fts"(rowid, "kind", "ref", "body") VALUES (NEW.id * 16 + 3, 'Meeting', NEW.id, replace(replace(NEW.kind || ' ' || coalesce(NEW.location, '') || ' ' || coalesce(NEW.date, ''), 'đ', 'd'), 'Đ', 'D'));
END;
CREATE TRIGGER "Meeting_search_ad" AFTER DELETE ON "Meeting" BEGIN
  DELETE FROM "search_fts" WHERE rowid = OLD.id * 16 + 3;
END;

CREATE TRIGGER "Proposal_search_ai" AFTER INSERT ON "Proposal" BEGIN
  INSERT INTO "search_fts"(rowid, "kind", "ref", "body") VALUES (NEW.id * 16 + 4, 'Proposal', NEW.id, replace(replace(NEW.text, 'đ', 'd'), 'Đ', 'D'));
END;
CREATE TRIGGER "Proposal_search_au" AFTER UPDATE OF "text" ON "Proposal" BEGIN
  DELETE FROM "search_fts" WHERE rowid = OLD.id * 16 + 4;
  INSERT INTO "search_fts"(rowid, "kind", "ref", "body") VALUES (NEW.id * 16 + 4, 'Proposal', NEW.id, replace(replace(NEW.text, 'đ', 'd'), 'Đ', 'D'));
END;
CREATE TRIGGER "Proposal_search_ad" AFTER DELETE ON "Proposal" BEGIN
  DELETE FROM "search_fts" WHERE rowid = OLD.id * 16 + 4;
END;

CREATE TRIGGER "Agreement_search_ai" AFTER INSERT ON "Agreement" BEGIN
  INSERT INTO "search_fts"(rowid, "kind", "ref", "body") VALUES (NEW.id * 16 + 5, 'Agreement', NEW.id, replace(replace(NEW.title, 'đ', 'd'), 'Đ', 'D'));
END;
CREATE TRIGGER "Agreement_search_au" AFTER UPDATE OF "title" ON "Agreement" BEGIN
  DELETE FROM "search_fts" WHERE rowid = OLD.id * 16 + 5;
  INSERT INTO "search_fts"(rowid, "kind", "ref", "body") VALUES (NEW.id * 16 + 5, 'Agreement', NEW.id, replace(replace(NEW.title, 'đ', 'd'), 'Đ', 'D'));
END;
CREATE TRIGGER "Agreement_search_ad" AFTER DELETE ON "Agreement" BEGIN
  DELETE FROM "search_fts" WHERE rowid = OLD.id * 16 + 5;
END;

CREATE TRIGGER "Document_search_ai" AFTER INSERT ON "Document" BEGIN
  INSERT INTO "search_fts"(rowid, "kind", "ref", "body") VALUES (NEW.id * 16 + 6, 'Document', NEW.id, replace(replace(coalesce(NEW.title, '') || ' ' || NEW.text, 'đ', 'd'), 'Đ', 'D'));
END;
CREATE TRIGGER "Document_search_au" AFTER UPDATE OF "title", "text" ON "Document" BEGIN
  DELETE FROM "search_fts" WHERE rowid = OLD.id * 16 + 6;
  INSERT INTO "search_fts"(rowid, "kind", "ref", "body") VALUES (NEW.id * 16 + 6, 'Document', NEW.id, replace(replace(coalesce(NEW.title, '') || ' ' || NEW.text, 'đ', 'd'), 'Đ', 'D'));
END;
CREATE TRIGGER "Document_search_ad" AFTER DELETE ON "Document" BEGIN
  DELETE FROM "search_fts" WHERE rowid = OLD.id * 16 + 6;
END;

CREATE TRIGGER "Topic_search_ai" AFTER INSERT ON "Topic" BEGIN
  INSERT INTO "search_fts"(rowid, "kind", "ref", "body") VALUES (NEW.id * 16 + 7, 'Topic', NEW.id, replace(replace(NEW.name, 'đ', 'd'), 'Đ', 'D'));
END;
CREATE TRIGGER "Topic_search_au" AFTER UPDATE OF "name" ON "Topic" BEGIN
  DELETE FROM "search_fts" WHERE rowid = OLD.id * 16 + 7;
  INSERT INTO "search_fts"(rowid, "kind", "ref", "body") VALUES (NEW.id * 16 + 7, 'Topic', NEW.id, replace(replace(NEW.name, 'đ', 'd'), 'Đ', 'D'));
END;
CREATE TRIGGER "Topic_search_ad" AFTER DELETE ON "Topic" BEGIN
  DELETE FROM "search_fts" WHERE rowid = OLD.id * 16 + 7;
END;

CREATE TRIGGER "Country_search_ai" AFTER INSERT ON "Country" BEGIN
  INSERT INTO "search_fts"(rowid, "kind", "ref", "body") VALUES (NEW.id * 16 + 8, 'Country', NEW.id, replace(replace(NEW.name || ' ' || NEW.code, 'đ', 'd'), 'Đ', 'D'));
END;
CREATE TRIGGER "Country_search_au" AFTER UPDATE OF "name", "code" ON "Country" BEGIN
  DELETE FROM "search_fts" WHERE rowid = OLD.id * 16 + 8;
  INSERT INTO "search_fts"(rowid, "kind", "ref", "body") VALUES (NEW.id * 16 + 8, 'Country', NEW.id, replace(replace(NEW.name || ' ' || NEW.code, 'đ', 'd'), 'Đ', 'D'));
END;
CREATE TRIGGER "Country_search_ad" AFTER DELETE ON "Country" BEGIN
  DELETE FROM "search_fts" WHERE rowid = OLD.id * 16 + 8;
END;
