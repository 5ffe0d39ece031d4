// What came of a proposal: in June Saito proposes that Vietnam and Japan sign an MoU on
// semiconductor supply chains; in December the two countries sign it, and in September the two
// ministers meet again on semiconductors. Near misses: the same topic signed by Australia and New
// Zealand, an MoU of the same two countries on fisheries, and an agreement on the topic signed
// before the proposal.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../../src/store/db.ts";
import { exportGraph } from "../../../src/store/export.ts";
import { importGraph, parseExport } from "../../../src/store/import.ts";
import { deleteDocument, ingestText } from "../../../src/store/ingest.ts";
import { reextract } from "../../../src/store/reextract.ts";
import { dropDatabase, freshDatabase } from "../../helpers/database.ts";

const DIR = path.resolve("tests/fixtures/followups");
const FILES = fs.readdirSync(DIR).filter((f) => f.endsWith(".txt")).sort();
const report = (f: string) => ({ text: fs.readFileSync(path.join(DIR, f), "utf8"), source: `followups/${f}` });

/** Every follow-up as "proposal's report -> kind target (rule score) evidence", by stable names. */
async function followUps(db: Database): Promise<string[]> {
  const rows = await db.prisma.proposalFollowUp.findMany({
    include: {
      proposal: { select: { document: { select: { source: true } }, ordinal: true } },
      agreement: { select: { title: true, status: true } },
      meeting: { select: { kind: true, date: true } },
    },
  });
  return rows
    .map((r) => {
      const target = r.agreement ? `${r.agreement.title} [${r.agreement.status}]` : `${r.meeting!.kind} ${r.meeting!.date}`;
      return `${r.proposal.document.source.replace("followups/", "")}#${r.proposal.ordinal} -> ${r.kind} ${target} (${r.rule} ${r.score}) ${r.evidence}`;
    })
    .sort();
}

const EXPECTED = [
  `p1-proposal-june.txt#0 -> agreement Memorandum of Understanding on cooperation in semiconductor supply chains [signed] (agreement_title 1) {"keywords":["chains","semiconductor","supply"],"topics":[],"countries":["JP","VN"],"officials":[],"steps":["2024-12-05 signed"]}`,
  `p1-proposal-june.txt#0 -> meeting reception 2024-09-20 (meeting_parties 1) {"keywords":[],"topics":["manufacturing","semiconductors"],"countries":[],"officials":["dien hong nguyen@vn","ken saito@jp"],"steps":[]}`,
];

describe("follow-ups of proposals", () => {
  let db: Database;
  beforeAll(async () => {
    db = await freshDatabase();
  });
  afterAll(async () => {
    await db.close();
    await dropDatabase(db.url);
  });

  const clear = async () => {
    for (const d of await db.prisma.document.findMany({ select: { id: true } })) await deleteDocument(db.prisma, d.id);
  };
  const docId = async (f: string) => (await db.prisma.document.findUniqueOrThrow({ where: { source: `followups/${f}` } })).id;

  it("links the June proposal to the December MoU and the September meeting only, in any ingest order", async () => {
    for (const order of [FILES, [...FILES].reverse(), ["m1-meeting-september.txt", "p2-mou-signed-december.txt", "b1-before.txt", "p1-proposal-june.txt", "u2-other-topic.txt", "u1-other-parties.txt"]]) {
      await clear();
      expect(await db.prisma.proposalFollowUp.count()).toBe(0);
      for (const f of order) await ingestText(db.prisma, report(f));
      // The near misses are instruments of their own, not linked.
      expect(await db.prisma.agreement.count()).toBe(4);
      expect(await followUps(db)).toEqual(EXPECTED);
    }
  });

  it("drops a link when the report of its target goes, and brings it back with the report", async () => {
    await deleteDocument(db.prisma, await docId("p2-mou-signed-december.txt"));
    // The MoU remains (as proposed in June), but nothing came of it after the proposal.
    expect(await db.prisma.agreement.count({ where: { title: { contains: "semiconductor supply chains" }, kind: "mou" } })).toBe(1);
    expect(await followUps(db)).toEqual([EXPECTED[1]]);
    await deleteDocument(db.prisma, await docId("m1-meeting-september.txt"));
    expect(await followUps(db)).toEqual([]);
    await ingestText(db.prisma, report("m1-meeting-september.txt"));
    await ingestText(db.prisma, report("p2-mou-signed-december.txt"));
    expect(await followUps(db)).toEqual(EXPECTED);
  });

  it("goes with the proposal's report, and is recomputed by re-extraction and import", async () => {
    await reextract(db.prisma, { all: true });
    expect(await followUps(db)).toEqual(EXPECTED);

    const lines: string[] = [];
    await exportGraph(db.prisma, (l) => void lines.push(l));
    const other = await freshDatabase();
    try {
      await importGraph(other.prisma, parseExport(lines.join("\n")));
      expect(await followUps(other)).toEqual(EXPECTED);
    } finally {
      await other.close();
      await dropDatabase(other.url);
    }

    await deleteDocument(db.prisma, await docId("p1-proposal-june.txt"));
    expect(await db.prisma.proposalFollowUp.count()).toBe(0);
  });
});
