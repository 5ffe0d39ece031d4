// Data of the evidence panel: the sentences behind one fact and the documents they are in, as one
// account per report: a meeting's mentions and an agreement's history steps each name their
// report, so an event told by several reports shows once with all of them.
import { ApiError, request } from "../api.ts";
import { ExplorerEvidenceDocument, type ExplorerEvidenceSpanFragment } from "../gql/graphql.ts";

export type EvidenceSpan = ExplorerEvidenceSpanFragment;

/** What one report says of the fact: a label (e.g. the status it gave) and its sentences. */
export interface Account {
  documentId: string;
  label: string | null;
  spans: EvidenceSpan[];
}

function lower(s: string): string {
  return s.toLowerCase().replace(/_/g, " ");
}

/** Facts without per-report detail: their spans grouped by document, in the API's order. */
function byDocument(spans: EvidenceSpan[]): Account[] {
  const accounts = new Map<string, Account>();
  for (const s of spans) {
    const a = accounts.get(s.document.id) ?? { documentId: s.document.id, label: null, spans: [] };
    a.spans.push(s);
    accounts.set(s.document.id, a);
  }
  return [...accounts.values()];
}

export async function factEvidence(id: string, signal?: AbortSignal): Promise<{ heading: string; accounts: Account[] }> {
  const { node } = await request(ExplorerEvidenceDocument, { id }, signal);
  if (!node) throw new ApiError(`Nothing with ID ${id}`, "NOT_FOUND");
  switch (node.__typename) {
    case "Meeting":
      return {
        heading: `${lower(node.kind)}, ${node.meetingDate ?? "undated"}`,
        accounts: node.mentions.map((m) => ({ documentId: m.document.id, label: `${lower(m.kind)}, ${m.date ?? "undated"}`, spans: m.evidence })),
      };
    case "Proposal":
      return { heading: `${node.proposalKind.toLowerCase()}, ${node.proposalDate}: ${node.text}`, accounts: byDocument(node.evidence) };
    case "Agreement":
      return {
        heading: `${node.title}, ${node.agreementDate}`,
        accounts: node.history.map((h) => ({ documentId: h.document.id, label: `${lower(h.status)}, ${h.date}`, spans: h.evidence })),
      };
    case "Position":
      return { heading: `${node.positionTitle}, ${node.positionDate}`, accounts: byDocument(node.evidence) };
    case "Organization":
      return { heading: node.name, accounts: byDocument(node.evidence) };
    default:
      throw new ApiError(`A ${node.__typename} has no evidence panel`);
  }
}
