// The same reports in any order give the same graph: an official's name, country, title and
// organisation follow rules on the reports' content and dates, never on which arrived last.
import fs from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { extract } from "../../../src/extraction/index.ts";
import { importGraph, parseExport } from "../../../src/store/import.ts";
import { ingestText, storeExtracted } from "../../../src/store/ingest.ts";
import { MAX_TITLE_LENGTH } from "../../../src/store/nodes/limits.ts";
import { databasesForTests } from "../../helpers/database.ts";
import { exportText } from "../../helpers/export.ts";

const DIR = path.resolve("tests/store/nodes/fixtures/order");
// a: 2023-05-02, Nguyen Hong Dien, VN, Minister of Industry and Trade
// b: 2023-06-10, Nguyễn Hồng Diên, VN, Deputy Prime Minister
// c: 2023-06-10, Nguyen Hong Dien, VN, Minister of Industry and Trade
// d: 2023-04-01, Nguyen Hong Dien, KH, Minister of Commerce: a namesake in another country, so
//    another official (nodes/identity.ts)
const files = ["a.txt", "b.txt", "c.txt", "d.txt"];
const ORDERS = [files, [...files].reverse(), ["c.txt", "a.txt", "d.txt", "b.txt"], ["d.txt", "b.txt", "c.txt", "a.txt"]];

const open = databasesForTests();

describe("officials do not depend on ingest order", () => {
  // Ingest times are stored and exported; one fixed clock makes runs comparable byte for byte.
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-01-01T00:00:00Z"));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("gives byte-identical exports for four orders of the same reports", async () => {
    const exports: string[] = [];
    for (const order of ORDERS) {
      const db = await open();
      for (const f of order) await ingestText(db.prisma, { text: fs.readFileSync(path.join(DIR, f), "utf8"), source: `order/${f}` });
      exports.push(await exportText(db.prisma));
      const namesakes = await db.prisma.official.findMany({ where: { searchName: "nguyen hong dien" }, include: { country: true }, orderBy: { key: "asc" } });
      // The Vietnamese minister: the accented spelling and the title of the most recent reports
      // (2023-06-10, two reports that day: titles in code-point order). The Cambodian namesake of
      // the oldest report is another official.
      expect(namesakes.map((o) => [o.key, o.name, o.country?.code, o.title])).toEqual([
        ["dien hong nguyen@kh", "Nguyen Hong Dien", "KH", "Minister of Commerce"],
        ["dien hong nguyen@vn", "Nguyễn Hồng Diên", "VN", "Deputy Prime Minister"],
      ]);
    }
    expect(exports[0]).toContain('"type":"official"');
    for (const e of exports.slice(1)) expect(e).toBe(exports[0]);
  });

  it("gives the same answer after deleting the newest reports, whatever was ingested last", async () => {
    const db = await open();
    for (const f of ["b.txt", "c.txt", "a.txt", "d.txt"]) await ingestText(db.prisma, { text: fs.readFileSync(path.join(DIR, f), "utf8"), source: `order/${f}` });
    for (const f of ["b.txt", "c.txt"]) {
      const doc = await db.prisma.document.findUniqueOrThrow({ where: { source: `order/${f}` } });
      const { deleteDocument } = await import("../../../src/store/ingest.ts");
      await deleteDocument(db.prisma, doc.id);
    }
    const dien = await db.prisma.official.findFirstOrThrow({ where: { searchName: "nguyen hong dien", country: { code: "VN" } }, include: { country: true } });
    // Now a (2023-05-02) is the newest report: its plain spelling, country and title.
    expect([dien.name, dien.country?.code, dien.title]).toEqual(["Nguyen Hong Dien", "VN", "Minister of Industry and Trade"]);
  });

  it("survives export and import with the same export", async () => {
    const db = await open();
    for (const f of files) await ingestText(db.prisma, { text: fs.readFileSync(path.join(DIR, f), "utf8"), source: `order/${f}` });
    const first = await exportText(db.prisma);
    const copy = await open();
    await importGraph(copy.prisma, parseExport(first));
    expect(await exportText(copy.prisma)).toBe(first);
  });
});

describe("length rules", () => {
  it(`drops a title longer than ${MAX_TITLE_LENGTH} characters and keeps the official`, async () => {
    const db = await open();
    const text = fs.readFileSync(path.join(DIR, "a.txt"), "utf8");
    const doc = extract(text, { source: "order/long.txt" });
    const dien = doc.officials.find((o) => o.name === "Nguyen Hong Dien")!;
    dien.title = "Minister of Industry and Trade ".repeat(20).trim();
    expect(dien.title.length).toBeGreaterThan(MAX_TITLE_LENGTH);
    await storeExtracted(db.prisma, text, doc);
    const row = await db.prisma.official.findFirstOrThrow({ where: { name: "Nguyen Hong Dien" }, include: { positions: true } });
    expect(row.title).toBeNull();
    expect(row.positions).toEqual([]);
    expect(await db.prisma.official.count({ where: { name: "Yamada Takio" } })).toBe(1);
  });
});
