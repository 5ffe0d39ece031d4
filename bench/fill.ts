// Filling a benchmark database past what ingestion can do in the time budget: the documents
// ingested through ingestText (the "sample") are cloned at SQL level, replica r shifted r * D
// days later (D = the sample's span), with new ids, sources and content hashes. Shared nodes
// (officials, organisations, countries, topics) are reused, so the same officials recur across
// the whole corpus as they do in the generator's. Every document-owned row the real store wrote
// is copied, whatever its columns: only ids, foreign keys to cloned rows and dates change.
import pg from "pg";

/** Document-owned tables in insertion order, with how each relates to the document. */
const CLONED: { table: string; id: boolean; scope: string }[] = [
  { table: "Document", id: true, scope: `"id" <= $L` },
  { table: "Position", id: true, scope: `"documentId" <= $L` },
  { table: "OfficialMention", id: true, scope: `"documentId" <= $L` },
  // Meeting and agreement events are named by one of their reports; a replica's reports tell
  // their own (shifted) events, so the events are cloned with them.
  { table: "Meeting", id: true, scope: `"documentId" <= $L` },
  { table: "MeetingParticipant", id: false, scope: `"meetingId" IN (SELECT "id" FROM "Meeting" WHERE "documentId" <= $L)` },
  { table: "MeetingMention", id: true, scope: `"documentId" <= $L` },
  { table: "MeetingMentionParticipant", id: false, scope: `"mentionId" IN (SELECT "id" FROM "MeetingMention" WHERE "documentId" <= $L)` },
  { table: "Proposal", id: true, scope: `"documentId" <= $L` },
  { table: "ProposalTopic", id: false, scope: `"proposalId" IN (SELECT "id" FROM "Proposal" WHERE "documentId" <= $L)` },
  { table: "Agreement", id: true, scope: `"documentId" <= $L` },
  { table: "AgreementMention", id: true, scope: `"documentId" <= $L` },
  { table: "AgreementParty", id: true, scope: `"mentionId" IN (SELECT "id" FROM "AgreementMention" WHERE "documentId" <= $L)` },
  { table: "Target", id: true, scope: `"documentId" <= $L` },
  { table: "Alias", id: true, scope: `"documentId" <= $L` },
  { table: "DocumentTopic", id: false, scope: `"documentId" <= $L` },
  { table: "Evidence", id: true, scope: `"documentId" <= $L` },
];

/** Foreign-key columns that point at cloned rows (by table, for the columns named alike). */
const CLONED_FK: Record<string, string> = {
  documentId: "Document",
  meetingId: "Meeting",
  proposalId: "Proposal",
  agreementId: "Agreement",
  positionId: "Position",
  targetId: "Target",
  meetingMentionId: "MeetingMention",
  agreementMentionId: "AgreementMention",
};
/** `mentionId` points at the mention table of its own kind. */
const MENTION_FK: Record<string, string> = { MeetingMentionParticipant: "MeetingMention", AgreementParty: "AgreementMention" };

/** Date columns shifted with their document. */
const DATE_COLUMNS: Record<string, string[]> = {
  Document: ["date"],
  Position: ["date"],
  OfficialMention: ["date"],
  Meeting: ["dateStart", "dateEnd"],
  MeetingMention: ["dateStart", "dateEnd"],
  MeetingMentionParticipant: ["dateStart", "dateEnd"],
  Proposal: ["date"],
  Agreement: ["date", "signedOn"],
  AgreementMention: ["date"],
};

export interface FillDialect {
  columns(table: string): Promise<string[]>;
  maxId(table: string): Promise<number>;
  /** First column of the first row, as a number. */
  scalar(sql: string): Promise<number>;
  exec(sql: string): Promise<void>;
  /** Run fn in one transaction. */
  tx(fn: () => Promise<void>): Promise<void>;
  shiftDate(expr: string, days: number): string;
  /** YYYY-MM-DD / YYYY-MM / YYYY of a (shifted) timestamp expression. */
  formatDay(expr: string): string;
  formatMonth(expr: string): string;
  formatYear(expr: string): string;
  finish(): Promise<void>;
  close(): Promise<void>;
}

export function sqliteDialect(file: string, Database: typeof import("better-sqlite3")): FillDialect {
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("foreign_keys = ON");
  // Prisma stores SQLite DateTime as ISO text with an explicit offset.
  const fmt = "%Y-%m-%dT%H:%M:%f+00:00";
  const scalar = async (sql: string) => Number(Object.values(db.prepare(sql).get() as Record<string, number>)[0]);
  return {
    async columns(table) {
      return (db.prepare(`PRAGMA table_info("${table}")`).all() as { name: string }[]).map((c) => c.name);
    },
    maxId: (table) => scalar(`SELECT coalesce(max("id"), 0) AS n FROM "${table}"`),
    scalar,
    async exec(sql) {
      db.exec(sql);
    },
    async tx(fn) {
      db.exec("BEGIN");
      try {
        await fn();
        db.exec("COMMIT");
      } catch (e) {
        db.exec("ROLLBACK");
        throw e;
      }
    },
    shiftDate: (expr, days) => `strftime('${fmt}', substr(${expr}, 1, 23), '+${days} days')`,
    formatDay: (expr) => `substr(${expr}, 1, 10)`,
    formatMonth: (expr) => `substr(${expr}, 1, 7)`,
    formatYear: (expr) => `substr(${expr}, 1, 4)`,
    async finish() {
      db.pragma("wal_checkpoint(TRUNCATE)");
    },
    async close() {
      db.close();
    },
  };
}

