// The fact kinds, in the order a document's facts are written, exported and read back (a kind may
// use what the kinds before it wrote: proposals are made at meetings). Every place that handles
// facts iterates this list: the writer (write.ts), export and import, clearFacts and collectOrphans
// (maintenance.ts), re-extraction's counts and ingest's mapping of an extraction. A new fact kind
// is one module exporting a FactKind (kind.ts), added here.
import { agreementKind } from "./agreements.ts";
import type { FactKind } from "./kind.ts";
import { meetingKind } from "./meetings.ts";
import { proposalKind } from "./proposals.ts";
import { targetKind } from "./targets.ts";

export const FACT_KINDS = [meetingKind, proposalKind, agreementKind, targetKind] as const;

type Kinds = (typeof FACT_KINDS)[number];
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyFactKind = FactKind<string, any, any>;
export type FactKey = Kinds["key"];
/** One document's facts, by kind, as the writer takes them. */
export type FactsByKind = { [K in FactKey]: Extract<Kinds, { key: K }> extends FactKind<string, infer F, infer _L> ? F[] : never };
/** The export lines of the fact kinds. */
export type FactLine = Kinds extends FactKind<string, infer _F, infer L> ? L : never;
export type FactLineType = FactLine["type"];

/** The kinds, typed for iteration. */
export const factKinds = (): readonly AnyFactKind[] => FACT_KINDS;

/** The order in which a document's rows go: a kind before the kinds its rows refer to. */
export const clearOrder = (): AnyFactKind[] => [...factKinds().filter((k) => k.refersTo?.length), ...factKinds().filter((k) => !k.refersTo?.length)];

/** The Evidence columns of fact rows, and of what they resolved to. */
export const factEvidenceColumns = (): string[] => factKinds().map((k) => k.evidenceColumn);
export const resolvedEvidenceColumns = (): string[] => factKinds().flatMap((k) => (k.resolvedColumn ? [k.resolvedColumn] : []));
