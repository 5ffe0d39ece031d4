// Organisations an official's title names ("Minister of Industry and Trade" -> the Ministry of
// Industry and Trade) although the document never names them itself. They are stored like the
// document's own organisations, found by key, so the official and the position can point at
// them. No country: "Ministry of Commerce" is one key for every country that has one, and the
// key is the organisation's identity.
//
// This module owns the organisation node kind: its writing by key (ingest and import), its export
// line and its one orphan rule.
import type { ExtractedDocument, ExtractedOrganization } from "../../extraction/types.ts";
import type { Tx } from "../db.ts";
import { organizationKey } from "../keys.ts";
import { ids, type FieldKind } from "../lines.ts";
import type { Sql } from "../sql.ts";
import { findOrCreate, type OrphanScope } from "./find-or-create.ts";

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

export interface OrganizationInput {
  key: string;
  name: string;
  acronym: string | null;
  countryId: number | null;
}

/**
 * Finds or creates organisations by key; returns row IDs by key and the keys created. An existing
 * one keeps its attributes; with `fill`, what it lacks (acronym, country) is filled in.
 */
export async function findOrCreateOrganizations(sql: Sql, organizations: OrganizationInput[], fill: boolean): Promise<{ ids: Map<string, number>; created: string[] }> {
  const { found, createdKeys } = await findOrCreate<{ id: number; key: string; acronym: string | null; countryId: number | null }>(
    sql,
    "Organization",
    new Map(organizations.map((o) => [o.key, { key: o.key, name: o.name, acronym: o.acronym, countryId: o.countryId }])),
  );
  if (fill) {
    const done = new Set<string>();
    for (const o of organizations) {
      const row = found.get(o.key)!;
      if (done.has(o.key)) continue;
      done.add(o.key);
      if ((!row.acronym && o.acronym) || (row.countryId == null && o.countryId != null)) {
        await sql.send(`UPDATE "Organization" SET "acronym" = coalesce("acronym", ?), "countryId" = coalesce("countryId", ?) WHERE "id" = ?`, [o.acronym, o.countryId, row.id]);
      }
    }
  }
  return { ids: new Map([...found].map(([key, r]) => [key, r.id])), created: createdKeys };
}

/** Orphan rule: an organisation no evidence, position, agreement party or official refers to. */
export const ORGANIZATION_ORPHAN = { evidence: { none: {} }, positions: { none: {} }, parties: { none: {} }, officials: { none: {} } };

export async function collectOrganizationOrphans(tx: Tx, scope: OrphanScope = null): Promise<void> {
  const where = scope === null ? {} : "ids" in scope ? { id: { in: scope.ids } } : { key: { in: scope.keys } };
  await tx.organization.deleteMany({ where: { ...where, ...ORGANIZATION_ORPHAN } });
}

export interface OrganizationLine {
  type: "organization";
  id: string;
  key: string;
  name: string;
  acronym: string | null;
  country: string | null;
}

export const ORGANIZATION_FIELDS: Record<string, FieldKind> = { id: "string", key: "string", name: "string", acronym: "string?", country: "string?" };

export function organizationLine(o: { key: string; name: string; acronym: string | null; countryId: number | null }, country: (id: number | null) => string | null): OrganizationLine {
  return { type: "organization", id: ids.organization(o.key), key: o.key, name: o.name, acronym: o.acronym, country: country(o.countryId) };
}
