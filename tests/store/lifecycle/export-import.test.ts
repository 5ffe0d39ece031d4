import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ExtractedDocument } from "../../../src/extraction/types.ts";
import { openDatabase, type Database } from "../../../src/store/db.ts";
import { storeExtracted } from "../../../src/store/ingest.ts";
import { ImportFormatError, importGraph, parseExport } from "../../../src/store/import.ts";
import { migrate } from "../../../src/store/migrate.ts";
import { dropDatabase, freshDatabase, testProvider, TEST_DATABASE_URL } from "../../helpers/database.ts";
import { content, corpusDocs, counts, exportText, ingestCurrent, ingestOlder, nodeIds, ROOT } from "./fixtures.ts";

const docs = corpusDocs(24);
const BIN = path.join(ROOT, "bin", "diplograph.js");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "diplograph-lifecycle-"));

function cli(args: string[], url: string, input?: string) {
  return spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, DATABASE_URL: url }, input, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
}

describe("export and import", () => {
  let source: Database;
  let exported: string;
  const open: Database[] = [];
  const fresh = async () => {
    const db = await freshDatabase();
    open.push(db);
    return db;
  };

  beforeAll(async () => {
    source = await fresh();
    await ingestCurrent(source.prisma, docs.slice(0, 20));
    // Some documents from an older extractor version too: versions travel with the documents.
    await ingestOlder(source.prisma, docs.slice(20));
    exported = await exportText(source.prisma);
  }, 300_000);
  afterAll(async () => {
    for (const db of open) {
      await db.close();
      await dropDatabase(db.url);
    }
  });

  it("writes one typed entity per line with natural-key IDs and provenance", () => {
    const lines = exported.trimEnd().split("\n").map((l) => JSON.parse(l));
    expect(lines[0]).toEqual({ type: "header", format: "diplograph-graph", version: 1 });
    const types = new Set(lines.map((l) => l.type));
    for (const t of ["country", "organization", "official", "document", "mention"]) expect(types).toContain(t);
    expect(lines.filter((l) => l.type === "document")).toHaveLength(docs.length);
    for (const l of lines) {
      if (l.type === "official") expect(l.id).toBe(`official:${l.key}`);
      if (l.type === "document") expect(l.id).toBe(`document:${l.contentHash}`);
      if (["mention", "position", "meeting", "proposal", "agreement", "target"].includes(l.type)) {
        expect(l.document).toMatch(/^document:[0-9a-f]{64}$/);
        expect(Array.isArray(l.evidence)).toBe(true);
      }
    }
    // Evidence spans point into the document's text.
    const texts = new Map(lines.filter((l) => l.type === "document").map((l) => [l.id, l.text as string]));
    for (const l of lines.filter((l) => l.type === "mention")) for (const e of l.evidence) expect(texts.get(l.document)!.slice(e.start, e.end)).toBe(e.text);
    // Countries carry their stable identifiers beside the ISO alpha-2 code.
    expect(lines.find((l) => l.type === "country" && l.code === "VN")).toMatchObject({ alpha3: "VNM", wikidataId: "Q881" });
    expect(lines.find((l) => l.type === "country" && l.code === "KR")).toMatchObject({ alpha3: "KOR", wikidataId: "Q884" });
    // Row IDs appear nowhere.
    expect(exported).not.toMatch(/"(documentId|officialId|organizationId|countryId|meetingId)"/);
  });

  it("round trip: export -> import into a fresh database -> export gives the same text", async () => {
    const target = await fresh();
    const summary = await importGraph(target.prisma, parseExport(exported));
    expect(summary.documents).toEqual({ created: docs.length, replaced: 0, unchanged: 0, failed: 0 });
    expect(await exportText(target.prisma)).toBe(exported);
    expect(await counts(target.prisma)).toEqual(await counts(source.prisma));
    const docVersions = async (db: Database) => (await db.prisma.document.findMany({ select: { source: true, extractorVersion: true, ingestedAt: true }, orderBy: { source: "asc" } }));
    expect(await docVersions(target)).toEqual(await docVersions(source));
  });

  it("importing the same file again changes nothing", async () => {
    const target = await fresh();
    await importGraph(target.prisma, parseExport(exported));
    const ids = await nodeIds(target.prisma);
    const docIds = await target.prisma.document.findMany({ select: { id: true, contentHash: true }, orderBy: { id: "asc" } });
    const evidenceIds = await target.prisma.evidence.findMany({ select: { id: true }, orderBy: { id: "asc" } });
    const again = await importGraph(target.prisma, parseExport(exported));
    expect(again.documents).toEqual({ created: 0, replaced: 0, unchanged: docs.length, failed: 0 });
    expect(again.nodes.created).toBe(0);
    expect(await exportText(target.prisma)).toBe(exported);
    expect(await nodeIds(target.prisma)).toEqual(ids);
    expect(await target.prisma.document.findMany({ select: { id: true, contentHash: true }, orderBy: { id: "asc" } })).toEqual(docIds);
    expect(await target.prisma.evidence.findMany({ select: { id: true }, orderBy: { id: "asc" } })).toEqual(evidenceIds);
  });

  it("merges into a database that already has some of the documents, by natural keys", async () => {
    const target = await fresh();
    // Half of the exported documents, plus documents the export does not have.
    const extra = corpusDocs(6, 99).slice(2);
    await ingestCurrent(target.prisma, [...docs.slice(0, 10), ...extra]);
    const before = await nodeIds(target.prisma);
    const summary = await importGraph(target.prisma, parseExport(exported));
    expect(summary.documents).toEqual({ created: docs.length - 10, replaced: 0, unchanged: 10, failed: 0 });
    expect(await target.prisma.document.count()).toBe(docs.length + extra.length);
    // Nodes the database had keep their IDs; every exported node is there exactly once.
    const after = await nodeIds(target.prisma);
    for (const [key, id] of before) expect({ key, id: after.get(key) }).toEqual({ key, id });
    const lines = exported.trimEnd().split("\n").map((l) => JSON.parse(l));
    for (const l of lines.filter((l) => l.type === "official" || l.type === "organization")) expect(after.has(l.id)).toBe(true);
    const reference = await fresh();
    await ingestCurrent(reference.prisma, extra);
    const union = new Set([...lines.filter((l) => l.type === "official").map((l) => l.key), ...(await reference.prisma.official.findMany()).map((o) => o.key)]);
    expect(await target.prisma.official.count()).toBe(union.size);
    // The exported documents' facts are all there: exporting the merged database and keeping the
    // exported documents' groups gives back the same lines.
    const groups = (text: string) => {
      const out = new Map<string, string[]>();
      for (const raw of text.trimEnd().split("\n")) {
        const l = JSON.parse(raw);
        const doc = l.type === "document" ? l.id : l.document;
        if (!doc) continue;
        delete l.ingestedAt;
        // Which event or instrument a mention resolved to depends on the other documents (the
        // merged database holds more): the facts themselves must match.
        for (const derived of ["event", "instrument", "rule"]) delete l[derived];
        if (!out.has(doc)) out.set(doc, []);
        out.get(doc)!.push(JSON.stringify(l));
      }
      return out;
    };
    const merged = groups(await exportText(target.prisma));
    for (const [doc, group] of groups(exported)) expect(merged.get(doc)).toEqual(group);
    // And importing again is still a no-op.
    const again = await importGraph(target.prisma, parseExport(exported));
    expect(again.documents.unchanged).toBe(docs.length);
  });

  it("a document stored by another extractor version is replaced by the file's, keeping its row", async () => {
    const target = await fresh();
    await ingestOlder(target.prisma, docs.slice(0, 3), "0.0.1-other");
    const rowIds = await target.prisma.document.findMany({ select: { id: true, contentHash: true }, orderBy: { id: "asc" } });
    const summary = await importGraph(target.prisma, parseExport(exported));
    expect(summary.documents).toMatchObject({ replaced: 3, created: docs.length - 3, failed: 0 });
    const ids = new Map((await target.prisma.document.findMany({ select: { id: true, contentHash: true } })).map((d) => [d.contentHash, d.id]));
    for (const r of rowIds) expect(ids.get(r.contentHash)).toBe(r.id);
    const strip = (lines: string[]) => lines.filter((l) => !l.startsWith('{"type":"document"')).sort();
    expect(strip(await content(target.prisma, { evidencedOnly: true }))).toEqual(strip(await content(source.prisma, { evidencedOnly: true })));
  });

  it("a malformed line: a clear error naming the line, and nothing written", async () => {
    const lines = exported.trimEnd().split("\n");
    const docLine = lines.findIndex((l) => l.startsWith('{"type":"document"'));
    const broken = [...lines];
    broken[docLine + 1] = broken[docLine + 1].slice(0, -5);
    let error: unknown;
    try {
      parseExport(broken.join("\n"));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ImportFormatError);
    expect((error as Error).message).toMatch(new RegExp(`^line ${docLine + 2}: not valid JSON`));

    const target = await fresh();
    const file = path.join(tmp, "broken.jsonl");
    fs.writeFileSync(file, broken.join("\n") + "\n");
    const run = cli(["import", file], target.url);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`nothing written`);
    expect(run.stderr).toContain(`line ${docLine + 2}: not valid JSON`);
    expect(await counts(target.prisma)).toMatchObject({ documents: 0, officials: 0, organizations: 0, countries: 0 });
  });

  it("an unknown type, a bad field and a dangling reference are named by line", () => {
    const lines = exported.trimEnd().split("\n");
    const withUnknown = [...lines.slice(0, 3), '{"type":"spaceship","id":"x"}', ...lines.slice(3)].join("\n");
    expect(() => parseExport(withUnknown)).toThrow(/^line 4: unknown type "spaceship"/);
    const official = lines.findIndex((l) => l.startsWith('{"type":"official"'));
    const badField = [...lines];
    badField[official] = JSON.stringify({ ...JSON.parse(lines[official]), name: 42 });
    expect(() => parseExport(badField.join("\n"))).toThrow(`line ${official + 1}: official.name must be a string`);
    const dangling = lines.filter((_, i) => i !== official).join("\n");
    expect(() => parseExport(dangling)).toThrow(/line \d+: .* refers to "official:/);
    expect(() => parseExport('{"type":"country","id":"country:VN","code":"VN","name":"Vietnam"}')).toThrow(/line 1: expected the header line/);
  });

  it("a document the database refuses is rolled back whole; the others are imported", async () => {
    const lines = exported.trimEnd().split("\n");
    // Two identical positions break the unique (official, document, title) constraint.
    const position = lines.findIndex((l) => l.startsWith('{"type":"position"'));
    expect(position).toBeGreaterThan(0);
    const p = JSON.parse(lines[position]);
    const dup = JSON.stringify({ ...p, id: `${p.id}-dup` });
    const bad = [...lines.slice(0, position + 1), dup, ...lines.slice(position + 1)].join("\n");
    const failingHash = p.document.slice("document:".length);
    const target = await fresh();
    const summary = await importGraph(target.prisma, parseExport(bad));
    expect(summary.documents.failed).toBe(1);
    expect(summary.documents.created).toBe(docs.length - 1);
    expect(summary.failures[0].line).toBeLessThan(position + 1);
    expect(await target.prisma.document.count({ where: { contentHash: failingHash } })).toBe(0);
    expect(await target.prisma.evidence.count({ where: { document: { contentHash: failingHash } } })).toBe(0);
    // Nodes only that document used are not left behind.
    expect(await target.prisma.official.count({ where: { evidence: { none: {} } } })).toBe(0);
  }, 120_000);

  it("the CLI exports to a file and to stdout, and imports from a file and from stdin", async () => {
    const file = path.join(tmp, "graph.jsonl");
    const toFile = cli(["export", file], source.url);
    expect(toFile.status).toBe(0);
    expect(toFile.stderr).toMatch(new RegExp(`exported ${docs.length} document\\(s\\)`));
    expect(fs.readFileSync(file, "utf8")).toBe(exported);
    const toStdout = cli(["export"], source.url);
    expect(toStdout.status).toBe(0);
    expect(toStdout.stdout).toBe(exported);

    const target = await fresh();
    const fromFile = cli(["import", file], target.url);
    expect(fromFile.status).toBe(0);
    expect(fromFile.stdout).toContain(`documents: ${docs.length} (${docs.length} created, 0 replaced, 0 unchanged, 0 failed)`);
    expect(fromFile.stderr.split("\n").filter((l) => /^\[\d+\/\d+\] created /.test(l))).toHaveLength(docs.length);
    const fromStdin = cli(["import", "-"], target.url, exported);
    expect(fromStdin.status).toBe(0);
    expect(fromStdin.stdout).toContain(`(0 created, 0 replaced, ${docs.length} unchanged, 0 failed)`);
    expect(await exportText(target.prisma)).toBe(exported);
  }, 120_000);

  it.runIf(testProvider === "postgresql")("moves the graph SQLite -> PostgreSQL -> SQLite without loss", async () => {
    const sqliteUrl = `file:${path.join(tmp, "move-from.db")}`;
    await migrate(sqliteUrl);
    const lite = await openDatabase(sqliteUrl);
    open.push(lite);
    await ingestCurrent(lite.prisma, docs.slice(0, 12));
    const fromLite = await exportText(lite.prisma);
    const pgDb = await fresh();
    expect(TEST_DATABASE_URL).toMatch(/^postgres/);
    await importGraph(pgDb.prisma, parseExport(fromLite));
    const fromPg = await exportText(pgDb.prisma);
    expect(fromPg).toBe(fromLite);
    const backUrl = `file:${path.join(tmp, "move-back.db")}`;
    await migrate(backUrl);
    const back = await openDatabase(backUrl);
    open.push(back);
    await importGraph(back.prisma, parseExport(fromPg));
    expect(await exportText(back.prisma)).toBe(fromLite);
  }, 180_000);
});

