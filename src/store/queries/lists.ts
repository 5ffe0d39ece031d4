// Top-level lists with their filters and orderings: one findMany per page (+ one count when
// the total is asked for). Filters take plain values; the GraphQL layer validates and decodes.
import type { Database } from "../db.ts";
import { foldText, officialKey, organizationKey } from "../keys.ts";
import { containsExact, containsText } from "./match.ts";
import { addWindowRow, emptyWindowPage, onFirstRow, pageOf, sql, windowNodeColumns, windowStatement, type Page, type PageRequest, type WindowPage, type WindowRow } from "./pagination.ts";
import { DOCUMENT_SELECT, foldsNestedPages, joinsParticipants, MEETING_COLUMNS, MEETING_PARTICIPANTS, OFFICIAL_COLUMNS, PARTICIPANTS_JOIN, SPEAKER_JOIN, withJoinedParticipants, withJoinedSpeakers, type MeetingWithParticipants, type NestedPages, type ProposalWithSpeaker } from "../loaders.ts";
import { gazetteerCountryCode } from "../countries.ts";
import { escapeLike } from "./match.ts";
import type { ReadValue } from "../reader.ts";
import type { Meeting, Official, Proposal } from "../../generated/sqlite/client.ts";

export type Direction = "asc" | "desc";


/** Start and end instants of a day range given as YYYY-MM-DD (either end optional). */
export interface DateRange {
  from?: string | null;
  to?: string | null;
}

function dayStart(day: string): Date {
  return new Date(`${day}T00:00:00.000Z`);
}
function dayEnd(day: string): Date {
  return new Date(dayStart(day).getTime() + 86_400_000 - 1);
}

function dateWhere(range: DateRange | undefined): { gte?: Date; lte?: Date } | undefined {
  if (!range?.from && !range?.to) return undefined;
  return { ...(range.from ? { gte: dayStart(range.from) } : {}), ...(range.to ? { lte: dayEnd(range.to) } : {}) };
}

/** Officials whose name matches: accent-, case- and word-order-insensitive contains. */
function officialNameWhere(name: string) {
  return { AND: nameWords(name).map((w) => ({ searchName: containsExact(w) })) };
}

/**
 * The filter's words, folded like stored names. `%` and `_` are kept as characters rather than
 * folded into word breaks: they then match only themselves (a folded name never holds them), and a
 * filter of nothing but them matches nothing instead of everything.
 */
function nameWords(name: string): string[] {
  const folded = name
    .split(/([%_\\])/)
    .map((part, i) => (i % 2 ? part : part.replace(/[^\s]+/g, (run) => foldText(run) || " ")))
    .join("");
  return folded.split(/\s+/).filter(Boolean);
}

function organizationWhere(db: Database, org: string) {
  return { OR: [{ key: organizationKey(org) }, { acronym: org }, { name: containsText(db, org) }] };
}

/** A country given by ISO code (the GraphQL layer resolves names and demonyms to it: src/store/countries.ts). */
function countryCode(code: string): string {
  return code.trim().toUpperCase();
}

/** Countries a free-text value names: by name (contains), code, or any spelling the gazetteer knows. */
function countryNamedWhere(db: Database, value: string) {
  const codes = [...new Set([value.trim().toUpperCase(), gazetteerCountryCode(value)].filter((c): c is string => Boolean(c)))];
  const code = value.trim().toUpperCase();
  return { OR: [{ name: containsText(db, value) }, { code: { in: codes } }, { alpha3: code }, { wikidataId: code }] };
}

/** A page of a list, with the way to count the whole list (run only if asked for). */
export interface Listed<T> extends Page<T> {
  count: () => Promise<number>;
}

async function paged<T>(req: PageRequest, findMany: (args: { skip: number; take: number }) => Promise<T[]>, count: () => Promise<number>): Promise<Listed<T>> {
  let total: Promise<number> | null = null;
  const once = () => (total ??= count());
  const page = await pageOf(req, (skip, take) => findMany({ skip, take }), once);
  return { ...page, count: once };
}

