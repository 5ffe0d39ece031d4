// Data of the evidence panel: the sentences behind one fact and the documents they are in.
import { ApiError, request } from "../api.ts";
import { ExplorerEvidenceDocument, type ExplorerEvidenceSpanFragment } from "../gql/graphql.ts";

export type EvidenceSpan = ExplorerEvidenceSpanFragment;

export async function factEvidence(id: string, signal?: AbortSignal): Promise<{ heading: string; spans: EvidenceSpan[] }> {
  const { node } = await request(ExplorerEvidenceDocument, { id }, signal);
  if (!node) throw new ApiError(`Nothing with ID ${id}`, "NOT_FOUND");
  switch (node.__typename) {
    case "Meeting":
      return { heading: `${node.kind.toLowerCase().replace("_", " ")}, ${node.meetingDate ?? "undated"}`, spans: node.evidence };
    case "Proposal":
      return { heading: `${node.proposalKind.toLowerCase()}, ${node.proposalDate}: ${node.text}`, spans: node.evidence };
    case "Agreement":
      return { heading: `${node.title}, ${node.agreementDate}`, spans: node.evidence };
    case "Position":
      return { heading: `${node.positionTitle}, ${node.positionDate}`, spans: node.evidence };
    case "Organization":
      return { heading: node.name, spans: node.evidence };
    default:
      throw new ApiError(`A ${node.__typename} has no evidence panel`);
  }
}
