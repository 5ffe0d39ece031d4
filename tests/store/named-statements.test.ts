// PostgreSQL plans an unnamed statement every time it runs; a write transaction's statement texts
// repeat from one document to the next, and prepared under a name they are parsed once per
// connection and, once their generic plan is as cheap, not planned again (src/store/direct.ts,
// issue #16). Texts that come once (inlined numbers, long IN lists) stay unnamed, so a connection
// holds a bounded number of prepared statements.
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/store/db.ts";
import { ingestText } from "../../src/store/ingest.ts";
import { dropDatabase, freshDatabase, testProvider } from "../helpers/database.ts";

const REPORT = fs.readFileSync(path.resolve("seeds/000_8351da674720dd2b.txt"), "utf8");
const RETELLINGS = 6;

describe.runIf(testProvider === "postgresql")("statements prepared under a name on PostgreSQL", () => {
  let db: Database;
  const sent: { text: string; name?: string }[][] = [];
  const query = pg.Client.prototype.query;
  beforeAll(async () => {
    // Every query a client sends, with its name (the pool's clients bind this when they connect).
    pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
      const config = args[0] as { text?: string; name?: string } | string;
      if (typeof config === "object" && config?.text) sent.at(-1)?.push({ text: config.text, name: config.name });
      return (query as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof query;
    db = await freshDatabase();
    // The same reception told again and again: each retelling sends the same statement texts.
    for (let i = 0; i < RETELLINGS; i++) {
      sent.push([]);
      await ingestText(db.prisma, { text: `${REPORT.trimEnd()}\n\nBoth sides agreed to meet again (${i}).\n`, source: `named/${i}.txt` });
    }
  }, 300_000);
  afterAll(async () => {
    pg.Client.prototype.query = query;
    await db?.close();
    if (db) await dropDatabase(db.url);
  });

  it("sends a text it has sent before under a name, the same name each time", () => {
    const last = sent.at(-1)!.filter((q) => /^\s*(SELECT|INSERT|UPDATE|DELETE|WITH)\b/i.test(q.text) && !q.name?.startsWith("diplograph_read_"));
    expect(last.length).toBeGreaterThan(20);
    const named = last.filter((q) => q.name);
    // The retelling's statements are the ones the retellings before it sent, but for texts with
    // inlined numbers (the feed's lock) and lists whose length changed.
    expect(named.length / last.length).toBeGreaterThan(0.8);
    const names = new Map<string, string>();
    for (const q of sent.flat()) if (q.name) expect(names.get(q.name) ?? names.set(q.name, q.text).get(q.name)).toBe(q.text);
  });

  it("leaves a text of a write unnamed until it has come a few times", () => {
    const first = new Map<string, { name?: string }>();
    // (The reads before the transaction, reader.ts, are named at their first use.)
    for (const q of sent.flat()) if (!first.has(q.text) && !q.name?.startsWith("diplograph_read_")) first.set(q.text, q);
    expect([...first.values()].filter((q) => q.name)).toEqual([]);
  });
});
