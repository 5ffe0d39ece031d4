// An official's displayed name, country, current title and organisation, chosen from what the
// reports about them say by rules that do not depend on the order the reports arrived in, at a
// cost that does not grow with the official's history (a minister named in thousands of reports
// is the common case, and each new report recomputes these attributes).
//
// - name: a spelling with diacritics over a plain one, then the most recent report, then
//   code-point order;
// - country: the most recent report that gives one, then the country code in code-point order;
// - title and organisation: the most recent reported position, then the title, then the
//   organisation's key in code-point order.
// Each is the first entry of an index (OfficialMention, Position), read with LIMIT 1.
//
// This module owns the official node kind: its writing by key (ingest and import), the names and
// nicknames a document gives (OfficialMention, Alias), its export line and its one orphan rule.
// Which official a mention is across documents is nodes/identity.ts.
import type { Tx } from "../db.ts";
import { aheadLocks } from "../facts/locks.ts";
import { Sql } from "../sql.ts";
import { foldText } from "../keys.ts";
import { ids, type FieldKind } from "../lines.ts";
import { findOrCreate, type OrphanScope } from "./find-or-create.ts";

/** `official` is the SQL expression of the official's ID (a placeholder or a column). */
const latestPositionOf = (official: string, column: string) =>
  `SELECT p."${column}" FROM "Position" p LEFT JOIN "Organization" og ON og."id" = p."organizationId"
    WHERE p."officialId" = ${official} ORDER BY p."date" DESC, p."title" ASC, og."key" ASC LIMIT 1`;
const preferredNameOf = (official: string) =>
  `SELECT m."name" FROM "OfficialMention" m WHERE m."officialId" = ${official} ORDER BY m."accented" DESC, m."date" DESC, m."name" ASC LIMIT 1`;
const latestCountryOf = (official: string) =>
  `SELECT m."countryId" FROM "OfficialMention" m JOIN "Country" c ON c."id" = m."countryId"
    WHERE m."officialId" = ${official} ORDER BY m."date" DESC, c."code" ASC LIMIT 1`;

/** The statements the tests explain, one official at a time. */
export const ATTRIBUTE_QUERIES = {
  title: latestPositionOf("?", "title"),
  name: preferredNameOf("?"),
  country: latestCountryOf("?"),
};

export interface MentionRow {
  officialId: number;
  documentId: number;
  date: Date;
  name: string;
  /** keys.ts officialKey(name) */
  nameKey: string;
  countryId: number | null;
}

export function hasDiacritics(s: string): boolean {
  return s.normalize("NFKD") !== s || /[đĐ]/.test(s);
}

/**
 * Records how one document named its officials: the other names it gave them (Alias), then one
 * row per official and document (OfficialMention), in one statement on PostgreSQL (sql.ts
 * insertAll).
 */
export async function writeNames(sql: Sql, aliases: AliasRow[], mentions: MentionRow[]): Promise<void> {
  await sql.insertAll([
    { table: "Alias", columns: ["officialId", "documentId", "name", "key", "nameKey"], values: aliases.map((a) => [a.officialId, a.documentId, a.name, a.key, a.nameKey]) },
    {
      table: "OfficialMention",
      columns: ["officialId", "documentId", "date", "name", "nameKey", "accented", "countryId"],
      values: mentions.map((r) => [r.officialId, r.documentId, r.date, r.name, r.nameKey, hasDiacritics(r.name) ? 1 : 0, r.countryId]),
    },
  ]);
}

/** Deletes a document's mentions and returns the officials they named, for refreshOfficials. */
export async function clearMentions(tx: Tx, documentId: number): Promise<number[]> {
  const rows = await tx.officialMention.findMany({ where: { documentId }, select: { officialId: true } });
  await tx.officialMention.deleteMany({ where: { documentId } });
  return rows.map((r) => r.officialId);
}

/**
 * Recomputes each official's name, country, title and organisation (one statement for all of
 * them, which also takes the resolution locks named ahead, plus an update for each that changed). An official no report names with a spelling or a
 * country (a database from before mentions were recorded) keeps its own; one whose reports give
 * no country has none.
 */