// Every entity type and field, independent of what the extractor finds today: documents built by
// hand and stored through the same storeExtracted the ingestion uses.
function handDocument(n: number, date: string, title: string): { text: string; doc: ExtractedDocument } {
  const body = [
    `Minister of Trade Nguyễn Văn An received Ambassador Kim Min-su of the Republic of Korea in Hanoi.`,
    `An suggested that Kim help the Korea Trade Agency expand trade and energy projects (${n}).`,
    `Kim called on Vietnam to open its market.`,
    `The Ministry of Trade (MoT) and the Korea Trade Agency signed a MoU on trade.`,
    `They aim to lift two-way trade to US$15 billion by 2030.`,
  ];
  const text = ` date ${date} ${title}\n${body.join(" ")}\n`;
  const sentences = body.map((s) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s }));
  const ev = (phrase: string, sentence: number) => {
    const start = text.indexOf(phrase, sentences[sentence].start);
    if (start < 0) throw new Error(phrase);
    return [{ sentence, start, end: start + phrase.length, text: phrase }];
  };
  const an = "Nguyễn Văn An";
  const kim = "Kim Min-su";
  const doc: ExtractedDocument = {
    source: `hand/${n}.txt`,
    document: { date, title, dateline: "Hanoi" },
    sentences,
    officials: [
      { name: an, country: "VN", title: n === 1 ? "Minister of Trade" : "Trade Minister", organization: "Ministry of Trade", aliases: ["An"], evidence: ev(an, 0) },
      { name: kim, country: "KR", title: "Ambassador", organization: null, aliases: ["Kim", "Ambassador Kim"], evidence: [...ev(kim, 0), ...ev("Kim", 1)] },
    ],
    organizations: [
      { name: "Ministry of Trade", acronym: "MoT", country: "VN", evidence: ev("Ministry of Trade", 3) },
      { name: "Korea Trade Agency", acronym: null, country: "KR", evidence: ev("Korea Trade Agency", 1) },
    ],
    countries: [
      { code: "VN", name: "Vietnam" },
      { code: "KR", name: "Republic of Korea" },
    ],
    meetings: [
      { kind: "reception", date: date.slice(0, 7), location: "Hanoi", status: "held", participants: [an, kim], roles: [{ name: an, role: "host" }, { name: kim, role: "guest" }], evidence: ev("received", 0) },
      { kind: "visit", date: null, location: null, status: "planned", participants: [kim], roles: [], evidence: ev("Republic of Korea", 0) },
    ],
    proposals: [
      { speaker: an, addressee: kim, kind: "suggestion", text: "Kim help the Korea Trade Agency expand trade and energy projects", topics: ["trade", "energy"], meeting: 0, evidence: ev("suggested", 1) },
      { speaker: kim, addressee: "Vietnam", kind: "call", text: "Vietnam to open its market", topics: [], meeting: null, evidence: ev("called on", 2) },
    ],
    agreements: [
      { kind: "mou", title: "MoU on trade", status: "signed", parties: ["Ministry of Trade", "Korea Trade Agency", "Vietnam", kim], proposer: an, evidence: ev("MoU on trade", 3) },
    ],
    targets: [{ metric: "two-way trade", value: 15_000_000_000, unit: "USD", deadline: "2030", evidence: ev("US$15 billion", 4) }],
    topics: ["trade", "energy"],
  };
  return { text, doc };
}

