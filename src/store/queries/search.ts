// Search across entities for the API: one function over the store's full-text search
// (src/store/search.ts: FTS5 on SQLite, tsvector + trigram on PostgreSQL), returning rows.
import type { Database } from "../db.ts";
import { countSearch, searchEntities, type SearchKind } from "../search.ts";
import type { PositionLoaders, NodeRows } from "../loaders.ts";
import { pageOf, type Page, type PageRequest } from "./pagination.ts";

export type SearchType = SearchKind;
export const SEARCH_TYPES: SearchType[] = ["Official", "Organization", "Country", "Topic", "Agreement", "Meeting", "Proposal", "Document"];

export type SearchHit = { [K in SearchType]: { type: K; row: NodeRows[K] } }[SearchType];

/** The store's search caps one call at this many hits. */
const CALL_LIMIT = 100;

/**
 * Entities matching every word of `text` (as word prefixes; case and accents folded), names first
 * (officials, organisations, countries, topics), then agreements, meetings, proposals, documents.
 * Rows come through the request's loaders (one statement per type found).
 */
export async function searchAll(db: Database, loaders: PositionLoaders, text: string, req: PageRequest, types: SearchType[] = SEARCH_TYPES): Promise<Page<SearchHit> & { count: () => Promise<number> }> {
  let total: Promise<number> | null = null;
  const count = () => (total ??= countSearch(db.read, db.provider, text, { kinds: types }));
  const fetch = async (skip: number, take: number) => {
    const hits = [];
    for (let offset = skip; offset < skip + take; offset += CALL_LIMIT) {
      const first = Math.min(CALL_LIMIT, skip + take - offset);
      const got = await searchEntities(db.read, db.provider, text, { first, offset, kinds: types });
      hits.push(...got);
      if (got.length < first) break;
    }
    const rows = await Promise.all(hits.map((h) => loaders.nodes[h.kind].load(h.id)));
    return hits.flatMap((h, i) => (rows[i] ? [{ type: h.kind, row: rows[i] } as SearchHit] : []));
  };
  const page = await pageOf(req, fetch, count);
  return { ...page, count };
}
