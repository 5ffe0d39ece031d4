// Officials are identified by name and country, a mention without a country joins the single
// official of its name, and a nickname tied to a person in one report names that person in the
// others: in every order of the reports, with the same export byte for byte (nodes/identity.ts).
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { extract } from "../../../src/extraction/index.ts";
import type { ExtractedDocument } from "../../../src/extraction/types.ts";
import type { Database } from "../../../src/store/db.ts";
import { importGraph, parseExport } from "../../../src/store/import.ts";
import { deleteDocument, storeExtracted } from "../../../src/store/ingest.ts";
import { nicknameKey } from "../../../src/store/nodes/identity.ts";
import { databasesForTests } from "../../helpers/database.ts";
import { exportText } from "../../helpers/export.ts";

interface Report {
  source: string;
  text: string;
  /** Changes to what the extractor read, standing for what the text ties (a nickname, no country). */
  patch?: (doc: ExtractedDocument) => void;
}

const official = (doc: ExtractedDocument, name: string) => doc.officials.find((o) => o.name === name)!;

// Two ministers named Nguyen Hong Dien, and a report that does not say which country its Dien serves.
const VN: Report = { source: "id/vn.txt", text: ` date 2023-05-02\n\nVietnamese Minister of Industry and Trade Nguyen Hong Dien received Australian Ambassador Justin Whyatt in Hanoi on May 2.` };
const KH: Report = { source: "id/kh.txt", text: ` date 2023-04-01\n\nCambodian Minister of Commerce Nguyen Hong Dien received Australian Ambassador Justin Whyatt in Phnom Penh on April 1.` };
const NONE: Report = {
  source: "id/none.txt",
  text: ` date 2023-06-03\n\nMinister Nguyen Hong Dien held talks with Australian Ambassador Justin Whyatt on June 3.`,
  patch: (doc) => void (official(doc, "Nguyen Hong Dien").country = null),
};
// "Joko Widodo, popularly known as Jokowi" in one report; only "Jokowi" in the other. (The
// extractor does not read that nickname yet: the contract says it is an alias, which the patch adds.)
const JOKO: Report = {
  source: "id/joko.txt",
  text: ` date 2024-03-01\n\nIndonesian President Joko Widodo, popularly known as Jokowi, received Vietnamese Prime Minister Pham Minh Chinh in Jakarta on March 1.`,
  patch: (doc) => void official(doc, "Joko Widodo").aliases.push("Jokowi"),
};
const JOKOWI: Report = { source: "id/jokowi.txt", text: ` date 2024-04-02\n\nPresident Jokowi held talks with Prime Minister Pham Minh Chinh in Hanoi on April 2.` };

const open = databasesForTests();

async function store(db: Database, r: Report): Promise<void> {
  const doc = extract(r.text, { source: r.source });
  r.patch?.(doc);
  await storeExtracted(db.prisma, r.text, doc);
}

async function remove(db: Database, r: Report): Promise<void> {
  const { id } = await db.prisma.document.findUniqueOrThrow({ where: { source: r.source } });
  await deleteDocument(db.prisma, id);
}

/** Each official of a name key with the sources of the reports that name it. */
async function identities(db: Database, nameKey: string): Promise<[string, string | null, string[]][]> {
  const rows = await db.prisma.official.findMany({
    where: { nameKey },
    orderBy: { key: "asc" },
    include: { country: true, mentions: { include: { document: { select: { source: true } } } } },
  });
  return rows.map((o) => [o.key, o.country?.code ?? null, o.mentions.map((m) => m.document.source).sort()]);
}

/** Who took part in each meeting, by official key, by the source of its first report. */
async function meetings(db: Database): Promise<Record<string, string[]>> {
  const rows = await db.prisma.meeting.findMany({ include: { document: true, participants: { include: { official: true } } } });
  return Object.fromEntries(rows.map((m) => [m.document.source, m.participants.map((p) => p.official.key).sort()]));
}

function permutations<T>(xs: T[]): T[][] {
  if (xs.length <= 1) return [xs];
  return xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p]));
}

const DIEN = "dien hong nguyen";

