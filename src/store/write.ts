// The one writer of a document's facts, for ingest (from an extracted document) and import (from
// an export's lines): topics, then each fact kind of the registry (facts/registry.ts) in its order
// (meeting mentions resolved into events, proposals, agreement mentions resolved into instruments,
// targets), the evidence of all of them and of the document's nodes, and what came of proposals.
// Each kind's rows are written by its module; this file only runs them in order. The nodes
// (countries, organisations, officials with their positions, aliases and reported names) are
// written before, by the caller, through the node modules (nodes/*.ts).
//
// Resolution runs before the evidence and proposals are written, so they are written with their
// event and instrument instead of being updated afterwards (issue #16: statements per document).
import { refreshFollowUps } from "./facts/follow-ups.ts";
import type { KnownOfficials, Touched, WriteContext } from "./facts/kind.ts";
import { factEvidenceColumns, factKinds, resolvedEvidenceColumns, type FactsByKind } from "./facts/registry.ts";
import type { EvidenceSpans } from "./lines.ts";
import { NODE_EVIDENCE_COLUMNS, type NodeEvidence } from "./nodes/evidence.ts";
import { findOrCreateTopics } from "./nodes/topics.ts";
import { Sql, type Insert } from "./sql.ts";

export type { NodeEvidence } from "./nodes/evidence.ts";
export type { Touched } from "./facts/kind.ts";

export interface DocumentFacts {
  contentHash: string;
  /** The document's day, YYYY-MM-DD. */
  date: string;
  topics: string[];
  /** Each kind's facts, by its key. */
  facts: FactsByKind;
  nodeEvidence: NodeEvidence[];
  /** What ingest knows of the officials without reading it back; without it (import), resolution and follow-ups read the written rows. */
  known?: KnownOfficials;
}

/**
 * Names the resolution locks the kinds' writes will take (facts/locks.ts), so that the first
 * statement taking locks, or carrying them (the officials' refresh on ingest), takes them all.
 */
export function lockResolutionAhead(sql: Sql, facts: FactsByKind, touched: Touched): void {
  const byKind = facts as Record<string, unknown[]>;
  for (const kind of factKinds()) kind.lockAhead?.(sql, byKind[kind.key], touched);
}

/** Writes one document's facts (its row and nodes are written) and resolves what they touch. */
export async function writeDocumentFacts(sql: Sql, documentId: number, facts: DocumentFacts, touched: Touched): Promise<void> {
  const kinds = factKinds();
  const columns = [...NODE_EVIDENCE_COLUMNS, ...factEvidenceColumns()];
  const resolvedColumns = resolvedEvidenceColumns();
  const evidence: { column: string; id: number; resolved: number | null; e: EvidenceSpans[number] }[] = [];
  for (const n of facts.nodeEvidence) for (const e of n.evidence) evidence.push({ column: n.fact, id: n.id, resolved: null, e });

  // Topics: the controlled vocabulary grows only by what documents use.
  const byKind = facts.facts as Record<string, unknown[]>;
  const topics = (await findOrCreateTopics(sql, [...facts.topics, ...kinds.flatMap((k) => k.topics?.(byKind[k.key]) ?? [])])).ids;
  const topicId = (name: string) => topics.get(name)!;

  const later: Insert[] = [];
  const base: Omit<WriteContext, "evidence"> = {
    sql,
    documentId,
    contentHash: facts.contentHash,
    date: facts.date,
    docDate: new Date(`${facts.date}T00:00:00.000Z`),
    known: facts.known,
    touched,
    topicId,
    followUps: { proposals: [], meetings: [], agreements: [], sides: [] },
    later: (table, columns, values, integers) => void later.push({ table, columns, values, integers }),
  };
  const ctx = base as WriteContext;
  lockResolutionAhead(sql, facts.facts, touched);
  for (const kind of kinds) {
    ctx.evidence = (spans, id, resolved = null) => {
      for (const e of spans) evidence.push({ column: kind.evidenceColumn, id, resolved: resolved ?? null, e });
    };
    await kind.write(ctx, byKind[kind.key]);
  }

  // The document's topics and the kinds' later rows with the evidence, in one statement on
  // PostgreSQL (sql.ts insertAll): nothing before the follow-ups reads them.
  const resolvedOf = new Map(kinds.flatMap((k) => (k.resolvedColumn ? [[k.evidenceColumn, k.resolvedColumn] as const] : [])));
  await sql.insertAll([
    { table: "DocumentTopic", columns: ["documentId", "topicId"], values: [...new Set(facts.topics)].map((t) => [documentId, topicId(t)]), integers: true },
    ...later,
    {
      table: "Evidence",
      columns: ["documentId", "sentence", "start", "end", "text", ...columns, ...resolvedColumns],
      values: evidence.map(({ column, id, resolved, e }) => [
        documentId,
        e.sentence,
        e.start,
        e.end,
        e.text,
        ...columns.map((c) => (c === column ? id : null)),
        ...resolvedColumns.map((c) => (resolvedOf.get(column) === c ? resolved : null)),
      ]),
    },
  ]);
  // What came of proposals: this report's, and every proposal the events and instruments it touched answer.
  const f = ctx.followUps;
  await refreshFollowUps(sql, { proposals: f.proposals, meetings: f.meetings, agreements: f.agreements }, f.sides);
}
