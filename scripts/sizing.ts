// Measures what 1,000 documents cost in rows, table and index bytes on each backend, and
// projects it to ten million documents (README, "Running at scale").
//
//   npx tsx scripts/sizing.ts [--docs 1000] [--pg postgresql://postgres@127.0.0.1:5432/postgres]
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { generateCorpus } from "../bench/corpus.ts";
import { ingestText } from "../src/store/ingest.ts";
import { openDatabase, type Database } from "../src/store/db.ts";
import { migrate } from "../src/store/migrate.ts";

const { values } = parseArgs({ options: { docs: { type: "string", default: "1000" }, pg: { type: "string" } } });
const DOCS = Number(values.docs);
const TABLES = ["Document", "Official", "Alias", "Position", "Organization", "Country", "Meeting", "MeetingParticipant", "Proposal", "ProposalTopic", "Agreement", "AgreementParty", "Target", "Topic", "DocumentTopic", "Evidence"];

interface TableSize {
  table: string;
  rows: number;
  tableBytes: number;
  indexBytes: number;
}

async function fill(db: Database): Promise<number> {
  const t0 = performance.now();
  for (const doc of generateCorpus({ docs: DOCS, seed: 1000 })) await ingestText(db.prisma, { text: doc.text, source: `${doc.name}.txt` });
  return (performance.now() - t0) / 1000;
}

async function sqliteSizes(): Promise<{ sizes: TableSize[]; fileBytes: number; seconds: number }> {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "diplograph-sizing-")), "sizing.db");
  await migrate(`file:${file}`);
  const db = await openDatabase(`file:${file}`);
  const seconds = await fill(db);
  await db.prisma.$queryRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)");
  // dbstat gives the bytes of every b-tree: each table, each index, and the FTS5 shadow tables.
  const stats = await db.prisma.$queryRawUnsafe<{ name: string; tbl: string; type: string; bytes: bigint | number }[]>(
    `SELECT s.name AS name, m.tbl_name AS tbl, m.type AS type, sum(s.pgsize) AS bytes FROM dbstat s JOIN sqlite_master m ON m.name = s.name GROUP BY s.name`,
  );
  const sizes: TableSize[] = [];
  for (const table of TABLES) {
    const rows = Number((await db.prisma.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM "${table}"`))[0].n);
    const mine = stats.filter((s) => s.tbl === table);
    sizes.push({
      table,
      rows,
      tableBytes: mine.filter((s) => s.type === "table").reduce((a, s) => a + Number(s.bytes), 0),
      indexBytes: mine.filter((s) => s.type === "index").reduce((a, s) => a + Number(s.bytes), 0),
    });
  }
  const fts = stats.filter((s) => s.tbl.startsWith("search_fts"));
  sizes.push({ table: "search_fts (FTS5)", rows: 0, tableBytes: 0, indexBytes: fts.reduce((a, s) => a + Number(s.bytes), 0) });
  await db.close();
  return { sizes, fileBytes: fs.statSync(file).size, seconds };
}

async function pgSizes(adminUrl: string): Promise<{ sizes: TableSize[]; fileBytes: number; seconds: number }> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  const name = `diplograph_sizing_${process.pid}`;
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${name}"`);
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  try {
    await migrate(u.toString());
    const db = await openDatabase(u.toString());
    const seconds = await fill(db);
    await db.prisma.$executeRawUnsafe("VACUUM ANALYZE");
    const sizes: TableSize[] = [];
    for (const table of TABLES) {
      const [r] = await db.prisma.$queryRawUnsafe<{ rows: bigint; t: bigint; i: bigint }[]>(
        `SELECT (SELECT count(*) FROM "${table}") AS rows, pg_table_size('"${table}"') AS t, pg_indexes_size('"${table}"') AS i`,
      );
      sizes.push({ table, rows: Number(r.rows), tableBytes: Number(r.t), indexBytes: Number(r.i) });
    }
    const [{ bytes }] = await db.prisma.$queryRawUnsafe<{ bytes: bigint }[]>(`SELECT pg_database_size(current_database()) AS bytes`);
    await db.close();
    return { sizes, fileBytes: Number(bytes), seconds };
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(2);
const gb = (bytes: number) => (bytes / 1024 / 1024 / 1024).toFixed(0);

function report(label: string, r: { sizes: TableSize[]; fileBytes: number; seconds: number }): string {
  const per = 1000 / DOCS;
  const lines = [
    `### ${label}: ${DOCS} documents ingested in ${r.seconds.toFixed(1)} s; database ${mb(r.fileBytes)} MB`,
    "",
    "| table | rows / 1,000 docs | table MB / 1,000 docs | index MB / 1,000 docs | rows at 10M docs | table + index GB at 10M docs |",
    "| --- | ---: | ---: | ---: | ---: | ---: |",
  ];
  for (const s of r.sizes) {
    lines.push(
      `| ${s.table} | ${s.rows ? Math.round(s.rows * per) : "–"} | ${mb(s.tableBytes * per)} | ${mb(s.indexBytes * per)} | ${s.rows ? (s.rows * per * 10_000).toExponential(2) : "–"} | ${gb((s.tableBytes + s.indexBytes) * per * 10_000)} |`,
    );
  }
  const total = r.sizes.reduce((a, s) => a + s.tableBytes + s.indexBytes, 0);
  lines.push(`| **total** | | | | | **${gb(total * per * 10_000)}** (whole database: ${gb(r.fileBytes * per * 10_000)}) |`);
  return lines.join("\n");
}

console.log(report("SQLite", await sqliteSizes()));
if (values.pg) console.log("\n" + report("PostgreSQL", await pgSizes(values.pg)));
