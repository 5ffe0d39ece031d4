// Read replicas on PostgreSQL: model reads go to a replica, writes and transactions to the primary.
// Two separate databases stand in for primary and replica, so the test sees where each query went.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../../src/store/db.ts";
import { ingestText } from "../../src/store/ingest.ts";
import fs from "node:fs";
import { dropDatabase, freshDatabaseUrl, testProvider } from "../helpers/database.ts";

describe.runIf(testProvider === "postgresql")("read replicas", () => {
  let primaryUrl: string;
  let replicaUrl: string;
  let db: Database;
  beforeAll(async () => {
    [primaryUrl, replicaUrl] = [await freshDatabaseUrl(), await freshDatabaseUrl()];
    const replica = await openDatabase(replicaUrl);
    await replica.prisma.official.create({ data: { key: "replica only", name: "Replica Only", searchName: "replica only" } });
    await replica.close();
    db = await openDatabase(primaryUrl, { replicaUrls: [replicaUrl] });
  });
  afterAll(async () => {
    await db.close();
    await dropDatabase(primaryUrl);
    await dropDatabase(replicaUrl);
  });

  it("writes to the primary and reads models from the replica", async () => {
    await ingestText(db.prisma, { text: fs.readFileSync("seeds/000_8351da674720dd2b.txt", "utf8"), source: "seeds/000_8351da674720dd2b.txt" });
    expect((await db.prisma.official.findMany()).map((o) => o.name)).toEqual(["Replica Only"]);
    const primary = await openDatabase(primaryUrl);
    try {
      expect((await primary.prisma.official.findMany({ orderBy: { name: "asc" } })).map((o) => o.name)).toEqual(["Nguyen Hong Dien", "Oh Yong-ju"]);
    } finally {
      await primary.close();
    }
  });
});

describe("DATABASE_URL checks", () => {
  it("refuses a URL of neither backend, naming it without its password", async () => {
    await expect(openDatabase("mysql://user:secret@localhost/db")).rejects.toThrow(/DATABASE_URL must start with file: .* "mysql:\/\/user:\*\*\*@localhost\/db"/);
  });
});