/**
 * A WHERE clause built as SQL for the direct read path (src/store/reader.ts): the lists the API
 * serves most (officials, meetings, proposals) skip Prisma's query compiler, which cost more CPU
 * than the statement itself. Matching is Prisma's own: `contains` is LIKE (ILIKE when
 * case-insensitive on PostgreSQL; SQLite's LIKE ignores ASCII case) over the escaped value.
 */
class Where {
  readonly parts: string[] = [];
  readonly params: ReadValue[] = [];
  constructor(readonly db: Database) {}

  add(part: string, ...params: ReadValue[]): this {
    this.parts.push(part);
    this.params.push(...params);
    return this;
  }

  /** `column` contains `value` literally; ignoring case when `anyCase`. */
  contains(column: string, value: string, anyCase: boolean): string {
    this.params.push(`%${escapeLike(value)}%`);
    return `${column} ${anyCase && this.db.provider === "postgresql" ? "ILIKE" : "LIKE"} ?`;
  }

  /** Officials (as alias `o`) whose folded name holds every word of `name`. */
  officialName(name: string, alias = "o"): string {
    const words = nameWords(name);
    return words.length ? words.map((w) => this.contains(`${alias}."searchName"`, w, false)).join(" AND ") : "1 = 1";
  }

  in(column: string, values: readonly ReadValue[]): this {
    return this.add(`${column} IN (${values.map(() => "?").join(", ")})`, ...values);
  }

  get sql(): string {
    return this.parts.length ? ` WHERE ${this.parts.join(" AND ")}` : "";
  }
}

/**
 * A page's LIMIT written into the statement's text, and its OFFSET only past the first page (as a
 * parameter, pushed onto `params`). PostgreSQL plans a prepared statement whose LIMIT is a parameter
 * for an unknown tenth of the rows, so that generic plan never looks as cheap as a custom one and
 * every execution was planned afresh (about three times the execution of a first page of
 * proposals by topic). With the limit in the text the generic plan is the custom one, and after five
 * executions PostgreSQL keeps it. A text per page size: clients ask for few sizes, and the reader
 * stops naming statements past its bound.
 */
function pageLimit(take: number, skip: number, params: ReadValue[]): string {
  if (!Number.isSafeInteger(take) || take < 0 || !Number.isSafeInteger(skip) || skip < 0) throw new Error(`bad page bounds: take ${take}, skip ${skip}`);
  if (skip === 0) return `LIMIT ${take}`;
  params.push(skip);
  return `LIMIT ${take} OFFSET ?`;
}

/** A page and the count of a list read through the direct path. */
function sqlList<T extends Record<string, unknown>>(
  db: Database,
  table: string,
  where: Where,
  orderBy: string,
  req: PageRequest,
  from = `"${table}" t`,
  join?: (rows: T[]) => T[],
  nested?: { pages: NestedPages; columns: readonly string[] },
  rowJoin?: { columns: string; joins: string; split: (rows: Record<string, unknown>[]) => T[] },
): Promise<Listed<T>> {
  return paged(
    req,
    ({ skip, take }) => {
      const params = [...where.params];
      const limit = pageLimit(take, skip, params);
      const page = `SELECT t.* FROM ${from}${where.sql} ORDER BY ${orderBy} ${limit}`;
      // A page of meetings with their participants: the page, then its participants joined to it, in one statement.
      if (join) {
        const { order } = PARTICIPANTS_JOIN;
        const meeting = onFirstRow(MEETING_COLUMNS, "t", "t.id", order.on);
        return db.read.rows<T>(`SELECT ${meeting}, ${PARTICIPANTS_JOIN.columns} FROM (${page}) t ${PARTICIPANTS_JOIN.joins} ORDER BY ${orderBy}, ${order.on}`, params).then(join);
      }
      if (nested) return pageWithNested<T>(db, page, params, orderBy, nested.pages, nested.columns);
      // At most one joined row per row (a key's row): joined in the page's own statement.
      if (rowJoin) return db.read.rows(`SELECT t.*, ${rowJoin.columns} FROM ${from}${rowJoin.joins}${where.sql} ORDER BY ${orderBy} ${limit}`, params).then(rowJoin.split);
      return db.read.rows<T>(page, params);
    },
    async () => Number((await db.read.rows<{ n: number }>(`SELECT COUNT(*) AS n FROM ${from}${where.sql}`, where.params))[0]?.n ?? 0),
  );
}

