// What happened between countries, read in SQL: a dated timeline of meetings, proposals and
// agreements (one page statement, one count statement), and counts of them grouped by month, year,
// country or kind (one GROUP BY statement). Every statement has the same shape whatever the data
// size; the countries an event involves are those of its participants (meetings), its speaker and
// addressee (proposals; an addressee written as a country, which the extractor stores under the
// country's name, counts too) and its parties (agreements; a party official's or organisation's country
// when the party is not a country itself).
import type { Database } from "../db.ts";
import type { Provider } from "../config.ts";
import { pageOf, sql, join, empty, type Page, type PageRequest, type Sql } from "./pagination.ts";

export type EventType = "MEETING" | "PROPOSAL" | "AGREEMENT";
export const EVENT_TYPES: EventType[] = ["MEETING", "PROPOSAL", "AGREEMENT"];
export type StatGroup = "MONTH" | "YEAR" | "COUNTRY" | "KIND";

export interface EventFilter {
  /** ISO codes of countries every event must involve (each one). */
  countries: string[];
  types: EventType[];
  /** YYYY-MM-DD, inclusive. A meeting matches when its period overlaps the range. */
  from?: string | null;
  to?: string | null;
}

export interface TimelineEntry {
  type: EventType;
  id: number;
  date: Date;
}

/**
 * Which event rows each country is involved in: (type, id, code); only rows of `codes` when given,
 * so that a filter by country starts from the country's officials and parties (through the
 * countryId / officialId / speakerId / addresseeId indexes) rather than from every event.
 */
function eventCountries(codes: string[] | null): Sql {
  const only = codes ? sql`c.code IN (${join(codes)})` : sql`1 = 1`;
  return sql`
  SELECT 'MEETING' AS type, mp."meetingId" AS id, c.code AS code
    FROM "MeetingParticipant" mp JOIN "Official" o ON o.id = mp."officialId" JOIN "Country" c ON c.id = o."countryId" WHERE ${only}
  UNION SELECT 'PROPOSAL', p.id, c.code
    FROM "Proposal" p JOIN "Official" o ON o.id = p."speakerId" JOIN "Country" c ON c.id = o."countryId" WHERE ${only}
  UNION SELECT 'PROPOSAL', p.id, c.code
    FROM "Proposal" p JOIN "Official" o ON o.id = p."addresseeId" JOIN "Country" c ON c.id = o."countryId" WHERE ${only}
  UNION SELECT 'PROPOSAL', p.id, c.code
    FROM "Proposal" p JOIN "Country" c ON c.name = p."addresseeName" WHERE ${only}
  UNION SELECT 'AGREEMENT', ap."agreementId", c.code
    FROM "AgreementParty" ap
    LEFT JOIN "Official" o ON o.id = ap."officialId"
    LEFT JOIN "Organization" g ON g.id = ap."organizationId"
    JOIN "Country" c ON c.id = COALESCE(ap."countryId", o."countryId", g."countryId")
    WHERE ap."agreementId" IS NOT NULL AND ${only}`;
}

/**
 * The common table expressions: `ev` (the events, only those involving every one of `f.countries`
 * when given: one grouping of their country rows rather than a correlated lookup per event, which
 * PostgreSQL planned as nested loops over every event) and, for COUNTRY
 * groups, `ec` (every country of every event).
 */
function withEvents(f: EventFilter, allCountries = false): Sql {
  const ec = allCountries ? sql`ec AS (${eventCountries(null)}), ` : empty;
  if (!f.countries.length) return sql`WITH ${ec}ev AS (${events(false)})`;
  return sql`WITH ${ec}matched AS (
      SELECT x.type AS type, x.id AS id FROM (${eventCountries(f.countries)}) x GROUP BY x.type, x.id HAVING COUNT(DISTINCT x.code) = ${f.countries.length}
    ), ev AS (${events(true)})`;
}

/**
 * Every dated event: meetings by their period (undated ones are left out), the others by their
 * date. With `matched`, only those events, each looked up by primary key: a plan that holds even
 * when the planner misjudges how many events match.
 */
function events(matched: boolean): Sql {
  const from = (table: string, alias: string, type: EventType) =>
    matched ? sql([`matched JOIN "${table}" ${alias} ON ${alias}.id = matched.id AND matched.type = '${type}'`]) : sql([`"${table}" ${alias}`]);
  return sql`
  SELECT 'MEETING' AS type, m.id AS id, m."dateStart" AS date, m."dateEnd" AS "dateEnd", m.kind AS kind FROM ${from("Meeting", "m", "MEETING")} WHERE m."dateStart" IS NOT NULL
  UNION ALL SELECT 'PROPOSAL', p.id, p.date, p.date, p.kind FROM ${from("Proposal", "p", "PROPOSAL")}
  UNION ALL SELECT 'AGREEMENT', a.id, a.date, a.date, a.kind FROM ${from("Agreement", "a", "AGREEMENT")}`;
}