describe("officials by name and country", () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-01-01T00:00:00Z"));
  });
  afterEach(() => vi.useRealTimers());

  it("keeps namesakes of two countries apart, and a report without a country with neither, in all six orders", async () => {
    const exports: string[] = [];
    for (const order of permutations([VN, KH, NONE])) {
      const db = await open();
      for (const r of order) await store(db, r);
      expect(await identities(db, DIEN)).toEqual([
        [DIEN, null, ["id/none.txt"]],
        [`${DIEN}@kh`, "KH", ["id/kh.txt"]],
        [`${DIEN}@vn`, "VN", ["id/vn.txt"]],
      ]);
      expect(await meetings(db)).toEqual({
        "id/kh.txt": [`${DIEN}@kh`, "justin whyatt@au"],
        "id/none.txt": [DIEN, "justin whyatt@au"],
        "id/vn.txt": [`${DIEN}@vn`, "justin whyatt@au"],
      });
      exports.push(await exportText(db.prisma));
    }
    for (const e of exports.slice(1)) expect(e).toBe(exports[0]);
  });

  it("joins a report without a country to the single official of its name, and moves it when a namesake appears or goes", async () => {
    for (const order of [[VN, NONE], [NONE, VN]]) {
      const db = await open();
      for (const r of order) await store(db, r);
      expect(await identities(db, DIEN)).toEqual([[`${DIEN}@vn`, "VN", ["id/none.txt", "id/vn.txt"]]]);
      // The talks of the country-less report are the Vietnamese minister's.
      expect((await meetings(db))["id/none.txt"]).toEqual([`${DIEN}@vn`, "justin whyatt@au"]);

      await store(db, KH);
      expect(await identities(db, DIEN)).toEqual([
        [DIEN, null, ["id/none.txt"]],
        [`${DIEN}@kh`, "KH", ["id/kh.txt"]],
        [`${DIEN}@vn`, "VN", ["id/vn.txt"]],
      ]);
      // Everything the report says of its Dien went with the mention: position, evidence, meeting.
      const none = await db.prisma.official.findUniqueOrThrow({ where: { key: DIEN }, include: { positions: true, evidence: true, mentionedIn: true } });
      expect([none.positions.length, none.evidence.length > 0, none.mentionedIn.length, none.title]).toEqual([1, true, 1, "Minister"]);
      expect((await meetings(db))["id/none.txt"]).toEqual([DIEN, "justin whyatt@au"]);

      await remove(db, KH);
      expect(await identities(db, DIEN)).toEqual([[`${DIEN}@vn`, "VN", ["id/none.txt", "id/vn.txt"]]]);
      expect((await meetings(db))["id/none.txt"]).toEqual([`${DIEN}@vn`, "justin whyatt@au"]);
    }
  });

  it("re-resolves when a report is extracted again with a country", async () => {
    const db = await open();
    for (const r of [VN, KH, NONE]) await store(db, r);
    // The same source, changed: now the report says its Dien is Cambodian.
    await store(db, { source: NONE.source, text: NONE.text.replace("Minister", "Cambodian Minister") });
    expect(await identities(db, DIEN)).toEqual([
      [`${DIEN}@kh`, "KH", ["id/kh.txt", "id/none.txt"]],
      [`${DIEN}@vn`, "VN", ["id/vn.txt"]],
    ]);
  });

  it("survives export and import with the same export", async () => {
    const db = await open();
    for (const r of [VN, NONE, KH, JOKO, JOKOWI]) await store(db, r);
    const first = await exportText(db.prisma);
    const copy = await open();
    await importGraph(copy.prisma, parseExport(first));
    expect(await exportText(copy.prisma)).toBe(first);
  });
});

describe("nicknames across documents", () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-01-01T00:00:00Z"));
  });
  afterEach(() => vi.useRealTimers());

  it("tells a nickname from a short form of the name", () => {
    expect(nicknameKey("Jokowi", "Joko Widodo")).toBe("jokowi");
    expect(nicknameKey("Dien", "Nguyen Hong Dien")).toBeNull();
    expect(nicknameKey("Xuan Phuc", "Nguyen Xuan Phuc")).toBeNull();
  });

  it("resolves a report that only says Jokowi to Joko Widodo, in both orders", async () => {
    const exports: string[] = [];
    for (const order of [[JOKO, JOKOWI], [JOKOWI, JOKO]]) {
      const db = await open();
      for (const r of order) await store(db, r);
      expect(await identities(db, "joko widodo")).toEqual([["joko widodo@id", "ID", ["id/joko.txt", "id/jokowi.txt"]]]);
      expect(await db.prisma.official.count({ where: { nameKey: "jokowi" } })).toBe(0);
      expect((await meetings(db))["id/joko.txt"]).toEqual(["chinh minh pham@vn", "joko widodo@id"]);
      exports.push(await exportText(db.prisma));

      // Without the report that ties the nickname, Jokowi is a name of its own again.
      await remove(db, JOKO);
      expect(await identities(db, "jokowi")).toEqual([["jokowi", null, ["id/jokowi.txt"]]]);
      expect(await identities(db, "joko widodo")).toEqual([]);
    }
    expect(exports[1]).toBe(exports[0]);
  });

  it("resolves no nickname two reports tie to two different people", async () => {
    const db = await open();
    const other: Report = {
      source: "id/other.txt",
      text: ` date 2024-05-01\n\nIndonesian Minister Budi Gunadi Sadikin, known as Jokowi, met Prime Minister Pham Minh Chinh in Jakarta on May 1.`,
      patch: (doc) => void official(doc, "Budi Gunadi Sadikin").aliases.push("Jokowi"),
    };
    for (const r of [JOKO, other, JOKOWI]) await store(db, r);
    expect(await identities(db, "jokowi")).toEqual([["jokowi", null, ["id/jokowi.txt"]]]);
  });
});

describe("country identifiers", () => {
  it("gives countries made by ingest their alpha-3 code and Wikidata ID", async () => {
    const db = await open();
    await store(db, VN);
    const rows = await db.prisma.country.findMany({ orderBy: { code: "asc" } });
    expect(rows.map((c) => [c.code, c.alpha3, c.wikidataId])).toEqual([
      ["AU", "AUS", "Q408"],
      ["VN", "VNM", "Q881"],
    ]);
  });
});
