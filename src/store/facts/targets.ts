// Targets: a figure a report says the sides aim for (trade of $X billion by a year). This module
// owns the fact kind: writing a document's targets, their export lines and reading them back on
// import. A target belongs to its document alone: no resolution, and it goes with its document
// (clearFacts, maintenance.ts), so no orphan rule.
import type { Sql } from "../sql.ts";
import { defineFactKind } from "./kind.ts";
import { ids, type EvidenceLine, type EvidenceSpans, type FieldKind } from "../lines.ts";

export interface TargetFact {
  ordinal: number;
  metric: string;
  value: number;
  unit: string;
  deadline: string | null;
  evidence: EvidenceSpans;
}

/** Inserts one document's targets; returns their IDs by ordinal. */
export async function writeTargets(sql: Sql, documentId: number, targets: TargetFact[]): Promise<number[]> {
  const out: number[] = [];
  if (!targets.length) return out;
  const rows = await sql.insert<{ id: number; ordinal: number }>(
    "Target",
    ["documentId", "ordinal", "metric", "value", "unit", "deadline"],
    targets.map((t) => [documentId, t.ordinal, t.metric, t.value, t.unit, t.deadline]),
    ["id", "ordinal"],
  );
  for (const r of rows) out[r.ordinal] = r.id;
  return out;
}

export interface TargetLine {
  type: "target";
  id: string;
  document: string;
  ordinal: number;
  metric: string;
  value: number;
  unit: string;
  deadline: string | null;
  evidence: EvidenceLine[];
}

export const TARGET_FIELDS: Record<string, FieldKind> = { id: "string", document: "string", ordinal: "int", metric: "string", value: "number", unit: "string", deadline: "string?", evidence: "evidence" };

export interface TargetRow {
  id: number;
  ordinal: number;
  metric: string;
  value: number;
  unit: string;
  deadline: string | null;
}

/** One document's target lines, in ordinal order. */
export function targetLines(hash: string, targets: TargetRow[], evidence: (owner: string) => EvidenceLine[]): TargetLine[] {
  return targets.map((t) => ({
    type: "target",
    id: ids.fact("target", hash, t.ordinal),
    document: ids.document(hash),
    ordinal: t.ordinal,
    metric: t.metric,
    value: t.value,
    unit: t.unit,
    deadline: t.deadline,
    evidence: evidence(`target#${t.id}`),
  }));
}

/** A target line as the writer takes it (it refers to no node). */
export const targetFromLine = (f: TargetLine): TargetFact => ({ ordinal: f.ordinal, metric: f.metric, value: f.value, unit: f.unit, deadline: f.deadline, evidence: f.evidence });

// --- The fact kind, as the registry (registry.ts) gives it to every place that iterates kinds -----

export const targetKind = defineFactKind<"targets", TargetFact, TargetLine>({
  key: "targets",
  line: "target",
  evidenceColumn: "targetId",
  inProgress: false,
  async write(ctx, facts: TargetFact[]) {
    const targetIds = await writeTargets(ctx.sql, ctx.documentId, facts);
    for (const t of facts) ctx.evidence(t.evidence, targetIds[t.ordinal]);
  },
  clear: async (tx, documentId) => void (await tx.target.deleteMany({ where: { documentId } })),
  exportInclude: { targets: { orderBy: { ordinal: "asc" } } },
  lines: (hash, d: { targets: TargetRow[] }, refs) => targetLines(hash, d.targets, refs.evidence),
  fields: TARGET_FIELDS,
  check: () => {},
  refs: () => [],
  fromLine: targetFromLine,
  fromExtracted: (doc) => doc.targets.map((t, ordinal) => ({ ordinal, metric: t.metric, value: t.value, unit: t.unit, deadline: t.deadline, evidence: t.evidence })),
  signatureSelect: { targets: { select: { metric: true, value: true, unit: true, deadline: true } } },
  signatures: (d: { targets: { metric: string; value: number; unit: string; deadline: string | null }[] }) => d.targets.map((t) => JSON.stringify([t.metric, t.value, t.unit, t.deadline])),
});
