// A database from before officials were identified by name and country (one official per name,
// countries without alpha-3 codes) migrates: `migrate` / `start` key its mentions and nicknames,
// split namesakes of two countries, join a nickname's reports to its person, and give countries
// their identifiers (nodes/identity.ts upgradeIdentities).
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../../../src/store/db.ts";
import { upgradeIdentities } from "../../../src/store/nodes/identity.ts";
import { dropDatabase, testProvider } from "../../helpers/database.ts";
import { migrations, rawDatabase } from "../../helpers/old-database.ts";

const IDENTITY_MIGRATION = "official_identity";

const q = (s: string | null) => (s === null ? "NULL" : `'${s.replace(/'/g, "''")}'`);
const day = (d: string) => q(testProvider === "sqlite" ? `${d}T00:00:00.000+00:00` : d);

describe("migrating a database from before identities by name and country", () => {
  const open: Database[] = [];
  afterAll(async () => {
    for (const db of open) {
      await db.close();
      await dropDatabase(db.url);
    }
  });

  it("splits namesakes, joins nicknames and fills in country identifiers", async () => {
    const raw = await rawDatabase("identity-migration");
    const all = migrations();
    const cut = all.findIndex((m) => m.name.endsWith(`_${IDENTITY_MIGRATION}`));
    expect(cut).toBeGreaterThan(0);
    for (const m of all.slice(0, cut)) await raw.run(m.sql);

    // The old shape: one official per name key, whatever the country each report gave.
    await raw.run(`
      INSERT INTO "Country" ("id", "code", "name") VALUES (1, 'VN', 'Vietnam'), (2, 'KH', 'Cambodia'), (3, 'ID', 'Indonesia');
      INSERT INTO "Official" ("id", "key", "name", "searchName", "countryId") VALUES
        (1, 'dien hong nguyen', 'Nguyen Hong Dien', 'nguyen hong dien', 1),
        (2, 'joko widodo', 'Joko Widodo', 'joko widodo', 3),
        (3, 'jokowi', 'Jokowi', 'jokowi', NULL);
    `);
    const reports: [number, string, number, string, number | null, string | null][] = [
      // document, date, official, name as written, country, alias
      [1, "2023-05-02", 1, "Nguyen Hong Dien", 1, "Dien"],
      [2, "2023-04-01", 1, "Nguyen Hong Dien", 2, null],
      [3, "2023-06-03", 1, "Nguyen Hong Dien", null, null],
      [4, "2024-03-01", 2, "Joko Widodo", 3, "Jokowi"],
      [5, "2024-04-02", 3, "Jokowi", null, null],
    ];
    for (const [doc, date, officialId, name, countryId, alias] of reports) {
      await raw.run(`
        INSERT INTO "Document" ("id", "source", "contentHash", "date", "text", "extractorVersion", "wordCount", "updatedAt")
          VALUES (${doc}, 'old/${doc}.txt', 'hash${doc}', ${day(date)}, 'text ${doc}', 'old', 2, ${day(date)});
        INSERT INTO "OfficialMention" ("officialId", "documentId", "date", "name", "accented", "countryId")
          VALUES (${officialId}, ${doc}, ${day(date)}, ${q(name)}, 0, ${countryId ?? "NULL"});
        INSERT INTO "Position" ("officialId", "documentId", "title", "countryId", "date") VALUES (${officialId}, ${doc}, 'Minister', ${countryId ?? "NULL"}, ${day(date)});
        INSERT INTO "Evidence" ("documentId", "sentence", "start", "end", "text", "officialId") VALUES (${doc}, 0, 0, 5, ${q(name)}, ${officialId});
        ${alias ? `INSERT INTO "Alias" ("officialId", "documentId", "name") VALUES (${officialId}, ${doc}, ${q(alias)});` : ""}
      `);
    }
    // Rows inserted with explicit IDs: PostgreSQL's sequence must move past them, as it had.
    if (testProvider === "postgresql") await raw.run(`SELECT setval(pg_get_serial_sequence('"Official"', 'id'), 3)`);
    for (const m of all.slice(cut)) await raw.run(m.sql);
    await raw.close();

    const db = await openDatabase(raw.url);
    open.push(db);
    const first = await upgradeIdentities(db.prisma);
    expect(first).toEqual({ countries: 3, mentions: 5, nicknames: 1, officials: expect.any(Number) });

    const officials = await db.prisma.official.findMany({
      orderBy: { key: "asc" },
      include: { country: true, mentions: { select: { documentId: true } }, positions: { select: { documentId: true } }, evidence: { select: { documentId: true } } },
    });
    expect(officials.map((o) => [o.key, o.nameKey, o.country?.code ?? null, o.mentions.map((m) => m.documentId).sort(), o.positions.map((p) => p.documentId).sort(), o.evidence.map((e) => e.documentId).sort()])).toEqual([
      ["dien hong nguyen", "dien hong nguyen", null, [3], [3], [3]],
      ["dien hong nguyen@kh", "dien hong nguyen", "KH", [2], [2], [2]],
      ["dien hong nguyen@vn", "dien hong nguyen", "VN", [1], [1], [1]],
      ["joko widodo@id", "joko widodo", "ID", [4, 5], [4, 5], [4, 5]],
    ]);
    // "Dien" shares a word with the name: a short form, not a nickname.
    expect((await db.prisma.alias.findMany({ orderBy: { name: "asc" } })).map((a) => [a.name, a.key, a.nameKey])).toEqual([
      ["Dien", null, null],
      ["Jokowi", "jokowi", "joko widodo"],
    ]);
    expect((await db.prisma.country.findMany({ orderBy: { code: "asc" } })).map((c) => [c.code, c.alpha3, c.wikidataId])).toEqual([
      ["ID", "IDN", "Q252"],
      ["KH", "KHM", "Q424"],
      ["VN", "VNM", "Q881"],
    ]);
    // Run again (every `migrate` and `start` does): nothing left to do.
    expect(await upgradeIdentities(db.prisma)).toEqual({ countries: 0, mentions: 0, nicknames: 0, officials: 0 });
  });
});
