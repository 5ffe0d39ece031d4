// Organisations an official's title names ("Minister of Industry and Trade" -> the Ministry of
// Industry and Trade) although the document never names them itself. They are stored like the
// document's own organisations, found by key, so the official and the position can point at
// them. No country: "Ministry of Commerce" is one key for every country that has one, and the
// key is the organisation's identity.
import type { ExtractedDocument, ExtractedOrganization } from "../../extraction/types.ts";
import { organizationKey } from "../keys.ts";

/** Organisations the document's officials belong to that its own organisations list lacks. */
export function inferredOrganizations(officials: ExtractedDocument["officials"], named: ExtractedOrganization[]): ExtractedOrganization[] {
  const known = new Set(named.map((o) => organizationKey(o.name)));
  const out = new Map<string, ExtractedOrganization>();
  for (const o of officials) {
    if (!o.organization) continue;
    const key = organizationKey(o.organization);
    if (!key || known.has(key) || out.has(key)) continue;
    out.set(key, { name: o.organization, acronym: null, country: null, evidence: [] });
  }
  return [...out.values()];
}
