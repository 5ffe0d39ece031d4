// A curator's decision names mentions by document and ordinal; a newer extractor may number a
// document's mentions differently (one more meeting found earlier in the text). The decision must
// follow the mention it was made about (by its evidence span), not whatever now has its ordinal.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extract } from "../../../src/extraction/index.ts";
import type { ExtractedDocument } from "../../../src/extraction/types.ts";
import { listDecisions, splitMentions } from "../../../src/store/curate.ts";
import type { Database } from "../../../src/store/db.ts";
import { contentHash, ingestText, storeExtracted } from "../../../src/store/ingest.ts";
import { dropDatabase, freshDatabase } from "../../helpers/database.ts";
import { report } from "./clusters.ts";

/** The document as a newer extractor might read it: an extra meeting (another day) found before the others. */
function withMeetingInserted(doc: ExtractedDocument, text: string): ExtractedDocument {
  const first = doc.meetings[0];
  const sentence = doc.sentences[doc.sentences.length - 1];
  const extra = {
    ...first,
    date: "2023-11-02",
    evidence: [{ sentence: doc.sentences.length - 1, start: sentence.start, end: sentence.end, text: text.slice(sentence.start, sentence.end) }],
  };
  return {
    ...doc,
    meetings: [extra, ...doc.meetings],
    proposals: doc.proposals.map((p) => ({ ...p, meeting: p.meeting === null ? null : p.meeting + 1 })),
  };
}

/** Where each mention of these reports is: `file#ordinal` grouped by event. */
async function eventsOf(db: Database, files: string[]): Promise<string[]> {
  const rows = await db.prisma.meetingMention.findMany({
    where: { document: { source: { in: files.map((f) => `clusters/${f}`) } } },
    include: { document: { select: { source: true } } },
  });
  const byEvent = new Map<number, string[]>();
  for (const m of rows) (byEvent.get(m.meetingId!) ?? byEvent.set(m.meetingId!, []).get(m.meetingId!)!).push(`${m.document.source.slice("clusters/".length)}#${m.ordinal}`);
  return [...byEvent.values()].map((ms) => ms.sort().join(" ")).sort();
}

describe("a curator's split when a newer extractor renumbers the mentions", () => {
  let db: Database;
  const files = ["a1-vnanews.txt", "a2-dailynews.txt"];
  beforeAll(async () => {
    db = await freshDatabase();
    for (const f of files) await ingestText(db.prisma, report(f));
  });
  afterAll(async () => {
    await db.close();
    await dropDatabase(db.url);
  });

  it("keeps the same encounters apart after re-extraction inserts a mention before the one split off", async () => {
    expect(await eventsOf(db, files)).toEqual(["a1-vnanews.txt#0 a2-dailynews.txt#0"]);
    const { text, source } = report("a2-dailynews.txt");
    await splitMentions(db.prisma, "meeting", [`${contentHash(text)}/0`]);
    expect(await eventsOf(db, files)).toEqual(["a1-vnanews.txt#0", "a2-dailynews.txt#0"]);

    const doc = withMeetingInserted(extract(text, { source, date: "2024-03-13" }), text);
    const result = await storeExtracted(db.prisma, text, doc, "newer-extractor");
    expect(result.status).toBe("replaced");
    // The reception the curator split off is now mention 1; the inserted meeting (another day) is alone.
    expect(await eventsOf(db, files)).toEqual(["a1-vnanews.txt#0", "a2-dailynews.txt#0", "a2-dailynews.txt#1"]);
    const split = await db.prisma.meetingMention.findFirstOrThrow({ where: { document: { source }, ordinal: 1 } });
    expect(split.rule).toBe("curator:split");
    expect((await listDecisions(db.prisma)).length).toBe(1);
  });

  it("leaves a member dormant when the document no longer has the mention, rather than attaching it elsewhere", async () => {
    const { text, source } = report("a2-dailynews.txt");
    const doc = extract(text, { source, date: "2024-03-13" });
    // Only the inserted meeting, none at the span the decision names.
    const inserted = withMeetingInserted(doc, text);
    const only = { ...inserted, meetings: inserted.meetings.slice(0, 1), proposals: inserted.proposals.map((p) => ({ ...p, meeting: null })) };
    await storeExtracted(db.prisma, text, only, "newest-extractor");
    const mention = await db.prisma.meetingMention.findFirstOrThrow({ where: { document: { source }, ordinal: 0 } });
    expect(mention.rule).not.toBe("curator:split");
    // And back: the original reading attaches the member again.
    await storeExtracted(db.prisma, text, doc, "original-again");
    expect(await eventsOf(db, files)).toEqual(["a1-vnanews.txt#0", "a2-dailynews.txt#0"]);
  });
});
