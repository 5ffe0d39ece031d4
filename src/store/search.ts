// Full-text search across entities, backed by FTS5 on SQLite and tsvector/GIN expression indexes
// (plus trigram similarity for names) on PostgreSQL; see the *_search migrations. Both backends match the same
// way (every query word as a prefix of a word in the entity's text, case and accents folded) and
// order the same way, so the same data gives the same results on either.
import type { Provider } from "./config.ts";
import type { Db } from "./db.ts";
import type { Reader, ReadRow, ReadValue } from "./reader.ts";

/** Where search statements go: the API's direct read path, or a Prisma client (scripts, tests). */
export type SearchSource = Db | Reader;

function query<T extends ReadRow>(db: SearchSource, sql: string, ...params: ReadValue[]): Promise<T[]> {
  return "rows" in db ? (db as Reader).rows<T>(sql, params) : (db as Db).$queryRawUnsafe<T[]>(sql, ...params);
}
import { foldText } from "./keys.ts";

export type SearchKind = "Official" | "Organization" | "Country" | "Topic" | "Agreement" | "Meeting" | "Proposal" | "Document";

/** Names first, then instruments and events, then whole documents. */
const KIND_WEIGHT: Record<SearchKind, number> = {
  Official: 8,
  Organization: 7,
  Country: 6,
  Topic: 5,
  Agreement: 4,
  Meeting: 3,
  Proposal: 2,
  Document: 1,
};

export interface SearchHit {
  kind: SearchKind;
  id: number;
  /** How the hit was found: all words matched, or (PostgreSQL only) a similar-looking name. */
  match: "words" | "similar";
}

export interface SearchOptions {
  first?: number;
  offset?: number;
  kinds?: SearchKind[];
}

const MAX_TERMS = 12;

/** Query words, folded like the index; characters with meaning to either query syntax are dropped. */
export function searchTerms(text: string): string[] {
  return [...new Set(foldText(text).split(" ").map((t) => t.replace(/[^\p{L}\p{N}]/gu, "")).filter(Boolean))].slice(0, MAX_TERMS);
}

// Terms hold only letters and digits (searchTerms), so no query syntax from the user survives.
// On SQLite the kind is a token of its own column, so restricting kinds happens inside the index.
const ftsMatch = (terms: string[], kinds: SearchKind[]) =>
  `"kind" : (${kinds.join(" OR ")}) AND "body" : (${terms.map((t) => `"${t}"*`).join(" AND ")})`;
const tsQuery = (terms: string[]) => terms.map((t) => `${t}:*`).join(" & ");

const weightSql = (column: string) =>
  `CASE ${column} ${Object.entries(KIND_WEIGHT)
    .map(([k, w]) => `WHEN '${k}' THEN ${w}`)
    .join(" ")} ELSE 0 END`;

/**
 * The text each PostgreSQL table is searched by: exactly the expressions the *_search migration
 * indexes, so the planner uses those GIN indexes.
 */
const PG_BODY: Record<SearchKind, string> = {
  Official: `"name" || ' ' || coalesce("title", '')`,
  Organization: `"name" || ' ' || coalesce("acronym", '')`,
  Country: `"name" || ' ' || "code"`,
  Topic: `"name"`,
  Agreement: `"title"`,
  Meeting: `"kind" || ' ' || coalesce("location", '') || ' ' || coalesce("date", '')`,
  Proposal: `"text"`,
  Document: `coalesce("title", '') || ' ' || "text"`,
};

function pgMatches(kinds: SearchKind[]): string {
  return kinds
    .map((k) => `SELECT '${k}' AS "kind", "id" AS "ref", length(${PG_BODY[k]}) AS "len" FROM "${k}" WHERE to_tsvector('simple', diplograph_fold(${PG_BODY[k]})) @@ to_tsquery('simple', $1)`)
    .join("\nUNION ALL\n");
}

function kindsOf(options: { kinds?: SearchKind[] }): SearchKind[] {
  const all = Object.keys(KIND_WEIGHT) as SearchKind[];
  return options.kinds?.length ? all.filter((k) => options.kinds!.includes(k)) : all;
}

export async function searchEntities(db: SearchSource, provider: Provider, text: string, options: SearchOptions = {}): Promise<SearchHit[]> {
  const terms = searchTerms(text);
  const kinds = kindsOf(options);
  if (!terms.length || !kinds.length) return [];
  const first = Math.max(0, Math.min(options.first ?? 20, 100));
  const offset = Math.max(0, options.offset ?? 0);
  let rows: { kind: string; ref: number | bigint }[];
  if (provider === "sqlite") {
    rows = await query(
      db,
      `SELECT "kind", "ref" FROM "search_fts" WHERE "search_fts" MATCH ?
       ORDER BY ${weightSql('"kind"')} DESC, length("body") ASC, "ref" ASC LIMIT ? OFFSET ?`,
      ftsMatch(terms, kinds),
      first,
      offset,
    );
  } else {
    rows = await query(
      db,
      `SELECT "kind", "ref" FROM (${pgMatches(kinds)}) AS m ORDER BY ${weightSql('"kind"')} DESC, "len" ASC, "ref" ASC LIMIT $2 OFFSET $3`,
      tsQuery(terms),
      first,
      offset,
    );
  }
  const hits: SearchHit[] = rows.map((r) => ({ kind: r.kind as SearchKind, id: Number(r.ref), match: "words" }));
  if (provider === "postgresql" && offset === 0 && hits.length < first) {
    // Typos in names ("Nguyen Hong Dein"): trigram similarity, after every exact match.
    const seen = new Set(hits.map((h) => `${h.kind}:${h.id}`));
    for (const kind of kinds.filter((k): k is "Official" | "Organization" => k === "Official" || k === "Organization")) {
      const similar = await query<{ ref: number | bigint }>(
        db,
        `SELECT "id" AS "ref" FROM "${kind}" WHERE diplograph_fold("name") % $1
          ORDER BY similarity(diplograph_fold("name"), $1) DESC, "id" ASC LIMIT $2`,
        terms.join(" "),
        first,
      );
      for (const r of similar) {
        const hit: SearchHit = { kind, id: Number(r.ref), match: "similar" };
        if (!seen.has(`${kind}:${hit.id}`) && hits.length < first) hits.push(hit);
      }
    }
  }
  return hits;
}

/** Number of entities whose text matches every word (for totalCount). */
export async function countSearch(db: SearchSource, provider: Provider, text: string, options: { kinds?: SearchKind[] } = {}): Promise<number> {
  const terms = searchTerms(text);
  const kinds = kindsOf(options);
  if (!terms.length || !kinds.length) return 0;
  const [row] =
    provider === "sqlite"
      ? await query<{ n: number | bigint }>(
          db,
          `SELECT count(*) AS n FROM "search_fts" WHERE "search_fts" MATCH ?`,
          ftsMatch(terms, kinds),
        )
      : await query<{ n: number | bigint }>(db, `SELECT count(*) AS n FROM (${pgMatches(kinds)}) AS m`, tsQuery(terms));
  return Number(row?.n ?? 0);
}
