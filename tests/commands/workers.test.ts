import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateCorpus } from "../../bench/corpus.ts";
import { ingestPaths } from "../../src/commands/ingest.ts";
import type { Database } from "../../src/store/db.ts";
import { dropDatabase, freshDatabase } from "../helpers/database.ts";

async function graph(db: Database) {
  const officials = await db.prisma.official.findMany({ select: { key: true, name: true, title: true }, orderBy: { key: "asc" } });
  const meetings = await db.prisma.meeting.findMany({
    select: { kind: true, date: true, status: true, document: { select: { source: true } }, participants: { select: { role: true, official: { select: { key: true } } }, orderBy: { officialId: "asc" } } },
    orderBy: [{ document: { source: "asc" } }, { ordinal: "asc" }],
  });
  const proposals = await db.prisma.proposal.count();
  return { officials, meetings: meetings.map((m) => ({ ...m, participants: m.participants.map((p) => `${p.official.key}:${p.role}`).sort() })), proposals };
}

describe("ingest --workers", () => {
  let dir: string;
  const dbs: Database[] = [];
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "diplograph-workers-"));
    for (const doc of generateCorpus({ docs: 24, seed: 99 })) fs.writeFileSync(path.join(dir, `${doc.name}.txt`), doc.text);
    fs.writeFileSync(path.join(dir, "zz-undated.txt"), "A report with no date header. Minister Tran Van Minh met Ambassador Park Ji-hoon.\n");
  });
  afterAll(async () => {
    for (const db of dbs) {
      await db.close();
      await dropDatabase(db.url);
    }
  });

  it("stores the same graph as extraction on the main thread, and reports worker failures per file", async () => {
    const [serial, parallel] = [await freshDatabase(), await freshDatabase()];
    dbs.push(serial, parallel);
    const a = await ingestPaths(serial.prisma, [dir]);
    const lines: string[] = [];
    const b = await ingestPaths(parallel.prisma, [dir], { workers: 2, log: (l) => lines.push(l) });
    expect(b.documents).toEqual(a.documents);
    expect(b.documents).toMatchObject({ created: 24, failed: 1 });
    expect(b.failures).toEqual([{ source: expect.stringContaining("zz-undated.txt"), reason: expect.stringMatching(/date/i) }]);
    expect(lines.filter((l) => l.startsWith("created"))).toHaveLength(24);
    expect(await graph(parallel)).toEqual(await graph(serial));

    // Unchanged content is recognised before any extraction work is sent to the workers.
    const again = await ingestPaths(parallel.prisma, [dir], { workers: 2 });
    expect(again.documents).toMatchObject({ created: 0, unchanged: 24, failed: 1 });
  });
});
