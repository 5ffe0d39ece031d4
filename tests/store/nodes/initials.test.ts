// A name written with an initial in one report ("P. Goyal", India) and in full in another
// ("Pavan Goyal", no country; a name office-holders.json does not hold, so the text alone tells)
// is one official; another initial, or a second full name the initial could stand for, or two
// countries, keep them apart (nodes/identity.ts).
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { extract } from "../../../src/extraction/index.ts";
import type { Database } from "../../../src/store/db.ts";
import { deleteDocument, storeExtracted } from "../../../src/store/ingest.ts";
import { abbreviates } from "../../../src/store/nodes/identity.ts";
import { databasesForTests } from "../../helpers/database.ts";
import { exportText } from "../../helpers/export.ts";

interface Report {
  source: string;
  text: string;
  country?: [string, string | null];
}

const INITIAL: Report = {
  source: "in/initial.txt",
  text: ` date 2024-05-02\n\nIndian Commerce Minister P. Goyal met Vietnamese Minister of Industry and Trade Nguyen Hong Dien in Hanoi on May 2.`,
};
const FULL: Report = {
  source: "in/full.txt",
  text: ` date 2024-05-09\n\nCommerce Minister Pavan Goyal held talks with Vietnamese Minister of Industry and Trade Nguyen Hong Dien in Hanoi on May 9.`,
};
const OTHER_INITIAL: Report = {
  source: "in/other-initial.txt",
  text: ` date 2024-06-09\n\nIndian Minister of State R. Goyal received Vietnamese Minister of Industry and Trade Nguyen Hong Dien in New Delhi on June 9.`,
};
const NAMESAKE: Report = {
  source: "in/namesake.txt",
  text: ` date 2024-07-01\n\nCommerce Secretary Pradeep Goyal met Vietnamese Minister of Industry and Trade Nguyen Hong Dien in Hanoi on July 1.`,
};

const open = databasesForTests();

async function store(db: Database, r: Report): Promise<void> {
  const doc = extract(r.text, { source: r.source });
  if (r.country) doc.officials.find((o) => o.name === r.country![0])!.country = r.country[1];
  await storeExtracted(db.prisma, r.text, doc);
}

/** Official key -> the reports naming it, for the officials named Goyal. */
async function goyals(db: Database): Promise<Record<string, string[]>> {
  const rows = await db.prisma.official.findMany({ where: { nameKey: { contains: "goyal" } }, include: { mentions: { include: { document: true } } } });
  return Object.fromEntries(rows.map((o) => [o.key, o.mentions.map((m) => m.document.source).sort()]));
}

describe("initials across documents", () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-01-01T00:00:00Z"));
  });
  afterEach(() => vi.useRealTimers());

  it("tells which full names an initial form can stand for", () => {
    expect(abbreviates("goyal p", "goyal piyush")).toBe(true);
    expect(abbreviates("goyal r", "goyal piyush")).toBe(false);
    expect(abbreviates("goyal p", "goyal kumar piyush")).toBe(false);
    expect(abbreviates("goyal piyush", "goyal piyush")).toBe(false);
    expect(abbreviates("k p", "k piyush")).toBe(false);
  });

  it("joins the initial form to the full name, with its country, in both orders and the same export", async () => {
    const exports: string[] = [];
    for (const order of [[INITIAL, FULL], [FULL, INITIAL]]) {
      const db = await open();
      for (const r of order) await store(db, r);
      expect(await goyals(db)).toEqual({ "goyal pavan@in": ["in/full.txt", "in/initial.txt"] });
      exports.push(await exportText(db.prisma));
      // Without the full name's report, the initial form is its own official again.
      const { id } = await db.prisma.document.findUniqueOrThrow({ where: { source: FULL.source } });
      await deleteDocument(db.prisma, id);
      expect(await goyals(db)).toEqual({ "goyal p@in": ["in/initial.txt"] });
    }
    expect(exports[1]).toBe(exports[0]);
  });

  it("keeps another initial apart, and joins no initial that two full names or two countries could claim", async () => {
    const db = await open();
    for (const r of [INITIAL, FULL, OTHER_INITIAL]) await store(db, r);
    expect(await goyals(db)).toEqual({ "goyal pavan@in": ["in/full.txt", "in/initial.txt"], "goyal r@in": ["in/other-initial.txt"] });

    // Pradeep Goyal could be the P. Goyal too: the initial form joins neither.
    await store(db, NAMESAKE);
    expect(await goyals(db)).toEqual({
      "goyal p@in": ["in/initial.txt"],
      "goyal pavan": ["in/full.txt"],
      "goyal pradeep": ["in/namesake.txt"],
      "goyal r@in": ["in/other-initial.txt"],
    });

    const db2 = await open();
    for (const r of [INITIAL, { ...FULL, country: ["Pavan Goyal", "NP"] } as Report]) await store(db2, r);
    expect(await goyals(db2)).toEqual({ "goyal p@in": ["in/initial.txt"], "goyal pavan@np": ["in/full.txt"] });
  });
});
