-- The search index keeps no copy of the texts it indexes (issue #16): a contentless FTS5 table
-- (content='', contentless_delete=1 so the triggers can still delete by rowid). The copy was a
-- fifth of a database's pages, every document's text twice, and about 8.6 pages of each commit
-- (each kind's rows sit at their own end of the rowid range, id * 16 + kind). Searches read the
-- kind and the id from the rowid and rank by the length of the entity's own text (src/store/search.ts).
-- FTS5 options cannot be altered: rebuild and refill it. The triggers on the entity tables name the
-- table and its columns ("ref" is accepted and not stored), and keep working.
DROP TABLE "search_fts";
CREATE VIRTUAL TABLE "search_fts" USING fts5("kind", "ref" UNINDEXED, "body", tokenize = 'unicode61 remove_diacritics 2', content = '', contentless_delete = 1);

INSERT INTO "search_fts"(rowid, "kind", "ref", "body") SELECT id * 16 + 1, 'Official', id, replace(replace(name || ' ' || coalesce(title, ''), 'đ', 'd'), 'Đ', 'D') FROM "Official";
INSERT INTO "search_fts"(rowid, "kind", "ref", "body") SELECT id * 16 + 2, 'Organization', id, replace(replace(name || ' ' || coalesce(acronym, ''), 'đ', 'd'), 'Đ', 'D') FROM "Organization";
INSERT INTO "search_fts"(rowid, "kind", "ref", "body") SELECT id * 16 + 3, 'Meeting', id, replace(replace(kind || ' ' || coalesce(location, '') || ' ' || coalesce(date, ''), 'đ', 'd'), 'Đ', 'D') FROM "Meeting";
INSERT INTO "search_fts"(rowid, "kind", "ref", "body") SELECT id * 16 + 4, 'Proposal', id, replace(replace(text, 'đ', 'd'), 'Đ', 'D') FROM "Proposal";
INSERT INTO "search_fts"(rowid, "kind", "ref", "body") SELECT id * 16 + 5, 'Agreement', id, replace(replace(title, 'đ', 'd'), 'Đ', 'D') FROM "Agreement";
INSERT INTO "search_fts"(rowid, "kind", "ref", "body") SELECT id * 16 + 6, 'Document', id, replace(replace(coalesce(title, '') || ' ' || text, 'đ', 'd'), 'Đ', 'D') FROM "Document";
INSERT INTO "search_fts"(rowid, "kind", "ref", "body") SELECT id * 16 + 7, 'Topic', id, replace(replace(name, 'đ', 'd'), 'Đ', 'D') FROM "Topic";
INSERT INTO "search_fts"(rowid, "kind", "ref", "body") SELECT id * 16 + 8, 'Country', id, replace(replace(name || ' ' || code, 'đ', 'd'), 'Đ', 'D') FROM "Country";

-- An update re-indexes an entity only when its indexed text changed: the writers set a row's columns
-- together (an official's name with its organisation), and each re-index deleted and wrote the
-- same words again.
DROP TRIGGER "Agreement_search_au";
CREATE TRIGGER "Agreement_search_au" AFTER UPDATE OF "title" ON "Agreement" WHEN OLD."title" IS NOT NEW."title" BEGIN
  DELETE FROM "search_fts" WHERE rowid = OLD.id * 16 + 5;
  INSERT INTO "search_fts"(rowid, "kind", "ref", "body") VALUES (NEW.id * 16 + 5, 'Agreement', NEW.id, replace(replace(NEW.title, 'đ', 'd'), 'Đ', 'D'));
END;
DROP TRIGGER "Country_search_au";
CREATE TRIGGER "Country_search_au" AFTER UPDATE OF "name", "code" ON "Country" WHEN OLD."name" IS NOT NEW."name" OR OLD."code" IS NOT NEW."code" BEGIN
  DELETE FROM "search_fts" WHERE rowid = OLD.id * 16 + 8;
  INSERT INTO "search_fts"(rowid, "kind", "ref", "body") VALUES (NEW.id * 16 + 8, 'Country', NEW.id, replace(replace(NEW.name || ' ' || NEW.code, 'đ', 'd'), 'Đ', 'D'));
END;
DROP TRIGGER "Document_search_au";
CREATE TRIGGER "Document_search_au" AFTER UPDATE OF "title", "text" ON "Document" WHEN OLD."title" IS NOT NEW."title" OR OLD."text" IS NOT NEW."text" BEGIN
  DELETE FROM "search_fts" WHERE rowid = OLD.id * 16 + 6;
  INSERT INTO "search_fts"(rowid, "kind", "ref", "body") VALUES (NEW.id * 16 + 6, 'Document', NEW.id, replace(replace(coalesce(NEW.title, '') || ' ' || NEW.text, 'đ', 'd'), 'Đ', 'D'));
END;
DROP TRIGGER "Meeting_search_au";
CREATE TRIGGER "Meeting_search_au" AFTER UPDATE OF "kind", "location", "date" ON "Meeting" WHEN OLD."kind" IS NOT NEW."kind" OR OLD."location" IS NOT NEW."location" OR OLD."date" IS NOT NEW."date" BEGIN
  DELETE FROM "search_fts" WHERE rowid = OLD.id * 16 + 3;
  INSERT INTO "search_fts"(rowid, "kind", "ref", "body") VALUES (NEW.id * 16 + 3, 'Meeting', NEW.id, replace(replace(NEW.kind || ' ' || coalesce(NEW.location, '') || ' ' || coalesce(NEW.date, ''), 'đ', 'd'), 'Đ', 'D'));
END;
DROP TRIGGER "Official_search_au";
CREATE TRIGGER "Official_search_au" AFTER UPDATE OF "name", "title" ON "Official" WHEN OLD."name" IS NOT NEW."name" OR OLD."title" IS NOT NEW."title" BEGIN
  DELETE FROM "search_fts" WHERE rowid = OLD.id * 16 + 1;
  INSERT INTO "search_fts"(rowid, "kind", "ref", "body") VALUES (NEW.id * 16 + 1, 'Official', NEW.id, replace(replace(NEW.name || ' ' || coalesce(NEW.title, ''), 'đ', 'd'), 'Đ', 'D'));
END;
DROP TRIGGER "Organization_search_au";
CREATE TRIGGER "Organization_search_au" AFTER UPDATE OF "name", "acronym" ON "Organization" WHEN OLD."name" IS NOT NEW."name" OR OLD."acronym" IS NOT NEW."acronym" BEGIN
  DELETE FROM "search_fts" WHERE rowid = OLD.id * 16 + 2;
  INSERT INTO "search_fts"(rowid, "kind", "ref", "body") VALUES (NEW.id * 16 + 2, 'Organization', NEW.id, replace(replace(NEW.name || ' ' || coalesce(NEW.acronym, ''), 'đ', 'd'), 'Đ', 'D'));
END;
DROP TRIGGER "Proposal_search_au";
CREATE TRIGGER "Proposal_search_au" AFTER UPDATE OF "text" ON "Proposal" WHEN OLD."text" IS NOT NEW."text" BEGIN
  DELETE FROM "search_fts" WHERE rowid = OLD.id * 16 + 4;
  INSERT INTO "search_fts"(rowid, "kind", "ref", "body") VALUES (NEW.id * 16 + 4, 'Proposal', NEW.id, replace(replace(NEW.text, 'đ', 'd'), 'Đ', 'D'));
END;
DROP TRIGGER "Topic_search_au";
CREATE TRIGGER "Topic_search_au" AFTER UPDATE OF "name" ON "Topic" WHEN OLD."name" IS NOT NEW."name" BEGIN
  DELETE FROM "search_fts" WHERE rowid = OLD.id * 16 + 7;
  INSERT INTO "search_fts"(rowid, "kind", "ref", "body") VALUES (NEW.id * 16 + 7, 'Topic', NEW.id, replace(replace(NEW.name, 'đ', 'd'), 'Đ', 'D'));
END;
