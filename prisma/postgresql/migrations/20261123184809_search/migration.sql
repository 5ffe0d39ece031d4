-- Full-text search (hand-written: Prisma has no model for tsvector, GIN or trigram indexes).
-- Each searchable table gets an expression index over its folded text, and src/store/search.ts
-- queries exactly these expressions. Folding (case, accents) happens in diplograph_fold() so the
-- 'simple' configuration matches like SQLite's FTS5 side, without stemming.
-- No semicolons inside bodies or comments: the migration runner splits the script on them.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- unaccent() is only STABLE (it reads a dictionary), pinning the dictionary makes it safe to index.
CREATE OR REPLACE FUNCTION diplograph_fold(t text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, t)) $$;

CREATE INDEX "search_official_tsv_idx" ON "Official" USING GIN (to_tsvector('simple', diplograph_fold("name" || ' ' || coalesce("title", ''))));
CREATE INDEX "search_organization_tsv_idx" ON "Organization" USING GIN (to_tsvector('simple', diplograph_fold("name" || ' ' || coalesce("acronym", ''))));
CREATE INDEX "search_country_tsv_idx" ON "Country" USING GIN (to_tsvector('simple', diplograph_fold("name" || ' ' || "code")));
CREATE INDEX "search_topic_tsv_idx" ON "Topic" USING GIN (to_tsvector('simple', diplograph_fold("name")));
CREATE INDEX "search_agreement_tsv_idx" ON "Agreement" USING GIN (to_tsvector('simple', diplograph_fold("title")));
CREATE INDEX "search_meeting_tsv_idx" ON "Meeting" USING GIN (to_tsvector('simple', diplograph_fold("kind" || ' ' || coalesce("location", '') || ' ' || coalesce("date", ''))));
CREATE INDEX "search_proposal_tsv_idx" ON "Proposal" USING GIN (to_tsvector('simple', diplograph_fold("text")));
CREATE INDEX "search_document_tsv_idx" ON "Document" USING GIN (to_tsvector('simple', diplograph_fold(coalesce("title", '') || ' ' || "text")));

-- Trigram similarity for names with typos.
CREATE INDEX "search_official_trgm_idx" ON "Official" USING GIN (diplograph_fold("name") gin_trgm_ops);
CREATE INDEX "search_organization_trgm_idx" ON "Organization" USING GIN (diplograph_fold("name") gin_trgm_ops);
