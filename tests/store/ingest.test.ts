import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extract } from "../../src/extraction/index.ts";
import type { Database } from "../../src/store/db.ts";
import { deleteDocument, ingestText, storeExtracted } from "../../src/store/ingest.ts";
import { dropDatabase, freshDatabase } from "../helpers/database.ts";

const SEEDS = path.resolve("seeds");
const seedFiles = fs.readdirSync(SEEDS).filter((f) => f.endsWith(".txt")).sort();
const seed = (f: string) => ({ text: fs.readFileSync(path.join(SEEDS, f), "utf8"), source: `seeds/${f}` });

async function counts(db: Database) {
  const p = db.prisma;
  return {
    documents: await p.document.count(),
    officials: await p.official.count(),
    meetings: await p.meeting.count(),
    heldMeetings: await p.meeting.count({ where: { status: "held" } }),
    proposals: await p.proposal.count(),
    agreements: await p.agreement.count(),
    evidence: await p.evidence.count(),
    organizations: await p.organization.count(),
    countries: await p.country.count(),
  };
}

describe("ingesting the seeds", () => {
  let db: Database;
  beforeAll(async () => {
    db = await freshDatabase();
    for (let round = 0; round < 2; round++) for (const f of seedFiles) await ingestText(db.prisma, seed(f));
  });
  afterAll(async () => {
    await db.close();
    await dropDatabase(db.url);
  });

  it("holds exactly 4 officials, 2 held meetings and 3 agreements after two rounds", async () => {
    const c = await counts(db);
    expect(c.documents).toBe(2);
    expect(c.officials).toBe(4);
    expect(c.heldMeetings).toBe(2);
    expect(c.agreements).toBe(3);
  });

  it("knows Nguyen Hong Dien as Vietnam's Minister of Industry and Trade", async () => {
    const dien = await db.prisma.official.findFirstOrThrow({ where: { name: "Nguyen Hong Dien" }, include: { country: true, positions: true } });
    expect(dien.title).toBe("Minister of Industry and Trade");
    expect(dien.country?.code).toBe("VN");
    expect(dien.country?.name).toMatch(/Viet ?nam/i);
    expect(dien.positions.map((p) => p.title)).toContain("Minister of Industry and Trade");
  });

  it("records the 2023-06-13 reception with Dien as host and Oh Yong-ju as guest", async () => {
    const meeting = await db.prisma.meeting.findFirstOrThrow({
      where: { date: "2023-06-13" },
      include: { participants: { include: { official: true } } },
    });
    expect(meeting.kind).toBe("reception");
    expect(meeting.status).toBe("held");
    const roles = Object.fromEntries(meeting.participants.map((p) => [p.official.name, p.role]));
    expect(roles).toEqual({ "Nguyen Hong Dien": "host", "Oh Yong-ju": "guest" });
  });

  it("gives every meeting and proposal evidence whose span, cut from the document, holds its trigger", async () => {
    const docs = new Map((await db.prisma.document.findMany()).map((d) => [d.id, d.text]));
    const meetings = await db.prisma.meeting.findMany({ include: { evidence: true } });
    const proposals = await db.prisma.proposal.findMany({ include: { evidence: true } });
    expect(meetings.length).toBeGreaterThan(0);
    expect(proposals.length).toBeGreaterThan(0);
    for (const fact of [...meetings, ...proposals]) {
      expect(fact.evidence.length).toBeGreaterThan(0);
      for (const e of fact.evidence) {
        expect(docs.get(e.documentId)!.slice(e.start, e.end)).toBe(e.text);
        expect(e.text.length).toBeGreaterThan(0);
      }
    }
    const trigger = /receiv|reception|talk|call|met|meet|visit|host|dialogue|session|conference|summit/i;
    for (const m of meetings) expect(m.evidence.some((e) => trigger.test(e.text))).toBe(true);
    const verb = /suggest|propos|urge|call|ask|request|recommend|invit|desire/i;
    for (const p of proposals) expect(p.evidence.some((e) => verb.test(e.text))).toBe(true);
  });

  it("changes nothing when the same content comes again, even under another name", async () => {
    const before = await counts(db);
    const again = await ingestText(db.prisma, { ...seed(seedFiles[0]), source: "elsewhere/copy.txt" });
    expect(again.status).toBe("unchanged");
    expect(again.duplicateOf).toBe(`seeds/${seedFiles[0]}`);
    expect(await counts(db)).toEqual(before);
  });
});

describe("replacing and deleting documents", () => {
  let db: Database;
  beforeAll(async () => {
    db = await freshDatabase();
  });
  afterAll(async () => {
    await db.close();
    await dropDatabase(db.url);
  });

  it("replaces a changed file's facts, keeps the document ID, and drops officials nobody evidences", async () => {
    const [a, b] = seedFiles.map(seed);
    const first = await ingestText(db.prisma, a);
    await ingestText(db.prisma, b);
    const officialsBoth = await db.prisma.official.count();
    // The same source now holds the other seed's text: its old officials lose their only evidence.
    const replaced = await ingestText(db.prisma, { text: b.text.replace(/^ date \d{4}-\d{2}-\d{2}/, " date 2024-01-02"), source: a.source });
    expect(replaced.status).toBe("replaced");
    expect(replaced.documentId).toBe(first.documentId);
    const names = (await db.prisma.official.findMany()).map((o) => o.name);
    expect(names).not.toContain("Nguyen Hong Dien");
    expect(names.length).toBeLessThan(officialsBoth);
    expect(await db.prisma.document.count()).toBe(2);
  });

  it("deletes a document with its facts and orphaned officials", async () => {
    const docs = await db.prisma.document.findMany();
    for (const d of docs) expect(await deleteDocument(db.prisma, d.id)).toBe(true);
    expect(await deleteDocument(db.prisma, docs[0].id)).toBe(false);
    const c = await counts(db);
    expect(c).toEqual({ documents: 0, officials: 0, meetings: 0, heldMeetings: 0, proposals: 0, agreements: 0, evidence: 0, organizations: 0, countries: 0 });
  });

  it("writes nothing of a document that fails half way", async () => {
    const { text, source } = seed(seedFiles[1]);
    const doc = extract(text, { source });
    expect(doc.meetings.length).toBeGreaterThan(0);
    // Evidence without its text breaks a NOT NULL constraint in the last statement, after
    // officials, meetings and proposals went in.
    doc.targets.push({ metric: "broken", value: 1, unit: "USD", deadline: null, evidence: [{ sentence: 0, start: 0, end: 1, text: null as unknown as string }] });
    await expect(storeExtracted(db.prisma, text, doc)).rejects.toThrow();
    expect(await counts(db)).toMatchObject({ documents: 0, officials: 0, meetings: 0, evidence: 0 });
  });
});
