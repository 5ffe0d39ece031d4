import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/store/db.ts";
import { ingestText } from "../../src/store/ingest.ts";
import { dropDatabase, freshDatabase } from "../helpers/database.ts";
import { run } from "./exec.ts";

const DIR = path.resolve("tests/store/nodes/fixtures/order");

describe("Official.positionHistory", () => {
  let db: Database;
  beforeAll(async () => {
    db = await freshDatabase();
    for (const f of ["d.txt", "c.txt", "b.txt", "a.txt"]) await ingestText(db.prisma, { text: fs.readFileSync(path.join(DIR, f), "utf8"), source: `order/${f}` });
  });
  afterAll(async () => {
    await db.close();
    await dropDatabase(db.url);
  });

  it("gives each title once with the first and last report dates, latest first", async () => {
    const history = `title positionHistory { title organization { name } country { code } firstSeen lastSeen reports }`;
    const result = await run(db, `{ vn: officials(name: "Nguyen Hong Dien", country: "VN") { nodes { ${history} } } kh: officials(name: "Nguyen Hong Dien", country: "KH") { nodes { ${history} } } }`);
    expect(result.errors).toBeUndefined();
    const [vn] = result.data!.vn.nodes;
    expect(vn.title).toBe("Deputy Prime Minister");
    expect(vn.positionHistory).toEqual([
      { title: "Deputy Prime Minister", organization: null, country: { code: "VN" }, firstSeen: "2023-06-10", lastSeen: "2023-06-10", reports: 1 },
      {
        title: "Minister of Industry and Trade",
        organization: { name: "Ministry of Industry and Trade" },
        country: { code: "VN" },
        firstSeen: "2023-05-02",
        lastSeen: "2023-06-10",
        reports: 2,
      },
    ]);
    // The Cambodian minister of the same name is another official with a history of his own.
    expect(result.data!.kh.nodes).toEqual([
      {
        title: "Minister of Commerce",
        positionHistory: [{ title: "Minister of Commerce", organization: { name: "Ministry of Commerce" }, country: { code: "KH" }, firstSeen: "2023-04-01", lastSeen: "2023-04-01", reports: 1 }],
      },
    ]);
  });
});
