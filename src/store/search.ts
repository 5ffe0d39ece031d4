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
  /** The entity's row, when asked for with `rows` (one kind). */
  row?: ReadRow;
}

export interface SearchOptions {
  first?: number;
  offset?: number;
  kinds?: SearchKind[];
  /**
   * With exactly one kind: each hit carries its entity's row, read in the same statement, with
   * these columns of the alias `t` (`t.*`), so the caller needs no second statement for them.
   */
  rows?: string;
  /** With `rows`: joins after the entity's (alias `t`), for columns of `rows` from other tables. */
  joins?: string;
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
 * The text each table is searched by: on PostgreSQL exactly the expressions the *_search migration
 * indexes, so the planner uses those GIN indexes; on SQLite the text the triggers index (less the
 * folding of đ, which keeps its length), whose length ranks the hits.
 */
const BODY: Record<SearchKind, string> = {
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
    .map((k) => `SELECT '${k}' AS "kind", "id" AS "ref", length(${BODY[k]}) AS "len" FROM "${k}" WHERE to_tsvector('simple', diplograph_fold(${BODY[k]})) @@ to_tsquery('simple', $1)`)
    .join("\nUNION ALL\n");
}

/** An entity's row in the SQLite index is `id * 16 + code` (the *_search migrations' triggers). */
const FTS_CODE: Record<SearchKind, number> = { Official: 1, Organization: 2, Meeting: 3, Proposal: 4, Agreement: 5, Document: 6, Topic: 7, Country: 8 };

/**
 * SQLite's hits of some kinds as a table `s` (kind, ref, len), with the match as its one parameter. The index keeps
 * no copy of the texts (contentless, the search_contentless migration): the kind and the id come from the rowid,
 * and the length from the entity's own row.
 */
function ftsHits(kinds: SearchKind[]): string {
  const table = ftsTable(kinds);
  const id = `"${table}"."rowid" >> 4`;
  const len = (k: SearchKind) => `(SELECT length(${BODY[k]}) FROM "${k}" WHERE "id" = ${id})`;
  const byCode = (value: (k: SearchKind) => string) =>
    kinds.length === 1 ? value(kinds[0]!) : `CASE "${table}"."rowid" & 15 ${kinds.map((k) => `WHEN ${FTS_CODE[k]} THEN ${value(k)}`).join(" ")} END`;
  return `(SELECT ${byCode((k) => `'${k}'`)} AS "kind", ${id} AS "ref", ${byCode(len)} AS "len" FROM "${table}" WHERE "${table}" MATCH ?) AS "s"`;
}

/**
 * SQLite's index of some kinds: the names' own table, or the long texts' (the search_names_index migration). A prefix
 * query reads every row with a term of that prefix before the kind column narrows it, so officials' "Ha" in one
 * table read the terms of every meeting, proposal and document. A segment's kinds are all in one table.
 */
function ftsTable(kinds: SearchKind[]): "search_fts_names" | "search_fts" {
  const names = kinds.filter((k) => NAME_KINDS.includes(k)).length;
  if (names && names < kinds.length) throw new Error(`search: kinds of both SQLite indexes in one statement (${kinds.join(", ")})`);
  return names ? "search_fts_names" : "search_fts";
}

/** Kinds whose names are also matched by trigram similarity on PostgreSQL (typos: "Nguyen Hong Dein"). */
const SIMILAR_KINDS: SearchKind[] = ["Official", "Organization"];

/**
 * PostgreSQL's hits as one common table expression `hits` (kind, ref, stage, rank): every entity of `words`'s kinds
 * matching all words (stage 0, ranked by length), then the officials and organisations of `similar`'s kinds whose
 * name only looks like the text (stage 1, most similar first). Paging and counting read the same `hits`, so
 * `totalCount` agrees with the pages: the similar names used to be added to the first page alone and never counted.
 * Parameters: the tsquery, then (with similar kinds) the words.
 */
function pgHits(kinds: SearchKind[], terms: string[], parts: { words?: boolean; similar?: boolean } = { words: true, similar: true }): { sql: string; params: string[] } {
  const similar = parts.similar ? kinds.filter((k) => SIMILAR_KINDS.includes(k)) : [];
  // The similar names leave out those that match the words, so `words` holds their kinds' matches even when the
  // word hits themselves are another segment's.
  const wordKinds = parts.words ? kinds : similar;
  const similarSql = similar.length
    ? `${parts.words ? "UNION ALL " : ""}SELECT s."kind", s."ref", 1 AS "stage", 1 - s."sim" AS "rank" FROM (${similar
        .map((k) => `SELECT '${k}' AS "kind", "id" AS "ref", similarity(diplograph_fold("name"), $2)::float8 AS "sim" FROM "${k}" WHERE diplograph_fold("name") % $2`)
        .join(" UNION ALL ")}) AS s
      WHERE NOT EXISTS (SELECT 1 FROM words w WHERE w."kind" = s."kind" AND w."ref" = s."ref")`
    : "";
  return {
    sql: `WITH words AS (${pgMatches(wordKinds)}),
    hits AS (${parts.words ? `SELECT "kind", "ref", 0 AS "stage", "len"::float8 AS "rank" FROM words ` : ""}${similarSql})`,
    params: similar.length ? [tsQuery(terms), terms.join(" ")] : [tsQuery(terms)],
  };
}

/** Kinds with short texts and few rows: read together. */
const NAME_KINDS: SearchKind[] = ["Official", "Organization", "Country", "Topic"];

/**
 * The hits of a search over several kinds in the order they are paged, as segments read one after another while
 * the page is short: the names together, then agreements, meetings, proposals and documents one kind at a time
 * (and on PostgreSQL the similar names last). A common word prefix ("Ha") matches most meetings (their places),
 * many proposals and nearly every document, and ranking a kind's hits by length reads every matching text (at
 * 100,000 documents, the whole page took 11 s on SQLite, and 50 s on PostgreSQL, whose planner then scans
 * the documents and builds each one's tsvector); a page that names fill needs none of them. One segment (one
 * kind, or names only): the single statement as before.
 */
type Segment = { kinds: SearchKind[]; words: boolean; similar: boolean };
function segmentsOf(provider: Provider, kinds: SearchKind[]): Segment[] {
  const names = kinds.filter((k) => NAME_KINDS.includes(k));
  const groups = [...(names.length ? [names] : []), ...kinds.filter((k) => !NAME_KINDS.includes(k)).map((k) => [k])];
  if (groups.length === 1) return [{ kinds, words: true, similar: true }];
  const similar = provider === "postgresql" && kinds.some((k) => SIMILAR_KINDS.includes(k));
  return [...groups.map((g) => ({ kinds: g, words: true, similar: false })), ...(similar ? [{ kinds, words: false, similar: true }] : [])];
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
  type Row = { __kind: string; __ref: number | bigint; __stage: number | bigint; [column: string]: unknown };
  let rows: Row[];
  const withRows = options.rows && kinds.length === 1 ? options.rows : null;
  /** A page of hits from `source`; with `rows`, joined to its entity's table, in the page's order. */
  const page = (source: string, stage: string, order: string, limit: string) =>
    withRows
      ? `SELECT h."kind" AS "__kind", h."ref" AS "__ref", h."stage" AS "__stage", ${withRows}
         FROM (SELECT "kind", "ref", ${stage} AS "stage", ROW_NUMBER() OVER (ORDER BY ${order}) AS "n" FROM ${source} ORDER BY ${order} ${limit}) h
         JOIN "${kinds[0]}" t ON t.id = h."ref"${options.joins ?? ""} ORDER BY h."n"`
      : `SELECT "kind" AS "__kind", "ref" AS "__ref", ${stage} AS "__stage" FROM ${source} ORDER BY ${order} ${limit}`;
  const order = `${weightSql('"kind"')} DESC`;
  /** One segment's page: its hits from `skip`, at most `take`. */
  const read = (segment: Segment, take: number, skip: number) => {
    if (provider === "sqlite")
      return query<Row>(db, page(ftsHits(segment.kinds), "0", `${order}, "len" ASC, "ref" ASC`, "LIMIT ? OFFSET ?"), ftsMatch(terms, segment.kinds), take, skip);
    const { sql, params } = pgHits(segment.kinds, terms, segment);
    const n = params.length;
    return query<Row>(db, `${sql} ${page("hits", '"stage"', `"stage" ASC, ${order}, "rank" ASC, "ref" ASC`, `LIMIT $${n + 1} OFFSET $${n + 2}`)}`, ...params, take, skip);
  };
  rows = [];
  let skip = offset;
  const segments = segmentsOf(provider, kinds);
  for (const [i, segment] of segments.entries()) {
    const need = first - rows.length;
    if (need <= 0) break;
    const got = await read(segment, need, skip);
    rows.push(...got);
    // Hits in this segment: the offset ended inside it. None: it held at most `skip` hits, counted to skip them.
    if (got.length) skip = 0;
    else if (skip > 0 && i < segments.length - 1) skip -= await countHits(db, provider, terms, segment);
  }
  return rows.map(({ __kind, __ref, __stage, ...row }) => ({
    kind: __kind as SearchKind,
    id: Number(__ref),
    match: Number(__stage) === 1 ? "similar" : "words",
    ...(withRows ? { row } : {}),
  }));
}

/** Number of entities `searchEntities` pages through (for totalCount): word matches, and on PostgreSQL similar names. */
export async function countSearch(db: SearchSource, provider: Provider, text: string, options: { kinds?: SearchKind[] } = {}): Promise<number> {
  const terms = searchTerms(text);
  const kinds = kindsOf(options);
  if (!terms.length || !kinds.length) return 0;
  return countHits(db, provider, terms, { kinds, words: true, similar: true });
}

/**
 * PostgreSQL's count of a segment's hits, kind by kind, through the text-search indexes: the word matches of each
 * kind, and the similar names that match no word (what `pgHits`'s NOT EXISTS leaves). Counting `hits` itself
 * materialised every match with the length it is ranked by, and the planner, seeing every document match a common
 * prefix, scanned the table and built each document's tsvector (at 100,000 documents "Ha" took 46–56 s); counted
 * here, with sequential scans off, the same number comes from the indexes without reading a text.
 */
function pgCount(kinds: SearchKind[], segment: Segment): string {
  const tsv = (k: SearchKind) => `to_tsvector('simple', diplograph_fold(${BODY[k]})) @@ to_tsquery('simple', $1)`;
  const words = segment.words ? kinds.map((k) => `(SELECT count(*) FROM "${k}" WHERE ${tsv(k)})`) : [];
  const similar = segment.similar ? kinds.filter((k) => SIMILAR_KINDS.includes(k)).map((k) => `(SELECT count(*) FROM "${k}" WHERE diplograph_fold("name") % $2 AND NOT (${tsv(k)}))`) : [];
  return `SELECT ${[...words, ...similar].join(" + ")} AS n`;
}

async function countHits(db: SearchSource, provider: Provider, terms: string[], segment: Segment): Promise<number> {
  let rows: { n: number | bigint }[];
  if (provider === "sqlite") {
    // The names and the long texts are counted each in its own index (a count over all kinds spans both).
    const groups = [segment.kinds.filter((k) => NAME_KINDS.includes(k)), segment.kinds.filter((k) => !NAME_KINDS.includes(k))].filter((g) => g.length);
    let n = 0;
    for (const g of groups) {
      const table = ftsTable(g);
      const [row] = await query<{ n: number | bigint }>(db, `SELECT count(*) AS n FROM "${table}" WHERE "${table}" MATCH ?`, ftsMatch(terms, g));
      n += Number(row?.n ?? 0);
    }
    return n;
  } else {
    const similar = segment.similar && segment.kinds.some((k) => SIMILAR_KINDS.includes(k));
    const sql = pgCount(segment.kinds, segment);
    const params = similar ? [tsQuery(terms), terms.join(" ")] : [tsQuery(terms)];
    // Only documents' texts are long enough for the planner's choice to matter (and the transaction costs two round trips).
    if (!segment.words || !segment.kinds.includes("Document")) rows = await query(db, sql, ...params);
    else if (!("rows" in db)) rows = await indexedPrisma(db as Db, sql, params);
    else {
      const reader = db as Reader;
      rows = await (reader.indexedRows ? reader.indexedRows<{ n: number }>(sql, params) : reader.rows<{ n: number }>(sql, params));
    }
  }
  const [row] = rows;
  return Number(row?.n ?? 0);
}

/** `Reader.indexedRows` through a Prisma client (scripts, tests). */
async function indexedPrisma(db: Db, sql: string, params: string[]): Promise<{ n: number | bigint }[]> {
  const [, rows] = await db.$transaction([db.$executeRawUnsafe("SET LOCAL enable_seqscan = off"), db.$queryRawUnsafe<{ n: number | bigint }[]>(sql, ...params)]);
  return rows;
}
