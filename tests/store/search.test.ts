import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/store/db.ts";
import { countSearch, searchEntities, searchTerms, type SearchKind } from "../../src/store/search.ts";
import type { Reader } from "../../src/store/reader.ts";
import { dropDatabase, freshDatabase, testProvider } from "../helpers/database.ts";

// Rows written directly, so the search index is tested apart from the extractor.
async function build(db: Database) {
  const p = db.prisma;
  const vn = await p.country.create({ data: { code: "VN", name: "Vietnam" } });
  const kr = await p.country.create({ data: { code: "KR", name: "Republic of Korea" } });
  const moit = await p.organization.create({ data: { key: "ministry of industry and trade", name: "Ministry of Industry and Trade", acronym: "MoIT", countryId: vn.id } });
  const dien = await p.official.create({ data: { key: "dien hong nguyen", name: "Nguyễn Hồng Diên", searchName: "nguyen hong dien", countryId: vn.id, title: "Minister of Industry and Trade", organizationId: moit.id } });
  await p.official.create({ data: { key: "ju oh yong", name: "Oh Yong-ju", searchName: "oh yong ju", countryId: kr.id, title: "Ambassador to Vietnam" } });
  await p.official.create({ data: { key: "dang dien van", name: "Đặng Văn Điền", searchName: "dang van dien", countryId: vn.id } });
  const doc = await p.document.create({
    data: { source: "a.txt", contentHash: "h1", date: new Date("2023-06-13"), text: "Minister Dien received the ambassador in Hanoi to discuss semiconductor supply chains.", extractorVersion: "t" },
  });
  await p.proposal.create({ data: { documentId: doc.id, ordinal: 0, kind: "suggestion", text: "boost cooperation in semiconductors and critical minerals", speakerId: dien.id, date: doc.date } });
  await p.agreement.create({ data: { key: "h1/0", documentId: doc.id, ordinal: 0, kind: "mou", title: "MoU on the Vietnam-Korea Center for Essential Mineral Supply", status: "proposed", date: doc.date } });
  await p.meeting.create({ data: { key: "h1/0", documentId: doc.id, ordinal: 0, kind: "reception", status: "held", date: "2023-06-13", location: "Hanoi" } });
  await p.topic.create({ data: { name: "semiconductors" } });
  return { dien, moit };
}

