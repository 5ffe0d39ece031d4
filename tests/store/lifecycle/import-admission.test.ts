// Import trusts nothing (issue #17 item 7): every document line is admitted by the same rules as
// ingest (hash, evidence spans, dates, size, language, HTML, NUL), and one bad line writes nothing.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importCommand } from "../../../src/commands/import.ts";
import type { Database } from "../../../src/store/db.ts";
import { contentHash, ingestText } from "../../../src/store/ingest.ts";
import { ImportFormatError, importGraph, parseExport } from "../../../src/store/import.ts";
import { dropDatabase, freshDatabase } from "../../helpers/database.ts";
import { corpusDocs, counts, exportText } from "./fixtures.ts";

const docs = corpusDocs(1); // the two seeds and one synthetic report
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "diplograph-admission-"));

/** `text` with `s` inserted after its first 60 characters. */
const insert = (text: string, s: string) => text.slice(0, 60) + s + text.slice(60);

type Json = Record<string, unknown> & { type: string };

/** The problems parseExport lists for `text` (none: []). */
function problems(text: string): string[] {
  try {
    parseExport(text);
    return [];
  } catch (e) {
    if (!(e instanceof ImportFormatError)) throw e;
    return e.errors;
  }
}

describe("import admits every document like ingest", () => {
  let source: Database;
  let lines: Json[];
  const open: Database[] = [];
  const fresh = async () => {
    const db = await freshDatabase();
    open.push(db);
    return db;
  };
  const text = (ls: Json[]) => ls.map((l) => JSON.stringify(l)).join("\n") + "\n";
  // Indexes (0-based) of the first document line and of the first mention line with evidence.
  const firstDocument = () => lines.findIndex((l) => l.type === "document");
  const evidencedMention = () => lines.findIndex((l) => l.type === "mention" && (l.evidence as unknown[]).length > 0);
  /** The lines with document `i` (0-based index into lines) given new text and a matching hash. */
  const withText = (i: number, newText: string): Json[] => {
    const copy = lines.map((l) => structuredClone(l));
    const oldId = copy[i].id;
    const hash = contentHash(newText);
    copy[i] = { ...copy[i], text: newText, contentHash: hash, id: `document:${hash}` };
    for (const l of copy) if (l.document === oldId) l.document = `document:${hash}`;
    return copy;
  };

  beforeAll(async () => {
    source = await fresh();
    await ingestText(source.prisma, docs[0]);
    await ingestText(source.prisma, docs[1]);
    await ingestText(source.prisma, { ...docs[2], provenance: { url: "https://example.org/news/3", outlet: "Example News", fetchedAt: new Date("2024-01-02T03:04:05.000Z") } });
    lines = (await exportText(source.prisma))
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l) as Json);
  }, 120_000);
  afterAll(async () => {
    for (const db of open) {
      await db.close();
      await dropDatabase(db.url);
    }
  });

  it("the untouched export is admitted", () => {
    expect(problems(text(lines))).toEqual([]);
  });

  it("a text that does not match its content hash is refused, and the original then ingests as new", async () => {
    const i = firstDocument();
    const tampered = lines.map((l, n) => (n === i ? { ...l, text: `${l.text} One sentence more.` } : l));
    expect(problems(text(tampered))).toEqual([expect.stringMatching(new RegExp(`^line ${i + 1}: document.contentHash does not match the text`))]);
    const other = await fresh();
    const original = docs.find((d) => contentHash(d.text) === lines[i].contentHash)!;
    expect((await ingestText(other.prisma, original)).status).toBe("created");
  });

  it("a document id that is not its content hash is refused", () => {
    const i = firstDocument();
    const bad = lines.map((l, n) => (n === i ? { ...l, id: `document:${"0".repeat(64)}` } : l));
    expect(problems(text(bad))).toContainEqual(expect.stringMatching(new RegExp(`^line ${i + 1}: document.id must be "document:${lines[i].contentHash}"`)));
  });

  it("evidence outside the text, or not the text it quotes, is refused with its line", () => {
    const m = evidencedMention();
    const doc = lines.find((l) => l.id === lines[m].document)!;
    const len = (doc.text as string).length;
    const outside = lines.map((l, n) => (n === m ? { ...l, evidence: [{ sentence: 0, start: len + 5, end: len + 12, text: "Beijing" }] } : l));
    expect(problems(text(outside))).toEqual([`line ${m + 1}: mention.evidence [0] spans ${len + 5}-${len + 12}, outside the document's text (${len} characters)`]);
    const e = (lines[m].evidence as { sentence: number; start: number; end: number; text: string }[])[0];
    const misquoted = lines.map((l, n) => (n === m ? { ...l, evidence: [{ ...e, text: "Someone Else" }] } : l));
    expect(problems(text(misquoted))).toEqual([
      `line ${m + 1}: mention.evidence [0] quotes "Someone Else", but the text at ${e.start}-${e.end} is ${JSON.stringify((doc.text as string).slice(e.start, e.end))}`,
    ]);
    const backwards = lines.map((l, n) => (n === m ? { ...l, evidence: [{ ...e, start: e.end, end: e.start }] } : l));
    expect(problems(text(backwards))[0]).toMatch(new RegExp(`^line ${m + 1}: mention.evidence \\[0\\] spans`));
  });

  it("a 2099 date, and a date that disagrees with the text's date header, are refused", () => {
    const i = firstDocument();
    const future = lines.map((l, n) => (n === i ? { ...l, date: "2099-01-01T00:00:00.000Z" } : l));
    expect(problems(text(future))).toContainEqual(expect.stringMatching(new RegExp(`^line ${i + 1}: document.date 2099-01-01 is in the future`)));
    const header = /date (\d{4}-\d{2}-\d{2})/.exec(lines[i].text as string)![1];
    const other = lines.map((l, n) => (n === i ? { ...l, date: "2001-02-03T00:00:00.000Z" } : l));
    expect(problems(text(other))).toEqual([`line ${i + 1}: document.date 2001-02-03 differs from the text's date header ${header}`]);
  });

  it("HTML, oversize, NUL, broken Unicode and non-English text are refused with ingest's reasons, even with a matching hash", () => {
    const i = firstDocument();
    const body = lines[i].text as string;
    const date = (lines[i].date as string).slice(0, 10);
    const html = `<!doctype html><html><body><p>${body}</p></body></html>`;
    const cases: [string, RegExp][] = [
      [html, /an HTML page, not a plain-text report/],
      [body + " more".repeat(210_000), /document is \d+ bytes, over the limit of 1048576 bytes/],
      [insert(body, "\u0000"), /binary content \(NUL characters\)/],
      [insert(body, "\uD800"), /broken Unicode/],
      [` date ${date} Tin tức\nBộ trưởng Công Thương đã tiếp Đại sứ Hàn Quốc tại Hà Nội để bàn về hợp tác thương mại và năng lượng giữa hai nước trong thời gian tới, theo báo cáo của bộ.\n`, /not English/],
    ];
    for (const [newText, reason] of cases) {
      const found = problems(text(withText(i, newText)));
      expect(found[0]).toMatch(new RegExp(`^line ${i + 1}: document refused: ${reason.source}`));
    }
  });

  it("a NUL character in any field is refused (PostgreSQL cannot store it, SQLite would)", () => {
    const official = lines.findIndex((l) => l.type === "official");
    const bad = lines.map((l, n) => (n === official ? { ...l, name: `${l.name}\u0000` } : l));
    expect(problems(text(bad))).toEqual([`line ${official + 1}: official.name contains a NUL character`]);
  });

  it("every bad line is listed, and nothing at all is written, through importGraph's caller and the CLI command", async () => {
    const docLines = lines.map((l, n) => (l.type === "document" ? n : -1)).filter((n) => n >= 0);
    expect(docLines.length).toBe(docs.length);
    const last = docLines[docLines.length - 1];
    // The first document is fine and the last is bad: the first must not be written either.
    const bad = withText(last, insert(lines[last].text as string, "\u0000"));
    const tamperedHash = bad.map((l, n) => (n === docLines[1] ? { ...l, text: `${l.text} extra` } : l));
    const file = path.join(tmp, "bad.jsonl");
    fs.writeFileSync(file, text(tamperedHash));
    const found = problems(text(tamperedHash));
    expect(found.map((p) => Number(/^line (\d+):/.exec(p)![1]))).toEqual(expect.arrayContaining([docLines[1] + 1, last + 1]));

    const target = await fresh();
    const out: string[] = [];
    const err: string[] = [];
    const code = await importCommand(target.prisma, file, { out: (l) => out.push(l), err: (l) => err.push(l), progress: { step: () => {}, done: () => {} } as never });
    expect(code).toBe(1);
    expect(err[0]).toMatch(/nothing written, the file has 2 problems/);
    expect(err.join("\n")).toContain(`line ${docLines[1] + 1}: document.contentHash does not match the text`);
    expect(err.join("\n")).toContain(`line ${last + 1}: document refused: binary content (NUL characters)`);
    expect(await counts(target.prisma)).toMatchObject({ documents: 0, officials: 0, organizations: 0, countries: 0, evidence: 0 });
    expect(await target.prisma.topic.count()).toBe(0);
  });

  it("carries url, outlet and fetchedAt through export and import", async () => {
    const withProvenance = lines.filter((l) => l.type === "document" && l.url !== null);
    expect(withProvenance).toEqual([expect.objectContaining({ url: "https://example.org/news/3", outlet: "Example News", fetchedAt: "2024-01-02T03:04:05.000Z" })]);
    expect(lines.filter((l) => l.type === "document" && l.url === null && l.outlet === null && l.fetchedAt === null)).toHaveLength(docs.length - 1);
    const target = await fresh();
    await importGraph(target.prisma, parseExport(text(lines)));
    const row = await target.prisma.document.findUniqueOrThrow({ where: { contentHash: withProvenance[0].contentHash as string } });
    expect({ url: row.url, outlet: row.outlet, fetchedAt: row.fetchedAt }).toEqual({ url: "https://example.org/news/3", outlet: "Example News", fetchedAt: new Date("2024-01-02T03:04:05.000Z") });
    expect(await exportText(target.prisma)).toBe(await exportText(source.prisma));
  });

  it("an older export without provenance fields still imports; a bad fetchedAt is refused", async () => {
    const older = lines.map((l) => {
      if (l.type !== "document") return l;
      const { url: _u, outlet: _o, fetchedAt: _f, ...rest } = l;
      return rest as Json;
    });
    const target = await fresh();
    const summary = await importGraph(target.prisma, parseExport(text(older)));
    expect(summary.documents.created).toBe(docs.length);
    expect(await target.prisma.document.count({ where: { url: null, outlet: null, fetchedAt: null } })).toBe(docs.length);
    // The same content by the same extractor version is left alone, provenance included.
    await importGraph(target.prisma, parseExport(text(lines)));
    expect(await target.prisma.document.count({ where: { url: { not: null } } })).toBe(0);

    const i = lines.findIndex((l) => l.type === "document" && l.url !== null);
    const badDate = lines.map((l, n) => (n === i ? { ...l, fetchedAt: "yesterday" } : l));
    expect(problems(text(badDate))).toEqual([`line ${i + 1}: document.fetchedAt must be an ISO date`]);
    const badUrl = lines.map((l, n) => (n === i ? { ...l, url: 42 } : l));
    // (A document line with a bad field is dropped, so its facts are reported after it.)
    expect(problems(text(badUrl))[0]).toBe(`line ${i + 1}: document.url must be a string or null when given`);
  });
});
