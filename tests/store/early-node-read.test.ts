// The document's nodes read with its insert (issue #16, ingest27): on PostgreSQL the read of its
// countries, organisations, officials and topics by key (nodes/find-or-create.ts readNodes) goes
// out behind the document's insert before the insert's answer is awaited (ingest.ts), one round
// trip for both. Its rows are used only when the insert wrote the document: a replaced document
// drops them and reads its nodes again after clearing its old facts.
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { ingestText } from "../../src/store/ingest.ts";
import { databasesForTests, testProvider } from "../helpers/database.ts";

const open = databasesForTests();
const REPORT = fs.readFileSync(path.resolve("seeds/000_8351da674720dd2b.txt"), "utf8");
const OTHER = fs.readdirSync(path.resolve("seeds")).filter((f) => f.endsWith(".txt")).sort()[1]!;
const OTHER_REPORT = fs.readFileSync(path.resolve("seeds", OTHER), "utf8");

const isNodeRead = (text: string) => /^SELECT '(Country|Organization|Official|Topic)' AS "t"/.test(text);
const isDocumentInsert = (text: string) => /^(WITH [\s\S]*)?INSERT INTO "Document"/.test(text.trimStart());

type Query = (this: pg.Client, ...args: unknown[]) => unknown;
const proto = pg.Client.prototype as unknown as { query: Query };
const original = proto.query;
afterEach(() => {
  proto.query = original;
});

/** Each statement the pg clients send: its text, and whether a Document insert was still unanswered when it went out. */
function watchStatements(): { text: string; insertPending: boolean }[] {
  const seen: { text: string; insertPending: boolean }[] = [];
  const pending = new Set<object>();
  proto.query = function (this: pg.Client, ...args: unknown[]) {
    const config = args[0] as { text?: string } | string;
    const text = typeof config === "string" ? config : (config?.text ?? "");
    const insertPending = [...pending].length > 0;
    seen.push({ text, insertPending });
    const result = original.apply(this, args);
    if (isDocumentInsert(text) && result && typeof (result as Promise<unknown>).then === "function") {
      const token = {};
      pending.add(token);
      (result as Promise<unknown>).then(
        () => pending.delete(token),
        () => pending.delete(token),
      );
    }
    return result;
  };
  return seen;
}

describe("the document's nodes read with its insert", () => {
  it.runIf(testProvider === "postgresql")("sends the nodes' read before the document's insert has answered (PostgreSQL)", async () => {
    const db = await open();
    const seen = watchStatements();
    const result = await ingestText(db.prisma, { text: REPORT, source: "a/early.txt" });
    expect(result.status).toBe("created");
    const reads = seen.filter((s) => isNodeRead(s.text));
    expect(reads).toHaveLength(1);
    expect(reads[0]!.insertPending).toBe(true);
    expect(seen.findIndex((s) => isNodeRead(s.text))).toBe(seen.findIndex((s) => isDocumentInsert(s.text)) + 1);
  });

  it("stores a replaced document's nodes as a fresh database stores the same report", async () => {
    const officials = async (db: Awaited<ReturnType<typeof open>>, source: string) =>
      (
        await db.prisma.officialMention.findMany({
          where: { document: { source } },
          select: { name: true, nameKey: true, official: { select: { key: true, name: true, title: true } }, country: { select: { code: true } } },
        })
      )
        .map((m) => JSON.stringify(m))
        .sort();
    const replaced = await open();
    await ingestText(replaced.prisma, { text: REPORT, source: "a/replaced.txt" });
    const result = await ingestText(replaced.prisma, { text: OTHER_REPORT, source: "a/replaced.txt" });
    expect(result.status).toBe("replaced");
    const fresh = await open();
    await ingestText(fresh.prisma, { text: OTHER_REPORT, source: "a/replaced.txt" });
    const got = await officials(replaced, "a/replaced.txt");
    expect(got.length).toBeGreaterThan(0);
    expect(got).toEqual(await officials(fresh, "a/replaced.txt"));
    expect(await replaced.prisma.topic.count()).toBeGreaterThanOrEqual(await fresh.prisma.topic.count());
  });
});
