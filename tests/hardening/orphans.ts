// Consistency probes over the raw tables (same SQL on SQLite and PostgreSQL).
import type { Db } from "../../src/store/db.ts";

async function count(db: Db, sql: string): Promise<number> {
  const rows = (await db.$queryRawUnsafe(sql)) as { n: number | bigint | string }[];
  return Number(rows[0].n);
}

// What each document owns. Meetings and agreements are events shared by the reports that tell
// them: a document owns its mentions of them, and the events are counted as tables only.
const FACT_TABLES = ["Alias", "Position", "MeetingMention", "Proposal", "AgreementMention", "Target", "DocumentTopic"];

/** Rows that must not exist in a consistent database; all zero when it is. */
export async function orphanCounts(db: Db) {
  const missingDoc = (t: string) => `SELECT COUNT(*) AS n FROM "${t}" x WHERE NOT EXISTS (SELECT 1 FROM "Document" d WHERE d."id" = x."documentId")`;
  let factsWithoutDocument = 0;
  for (const t of FACT_TABLES) factsWithoutDocument += await count(db, missingDoc(t));
  factsWithoutDocument += await count(db, `SELECT COUNT(*) AS n FROM "MeetingParticipant" x WHERE NOT EXISTS (SELECT 1 FROM "Meeting" m WHERE m."id" = x."meetingId")`);
  factsWithoutDocument += await count(db, `SELECT COUNT(*) AS n FROM "AgreementParty" x WHERE NOT EXISTS (SELECT 1 FROM "Agreement" a WHERE a."id" = x."agreementId")`);
  factsWithoutDocument += await count(db, `SELECT COUNT(*) AS n FROM "ProposalTopic" x WHERE NOT EXISTS (SELECT 1 FROM "Proposal" p WHERE p."id" = x."proposalId")`);
  return {
    evidenceWithoutDocument: await count(db, missingDoc("Evidence")),
    factsWithoutDocument,
    officialsWithoutEvidence: await count(db, `SELECT COUNT(*) AS n FROM "Official" o WHERE NOT EXISTS (SELECT 1 FROM "Evidence" e WHERE e."officialId" = o."id")`),
    organizationsWithoutEvidence: await count(db, `SELECT COUNT(*) AS n FROM "Organization" o WHERE NOT EXISTS (SELECT 1 FROM "Evidence" e WHERE e."organizationId" = o."id")`),
    // Every report the tests ingest names at least one official: a document without any evidence is a partial write.
    documentsWithoutEvidence: await count(db, `SELECT COUNT(*) AS n FROM "Document" d WHERE NOT EXISTS (SELECT 1 FROM "Evidence" e WHERE e."documentId" = d."id")`),
  };
}

/** Row counts of every table. */
export async function tableCounts(db: Db): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of ["Document", "Country", "Organization", "Official", "Meeting", "Agreement", "MeetingParticipant", "AgreementParty", "ProposalTopic", "Topic", "Evidence", ...FACT_TABLES]) {
    out[t] = await count(db, `SELECT COUNT(*) AS n FROM "${t}"`);
  }
  return out;
}

/** Per document (by source): how many facts of each kind it has. Equal across two databases = same documents, complete. */
export async function perDocumentFacts(db: Db): Promise<Record<string, string>> {
  const sql = (t: string) => `SELECT d."source" AS source, (SELECT COUNT(*) FROM "${t}" x WHERE x."documentId" = d."id") AS n FROM "Document" d`;
  const out: Record<string, string[]> = {};
  for (const t of ["Evidence", ...FACT_TABLES]) {
    for (const row of (await db.$queryRawUnsafe(sql(t))) as { source: string; n: number | bigint }[]) (out[row.source] ??= []).push(`${t}=${Number(row.n)}`);
  }
  return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, v.join(",")]));
}

/** The shared nodes by natural name, for comparing two databases whose IDs differ. */
export async function nodeNames(db: Db) {
  return {
    officials: (await db.official.findMany({ select: { name: true } })).map((o) => o.name).sort(),
    organizations: (await db.organization.findMany({ select: { name: true } })).map((o) => o.name).sort(),
    countries: (await db.country.findMany({ select: { code: true } })).map((c) => c.code).sort(),
  };
}
