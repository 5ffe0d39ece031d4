// Search across entities for the API: one function over the store's full-text search
// (src/store/search.ts: FTS5 on SQLite, tsvector + trigram on PostgreSQL), returning rows.
import type { Database } from "../db.ts";
import { countSearch, searchEntities, type SearchKind } from "../search.ts";
import type DataLoader from "dataloader";
import { COUNTRY_JOIN, nodeColumnsOn, withJoinedCountry, type PositionLoaders, type NodeRows } from "../loaders.ts";
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
/**
 * With `officialCountries` and officials as the one type, each official's row carries its country (OFFICIAL_COUNTRY), read in the same statement.
 * `loaders` is called only for hits whose rows did not come with them (several types): a position's
 * loaders cost a few dozen closures to make, and rows that came with the hits need none (nothing
 * else reads the search position's node loaders, so they are not primed).
 */
export async function searchAll(db: Database, loaders: () => PositionLoaders, text: string, req: PageRequest, types: SearchType[] = SEARCH_TYPES, officialCountries = false): Promise<Page<SearchHit> & { count: () => Promise<number> }> {
  const countries = officialCountries && types.length === 1 && types[0] === "Official";
  let total: Promise<number> | null = null;
  const count = () => (total ??= countSearch(db.read, db.provider, text, { kinds: types }));
  const fetch = async (skip: number, take: number) => {
    const hits = [];
    for (let offset = skip; offset < skip + take; offset += CALL_LIMIT) {
      const first = Math.min(CALL_LIMIT, skip + take - offset);
      // One kind: its rows come with the hits (one statement where two were).
      const one = types.length === 1 ? { rows: nodeColumnsOn(types[0]!, "t") } : {};
      const got = await searchEntities(db.read, db.provider, text, { first, offset, kinds: types, ...(countries ? { rows: `t.*, ${COUNTRY_JOIN.columns}`, joins: COUNTRY_JOIN.joins } : one) });
      if (countries) for (const h of got) if (h.row) h.row = withJoinedCountry(h.row);
      hits.push(...got);
      if (got.length < first) break;
    }
    const rows = hits.every((h) => h.row) ? hits.map((h) => h.row) : await Promise.all(hits.map((h) => h.row ?? (loaders().nodes[h.kind] as DataLoader<number, unknown>).load(h.id)));
    return hits.flatMap((h, i) => (rows[i] ? [{ type: h.kind, row: rows[i] } as SearchHit] : []));
  };
  const page = await pageOf(req, fetch, count);
  return { ...page, count };
}

/** A meeting kind as words: `phone_call` -> "Phone call". */
function kindWords(kind: string): string {
  const words = kind.replace(/_/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function day(date: Date | null | undefined): string | null {
  return date ? date.toISOString().slice(0, 10) : null;
}

/**
 * What every kind of hit can show in one list: a title (a name, an agreement's title, a
 * proposal's text, a report's title or source, a meeting's kind and place) and a date (YYYY-MM-DD,
 * or a meeting's date as precise as reported: `2023-06`), null for undated entities.
 */
export function hitSummary(hit: SearchHit): { title: string; date: string | null } {
  switch (hit.type) {
    case "Official":
    case "Organization":
    case "Country":
    case "Topic":
      return { title: hit.row.name, date: null };
    case "Agreement":
      return { title: hit.row.title, date: day(hit.row.date) };
    case "Proposal":
      return { title: hit.row.text, date: day(hit.row.date) };
    case "Meeting":
      return { title: hit.row.location ? `${kindWords(hit.row.kind)} in ${hit.row.location}` : kindWords(hit.row.kind), date: hit.row.date };
    case "Document":
      return { title: hit.row.title ?? hit.row.source, date: day(hit.row.date) };
  }
}