/** A day's first or last instant as the backend compares stored DateTimes (SQLite: ISO text). */
function instant(provider: Provider, day: string, end: boolean): Sql {
  const d = new Date(`${day}T00:00:00.000Z`);
  const t = end ? new Date(d.getTime() + 86_400_000 - 1) : d;
  return provider === "sqlite" ? sql`${t.toISOString().replace("Z", "+00:00")}` : sql`${t}`;
}

function where(provider: Provider, f: EventFilter): Sql {
  const conditions: Sql[] = [sql`ev.type IN (${join(f.types)})`];
  if (f.from) conditions.push(sql`ev."dateEnd" >= ${instant(provider, f.from, false)}`);
  if (f.to) conditions.push(sql`ev.date <= ${instant(provider, f.to, true)}`);
  return join(conditions, " AND ");
}

function toDate(value: unknown): Date {
  return value instanceof Date ? value : new Date(String(value));
}

/** A page of the events matching `f`, newest first (then meetings, proposals, agreements; newest id first). */
export async function timeline(db: Database, f: EventFilter, req: PageRequest): Promise<Page<TimelineEntry> & { count: () => Promise<number> }> {
  const w = where(db.provider, f);
  let total: Promise<number> | null = null;
  const count = () =>
    (total ??= db.prisma
      .$queryRaw<{ n: number | bigint }[]>(sql`${withEvents(f)} SELECT COUNT(*) AS n FROM ev WHERE ${w}`)
      .then((r) => Number(r[0]?.n ?? 0)));
  const fetch = async (skip: number, take: number) => {
    const rows = await db.prisma.$queryRaw<{ type: EventType; id: number | bigint; date: unknown }[]>(sql`
      ${withEvents(f)}
      SELECT ev.type AS type, ev.id AS id, ev.date AS date FROM ev WHERE ${w}
      ORDER BY ev.date DESC, CASE ev.type WHEN 'MEETING' THEN 0 WHEN 'PROPOSAL' THEN 1 ELSE 2 END, ev.id DESC
      LIMIT ${take} OFFSET ${skip}`);
    return rows.map((r) => ({ type: r.type, id: Number(r.id), date: toDate(r.date) }));
  };
  const page = await pageOf(req, fetch, count);
  return { ...page, count };
}

export interface StatsFilter extends EventFilter {
  groupBy: StatGroup;
}

export interface StatBucket {
  key: string;
  count: number;
}

/**
 * Counts of the events matching `f` per group, ordered by key. MONTH and YEAR group by the event's
 * date (`YYYY-MM`, `YYYY`); COUNTRY counts each event once for every country it involves (ISO
 * code); KIND groups by event type (`MEETING`, ...), or, when one type is asked for, by that
 * type's own kind (`reception`, `suggestion`, `mou`, ...).
 */
export async function stats(db: Database, f: StatsFilter): Promise<StatBucket[]> {
  const w = where(db.provider, f);
  const pg = db.provider === "postgresql";
  let key: Sql;
  let from = sql`ev`;
  switch (f.groupBy) {
    case "MONTH":
      key = pg ? sql`to_char(ev.date, 'YYYY-MM')` : sql`substr(ev.date, 1, 7)`;
      break;
    case "YEAR":
      key = pg ? sql`to_char(ev.date, 'YYYY')` : sql`substr(ev.date, 1, 4)`;
      break;
    case "KIND":
      key = f.types.length === 1 ? sql`ev.kind` : sql`ev.type`;
      break;
    case "COUNTRY":
      key = sql`k.code`;
      // Every country of each event, not only the filter's.
      from = sql`ev JOIN ec k ON k.type = ev.type AND k.id = ev.id`;
      break;
  }
  const rows = await db.prisma.$queryRaw<{ key: string; n: number | bigint }[]>(sql`
    ${withEvents(f, f.groupBy === "COUNTRY")}
    SELECT ${key} AS key, COUNT(*) AS n FROM ${from} WHERE ${w} GROUP BY ${key} ORDER BY ${key}`);
  return rows.map((r) => ({ key: String(r.key), count: Number(r.n) }));
}
