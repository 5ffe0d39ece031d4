// An official's current title and organisation, recomputed from their reported positions. The
// cost must not grow with the official's history: a minister named in thousands of reports is
// the common case, and every new report about them recomputes these attributes.
import type { Tx } from "../db.ts";
import { Sql } from "../sql.ts";

interface Current {
  title: string | null;
  organizationId: number | null;
}

/**
 * The latest reported position: the most recent report by date, then the title and the
 * organisation's key in code-point order, so ties do not depend on ingest order. One index
 * look-up (Position(officialId, date)) that stops at the first row, plus a sort of only the
 * rows sharing that date.
 */
export const LATEST_POSITION = `SELECT p."title", p."organizationId" FROM "Position" p LEFT JOIN "Organization" o ON o."id" = p."organizationId"
  WHERE p."officialId" = ? ORDER BY p."date" DESC, p."title" ASC, o."key" ASC LIMIT 1`;

export async function latestPosition(sql: Sql, officialId: number): Promise<Current | null> {
  const [row] = await sql.rows<{ title: string; organizationId: number | null }>(LATEST_POSITION, [officialId]);
  return row ?? null;
}

/** Sets each official's current title and organisation to those of their latest position. */
export async function refreshOfficials(tx: Tx, officialIds: number[]): Promise<void> {
  if (!officialIds.length) return;
  const ids = [...new Set(officialIds)];
  const sql = new Sql(tx);
  const current = await sql.rows<{ id: number; title: string | null; organizationId: number | null }>(
    `SELECT "id", "title", "organizationId" FROM "Official" WHERE "id" IN (${ids.map(() => "?").join(", ")})`,
    ids,
  );
  for (const o of current) {
    const p = await latestPosition(sql, o.id);
    const title = p?.title ?? null;
    const organizationId = p?.organizationId ?? null;
    if (o.title !== title || o.organizationId !== organizationId) {
      await sql.exec(`UPDATE "Official" SET "title" = ?, "organizationId" = ? WHERE "id" = ?`, [title, organizationId, o.id]);
    }
  }
}
