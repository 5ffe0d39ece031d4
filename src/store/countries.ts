// Countries as every filter takes them: an ISO 3166-1 alpha-2 code, a name, an alias or a demonym
// ("VN", "Vietnam", "Viet Nam", "Vietnamese"; case and accents ignored), resolved to the ISO code
// the store keeps. One resolver for every country filter (officials, meetings, organisations,
// relations, stats, subscriptions, webhooks), so they all take the same spellings.
import type { Database } from "./db.ts";
import { lookupCountry } from "../extraction/index.ts";
import { foldText } from "./keys.ts";
import { containsText } from "./queries/match.ts";

export class UnknownCountryError extends Error {
  constructor(readonly input: string) {
    super(`Unknown country "${input}": give an ISO 3166-1 alpha-2 code, a name or a demonym (e.g. "VN", "Vietnam", "Vietnamese")`);
  }
}

/** The ISO code of a country the extraction gazetteer knows by this code, name, alias or demonym; else null. */
export function gazetteerCountryCode(input: string): string | null {
  return lookupCountry(input)?.code ?? null;
}

/**
 * The ISO code of the country `input` names: the gazetteer first (no database work), then the
 * stored countries by code or name, since an imported export may hold a country the gazetteer
 * lacks. Throws UnknownCountryError when neither knows it: a misspelt filter silently matching
 * nothing looks like "no data".
 */
export async function resolveCountryCode(db: Database, input: string): Promise<string> {
  const known = gazetteerCountryCode(input);
  if (known) return known;
  const s = input.trim();
  if (s) {
    const folded = foldText(s);
    const rows = await db.prisma.country.findMany({ where: { OR: [{ code: s.toUpperCase() }, { name: containsText(db, s) }] }, select: { code: true, name: true }, take: 50 });
    const row = rows.find((r) => r.code === s.toUpperCase()) ?? rows.find((r) => foldText(r.name) === folded);
    if (row) return row.code;
  }
  throw new UnknownCountryError(input);
}
