// The registry of fact kinds (src/store/facts/registry.ts) is what every place that handles facts
// iterates: shown by what each place does with each kind, and by what it stops doing when a kind
// is taken out of the registry (the places then know nothing of it: nothing else names it).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../../src/store/db.ts";
import { exportGraph, type ExportLine } from "../../../src/store/export.ts";
import { FACT_KINDS, factKinds, type AnyFactKind } from "../../../src/store/facts/registry.ts";
import { ImportFormatError, importGraph, parseExport } from "../../../src/store/import.ts";
import { deleteDocument, ingestText } from "../../../src/store/ingest.ts";
import { collectOrphans } from "../../../src/store/maintenance.ts";
import { reextract } from "../../../src/store/reextract.ts";
import { Sql } from "../../../src/store/sql.ts";
import { dropDatabase, freshDatabase } from "../../helpers/database.ts";
import { clusterFiles, report } from "./clusters.ts";

async function exportLines(db: Database): Promise<ExportLine[]> {
  const out: string[] = [];
  await exportGraph(db.prisma, (l) => void out.push(l));
  return out.map((l) => JSON.parse(l) as ExportLine);
}

/** Each kind's facts as its own signatures read them from the database. */
async function storedCounts(db: Database): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const kind of factKinds()) {
    const docs = await db.prisma.document.findMany({ select: kind.signatureSelect as { id: true } });
    counts[kind.key] = docs.reduce((n, d) => n + kind.signatures(d as never).length, 0);
  }
  return counts;
}

/** Runs `fn` with `kind` taken out of the registry. */
async function without<T>(kind: AnyFactKind, fn: () => Promise<T>): Promise<T> {
  const kinds = FACT_KINDS as unknown as AnyFactKind[];
  const at = kinds.indexOf(kind);
  kinds.splice(at, 1);
  try {
    return await fn();
  } finally {
    kinds.splice(at, 0, kind);
  }
}