/**
 * A list's page and its rows' nested pages (windowStatement, with the page as its parents) in one
 * statement: one row per nested row (or joined row), the list row's columns repeated as `__l_*`
 * (one row with NULL window columns for a list row without any). Each list row's nested page goes
 * to `pages.prime`.
 */
async function pageWithNested<T extends Record<string, unknown>>(db: Database, page: string, params: ReadValue[], orderBy: string, pages: NestedPages, columns: readonly string[]): Promise<T[]> {
  const window = windowStatement(pages.window, sql`SELECT id FROM page`, pages.req, pages.nodes, db.provider);
  // A list row's own rows, in order: its nested page's, then each nested row's joined rows.
  const within = `w."__rn"${pages.nodes.join?.order ? `, w.${pages.nodes.join.order.column}` : ""}`;
  const selectList = onFirstRow(columns, "t", "t.id", within, (c) => `__l_${c}`);
  const rows = await db.read.rows<WindowRow>(
    `WITH page AS (${page}) SELECT ${selectList}, w.* FROM page t LEFT JOIN (${window.sql}) w ON w."__parent" = t.id ORDER BY ${orderBy}, ${within}`,
    [...params, ...(window.values as ReadValue[])],
  );
  const out: { row: T; page: WindowPage }[] = [];
  const listColumns = rows.length ? columns.map((c) => [c, `__l_${c}`] as const) : [];
  const nodeColumns = windowNodeColumns(rows[0]);
  for (const r of rows) {
    let last = out.at(-1);
    if (!last || last.row.id !== r.__l_id) {
      const row: Record<string, unknown> = {};
      for (const [c, listed] of listColumns) row[c] = r[listed];
      out.push((last = { row: row as T, page: emptyWindowPage(pages.req) }));
    }
    if (r.__parent != null) addWindowRow(last.page, r, pages.nodes, nodeColumns);
  }
  for (const { row, page } of out) pages.prime(Number(row.id), page);
  return out.map((x) => x.row);
}

const dirSql = (d: Direction) => (d === "asc" ? "ASC" : "DESC");

export interface OfficialFilter {
  name?: string | null;
  /** ISO 3166-1 alpha-2 code. */
  country?: string | null;
  /** Organisation name or acronym. */
  organization?: string | null;
}

/** With `nested` (where foldsNestedPages), each official's nested pages come in the page's own statement. */
export function listOfficials(db: Database, f: OfficialFilter, order: { field: "name" | "id"; direction: Direction }, req: PageRequest, nested?: NestedPages) {
  const where = new Where(db);
  if (f.name) where.add(where.officialName(f.name, "t"));
  if (f.country) where.add(`t."countryId" IN (SELECT c.id FROM "Country" c WHERE c.code = ?)`, countryCode(f.country));
  if (f.organization) {
    const org = f.organization;
    // Parameters go in the order of their placeholders: key and acronym before contains()'s pattern.
    where.params.push(organizationKey(org), org);
    where.add(`t."organizationId" IN (SELECT g.id FROM "Organization" g WHERE g.key = ? OR g.acronym = ? OR ${where.contains("g.name", org, true)})`);
  }
  const dir = dirSql(order.direction);
  const orderBy = order.field === "name" ? `t."searchName" ${dir}, t.id ${dir}` : `t.id ${dir}`;
  return sqlList<Official>(db, "Official", where, orderBy, req, undefined, undefined, nested && foldsNestedPages(db) ? { pages: nested, columns: OFFICIAL_COLUMNS } : undefined);
}

/**
 * One official by exact name (any spelling the key folds together: accents, case, word order).
 * Namesakes of several countries: the first by key (code-point order of the country codes, the
 * one of unknown country first), whatever order their reports came in.
 */
export function findOfficialByName(db: Database, name: string) {
  return db.prisma.official.findFirst({ where: { OR: [{ nameKey: officialKey(name) }, { searchName: foldText(name) }] }, orderBy: { key: "asc" } });
}

export interface MeetingFilter extends DateRange {
  kind?: string[] | null;
  status?: string | null;
  /** Participant's name (matched like the officials' name filter). */
  participant?: string | null;
  participantId?: number | null;
  /** A participant's country (ISO code). */
  country?: string | null;
  location?: string | null;
}

