// Agreements as instruments with a history: the critical-minerals MoU is proposed at the talks of
// 14 March (told by two reports), signed in September and in force in January, each told by reports
// that write its title differently.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../../src/store/db.ts";
import { titleKey } from "../../../src/store/facts/agreements.ts";
import { deleteDocument, ingestText } from "../../../src/store/ingest.ts";
import { dropDatabase, freshDatabase } from "../../helpers/database.ts";
import { report } from "./clusters.ts";

const FILES = ["f1-two-events.txt", "f2-seoul.txt", "g1-mou-signed.txt", "g2-mou-in-force.txt"];

async function instruments(db: Database) {
  const rows = await db.prisma.agreement.findMany({
    include: { mentions: { include: { document: { select: { source: true } } } }, parties: { select: { name: true } } },
    orderBy: { key: "asc" },
  });
  return rows.map((a) => ({
    kind: a.kind,
    status: a.status,
    signedOn: a.signedOn?.toISOString().slice(0, 10) ?? null,
    parties: [...new Set(a.parties.map((p) => p.name))].sort(),
    history: [...a.mentions]
      .sort((x, y) => x.date.getTime() - y.date.getTime() || x.document.source.localeCompare(y.document.source))
      .map((m) => `${m.date.toISOString().slice(0, 10)} ${m.status} ${m.document.source.replace("clusters/", "")}`),
  }));
}

describe("agreements as instruments", () => {
  let db: Database;
  beforeAll(async () => {
    db = await freshDatabase();
  });
  afterAll(async () => {
    await db.close();
    await dropDatabase(db.url);
  });

  it("normalises titles through the data file", () => {
    const key = titleKey("Memorandum of Understanding on cooperation in critical minerals");
    expect(key).toBe("critical minerals");
    expect(titleKey("MoU on critical minerals cooperation in Hanoi")).toBe(key);
    expect(titleKey("Memorandum of Understanding on cooperation in critical minerals between Vietnam and the Republic of Korea")).toBe(key);
    expect(titleKey("MoU on the establishment of Korea Plus in Vietnam")).not.toBe(key);
  });

  const EXPECTED = [
    {
      kind: "mou",
      status: "in_force",
      signedOn: "2024-09-10",
      parties: ["Republic of Korea", "Vietnam"],
      history: [
        "2024-03-14 proposed f2-seoul.txt",
        "2024-03-15 proposed f1-two-events.txt",
        "2024-09-10 signed g1-mou-signed.txt",
        "2025-01-05 in_force g2-mou-in-force.txt",
      ],
    },
  ];

  it("resolves four reports into one instrument with its history, in any order", async () => {
    for (const order of [FILES, [...FILES].reverse(), [FILES[2], FILES[0], FILES[3], FILES[1]]]) {
      for (const d of await db.prisma.document.findMany({ select: { id: true } })) await deleteDocument(db.prisma, d.id);
      expect(await db.prisma.agreement.count()).toBe(0);
      for (const f of order) await ingestText(db.prisma, report(f));
      expect(await instruments(db)).toEqual(EXPECTED);
    }
  });

  it("drops a step when its report goes, and the instrument with the last one", async () => {
    const id = (await db.prisma.agreement.findFirstOrThrow()).id;
    const doc = async (f: string) => (await db.prisma.document.findUniqueOrThrow({ where: { source: `clusters/${f}` } })).id;
    await deleteDocument(db.prisma, await doc("g2-mou-in-force.txt"));
    const a = await db.prisma.agreement.findUniqueOrThrow({ where: { id } });
    expect([a.status, a.signedOn?.toISOString().slice(0, 10)]).toEqual(["signed", "2024-09-10"]);
    await deleteDocument(db.prisma, await doc("g1-mou-signed.txt"));
    expect((await db.prisma.agreement.findUniqueOrThrow({ where: { id } })).signedOn).toBeNull();
    for (const f of ["f1-two-events.txt", "f2-seoul.txt"]) await deleteDocument(db.prisma, await doc(f));
    expect(await db.prisma.agreement.count()).toBe(0);
  });
});
