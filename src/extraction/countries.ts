// Countries the document refers to: those of its officials and organisations, and any named in the text.
import type { Doc } from "./doc.ts";
import type { ExtractedCountry } from "./types.ts";
import { lookupCountry } from "./gazetteers.ts";

export function collectCountries(doc: Doc): ExtractedCountry[] {
  const codes = new Set<string>();
  for (const o of doc.officials) if (o.country) codes.add(o.country);
  for (const o of doc.organizations) if (o.country) codes.add(o.country);
  for (const s of doc.sentences) for (const g of s.gaz) if (g && (g.type === "country" || g.type === "demonym") && g.value) codes.add(g.value);
  return [...codes].map((c) => lookupCountry(c)).filter((c): c is ExtractedCountry => c !== null);
}
