-- A search restricted to kinds reads only those kinds' index entries (issue #16): the names (officials,
-- organisations, countries, topics) move to an FTS5 table of their own, "search_fts_names", and
-- "search_fts" keeps the long texts (meetings, proposals, agreements, documents). A prefix query reads
-- every row holding a term with that prefix before the kind column narrows it: "Ha" among officials read
-- the terms of every meeting, proposal and document (154,222 rows at 100,000 documents, 70 ms) to find 21.
-- Same options and rowids (id * 16 + kind) as the search_contentless migration; src/store/search.ts reads
-- the names' table for name kinds and the other for the rest (segments never mix the two).
CREATE VIRTUAL TABLE "search_fts_names" USING fts5("kind", "ref" UNINDEXED, "body", tokenize = 'unicode61 remove_diacritics 2', content = '', contentless_delete = 1);

INSERT INTO "search_fts_names"(rowid, "kind", "ref", "body") SELECT id * 16 + 1, 'Official', id, replace(replace(name || ' ' || coalesce(title, ''), 'đ', 'd'), 'Đ', 'D') FROM "Official";
DELETE FROM "search_fts" WHERE rowid IN (SELECT id * 16 + 1 FROM "Official");
INSERT INTO "search_fts_names"(rowid, "kind", "ref", "body") SELECT id * 16 + 2, 'Organization', id, replace(replace(name || ' ' || coalesce(acronym, ''), 'đ', 'd'), 'Đ', 'D') FROM "Organization";
DELETE FROM "search_fts" WHERE rowid IN (SELECT id * 16 + 2 FROM "Organization");
INSERT INTO "search_fts_names"(rowid, "kind", "ref", "body") SELECT id * 16 + 7, 'Topic', id, replace(replace(name, 'đ', 'd'), 'Đ', 'D') FROM "Topic";
DELETE FROM "search_fts" WHERE rowid IN (SELECT id * 16 + 7 FROM "Topic");
INSERT INTO "search_fts_names"(rowid, "kind", "ref", "body") SELECT id * 16 + 8, 'Country', id, replace(replace(name || ' ' || code, 'đ', 'd'), 'Đ', 'D') FROM "Country";
DELETE FROM "search_fts" WHERE rowid IN (SELECT id * 16 + 8 FROM "Country");

DROP TRIGGER "Official_search_ai";
CREATE TRIGGER "Official_search_ai" AFTER INSERT ON "Official" BEGIN
  INSERT INTO "search_fts_names"(rowid, "kind", "ref", "body") VALUES (NEW.id * 16 + 1, 'Official', NEW.id, replace(replace(NEW.name || ' ' || coalesce(NEW.title, ''), 'đ', 'd'), 'Đ', 'D'));
END;
DROP TRIGGER "Official_search_au";
CREATE TRIGGER "Official_search_au" AFTER UPDATE OF "name", "title" ON "Official" WHEN OLD."name" IS NOT NEW."name" OR OLD."title" IS NOT NEW."title" BEGIN
  DELETE FROM "search_fts_names" WHERE rowid = OLD.id * 16 + 1;
  INSERT INTO "search_fts_names"(rowid, "kind", "ref", "body") VALUES (NEW.id * 16 + 1, 'Official', NEW.id, replace(replace(NEW.name || ' ' || coalesce(NEW.title, ''), 'đ', 'd'), 'Đ', 'D'));
END;
DROP TRIGGER "Official_search_ad";
CREATE TRIGGER "Official_search_ad" AFTER DELETE ON "Official" BEGIN
  DELETE FROM "search_fts_names" WHERE rowid = OLD.id * 16 + 1;
END;
DROP TRIGGER "Organization_search_ai";
CREATE TRIGGER "Organization_search_ai" AFTER INSERT ON "Organization" BEGIN
  INSERT INTO "search_fts_names"(rowid, "kind", "ref", "body") VALUES (NEW.id * 16 + 2, 'Organization', NEW.id, replace(replace(NEW.name || ' ' || coalesce(NEW.acronym, ''), 'đ', 'd'), 'Đ', 'D'));
END;
DROP TRIGGER "Organization_search_au";
CREATE TRIGGER "Organization_search_au" AFTER UPDATE OF "name", "acronym" ON "Organization" WHEN OLD."name" IS NOT NEW."name" OR OLD."acronym" IS NOT NEW."acronym" BEGIN
  DELETE FROM "search_fts_names" WHERE rowid = OLD.id * 16 + 2;
  INSERT INTO "search_fts_names"(rowid, "kind", "ref", "body") VALUES (NEW.id * 16 + 2, 'Organization', NEW.id, replace(replace(NEW.name || ' ' || coalesce(NEW.acronym, ''), 'đ', 'd'), 'Đ', 'D'));
END;
DROP TRIGGER "Organization_search_ad";
CREATE TRIGGER "Organization_search_ad" AFTER DELETE ON "Organization" BEGIN
  DELETE FROM "search_fts_names" WHERE rowid = OLD.id * 16 + 2;
END;
DROP TRIGGER "Topic_search_ai";
CREATE TRIGGER "Topic_search_ai" AFTER INSERT ON "Topic" BEGIN
  INSERT INTO "search_fts_names"(rowid, "kind", "ref", "body") VALUES (NEW.id * 16 + 7, 'Topic', NEW.id, replace(replace(NEW.name, 'đ', 'd'), 'Đ', 'D'));
END;
DROP TRIGGER "Topic_search_au";
CREATE TRIGGER "Topic_search_au" AFTER UPDATE OF "name" ON "Topic" WHEN OLD."name" IS NOT NEW."name" BEGIN
  DELETE FROM "search_fts_names" WHERE rowid = OLD.id * 16 + 7;
  INSERT INTO "search_fts_names"(rowid, "kind", "ref", "body") VALUES (NEW.id * 16 + 7, 'Topic', NEW.id, replace(replace(NEW.name, 'đ', 'd'), 'Đ', 'D'));
END;
DROP TRIGGER "Topic_search_ad";
CREATE TRIGGER "Topic_search_ad" AFTER DELETE ON "Topic" BEGIN
  DELETE FROM "search_fts_names" WHERE rowid = OLD.id * 16 + 7;
END;
DROP TRIGGER "Country_search_ai";
CREATE TRIGGER "Country_search_ai" AFTER INSERT ON "Country" BEGIN
  INSERT INTO "search_fts_names"(rowid, "kind", "ref", "body") VALUES (NEW.id * 16 + 8, 'Country', NEW.id, replace(replace(NEW.name || ' ' || NEW.code, 'đ', 'd'), 'Đ', 'D'));
END;
DROP TRIGGER "Country_search_au";
CREATE TRIGGER "Country_search_au" AFTER UPDATE OF "name", "code" ON "Country" WHEN OLD."name" IS NOT NEW."name" OR OLD."code" IS NOT NEW."code" BEGIN
  DELETE FROM "search_fts_names" WHERE rowid = OLD.id * 16 + 8;
  INSERT INTO "search_fts_names"(rowid, "kind", "ref", "body") VALUES (NEW.id * 16 + 8, 'Country', NEW.id, replace(replace(NEW.name || ' ' || NEW.code, 'đ', 'd'), 'Đ', 'D'));
END;
DROP TRIGGER "Country_search_ad";
CREATE TRIGGER "Country_search_ad" AFTER DELETE ON "Country" BEGIN
  DELETE FROM "search_fts_names" WHERE rowid = OLD.id * 16 + 8;
END;
