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
    const result = await run(
      db,
      `{ official(name: "Nguyen Hong Dien") { title positionHistory { title organization { name } country { code } firstSeen lastSeen reports } } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.official.title).toBe("Deputy Prime Minister");
    expect(result.data!.official.positionHistory).toEqual([
      { title: "Deputy Prime Minister", organization: null, country: { code: "VN" }, firstSeen: "2023-06-10", lastSeen: "2023-06-10", reports: 1 },
      {
        title: "Minister of Industry and Trade",
        organization: { name: "Ministry of Industry and Trade" },
        country: { code: "VN" },
        firstSeen: "2023-05-02",
        lastSeen: "2023-06-10",
        reports: 2,
      },
      { title: "Minister of Commerce", organization: { name: "Ministry of Commerce" }, country: { code: "KH" }, firstSeen: "2023-04-01", lastSeen: "2023-04-01", reports: 1 },
    ]);
  });
});
