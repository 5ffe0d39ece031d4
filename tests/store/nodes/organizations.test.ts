import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extract } from "../../../src/extraction/index.ts";
import type { Database } from "../../../src/store/db.ts";
import { ingestText, storeExtracted } from "../../../src/store/ingest.ts";
import { dropDatabase, freshDatabase } from "../../helpers/database.ts";

const DIR = path.resolve("tests/store/nodes/fixtures/order");
const read = (f: string) => fs.readFileSync(path.join(DIR, f), "utf8");

describe("the organisation a title names", () => {
  let db: Database;
  beforeAll(async () => {
    db = await freshDatabase();
  });
  afterAll(async () => {
    await db.close();
    await dropDatabase(db.url);
  });

  it("reaches the official and the position when the document does not name it", async () => {
    // The extractor lists a title's organisation among the document's organisations; a document
    // extracted without it (an older extractor, an import) must still link the official to it.
    const doc = extract(read("a.txt"), { source: "order/a.txt" });
    expect(doc.officials.find((o) => o.name === "Nguyen Hong Dien")?.organization).toBe("Ministry of Industry and Trade");
    doc.organizations = doc.organizations.filter((o) => o.name !== "Ministry of Industry and Trade");

    await storeExtracted(db.prisma, read("a.txt"), doc);
    await ingestText(db.prisma, { text: read("c.txt"), source: "order/c.txt" });
    const dien = await db.prisma.official.findFirstOrThrow({
      where: { name: "Nguyen Hong Dien" },
      include: { organization: true, positions: { include: { organization: true } } },
    });
    expect(dien.organization?.name).toBe("Ministry of Industry and Trade");
    expect(dien.positions.map((p) => p.organization?.name)).toEqual(["Ministry of Industry and Trade", "Ministry of Industry and Trade"]);
    // Found by key the second time, not created again.
    expect(await db.prisma.organization.count({ where: { name: "Ministry of Industry and Trade" } })).toBe(1);
  });
});
