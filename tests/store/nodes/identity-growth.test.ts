// Resolving a name must not read every report of it (issue #16): the identity statements took the
// distinct (name, country, official) of a name's mentions with a DISTINCT over all of them, so a
// minister named in thousands of reports cost each new report thousands of index entries. A
// minister with 20,000 mentions seeded as rows, one with a single mention: resolving either name
// takes about as long, and the seeded mentions stay on their official.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeTransaction } from "../../../src/store/changes.ts";
import type { Database } from "../../../src/store/db.ts";
import { ingestText } from "../../../src/store/ingest.ts";
import { resolveOfficialNames } from "../../../src/store/nodes/identity.ts";
import { Sql } from "../../../src/store/sql.ts";
import { dropDatabase, freshDatabase } from "../../helpers/database.ts";

const SEEDED = 20_000;
const REPORT = ` date 2024-03-04\n\nHungarian Minister of Foreign Affairs Aron Feketa received Chilean Ambassador Marta Quellon in Budapest on March 4.`;

describe("resolving a name told in many reports", () => {
  let db: Database;
  let many = "";
  let once = "";
  let officialId = 0;
  beforeAll(async () => {
    db = await freshDatabase();
    await ingestText(db.prisma, { text: REPORT, source: "growth/first.txt" });
    const mentions = await db.prisma.officialMention.findMany({ select: { officialId: true, nameKey: true, countryId: true, name: true, date: true } });
    expect(mentions).toHaveLength(2);
    const [a, b] = mentions;
    ({ nameKey: many, officialId } = a!);
    once = b!.nameKey;
    const sql = new Sql(db.prisma as never);
    const day = new Date(Date.UTC(2024, 0, 1));
    const docs = await sql.insert<{ id: number }>(
      "Document",
      ["source", "contentHash", "date", "text", "extractorVersion", "updatedAt"],
      Array.from({ length: SEEDED }, (_, i) => [`growth/${i}.txt`, `hash-${i}`, day, "-", "seeded", day]),
      ["id"],
    );
    await sql.insert(
      "OfficialMention",
      ["officialId", "documentId", "date", "name", "accented", "countryId", "nameKey"],
      docs.map((d) => [officialId, d.id, day, a!.name, 0, a!.countryId, many]),
    );
    await db.prisma.$executeRawUnsafe(`ANALYZE`);
  }, 300_000);
  afterAll(async () => {
    await db?.close();
    if (db) await dropDatabase(db.url);
  });

  // The fastest of several runs: what the statements cost, not what the machine's load adds.
  const fastest = async (name: string) => {
    let best = Infinity;
    for (let i = 0; i < 7; i++) {
      const t = performance.now();
      await writeTransaction(db.prisma, (tx) => resolveOfficialNames(new Sql(tx), [name]));
      best = Math.min(best, performance.now() - t);
    }
    return best;
  };

  it("costs about what a name with one report costs", async () => {
    const oneReport = await fastest(once);
    const history = await fastest(many);
    expect(history, `${SEEDED} reports: ${history.toFixed(2)} ms, one report: ${oneReport.toFixed(2)} ms`).toBeLessThan(oneReport * 5 + 3);
  });

  it("leaves the seeded mentions on their official", async () => {
    const result = await writeTransaction(db.prisma, (tx) => resolveOfficialNames(new Sql(tx), [many]));
    expect(result.officials).toEqual([]);
    expect(await db.prisma.officialMention.count({ where: { officialId } })).toBe(SEEDED + 1);
  });
});