describe("export and import of every entity type", () => {
  const open: Database[] = [];
  afterAll(async () => {
    for (const db of open) {
      await db.close();
      await dropDatabase(db.url);
    }
  });

  it("round-trips meetings, participants, proposals, agreements, parties, targets, aliases, positions and topics", async () => {
    const source = await freshDatabase();
    const target = await freshDatabase();
    open.push(source, target);
    // Two reports on the same day giving the official two titles; the first is then stored again
    // by another extractor version, so its position rows get the higher IDs: the current title
    // (latest position, ties broken by row ID) must travel as it is, not be recomputed from the
    // import's row order.
    const one = handDocument(1, "2024-05-02", "First report");
    const two = handDocument(2, "2024-05-02", "Second report");
    await storeExtracted(source.prisma, one.text, one.doc, "hand-1");
    await storeExtracted(source.prisma, two.text, two.doc, "hand-1");
    await storeExtracted(source.prisma, one.text, one.doc, "hand-2");
    const an = await source.prisma.official.findFirstOrThrow({ where: { name: "Nguyễn Văn An" } });
    expect(an.title).toBe("Minister of Trade");

    const text = await exportText(source.prisma);
    const types = text.trimEnd().split("\n").map((l) => JSON.parse(l).type);
    for (const t of ["header", "country", "organization", "official", "topic", "document", "mention", "position", "meeting", "proposal", "agreement", "target"]) {
      expect(types).toContain(t);
    }
    const meeting = text.split("\n").map((l) => l && JSON.parse(l)).find((l) => l && l.type === "meeting" && l.kind === "reception");
    expect(meeting.participants).toEqual([
      { official: "official:an nguyen van@vn", role: "host" },
      { official: "official:kim min su@kr", role: "guest" },
    ]);
    await importGraph(target.prisma, parseExport(text));
    expect(await exportText(target.prisma)).toBe(text);
    expect(await counts(target.prisma)).toEqual(await counts(source.prisma));
    expect((await target.prisma.official.findFirstOrThrow({ where: { name: "Nguyễn Văn An" } })).searchName).toBe(an.searchName);
    const [ms, mt] = await Promise.all(
      [source, target].map((db) => db.prisma.meeting.findMany({ select: { date: true, dateStart: true, dateEnd: true, kind: true }, orderBy: [{ kind: "asc" }, { dateStart: "asc" }] })),
    );
    expect(mt).toEqual(ms);
  });
});
