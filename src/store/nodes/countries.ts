// A country's stable identifiers besides its ISO 3166-1 alpha-2 code: the alpha-3 code and the
// Wikidata item, from @rapideditor/country-coder (ISC; maintained by the RapiD/iD editors, data
// shipped in the package, no network). Only a feature whose own alpha-2 code is the country's
// counts: the package also accepts aliases ("UK" finds the United Kingdom), which would give two
// rows one Wikidata ID.
import { feature } from "@rapideditor/country-coder";
import type { Sql } from "../sql.ts";

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