describe("search", () => {
  let db: Database;
  let ids: Awaited<ReturnType<typeof build>>;
  beforeAll(async () => {
    db = await freshDatabase();
    ids = await build(db);
  });
  afterAll(async () => {
    await db.close();
    await dropDatabase(db.url);
  });
  const search = (text: string, opts = {}) => searchEntities(db.prisma, db.provider, text, opts);

  it("finds an official by any part of the name, ignoring accents, case and order", async () => {
    for (const q of ["Nguyen Hong Dien", "nguyễn hồng diên", "dien nguyen", "HONG"]) {
      const [top] = await search(q);
      expect(top, q).toEqual({ kind: "Official", id: ids.dien.id, match: "words" });
    }
  });

  it("folds đ like other accents", async () => {
    const hits = await search("Dang Van Dien");
    expect(hits[0]?.kind).toBe("Official");
    expect((await db.prisma.official.findUnique({ where: { id: hits[0].id } }))?.name).toBe("Đặng Văn Điền");
  });

  it("matches word prefixes and ranks names before events and documents", async () => {
    const hits = await search("semiconductor");
    expect(hits.map((h) => h.kind)).toEqual(["Topic", "Proposal", "Document"]);
    expect(await countSearch(db.prisma, db.provider, "semiconductor")).toBe(3);
  });

  it("brings each hit's row with it for one kind, in the same order as without", async () => {
    const cases: [string, SearchKind, string][] = [
      ["dien", "Official", "t.*"],
      ["Hanoi", "Meeting", "t.*"], // a kind with a column named like the hit's own
      ["semiconductor", "Document", 't."id", t."title"'],
      ["Nguyen Hong Dein", "Official", "t.*"], // PostgreSQL's similar-name pass
    ];
    for (const [text, kind, rows] of cases) {
      const plain = await search(text, { kinds: [kind] });
      const withRows = await search(text, { kinds: [kind], rows });
      if (text !== "Nguyen Hong Dein" || db.provider === "postgresql") expect(plain.length, text).toBeGreaterThan(0);
      expect(withRows.map(({ row: _, ...hit }) => hit), text).toEqual(plain);
      expect(withRows.map((h) => h.row?.id), text).toEqual(plain.map((h) => h.id));
    }
    const [meeting] = await search("Hanoi", { kinds: ["Meeting"], rows: "t.*" });
    expect(meeting).toMatchObject({ kind: "Meeting", row: { kind: "reception", location: "Hanoi" } });
    // More than one kind: hits only, as before.
    expect((await search("semiconductor", { kinds: ["Topic", "Document"], rows: "t.*" })).every((h) => h.row === undefined)).toBe(true);
  });

  it("finds organisations by acronym and restricts by kind", async () => {
    expect(await search("moit", { kinds: ["Organization"] })).toEqual([{ kind: "Organization", id: ids.moit.id, match: "words" }]);
    expect((await search("mineral", { kinds: ["Agreement"] })).map((h) => h.kind)).toEqual(["Agreement"]);
  });

  it("matches words of the text, never the kind names the index files entities under", async () => {
    expect(await search("proposal")).toEqual([]);
    expect(await search("official document")).toEqual([]);
  });

  it("pages with first and offset", async () => {
    const all = await search("semiconductor");
    expect(await search("semiconductor", { first: 1, offset: 1 })).toEqual(all.slice(1, 2));
  });

  it("counts exactly the hits it pages through, misspelt names included (PostgreSQL finds them by similarity)", async () => {
    const count = (text: string) => countSearch(db.prisma, db.provider, text);
    for (const q of ["Nguyen Hong Dein", "Ministry of Industy", "semiconductor", "dien", "Hanoi", "zzzz"]) {
      const all = await search(q, { first: 100 });
      expect(await count(q), q).toBe(all.length);
      const paged = [];
      for (let offset = 0; ; offset += 1) {
        const one = await search(q, { first: 1, offset });
        if (!one.length) break;
        paged.push(...one);
      }
      expect(paged, q).toEqual(all);
    }
    const typo = await search("Nguyen Hong Dein");
    if (db.provider === "postgresql") expect(typo).toEqual([{ kind: "Official", id: ids.dien.id, match: "similar" }]);
    else expect(typo).toEqual([]);
  });

  it("reads no document while names, events and proposals fill the page, and pages on into the documents", async () => {
    // A common word prefix matches nearly every document, and ranking them reads every matching text.
    const seen: { sql: string; params: readonly unknown[] }[] = [];
    const source = { rows: (sql: string, params: readonly any[] = []) => (seen.push({ sql, params }), db.read.rows(sql, params)) } as Reader;
    const readsDocuments = () => seen.some(({ sql, params }) => /FROM "Document"/.test(sql) || params.some((p) => typeof p === "string" && /\bDocument\b/.test(p)));
    const first = await searchEntities(source, db.provider, "dien", { first: 1 });
    const all = await search("dien", { first: 100 });
    expect(first).toEqual(all.slice(0, 1));
    expect(readsDocuments()).toBe(false);
    expect(all.map((h) => h.kind)).toEqual(["Official", "Official", "Document"]);
    seen.length = 0;
    expect(await searchEntities(source, db.provider, "dien", { first: 5, offset: 1 })).toEqual(all.slice(1));
    expect(readsDocuments()).toBe(true);
    // One kind: one statement, as before, past the end too.
    seen.length = 0;
    expect(await searchEntities(source, db.provider, "dien", { kinds: ["Official"], offset: 5 })).toEqual([]);
    expect(seen).toHaveLength(1);
  });

  it("treats query syntax and SQL as plain words", async () => {
    for (const q of [`"`, `dien" OR "x`, "NEAR(a b)", "'; DROP TABLE \"Official\"; --", "a:* & !b", "*", "(", ""]) {
      await expect(search(q), q).resolves.toBeInstanceOf(Array);
    }
    expect(await db.prisma.official.count()).toBe(3);
    expect(searchTerms("x'); DROP--")).toEqual(["x", "drop"]);
  });

  it("keeps the index in step with updates and deletes", async () => {
    await db.prisma.official.update({ where: { id: ids.dien.id }, data: { title: "Chairman of the Central Economic Commission" } });
    expect((await search("economic commission", { kinds: ["Official"] })).map((h) => h.id)).toEqual([ids.dien.id]);
    const temp = await db.prisma.official.create({ data: { key: "zz", name: "Zebulon Quux", searchName: "zebulon quux" } });
    expect(await search("zebulon")).toHaveLength(1);
    await db.prisma.official.delete({ where: { id: temp.id } });
    expect(await search("zebulon")).toHaveLength(0);
    // The writers set an official's name with its other columns: an unchanged name stays found.
    const row = await db.prisma.official.findUniqueOrThrow({ where: { id: ids.dien.id } });
    await db.prisma.official.update({ where: { id: row.id }, data: { name: row.name, title: row.title, organizationId: null } });
    expect((await search("economic commission", { kinds: ["Official"] })).map((h) => h.id)).toEqual([row.id]);
  });

  it("indexes names apart from the long texts on SQLite, so a name search reads no document's terms", async () => {
    if (db.provider !== "sqlite") return;
    const count = async (table: string, kind: string) =>
      Number((await db.prisma.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM "${table}" WHERE "${table}" MATCH ?`, `"kind" : ${kind}`))[0]!.n);
    expect(await count("search_fts", "Official")).toBe(0);
    expect(await count("search_fts_names", "Official")).toBe(await db.prisma.official.count());
    expect(await count("search_fts_names", "Document")).toBe(0);
    expect(await count("search_fts", "Document")).toBe(await db.prisma.document.count());
  });

  it("keeps no copy of the texts on SQLite, and ranks each kind's hits by the length of its text", async () => {
    if (db.provider !== "sqlite") return;
    const tables = await db.prisma.$queryRawUnsafe<{ name: string }[]>(`SELECT name FROM sqlite_schema WHERE name LIKE 'search_fts%' ORDER BY name`);
    expect(tables.map((t) => t.name)).not.toContain("search_fts_content");
    const doc = await db.prisma.document.findFirstOrThrow();
    const longer = await db.prisma.document.create({ data: { source: "b.txt", contentHash: "h2", date: doc.date, text: `${doc.text} And more on semiconductor supply.`, extractorVersion: "t" } });
    const shorter = await db.prisma.document.create({ data: { source: "c.txt", contentHash: "h3", date: doc.date, text: "Semiconductor talks.", extractorVersion: "t" } });
    expect((await search("semiconductor", { kinds: ["Document"] })).map((h) => h.id)).toEqual([shorter.id, doc.id, longer.id]);
    await db.prisma.document.deleteMany({ where: { id: { in: [longer.id, shorter.id] } } });
  });
});

describe.skipIf(testProvider !== "postgresql")("search's count where every document matches (PostgreSQL)", () => {
  let db: Database;
  beforeAll(async () => {
    db = await freshDatabase();
    const texts = Array.from({ length: 400 }, (_, i) => ({ source: `d${i}.txt`, contentHash: `h${i}`, date: new Date("2023-06-13"), text: `Hanoi hosted talks number ${i}. ${"The two sides discussed trade and investment. ".repeat(20)}`, extractorVersion: "t" }));
    await db.prisma.document.createMany({ data: texts });
    await db.prisma.official.create({ data: { key: "ha", name: "Ha Kim Ngoc", searchName: "ha kim ngoc" } });
    await db.prisma.$executeRawUnsafe('ANALYZE "Document"');
  });
  afterAll(async () => {
    await db.close();
    await dropDatabase(db.url);
  });

  it("counts through the text-search index: no scan of the documents building each one's tsvector, the same number", async () => {
    // The planner, told every document matches, prices a scan of the table below the index; that scan builds
    // every document's tsvector (46–56 s for a common prefix at 100,000 documents).
    const plans: string[] = [];
    const explain = async (run: (sql: string, params: readonly any[]) => Promise<any[]>, sql: string, params: readonly any[]) => {
      plans.push(JSON.stringify(await run(`EXPLAIN (FORMAT JSON) ${sql}`, params)));
      return run(sql, params);
    };
    const source = {
      rows: (sql: string, params: readonly any[] = []) => explain((s, p) => db.read.rows(s, p), sql, params),
      ...(db.read.indexedRows ? { indexedRows: (sql: string, params: readonly any[] = []) => explain((s, p) => db.read.indexedRows!(s, p), sql, params) } : {}),
    } as Reader;
    for (const [kinds, expected] of [[undefined, 401], [["Document"], 400]] as [SearchKind[] | undefined, number][]) {
      plans.length = 0;
      expect(await countSearch(source, db.provider, "ha", { kinds }), String(kinds)).toBe(expected);
      expect(plans.length).toBeGreaterThan(0);
      for (const plan of plans) expect(plan).not.toMatch(/"Node Type":\s*"Seq Scan"[^}]*"Relation Name":\s*"Document"/);
    }
  });
});