/**
 * With `participants`, where the backend gains from it (joinsParticipants), each meeting row
 * carries its participants (MEETING_PARTICIPANTS), read in the same statement.
 */
export function listMeetings(db: Database, f: MeetingFilter, direction: Direction, req: PageRequest, participants = false) {
  const where = new Where(db);
  // A meeting matches a range when its period overlaps it (a meeting dated "2023-06" is in June 10-20).
  if (f.from) where.add(`t."dateEnd" >= ?`, dayStart(f.from));
  if (f.to) where.add(`t."dateStart" <= ?`, dayEnd(f.to));
  if (f.kind?.length) where.in(`t.kind`, f.kind);
  if (f.status) where.add(`t.status = ?`, f.status);
  const byParticipant = (condition: string) => `t.id IN (SELECT mp."meetingId" FROM "MeetingParticipant" mp JOIN "Official" o ON o.id = mp."officialId" WHERE ${condition})`;
  if (f.participant) where.add(byParticipant(where.officialName(f.participant)));
  if (f.participantId != null) where.add(`t.id IN (SELECT mp."meetingId" FROM "MeetingParticipant" mp WHERE mp."officialId" = ?)`, f.participantId);
  if (f.country) where.add(byParticipant(`o."countryId" IN (SELECT c.id FROM "Country" c WHERE c.code = ?)`), countryCode(f.country));
  if (f.location) where.add(where.contains(`t.location`, f.location, true));
  const dir = dirSql(direction);
  // With an end day, `dateStart <= ?` leaves no undated meeting, so NULLS LAST changes nothing; and
  // without it PostgreSQL can walk its (dateStart) index backwards and stop at the page instead
  // of sorting every meeting before the end day (10k: 2.3 ms -> 0.13 ms).
  const nulls = f.to ? "" : " NULLS LAST";
  const join = (rows: MeetingWithParticipants[]) =>
    withJoinedParticipants(rows, (r) => String(r.id)).map(({ row, participants }) => Object.assign(row, { [MEETING_PARTICIPANTS]: participants }));
  return sqlList<MeetingWithParticipants>(db, "Meeting", where, `t."dateStart" ${dir}${nulls}, t.id ${dir}`, req, undefined, participants && joinsParticipants(db) ? join : undefined);
}

export interface ProposalFilter extends DateRange {
  speaker?: string | null;
  speakerId?: number | null;
  /** Addressee: an official's name, or the country / organisation name as written. */
  addressee?: string | null;
  addresseeId?: number | null;
  kind?: string[] | null;
  topic?: string | null;
  text?: string | null;
  meetingId?: number | null;
}

/** With `speakers`, each proposal row carries its speaker's row (PROPOSAL_SPEAKER), read in the same statement. */
export function listProposals(db: Database, f: ProposalFilter, direction: Direction, req: PageRequest, speakers = false) {
  const where = new Where(db);
  // With a topic, the list reads the topic's rows of ProposalTopic, which carry copies of the
  // ordering columns under an index (topicId, date DESC, documentId DESC, ordinal): a page is one
  // range of that index rather than a sort of every proposal of the topic.
  if (f.topic) where.add(`pt."topicId" = (SELECT tp.id FROM "Topic" tp WHERE tp.name = ?)`, f.topic.trim().toLowerCase());
  if (f.from) where.add(`t.date >= ?`, dayStart(f.from));
  if (f.to) where.add(`t.date <= ?`, dayEnd(f.to));
  if (f.speaker) where.add(`t."speakerId" IN (SELECT o.id FROM "Official" o WHERE ${where.officialName(f.speaker)})`);
  if (f.speakerId != null) where.add(`t."speakerId" = ?`, f.speakerId);
  if (f.addressee) where.add(`(t."addresseeId" IN (SELECT o.id FROM "Official" o WHERE ${where.officialName(f.addressee)}) OR ${where.contains(`t."addresseeName"`, f.addressee, true)})`);
  if (f.addresseeId != null) where.add(`t."addresseeId" = ?`, f.addresseeId);
  if (f.kind?.length) where.in(`t.kind`, f.kind);
  if (f.text) where.add(where.contains(`t.text`, f.text, true));
  if (f.meetingId != null) where.add(`t."meetingId" = ?`, f.meetingId);
  const dir = dirSql(direction);
  const rowJoin = speakers ? { ...SPEAKER_JOIN, split: withJoinedSpeakers } : undefined;
  if (f.topic) return sqlList<ProposalWithSpeaker>(db, "Proposal", where, `pt.date ${dir}, pt."documentId" ${dir}, pt.ordinal ASC`, req, `"ProposalTopic" pt JOIN "Proposal" t ON t.id = pt."proposalId"`, undefined, undefined, rowJoin);
  return sqlList<ProposalWithSpeaker>(db, "Proposal", where, `t.date ${dir}, t."documentId" ${dir}, t.ordinal ASC`, req, undefined, undefined, undefined, rowJoin);
}

