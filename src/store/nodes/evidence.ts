// Evidence of a document's nodes (the facts carry their own, facts/kind.ts): which Evidence column
// names each node kind's rows.
import type { EvidenceSpans } from "../lines.ts";

export const NODE_EVIDENCE_COLUMNS = ["officialId", "organizationId", "countryId", "positionId"] as const;

/** Evidence of a node or position of the document. */
export interface NodeEvidence {
  fact: (typeof NODE_EVIDENCE_COLUMNS)[number];
  id: number;
  evidence: EvidenceSpans;
}
