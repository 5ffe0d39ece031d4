-- The search table's kind becomes an indexed column, so a search restricted to some kinds
-- ("officials named Nguyen") filters inside the full-text index instead of reading every
-- matching row, documents included. FTS5 columns cannot be altered: rebuild and refill it.
-- The triggers on the entity tables name the table, not its columns' flags, and keep working.
DROP TABLE "search_fts";
CREATE VIRTUAL TABLE "search_fts" USING fts5("kind", "ref" UNINDEXED, "body", tokenize = 'unicode61 remove_diacritics 2');

INSERT INTO "search_fts"(rowid, "kind", "ref", "body") SELECT id * 16 + 1, 'Official', id, replace(replace(name || ' ' || coalesce(title, ''), 'đ', 'd'), 'Đ', 'D') FROM "Official";
INSERT INTO "search_fts"(rowid, "kind", "ref", "body") SELECT id * 16 + 2, 'Organization', id, replace(replace(name || ' ' || coalesce(acronym, ''), 'đ', 'd'), 'Đ', 'D') FROM "Organization";
INSERT INTO "search_fts"(rowid, "kind", "ref", "body") SELECT id * 16 + 3, 'Meeting', id, replace(replace(kind || ' ' || coalesce(location, '') || ' ' || coalesce(date, ''), 'đ', 'd'), 'Đ', 'D') FROM "Meeting";
INSERT INTO "search_fts"(rowid, "kind", "ref", "body") SELECT id * 16 + 4, 'Proposal', id, replace(replace(text, 'đ', 'd'), 'Đ', 'D') FROM "Proposal";
INSERT INTO "search_fts"(rowid, "kind", "ref", "body") SELECT id * 16 + 5, 'Agreement', id, replace(replace(title, 'đ', 'd'), 'Đ', 'D') FROM "Agreement";
INSERT INTO "search_fts"(rowid, "kind", "ref", "body") SELECT id * 16 + 6, 'Document', id, replace(replace(coalesce(title, '') || ' ' || text, 'đ', 'd'), 'Đ', 'D') FROM "Document";
INSERT INTO "search_fts"(rowid, "kind", "ref", "body") SELECT id * 16 + 7, 'Topic', id, replace(replace(name, 'đ', 'd'), 'Đ', 'D') FROM "Topic";
INSERT INTO "search_fts"(rowid, "kind", "ref", "body") SELECT id * 16 + 8, 'Country', id, replace(replace(name || ' ' || code, 'đ', 'd'), 'Đ', 'D') FROM "Country";
