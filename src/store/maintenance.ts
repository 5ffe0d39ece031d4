import type { Tx } from "./db.ts";
import { clearOrder, factKinds } from "./facts/registry.ts";
import { collectCountryOrphans } from "./nodes/countries.ts";
import type { OrphanScope } from "./nodes/find-or-create.ts";
import { clearMentions, collectOfficialOrphans } from "./nodes/officials.ts";
import { collectOrganizationOrphans } from "./nodes/organizations.ts";
import { clearPositions } from "./nodes/positions.ts";
import { collectTopicOrphans } from "./nodes/topics.ts";

/**
 * Deletes every fact one document contributed (the document row stays) and returns the officials
 * whose positions went with it, so their current title can be recomputed.
 */
export async function clearFacts(tx: Tx, documentId: number): Promise<number[]> {
  const mentioned = await clearMentions(tx, documentId);
  // Evidence first: it references every other fact.
  await tx.evidence.deleteMany({ where: { documentId } });
  // Shared events and instruments stay: only the document's mentions go here; the caller
  // re-resolves what they belonged to (facts/meetings.ts, facts/agreements.ts).
  for (const kind of clearOrder()) await kind.clear(tx, documentId);
  const positioned = await clearPositions(tx, documentId);
  await tx.alias.deleteMany({ where: { documentId } });
  await tx.documentTopic.deleteMany({ where: { documentId } });
  return [...new Set([...positioned, ...mentioned])];
}

/** Which nodes an orphan collection looks at, by kind (null: all of them). */
export interface NodeScope {
  officials: OrphanScope;
  organizations: OrphanScope;
  countries: OrphanScope;
  topics: OrphanScope;
}

/**
 * Removes the shared nodes in `scope` that nothing refers to any more, each by its kind's one
 * orphan rule (nodes/*.ts): officials first, as an official that goes may take the last reference
 * to its organisation and country with it.
 */
export async function collectNodeOrphans(tx: Tx, scope: NodeScope | null): Promise<void> {
  await collectOfficialOrphans(tx, scope?.officials ?? null);
  await collectOrganizationOrphans(tx, scope?.organizations ?? null);
  await collectCountryOrphans(tx, scope?.countries ?? null);
  await collectTopicOrphans(tx, scope?.topics ?? null);
}

/**
 * Removes shared nodes that no document evidences any more (officials and organisations without
 * evidence, then countries and topics nothing refers to), then each fact kind's orphans (events
 * and instruments without mentions).
 */
export async function collectOrphans(tx: Tx): Promise<void> {
  await collectNodeOrphans(tx, null);
  for (const kind of factKinds()) await kind.collectOrphans?.(tx);
}

export { refreshOfficials } from "./nodes/officials.ts";