export interface AgreementFilter extends DateRange {
  kind?: string | null;
  status?: string[] | null;
  /** A party's name as written, or the official / organisation / country it resolved to. */
  party?: string | null;
}

export function listAgreements(db: Database, f: AgreementFilter, direction: Direction, req: PageRequest) {
  const and: object[] = [];
  const date = dateWhere(f);
  if (date) and.push({ date });
  if (f.kind) and.push({ kind: f.kind.trim().toLowerCase() });
  if (f.status?.length) and.push({ status: { in: f.status } });
  if (f.party) {
    const p = f.party;
    and.push({
      parties: {
        some: {
          OR: [
            { name: containsText(db, p) },
            { official: officialNameWhere(p) },
            { organization: organizationWhere(db, p) },
            { country: countryNamedWhere(db, p) },
          ],
        },
      },
    });
  }
  const where = { AND: and };
  const orderBy = [{ date: direction }, { id: direction }];
  return paged(req, (p) => db.prisma.agreement.findMany({ where, orderBy, ...p }), () => db.prisma.agreement.count({ where }));
}

export interface OrganizationFilter {
  name?: string | null;
  country?: string | null;
}

export function listOrganizations(db: Database, f: OrganizationFilter, req: PageRequest) {
  const and: object[] = [];
  if (f.name) {
    const key = foldText(f.name);
    // The folded key is tried only when folding left something to match: "%" folds to "".
    and.push({ OR: [{ name: containsText(db, f.name) }, { acronym: containsText(db, f.name) }, ...(key ? [{ key: containsExact(key) }] : [])] });
  }
  if (f.country) and.push({ country: { code: countryCode(f.country) } });
  const where = { AND: and };
  const orderBy = [{ key: "asc" as const }, { id: "asc" as const }];
  return paged(req, (p) => db.prisma.organization.findMany({ where, orderBy, ...p }), () => db.prisma.organization.count({ where }));
}

export function listCountries(db: Database, f: { name?: string | null }, req: PageRequest) {
  const where = f.name ? countryNamedWhere(db, f.name) : {};
  const orderBy = [{ name: "asc" as const }, { id: "asc" as const }];
  return paged(req, (p) => db.prisma.country.findMany({ where, orderBy, ...p }), () => db.prisma.country.count({ where }));
}

export function listTopics(db: Database, f: { name?: string | null }, req: PageRequest) {
  const where = f.name ? { name: containsText(db, f.name) } : {};
  const orderBy = [{ name: "asc" as const }, { id: "asc" as const }];
  return paged(req, (p) => db.prisma.topic.findMany({ where, orderBy, ...p }), () => db.prisma.topic.count({ where }));
}

export interface DocumentFilter extends DateRange {
  source?: string | null;
  title?: string | null;
}

export function listDocuments(db: Database, f: DocumentFilter, direction: Direction, req: PageRequest) {
  const and: object[] = [];
  const date = dateWhere(f);
  if (date) and.push({ date });
  if (f.source) and.push({ source: containsText(db, f.source) });
  if (f.title) and.push({ title: containsText(db, f.title) });
  const where = { AND: and };
  const orderBy = [{ date: direction }, { id: direction }];
  // The text can be large: lists leave it out; Document.text loads it by id when asked for.
  const select = DOCUMENT_SELECT;
  return paged(req, (p) => db.prisma.document.findMany({ where, orderBy, select, ...p }), () => db.prisma.document.count({ where }));
}