describe("the registry of fact kinds drives every place", () => {
  let db: Database;
  let lines: ExportLine[];
  let text: string;
  beforeAll(async () => {
    db = await freshDatabase();
    for (const f of clusterFiles) await ingestText(db.prisma, { ...report(f), date: "2024-01-15" });
    await ingestText(db.prisma, { text: report("a1-vnanews.txt").text.replace(/\n*$/, "\n\nThe two sides aim to raise two-way trade to US$30 billion by 2030.\n"), source: "extra/target", date: "2024-01-15" });
    lines = await exportLines(db);
    text = lines.map((l) => JSON.stringify(l)).join("\n");
  }, 300_000);
  afterAll(async () => {
    await db?.close();
    if (db) await dropDatabase(db.url);
  });

  it("ingest writes and export emits every kind: as many lines as the kind has rows", async () => {
    const counts = await storedCounts(db);
    for (const kind of factKinds()) {
      expect(counts[kind.key], kind.key).toBeGreaterThan(0);
      expect(lines.filter((l) => l.type === kind.line).length, kind.key).toBe(counts[kind.key]);
    }
  });

  it("import reads every kind's lines back into rows, through the same writer", async () => {
    const other = await freshDatabase();
    try {
      await importGraph(other.prisma, parseExport(text));
      expect(await storedCounts(other)).toEqual(await storedCounts(db));
      expect((await exportLines(other)).map((l) => JSON.stringify(l)).join("\n")).toBe(text);
    } finally {
      await other.close();
      await dropDatabase(other.url);
    }
  }, 300_000);

  it("re-extraction counts every kind", async () => {
    const summary = await reextract(db.prisma, { all: true });
    for (const kind of factKinds()) expect(summary, kind.key).toHaveProperty(kind.key, { added: 0, removed: 0 });
    expect(await exportLines(db).then((ls) => ls.map((l) => JSON.stringify(l)).join("\n"))).toBe(text);
  }, 300_000);

  it("a kind out of the registry: export leaves its lines out, import refuses them as an unknown type", async () => {
    for (const kind of factKinds()) {
      const exported = await without(kind, () => exportLines(db));
      expect(exported.filter((l) => l.type === kind.line), kind.key).toEqual([]);
      expect(exported.length, kind.key).toBe(lines.length - lines.filter((l) => l.type === kind.line).length);
      const error = await without(kind, async () => {
        try {
          parseExport(text);
          return null;
        } catch (e) {
          return e as ImportFormatError;
        }
      });
      expect(error, kind.key).toBeInstanceOf(ImportFormatError);
      const unknown = error!.errors.filter((e) => e.includes(`unknown type "${kind.line}"`));
      expect(unknown.length, kind.key).toBe(lines.filter((l) => l.type === kind.line).length);
    }
  });

  it("each kind's orphan rule runs in collectOrphans, and only from the registry", async () => {
    const orphaned = factKinds().filter((k) => k.collectOrphans);
    expect(orphaned.map((k) => k.key).sort()).toEqual(["agreements", "meetings"]);
    // An event and an instrument no mention tells any more (resolution removes them; the rule is the safety net).
    const sql = new Sql(db.prisma as never);
    const [doc] = await sql.rows<{ id: number }>(`SELECT "id" FROM "Document" ORDER BY "id" LIMIT 1`);
    const plant = async () => {
      await sql.exec(`INSERT INTO "Meeting" ("key", "documentId", "ordinal", "kind", "status") VALUES ('orphan/0', ?, 99, 'talks', 'held')`, [doc.id]);
      await sql.exec(`INSERT INTO "Agreement" ("key", "documentId", "ordinal", "kind", "title", "status", "date") VALUES ('orphan/0', ?, 99, 'mou', 'orphan', 'signed', ?)`, [doc.id, new Date("2024-01-01")]);
    };
    const left = async () => ({
      meetings: (await sql.rows(`SELECT 1 FROM "Meeting" WHERE "key" = 'orphan/0'`)).length,
      agreements: (await sql.rows(`SELECT 1 FROM "Agreement" WHERE "key" = 'orphan/0'`)).length,
    });
    await plant();
    for (const kind of orphaned) await without(kind, () => db.prisma.$transaction((tx) => collectOrphans(tx as never)));
    // Each taken out in turn: the other kind's rule ran and removed its orphan.
    expect(await left()).toEqual({ meetings: 0, agreements: 0 });
    await plant();
    const meetings = orphaned.find((k) => k.key === "meetings")!;
    await without(meetings, () => db.prisma.$transaction((tx) => collectOrphans(tx as never)));
    expect(await left()).toEqual({ meetings: 1, agreements: 0 });
    await db.prisma.$transaction((tx) => collectOrphans(tx as never));
    expect(await left()).toEqual({ meetings: 0, agreements: 0 });
  });

  it("deleting a document clears every kind's rows of it", async () => {
    const before = await storedCounts(db);
    const of = async (id: number) => {
      const counts: Record<string, number> = {};
      for (const kind of factKinds()) {
        const d = await db.prisma.document.findUnique({ where: { id }, select: kind.signatureSelect as { id: true } });
        counts[kind.key] = d ? kind.signatures(d as never).length : 0;
      }
      return counts;
    };
    // The document with facts of the most kinds.
    let doc = { id: 0, own: {} as Record<string, number>, kinds: -1 };
    for (const { id } of await db.prisma.document.findMany({ select: { id: true }, orderBy: { id: "asc" } })) {
      const own = await of(id);
      const kinds = Object.values(own).filter((n) => n > 0).length;
      if (kinds > doc.kinds) doc = { id, own, kinds };
    }
    expect(doc.kinds).toBeGreaterThanOrEqual(3);
    const own = doc.own;
    await deleteDocument(db.prisma, doc.id);
    const after = await storedCounts(db);
    for (const kind of factKinds()) expect(after[kind.key], kind.key).toBe(before[kind.key] - own[kind.key]);
  });
});