export async function pgDialect(url: string): Promise<FillDialect> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const scalar = async (sql: string) => Number(Object.values((await c.query(sql)).rows[0] as Record<string, number>)[0]);
  return {
    async columns(table) {
      const r = await c.query(`SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 ORDER BY ordinal_position`, [table]);
      return r.rows.map((x: { column_name: string }) => x.column_name);
    },
    maxId: (table) => scalar(`SELECT coalesce(max("id"), 0) AS n FROM "${table}"`),
    scalar,
    async exec(sql) {
      await c.query(sql);
    },
    async tx(fn) {
      await c.query("BEGIN");
      try {
        await fn();
        await c.query("COMMIT");
      } catch (e) {
        await c.query("ROLLBACK");
        throw e;
      }
    },
    shiftDate: (expr, days) => `(${expr} + interval '${days} days')`,
    formatDay: (expr) => `to_char(${expr}, 'YYYY-MM-DD')`,
    formatMonth: (expr) => `to_char(${expr}, 'YYYY-MM')`,
    formatYear: (expr) => `to_char(${expr}, 'YYYY')`,
    async finish() {
      for (const { table, id } of CLONED) if (id) await c.query(`SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), (SELECT max("id") FROM "${table}"))`);
      await c.query("ANALYZE");
    },
    async close() {
      await c.end();
    },
  };
}

export interface FillPlan {
  /** Documents ingested through ingestText (the first ones by id). */
  sampleDocs: number;
  /** Total documents wanted after the fill. */
  targetDocs: number;
  /** Days between replicas. */
  shiftDays: number;
}

/**
 * Clones the sample's rows until the database holds `targetDocs` documents. The database must
 * hold exactly the sample's documents, or the sample plus whole earlier replicas from a fill with
 * the same plan (so 1k -> 10k -> 100k steps work).
 */
export async function fillByCloning(d: FillDialect, plan: FillPlan, log: (s: string) => void = () => {}): Promise<void> {
  const K = plan.sampleDocs;
  const have = await d.scalar(`SELECT count(*) AS n FROM "Document"`);
  // The sample's documents are the first K by id (ids may have gaps where a transaction retried).
  const sampleMaxDocId = await d.scalar(`SELECT max("id") AS n FROM (SELECT "id" FROM "Document" ORDER BY "id" LIMIT ${K}) s`);
  if (have % K !== 0 && have < plan.targetDocs) throw new Error(`fill: the database holds ${have} documents, not a multiple of the sample (${K})`);
  // Max id of each table within the sample: replica r of row id x gets id x + r * span.
  // (Ids are dense within the sample because it was ingested in order into a fresh database.)
  const span = new Map<string, number>();
  for (const { table, id } of CLONED) {
    if (!id) continue;
    const where = CLONED.find((c) => c.table === table)!.scope.replaceAll("$L", String(sampleMaxDocId));
    const r = await d.scalar(`SELECT coalesce(max("id"), 0) AS n FROM "${table}" WHERE ${where}`);
    span.set(table, r);
  }
  const columns = new Map<string, string[]>();
  for (const { table } of CLONED) columns.set(table, await d.columns(table));
  const t0 = performance.now();
  for (let start = have; start < plan.targetDocs; start += K) {
    const r = start / K;
    const limit = Math.min(K, plan.targetDocs - start);
    const days = r * plan.shiftDays;
    const limitId = limit === K ? sampleMaxDocId : await d.scalar(`SELECT "id" AS n FROM "Document" ORDER BY "id" LIMIT 1 OFFSET ${limit - 1}`);
    await d.tx(async () => {
      for (const { table, scope } of CLONED) {
        const cols = columns.get(table)!;
        const exprs = cols.map((col) => {
          const q = `"${col}"`;
          if (col === "id") return `${q} + ${r * span.get(table)!}`;
          if (col === "mentionId" && MENTION_FK[table]) return `${q} + ${r * span.get(MENTION_FK[table])!}`;
          if (CLONED_FK[col] && !(table === "Document")) return `${q} + ${r * span.get(CLONED_FK[col])!}`;
          if ((table === "Meeting" || table === "Agreement") && col === "key") return `${q} || '#r${r}'`;
          if (DATE_COLUMNS[table]?.includes(col)) return d.shiftDate(q, days);
          if (table === "Document" && col === "source") return `${q} || '#r${r}'`;
          if (table === "Document" && col === "contentHash") return `${q} || '-r${r}'`;
          if (table === "Document" && col === "text") return `' date ' || ${d.formatDay(d.shiftDate(`"date"`, days))} || substr(${q}, 17)`;
          if ((table === "Meeting" || table === "MeetingMention") && col === "date") {
            const s = d.shiftDate(`"dateStart"`, days);
            return `CASE length(${q}) WHEN 10 THEN ${d.formatDay(s)} WHEN 7 THEN ${d.formatMonth(s)} WHEN 4 THEN ${d.formatYear(s)} ELSE ${q} END`;
          }
          return q;
        });
        // Nullable foreign keys stay null: NULL + n is NULL in both dialects.
        await d.exec(`INSERT INTO "${table}" (${cols.map((c) => `"${c}"`).join(", ")}) SELECT ${exprs.join(", ")} FROM "${table}" WHERE ${scope.replaceAll("$L", String(limitId))}`);
      }
    });
    if ((start + limit) % (K * 10) === 0 || start + limit >= plan.targetDocs) log(`fill: ${start + limit} documents (${Math.round((performance.now() - t0) / 1000)} s)`);
  }
  await d.finish();
}
