// A country's stable identifiers besides its ISO 3166-1 alpha-2 code: the alpha-3 code and the
// Wikidata item, from @rapideditor/country-coder (ISC; maintained by the RapiD/iD editors, data
// shipped in the package, no network). Only a feature whose own alpha-2 code is the country's
// counts: the package also accepts aliases ("UK" finds the United Kingdom), which would give two
// rows one Wikidata ID.
//
// This module owns the country node kind: its writing by code (ingest and import), its export
// line and its one orphan rule.
import { feature } from "@rapideditor/country-coder";
import type { Tx } from "../db.ts";
import { ids, type FieldKind } from "../lines.ts";
import type { Sql } from "../sql.ts";
import { findOrCreate, type OrphanScope } from "./find-or-create.ts";

export interface CountryIdentifiers {
  alpha3: string | null;
  wikidataId: string | null;
}

const NONE: CountryIdentifiers = { alpha3: null, wikidataId: null };

/** The alpha-3 code and Wikidata ID of an alpha-2 code; nulls for a code the package does not hold. */
export function countryIdentifiers(code: string): CountryIdentifiers {
  const f = /^[A-Z]{2}$/.test(code) ? feature(code) : null;
  if (!f || f.properties.iso1A2 !== code) return NONE;
  return { alpha3: f.properties.iso1A3 ?? null, wikidataId: f.properties.wikidata ?? null };
}

/** Gives the identifiers to stored countries that lack them (databases from before they existed). */
export async function fillCountryIdentifiers(sql: Sql): Promise<number> {
  let filled = 0;
  for (const c of await sql.rows<{ id: number; code: string }>(`SELECT "id", "code" FROM "Country" WHERE "alpha3" IS NULL OR "wikidataId" IS NULL`)) {
    const ids = countryIdentifiers(c.code);
    if (!ids.alpha3 && !ids.wikidataId) continue;
    filled += await sql.exec(`UPDATE "Country" SET "alpha3" = ?, "wikidataId" = ? WHERE "id" = ?`, [ids.alpha3, ids.wikidataId, c.id]);
  }
  return filled;
}

/** Finds or creates countries by code; a new one gets its identifiers. Returns row IDs by code and the codes created. */
export async function findOrCreateCountries(sql: Sql, countries: { code: string; name: string }[]): Promise<{ ids: Map<string, number>; created: string[] }> {
  const { found, createdKeys } = await findOrCreate<{ id: number; code: string }>(
    sql,
    "Country",
    new Map(countries.map((c) => [c.code, { code: c.code, name: c.name, ...countryIdentifiers(c.code) }])),
  );
  return { ids: new Map([...found].map(([code, r]) => [code, r.id])), created: createdKeys };
}

/** Orphan rule: a country nothing refers to (no official, organisation, position, party, evidence or reported mention). */
export const COUNTRY_ORPHAN = { officials: { none: {} }, organizations: { none: {} }, positions: { none: {} }, parties: { none: {} }, evidence: { none: {} }, officialMentions: { none: {} } };

export async function collectCountryOrphans(tx: Tx, scope: OrphanScope = null): Promise<void> {
  const where = scope === null ? {} : "ids" in scope ? { id: { in: scope.ids } } : { code: { in: scope.keys } };
  await tx.country.deleteMany({ where: { ...where, ...COUNTRY_ORPHAN } });
}

export interface CountryLine {
  type: "country";
  id: string;
  code: string;
  name: string;
  /** ISO alpha-3 and Wikidata item, for consumers (absent in older exports; import derives them from `code`). */
  alpha3?: string | null;
  wikidataId?: string | null;
}

export const COUNTRY_FIELDS: Record<string, FieldKind> = { id: "string", code: "string", name: "string", alpha3: "absent|string?", wikidataId: "absent|string?" };

export const countryRef = (c: { code: string }) => ids.country(c.code);

export function countryLine(c: { code: string; name: string; alpha3: string | null; wikidataId: string | null }): CountryLine {
  return { type: "country", id: countryRef(c), code: c.code, name: c.name, alpha3: c.alpha3, wikidataId: c.wikidataId };
}
