import type { Tx } from "./db.ts";
import { collectAgreementOrphans } from "./facts/agreements.ts";
import { collectMeetingOrphans } from "./facts/meetings.ts";
import { Sql } from "./sql.ts";

/**
 * Deletes every fact one document contributed (the document row stays) and returns the officials
 * whose positions went with it, so their current title can be recomputed.
 */
export async function clearFacts(tx: Tx, documentId: number): Promise<number[]> {
  const positions = await tx.position.findMany({ where: { documentId }, select: { officialId: true } });
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
  return [...new Set(positions.map((p) => p.officialId))];
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
    where: { officials: { none: {} }, organizations: { none: {} }, positions: { none: {} }, parties: { none: {} }, evidence: { none: {} } },
  });
  await tx.topic.deleteMany({ where: { documents: { none: {} }, proposals: { none: {} } } });
  await collectMeetingOrphans(tx);
  await collectAgreementOrphans(tx);
}

/** An official's current title and organisation are those of the latest reported position. */
export async function refreshOfficials(tx: Tx, officialIds: number[]): Promise<void> {
  if (!officialIds.length) return;
  const ids = [...new Set(officialIds)];
  const sql = new Sql(tx);
  const list = ids.map(() => "?").join(", ");
  // The latest position of each official: no later one exists (index on officialId, date).
  const latest = await sql.rows<{ officialId: number; title: string; organizationId: number | null }>(
    `SELECT p."officialId", p."title", p."organizationId" FROM "Position" p
      WHERE p."officialId" IN (${list}) AND NOT EXISTS (
        SELECT 1 FROM "Position" q WHERE q."officialId" = p."officialId" AND (q."date" > p."date" OR (q."date" = p."date" AND q."id" > p."id")))`,
    ids,
  );
  const byOfficial = new Map(latest.map((p) => [p.officialId, p]));
  const current = await sql.rows<{ id: number; title: string | null; organizationId: number | null }>(
    `SELECT "id", "title", "organizationId" FROM "Official" WHERE "id" IN (${list})`,
    ids,
  );
  for (const o of current) {
    const p = byOfficial.get(o.id);
    const title = p?.title ?? null;
    const organizationId = p?.organizationId ?? null;
    if (o.title !== title || o.organizationId !== organizationId) {
      await sql.exec(`UPDATE "Official" SET "title" = ?, "organizationId" = ? WHERE "id" = ?`, [title, organizationId, o.id]);
    }
  }
}
