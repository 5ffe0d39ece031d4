import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXTRACTOR_VERSION } from "../../../src/extraction/index.ts";
import type { Database } from "../../../src/store/db.ts";
import { storeExtracted } from "../../../src/store/ingest.ts";
import { extract } from "../../../src/extraction/index.ts";
import { countOutdated, PENDING_PREFIX, reextract, reextractOutdated } from "../../../src/store/reextract.ts";
import { dropDatabase, freshDatabase } from "../../helpers/database.ts";
import { content, corpusDocs, counts, ingestCurrent, ingestOlder, nodeIds, OLD_VERSION, survivorsKeepIds, type OlderStats } from "./fixtures.ts";

const docs = corpusDocs(16);

describe("reextract", () => {
  let fresh: Database; // ingested by the current extractor
  let old: Database; // ingested by a deliberately older one, then re-extracted
  let freshContent: string[];
  let older: OlderStats;
  const open: Database[] = [];

  beforeAll(async () => {
    fresh = await freshDatabase();
    old = await freshDatabase();
    open.push(fresh, old);
    await ingestCurrent(fresh.prisma, docs);
    older = await ingestOlder(old.prisma, docs);
    freshContent = await content(fresh.prisma, { evidencedOnly: true });
  });
  afterAll(async () => {
    for (const db of open) {
      await db.close();
      await dropDatabase(db.url);
    }
  });

  it("brings a database built by an older extractor to exactly what a fresh ingest gives", async () => {
    expect(await countOutdated(old.prisma)).toBe(docs.length);
    expect(await content(old.prisma, { evidencedOnly: true })).not.toEqual(freshContent);
    const before = await nodeIds(old.prisma);
    const meetingsBefore = (await counts(old.prisma)).meetings;

    const summary = await reextract(old.prisma);
    expect(summary).toMatchObject({ outdated: docs.length, reextracted: docs.length, failed: 0, version: EXTRACTOR_VERSION });
    expect(await countOutdated(old.prisma)).toBe(0);
    expect(await content(old.prisma, { evidencedOnly: true })).toEqual(freshContent);
    expect(await counts(old.prisma)).toEqual(await counts(fresh.prisma));

    // The summary counts what changed: the meetings and proposals the old extractor missed came
    // in, the spurious officials went.
    const after = await nodeIds(old.prisma);
    expect(summary.meetings.added - summary.meetings.removed).toBe((await counts(old.prisma)).meetings - meetingsBefore);
    expect(summary.meetings).toEqual({ added: older.droppedMeetings, removed: 0 });
    expect(summary.proposals).toEqual({ added: older.droppedProposals, removed: 0 });
    const spurious = [...before.keys()].filter((k) => k.includes("spurious"));
    expect(spurious.length).toBe(older.spuriousOfficials);
    expect(spurious.length).toBeGreaterThan(0);
    for (const k of spurious) expect(after.has(k)).toBe(false);
    expect(summary.officials.removed).toBe([...before.keys()].filter((k) => k.startsWith("official:") && !after.has(k)).length);
    expect(summary.officials.added).toBe([...after.keys()].filter((k) => k.startsWith("official:") && !before.has(k)).length);

    // Officials, organisations and countries still evidenced kept their IDs.
    survivorsKeepIds(before, after);
    expect([...after.keys()].filter((k) => before.has(k)).length).toBeGreaterThan(10);
  });

  it("is idempotent: a second run finds nothing to do and changes nothing", async () => {
    const ids = await nodeIds(old.prisma);
    const summary = await reextract(old.prisma);
    expect(summary.outdated).toBe(0);
    expect(summary.reextracted).toBe(0);
    expect(await content(old.prisma, { evidencedOnly: true })).toEqual(freshContent);
    expect(await nodeIds(old.prisma)).toEqual(ids);
    expect(await reextractOutdated(old.prisma, { log: () => {} })).toBeNull();
  });

  it("--all re-extracts every document and keeps every node's ID (orphans are collected after the new facts)", async () => {
    const ids = await nodeIds(fresh.prisma);
    const docIds = (await fresh.prisma.document.findMany({ select: { id: true, source: true }, orderBy: { id: "asc" } }));
    const summary = await reextract(fresh.prisma, { all: true });
    expect(summary).toMatchObject({ outdated: docs.length, reextracted: docs.length, failed: 0 });
    expect(summary.meetings).toEqual({ added: 0, removed: 0 });
    expect(summary.officials).toEqual({ added: 0, removed: 0 });
    expect(summary.organizations).toEqual({ added: 0, removed: 0 });
    const gone = survivorsKeepIds(ids, await nodeIds(fresh.prisma));
    expect(gone.filter((k) => !k.startsWith("country:"))).toEqual([]);
    expect(await fresh.prisma.document.findMany({ select: { id: true, source: true }, orderBy: { id: "asc" } })).toEqual(docIds);
    expect(await content(fresh.prisma, { evidencedOnly: true })).toEqual(freshContent);
  });

  it("an interrupted --all resumes where it stopped", async () => {
    const db = await freshDatabase();
    open.push(db);
    await ingestCurrent(db.prisma, docs);
    const stopAt = 5;
    await expect(
      reextract(db.prisma, {
        all: true,
        onProgress: (p) => {
          if (p.index === stopAt) throw new Error("interrupted");
        },
      }),
    ).rejects.toThrow("interrupted");
    expect(await db.prisma.document.count({ where: { extractorVersion: { startsWith: PENDING_PREFIX } } })).toBe(docs.length - stopAt);
    const processed: string[] = [];
    const summary = await reextract(db.prisma, { all: true, onProgress: (p) => void processed.push(p.source) });
    expect(summary).toMatchObject({ resumed: true, outdated: docs.length - stopAt, reextracted: docs.length - stopAt });
    expect(processed).toEqual(docs.slice(stopAt).map((d) => d.source));
    expect(await countOutdated(db.prisma)).toBe(0);
    expect(await content(db.prisma, { evidencedOnly: true })).toEqual(freshContent);
  });

  it("officials and organisations evidenced only by the re-extracted document keep their IDs when still extracted", async () => {
    const db = await freshDatabase();
    open.push(db);
    const [first] = docs;
    await storeExtracted(db.prisma, first.text, extract(first.text, { source: first.source }), OLD_VERSION);
    const people = async () => new Map([...(await nodeIds(db.prisma))].filter(([k]) => !k.startsWith("country:")));
    const ids = await people();
    const all = await nodeIds(db.prisma);
    expect([...ids.keys()].filter((k) => k.startsWith("official:")).length).toBeGreaterThan(0);
    await reextract(db.prisma);
    expect(await people()).toEqual(ids);
    // Countries an official or organisation refers to stay, with their IDs.
    const referenced = await db.prisma.country.findMany({ where: { OR: [{ officials: { some: {} } }, { organizations: { some: {} } }] }, select: { id: true, code: true } });
    expect(referenced.length).toBeGreaterThan(0);
    for (const c of referenced) expect(all.get(`country:${c.code}`)).toBe(c.id);
  });

  it("start's check says what it re-extracts and brings the documents current", async () => {
    const db = await freshDatabase();
    open.push(db);
    await ingestOlder(db.prisma, docs.slice(0, 3));
    const lines: string[] = [];
    const summary = await reextractOutdated(db.prisma, { log: (l) => lines.push(l) });
    expect(summary?.reextracted).toBe(3);
    expect(lines[0]).toMatch(/^3 document\(s\) were extracted by an older extractor version; re-extracting them with /);
    expect(lines.at(-1)).toMatch(/meetings \+\d+ -\d+/);
    expect(await countOutdated(db.prisma)).toBe(0);
  });

  it("a document the current extractor refuses is reported and keeps its facts", async () => {
    const db = await freshDatabase();
    open.push(db);
    await ingestOlder(db.prisma, docs.slice(0, 2));
    const before = await content(db.prisma, { evidencedOnly: true });
    const summary = await reextract(db.prisma, {
      extract: (text, options) => {
        if (options.source === docs[0].source) throw new Error("refused for the test");
        return extract(text, options);
      },
    });
    expect(summary).toMatchObject({ reextracted: 1, failed: 1, failures: [{ source: docs[0].source, reason: "refused for the test" }] });
    expect(await countOutdated(db.prisma)).toBe(1);
    const after = await content(db.prisma, { evidencedOnly: true });
    const lineOf = (lines: string[]) => lines.filter((l) => l.includes(`"source":"${docs[0].source}"`));
    expect(lineOf(after)).toEqual(lineOf(before));
  });
});