export async function refreshOfficials(tx: Tx, officialIds: number[]): Promise<void> {
  if (!officialIds.length) return;
  const ids = [...new Set(officialIds)];
  const sql = new Sql(tx);
  // The resolution locks the document's meetings and agreements will take, with this read
  // (facts/locks.ts aheadLocks; issue #16: a round trip a document on PostgreSQL).
  const locks = aheadLocks(sql, 10);
  const rows = await sql.rows<{
    id: number;
    key: string;
    name: string;
    countryId: number | null;
    title: string | null;
    organizationId: number | null;
    bestName: string | null;
    bestCountry: number | null;
    bestTitle: string | null;
    bestOrganization: number | null;
  }>(
    `SELECT o."id", o."key", o."name", o."countryId", o."title", o."organizationId",
       (${preferredNameOf(`o."id"`)}) AS "bestName",
       (${latestCountryOf(`o."id"`)}) AS "bestCountry",
       (${latestPositionOf(`o."id"`, "title")}) AS "bestTitle",
       (${latestPositionOf(`o."id"`, "organizationId")}) AS "bestOrganization"
     FROM "Official" o WHERE o."id" IN (${ids.map(() => "?").join(", ")})` + (locks ? ` UNION ALL ${locks.select}` : ""),
    [...ids, ...(locks?.params ?? [])],
  );
  locks?.taken();
  for (const o of rows) {
    if (o.id === -1) continue; // the locks' row
    const name = o.bestName ?? o.name;
    // An official keyed by name alone is the one whose reports give no country (nodes/identity.ts).
    const countryId = o.bestCountry ?? (o.bestName !== null && !o.key.includes("@") ? null : o.countryId);
    if (o.name !== name || o.countryId !== countryId || o.title !== o.bestTitle || o.organizationId !== o.bestOrganization) {
      await sql.send(`UPDATE "Official" SET "name" = ?, "searchName" = ?, "countryId" = ?, "title" = ?, "organizationId" = ? WHERE "id" = ?`, [
        name,
        foldText(name),
        countryId,
        o.bestTitle,
        o.bestOrganization,
        o.id,
      ]);
    }
  }
}

export interface OfficialInput {
  key: string;
  nameKey: string;
  name: string;
  countryId: number | null;
  organizationId: number | null;
  title: string | null;
}

/**
 * Finds or creates officials by key; returns row IDs by key and the keys created. An existing one
 * keeps its attributes (refreshOfficials derives them from the reports); with `fillCountry`, one
 * without a country takes the given one (import of a file that knows it).
 */
export async function findOrCreateOfficials(sql: Sql, officials: OfficialInput[], fillCountry: boolean): Promise<{ ids: Map<string, number>; created: string[] }> {
  const { found, createdKeys } = await findOrCreate<{ id: number; key: string; countryId: number | null }>(
    sql,
    "Official",
    new Map(
      officials.map((o) => [
        o.key,
        { key: o.key, nameKey: o.nameKey, name: o.name, searchName: foldText(o.name), countryId: o.countryId, organizationId: o.organizationId, title: o.title },
      ]),
    ),
  );
  if (fillCountry) {
    const created = new Set(createdKeys);
    for (const o of officials) {
      const row = found.get(o.key)!;
      if (!created.has(o.key) && row.countryId == null && o.countryId != null) {
        await sql.send(`UPDATE "Official" SET "countryId" = ? WHERE "id" = ?`, [o.countryId, row.id]);
        row.countryId = o.countryId;
      }
    }
  }
  return { ids: new Map([...found].map(([key, r]) => [key, r.id])), created: createdKeys };
}

export interface AliasRow {
  officialId: number;
  documentId: number;
  name: string;
  /** nodes/identity.ts nicknameKey, or null for a short form of the name. */
  key: string | null;
  /** The name key of the full name the nickname stands for. */
  nameKey: string | null;
}

/** Orphan rule: an official no evidence refers to (no document reports them any more). */
export const OFFICIAL_ORPHAN = { evidence: { none: {} } };

export async function collectOfficialOrphans(tx: Tx, scope: OrphanScope = null): Promise<void> {
  const where = scope === null ? {} : "ids" in scope ? { id: { in: scope.ids } } : { key: { in: scope.keys } };
  await tx.official.deleteMany({ where: { ...where, ...OFFICIAL_ORPHAN } });
}

export interface OfficialLine {
  type: "official";
  id: string;
  key: string;
  name: string;
  country: string | null;
  organization: string | null;
  title: string | null;
}

export const OFFICIAL_FIELDS: Record<string, FieldKind> = { id: "string", key: "string", name: "string", country: "string?", organization: "string?", title: "string?" };

export function officialLine(
  o: { key: string; name: string; countryId: number | null; organizationId: number | null; title: string | null },
  refs: { country: (id: number | null) => string | null; organization: (id: number | null) => string | null },
): OfficialLine {
  return { type: "official", id: ids.official(o.key), key: o.key, name: o.name, country: refs.country(o.countryId), organization: refs.organization(o.organizationId), title: o.title };
}

/** An official line as the writer takes it. Exports from before identities keyed officials by name alone: the same name key. */
export function officialFromLine(o: OfficialLine, refs: { country: (ref: string | null) => number | null; organization: (ref: string | null) => number | null }): OfficialInput {
  return { key: o.key, nameKey: o.key.split("@")[0], name: o.name, countryId: refs.country(o.country), organizationId: refs.organization(o.organization), title: o.title };
}
