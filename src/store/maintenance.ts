import type { Tx } from "./db.ts";
import { clearMentions } from "./nodes/officials.ts";
import { collectAgreementOrphans } from "./facts/agreements.ts";
import { collectMeetingOrphans } from "./facts/meetings.ts";

/**
 * Deletes every fact one document contributed (the document row stays) and returns the officials
 * whose positions went with it, so their current title can be recomputed.
 */
export async function clearFacts(tx: Tx, documentId: number): Promise<number[]> {
  const positions = await tx.position.findMany({ where: { documentId }, select: { officialId: true } });
  const mentioned = await clearMentions(tx, documentId);
  // Evidence first: it references every other fact.
  await tx.evidence.deleteMany({ where: { documentId } });
  await tx.proposal.deleteMany({ where: { documentId } });
  // Meeting events are shared: only the document's mentions go here; the caller re-resolves the
  // events they belonged to (facts/meetings.ts).
  await tx.meetingMention.deleteMany({ where: { documentId } });
  await tx.agreementMention.deleteMany({ where: { documentId } });
  await tx.target.deleteMany({ where: { documentId } });
  await tx.position.deleteMany({ where: { documentId } });
  await tx.alias.deleteMany({ where: { documentId } });
  await tx.documentTopic.deleteMany({ where: { documentId } });
  return [...new Set([...positions.map((p) => p.officialId), ...mentioned])];
}

/**
 * Removes shared nodes that no document evidences any more: officials and organisations without
 * evidence, then countries and topics nothing refers to.
 */
export async function collectOrphans(tx: Tx): Promise<void> {
  await tx.official.deleteMany({ where: { evidence: { none: {} } } });
  await tx.organization.deleteMany({
    where: { evidence: { none: {} }, positions: { none: {} }, parties: { none: {} }, officials: { none: {} } },
  });
  await tx.country.deleteMany({
    where: { officials: { none: {} }, organizations: { none: {} }, positions: { none: {} }, parties: { none: {} }, evidence: { none: {} }, officialMentions: { none: {} } },
  });
  await tx.topic.deleteMany({ where: { documents: { none: {} }, proposals: { none: {} } } });
  await collectMeetingOrphans(tx);
  await collectAgreementOrphans(tx);
}

export { refreshOfficials } from "./nodes/officials.ts";
