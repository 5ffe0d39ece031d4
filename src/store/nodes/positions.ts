// Positions: an official's title at an organisation as one document reported it on its date. They
// belong to their document (gone with it, clearFacts) and give officials their current title
// (officials.ts refreshOfficials). This module owns the position kind: its writing (ingest and
// import), its export line and the checking and reading of that line on import.
import type { Tx } from "../db.ts";
import { ids, isDate, iso, type CheckRef, type EvidenceLine, type EvidenceSpans, type FieldKind, type FileNodes, type NodeIds } from "../lines.ts";
import type { Sql } from "../sql.ts";
import type { NodeEvidence } from "./evidence.ts";

export interface PositionInput {
  officialId: number;
  title: string;
  organizationId: number | null;
  countryId: number | null;
  date: Date;
  evidence: EvidenceSpans;
}

/** Inserts one document's positions ((official, title) is unique in a document); returns their evidence for the writer. */
export async function writePositions(sql: Sql, documentId: number, positions: PositionInput[]): Promise<NodeEvidence[]> {
  if (!positions.length) return [];
  const rows = await sql.insert<{ id: number; officialId: number; title: string }>(
    "Position",
    ["officialId", "documentId", "title", "organizationId", "countryId", "date"],
    positions.map((p) => [p.officialId, documentId, p.title, p.organizationId, p.countryId, p.date]),
    ["id", "officialId", "title"],
  );
  const idOf = new Map(rows.map((r) => [`${r.officialId}\u0000${r.title}`, r.id]));
  return positions.filter((p) => p.evidence.length).map((p) => ({ fact: "positionId", id: idOf.get(`${p.officialId}\u0000${p.title}`)!, evidence: p.evidence }));
}

export async function clearPositions(tx: Tx, documentId: number): Promise<number[]> {
  const rows = await tx.position.findMany({ where: { documentId }, select: { officialId: true } });
  await tx.position.deleteMany({ where: { documentId } });
  return rows.map((r) => r.officialId);
}

export interface PositionLine {
  type: "position";
  id: string;
  document: string;
  official: string;
  title: string;
  organization: string | null;
  country: string | null;
  date: string;
  evidence: EvidenceLine[];
}

export const POSITION_FIELDS: Record<string, FieldKind> = {
  id: "string",
  document: "string",
  official: "string",
  title: "string",
  organization: "string?",
  country: "string?",
  date: "string",
  evidence: "evidence",
};

/** One document's position lines, in row order. */
export function positionLines(
  hash: string,
  positions: { id: number; officialId: number; title: string; organizationId: number | null; countryId: number | null; date: Date }[],
  refs: { official: (id: number) => string; organization: (id: number | null) => string | null; country: (id: number | null) => string | null; evidence: (owner: string) => EvidenceLine[] },
): PositionLine[] {
  return positions.map((p, n) => ({
    type: "position",
    id: ids.fact("position", hash, n),
    document: ids.document(hash),
    official: refs.official(p.officialId),
    title: p.title,
    organization: refs.organization(p.organizationId),
    country: refs.country(p.countryId),
    date: iso(p.date),
    evidence: refs.evidence(`position#${p.id}`),
  }));
}

/** Records what is wrong with a position line's references. */
export function checkPositionLine(f: PositionLine, check: CheckRef, nodes: FileNodes, fail: (msg: string) => void): void {
  check("position.official", f.official, nodes.officials);
  check("position.organization", f.organization, nodes.organizations);
  check("position.country", f.country, nodes.countries);
  if (!isDate(f.date)) fail("position.date must be an ISO date");
}

export const positionLineRefs = (f: PositionLine): (string | null)[] => [f.official, f.organization, f.country];

/** A position line as the writer takes it. */
export function positionFromLine(f: PositionLine, nodes: NodeIds): PositionInput {
  const node = (ref: string | null, map: Map<string, number>) => (ref === null ? null : map.get(ref)!);
  return { officialId: node(f.official, nodes.officials)!, title: f.title, organizationId: node(f.organization, nodes.organizations), countryId: node(f.country, nodes.countries), date: new Date(f.date), evidence: f.evidence };
}
