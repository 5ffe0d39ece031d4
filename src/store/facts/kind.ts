// What a fact kind is to the store: the one interface every module of facts/ fills in, so that the
// writer (write.ts), export, import, clean-up (maintenance.ts), re-extraction and ingest's mapping
// of an extraction iterate the registry (registry.ts) instead of naming the kinds. A new kind is one
// module exporting one FactKind, added to the registry; nothing else lists the kinds.
import type { ExtractedDocument } from "../../extraction/types.ts";
import type { Tx } from "../db.ts";
import type { CheckRef, EvidenceLine, EvidenceSpans, FieldKind, FileNodes, NodeIds } from "../lines.ts";
import type { Sql } from "../sql.ts";
import type { ProposalSide } from "./follow-ups.ts";
import type { Mention as LoadedMeeting } from "./meetings.ts";

/** What the document's node phase knows of its officials without reading it back (ingest only). */
export interface KnownOfficials {
  /** Each participant's name key, for resolving meetings in memory. */
  officialKeys: Map<number, string>;
  /** The country each official's report gave, for follow-ups. */
  reportedCountry: Map<number, string>;
}

/** What the document replaced and what moved in its node phase: the events and instrument titles to resolve again. */
export interface Touched {
  events: number[];
  titles: string[];
}

/** One document's write, as each kind's writer sees it (write.ts builds it; kinds run in registry order). */
export interface WriteContext {
  sql: Sql;
  documentId: number;
  contentHash: string;
  /** The document's day, YYYY-MM-DD, and its start. */
  date: string;
  docDate: Date;
  known?: KnownOfficials;
  touched: Touched;
  topicId(name: string): number;
  /** Records evidence of one of this kind's rows; `resolved`: the event or instrument it belongs to. */
  evidence(spans: EvidenceSpans, id: number, resolved?: number | null): void;
  /**
   * Rows nothing reads before the follow-ups: written with the evidence, in one statement on
   * PostgreSQL (sql.ts insertAll; issue #16). `integers`: every value an integer, none null.
   */
  later(table: string, columns: string[], values: (string | number | null)[][], integers?: boolean): void;
  /** What the meetings writer left for the kinds after it (proposals are made at meetings). */
  meetings?: { ids: number[]; eventOf: Map<number, number>; loaded: LoadedMeeting[]; participants: Map<number, number[]> };
  /** What changed, for the follow-up refresh after every kind is written. */
  followUps: { proposals: number[]; meetings: number[]; agreements: number[]; sides: ProposalSide[] };
}

/** How an export line refers to the nodes and the document's other facts. */
export interface LineRefs {
  official(id: number | null): string | null;
  organization(id: number | null): string | null;
  country(id: number | null): string | null;
  topic(id: number): string;
  /** The evidence lines of an owner `${line type}#${row id}`. */
  evidence(owner: string): EvidenceLine[];
  /** The line ID of another kind's row of the same document (written before this kind's lines). */
  fact(type: string, rowId: number): string | null;
}

/** What a line's checks need: the file's nodes, and the fact line IDs of the same document by type. */
export interface CheckContext {
  check: CheckRef;
  nodes: FileNodes;
  lineIds(type: string): Set<string>;
  fail(msg: string): void;
}

/** What reading a line into the writer's fact needs: the nodes' rows, and other lines' ordinals. */
export interface FromLineContext {
  nodes: NodeIds;
  ordinalOf(lineId: string): number | null;
  topicName(ref: string): string;
}

/** How ingest's node phase resolved the extraction's names to rows. */
export interface ExtractedRefs {
  official(name: string | null | undefined): number | null;
  organization(name: string): number | null;
  /** The country row a name (or code) of a country names, or null. */
  countryOfName(name: string): number | null;
  docDate: Date;
}

export interface FactKind<K extends string, F, L extends { type: string; id: string; evidence: EvidenceLine[] }> {
  /** Its field in DocumentFacts, ReextractSummary and the ingest result. */
  key: K;
  /** Its export line's type. */
  line: L["type"];
  /** The Evidence column naming its rows, and the one naming what they resolved to. */
  evidenceColumn: string;
  resolvedColumn?: string;
  /** Kinds whose rows its rows refer to: it is cleared before them. */
  refersTo?: string[];
  /** Listed in re-extraction's per-document progress line. */
  inProgress: boolean;

  /** Topic names its facts use (the writer finds or creates them before any kind is written). */
  topics?(facts: F[]): string[];
  /**
   * Before any kind is written: the resolution locks its write will take (facts/locks.ts), so that
   * they are taken together, by the first statement that takes or carries locks (ingest: the
   * officials' refresh). Only what it would lock anyway.
   */
  lockAhead?(sql: Sql, facts: F[], touched: Touched): void;
  /** Writes one document's facts of this kind, with their evidence (ctx.evidence). */
  write(ctx: WriteContext, facts: F[]): Promise<void>;
  /** Deletes one document's rows of this kind (their evidence is gone already). */
  clear(tx: Tx, documentId: number): Promise<void>;
  /** Its orphan rule, when its rows outlive a document (events, instruments). */
  collectOrphans?(tx: Tx): Promise<void>;

  /** The Document relation (Prisma include) export reads it from, and its lines from that. */
  exportInclude: Record<string, unknown>;
  lines(hash: string, document: never, refs: LineRefs): L[];
  /** Import: the line's field kinds, reference checks, referred nodes, and the line as the writer takes it. */
  fields: Record<string, FieldKind>;
  check(f: L, ctx: CheckContext): void;
  refs(f: L): (string | null)[];
  fromLine(f: L, ctx: FromLineContext): F;

  /** Ingest: the facts of an extraction, its names resolved. */
  fromExtracted(doc: ExtractedDocument, refs: ExtractedRefs): F[];
  /** Re-extraction: a Document select and the content signatures (no row IDs) of what it selects. */
  signatureSelect: Record<string, unknown>;
  signatures(document: never): string[];
}

/** Types one kind's object (its parameters inferred), for the registry. */
export const defineFactKind = <K extends string, F, L extends { type: string; id: string; evidence: EvidenceLine[] }>(kind: FactKind<K, F, L>): FactKind<K, F, L> => kind;
